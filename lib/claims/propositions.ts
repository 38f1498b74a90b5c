/**
 * Grouping (the sentence-level extractor's first step, before drafting.ts): a sentence's clauses,
 * in order, become propositions, each the clauses of one claim with its subject and voice.
 */
import { isPunct, PROPER_TAG, type Token } from './segment';
import {
  anotherMeasure,
  announcesReport,
  launchDetailLead,
  lineMetricLead,
  metricLead,
  metricOverAll,
  comparesWithExpectation,
  type MetricLead,
  specLead,
  unitLead,
  verbMetricLead,
} from './topic-chain';
import { COMMENTATOR, DENIED_CHARACTERIZATION, FORECAST_VERB, INFORMED_SOURCE, PLAYS_DOWN } from './cues';
import { predicateAfterAdverbial, statesNewAct } from './acts';
import type { Attribution, Clause, EntitySubject, Subject } from './types';
import { openQuotations, TRAILING_SOURCE, TRAILING_SPEAKER } from './quotes';
import { BRING_OUT, CONCESSIVE, continuesList, continuesTopicList, listMembers } from './roles';
import {
  BARE_NOUN,
  findSubject,
  framedHead,
  firstEntity,
  governed,
  isTyped,
  leadingUnknownName,
  ORGANIZATION_TYPES,
} from './subject';
import { deedAt, PLURAL_PRONOUN, startsWithPredicate } from './antecedents';
import { verdictAnew } from './broker-verdict';
import { investorClause } from './investors';
import { ARTICLE, endsOnSpeech, speakingParty, withholds } from './attribution';
import { isVerb } from './words';
import { attributiveLead, namedPartLeads, ownedPartLeads, speakerSubject } from './switch';
import { infersFromBefore, namesNewSpeaker, nominalClause } from './voices';
import { newSpeakerLeads, newSpeakerOf, officerLeads, saidNounLeads } from './new-subject';
import { opensAhead, statesDone } from './aspect';
import { measureLeads, ownMeasureLead, perUnitOf } from './measure-lead';
import {
  closeAnew,
  datedAct,
  forecastAnew,
  marketLevelAnew,
  periodChangeLead,
  plannedAt,
  sharePriceAnew,
  statusAsOf,
  valuationAnew,
} from './chain-cuts';
import type { Prop, SentenceFrame } from './frame';

const CONTRAST = /^(只是|但|但是|然而|不过|可是|而|却)/;

/** A concession anywhere in a clause ("名次固然会被刷新"), answered by the 但 after it. */
const CONCEDES = /固然|虽然|尽管|诚然/;

/** Groups a sentence's clauses into the propositions it states, in order. */
export function groupPropositions(frame: SentenceFrame): Prop[] {
  const g: Grouping = {
    props: [],
    current: null,
    pending: [],
    topic: null,
    topicList: false,
    timeSubject: null,
    attribution: null,
    opinion: false,
    forecast: false,
    responding: false,
    resumedQuote: 0,
  };
  frame.clauses.forEach((clause, i) => groupClause(frame, g, clause, i));
  close(g);
  return g.props;
}

/**
 * What grouping carries from one clause to the next while it reads a sentence: the propositions
 * so far, the one being built, and the frames (topic, time, source, hedge) set for the next.
 */
interface Grouping {
  /** The propositions closed so far. */
  props: Prop[];
  /** The proposition being built, which the next clause may join. */
  current: Prop | null;
  /** Frame clauses (topic, time, scene, speaker) read since the last proposition: they open the next. */
  pending: number[];
  /** The subject a topic clause (or an example, a concession) set for the next proposition. */
  topic: Subject | null;
  /** The topic is a list of subjects split by commas ("A、B、C，以及D，都…"). */
  topicList: boolean;
  /** The subject of a when-clause ("Qwen2发布后，…"), which carries to a clause without one. */
  timeSubject: Subject | null;
  /** The source or hedge in force, and the judgement, estimate or answer it frames. */
  attribution: Attribution | null;
  opinion: boolean;
  forecast: boolean;
  responding: boolean;
  /** Where the second half of an interrupted quotation ends ("“A，”X说，“B。”"): its clauses join the first. */
  resumedQuote: number;
}

/** Closes the proposition being built. */
function close(g: Grouping): void {
  if (g.current) g.props.push(g.current);
  g.current = null;
}

/** The subject of the last proposition of this sentence, when it is a name. */
function lastSubject(g: Grouping): EntitySubject | null {
  const last = g.current ?? g.props[g.props.length - 1];
  const found = last?.subject ?? last?.carried ?? null;
  return found?.kind === 'entity' ? found : null;
}

/**
 * The party speaking a proposition whose content has no subject of its own ("X宣布，将在法国投资…"):
 * what it says it does is its own act, so a coordinated second act is its too.
 */
function speakerActs(frame: SentenceFrame, p: Prop): EntitySubject | null {
  const { clauses } = frame;
  if (p.subject || p.attribution.kind === 'article' || !p.attribution.entityId) return null;
  const first = clauses[p.content[0]!]!;
  const lead = first.tokens.slice(first.from).find((t) => !isPunct(t) && !/^(t|m|q|mq)$/.test(t.tag));
  return lead && !lead.entityId && /^(d|ad|v|vd|p|c)$/.test(lead.tag) ? speakingParty(p, clauses) : null;
}

/** The clause right before clause i ends on a semicolon. */
function afterSemicolonMark(frame: SentenceFrame, i: number): boolean {
  return i > 0 && /[；;]\s*$/.test(frame.sentence.slice(0, frame.clauses[i - 1]!.end));
}

/** A semicolon ends a clause before clause i, and the last one before its pending frames. */
function afterSemicolon(frame: SentenceFrame, g: Grouping, i: number): boolean {
  const { sentence, clauses } = frame;
  return (
    i > 0 &&
    clauses.slice(0, i).some((c) => /[；;]\s*$/.test(sentence.slice(c.start, c.end))) &&
    /[；;]\s*$/.test(sentence.slice(0, clauses[i - g.pending.length - 1]?.end ?? 0))
  );
}

// "…；X则表示，下一版Y将…": a named speaker opening the part after ； speaks of their own; the
// subject before ； does not go on into their words (voices.ts).
// (Unless their words name it again: "…；王兴指出，越来越多品牌商把美团闪购视为…".)
function spokenAnew(frame: SentenceFrame, g: Grouping, before: readonly number[], body: readonly Token[]): boolean {
  const last = lastSubject(g);
  return (
    before.some((p) => namesNewSpeaker(frame.clauses[p]!)) &&
    !body.some((t) => t.entityId && last?.ids.includes(t.entityId))
  );
}

/** An answer that plays a report down, or a speaker denying what something was called. */
function deniesIn(frame: SentenceFrame, g: Grouping, c: Clause): boolean {
  const said = frame.folded.slice(c.tokens[c.from]?.start ?? c.start, c.end);
  return (g.responding && PLAYS_DOWN.test(said)) || (!!g.attribution && DENIED_CHARACTERIZATION.test(said));
}

/** Reads one clause into the grouping: it frames the next proposition, joins the current one, or opens one. */
function groupClause(frame: SentenceFrame, g: Grouping, clause: Clause, i: number): void {
  reframeClause(frame, g, clause, i);
  if (joinsAsIs(frame, g, clause, i)) return;
  if (clause.type !== 'content') readFrameClause(frame, g, clause, i);
  else readContentClause(frame, g, clause, i);
}

/**
 * Re-reads a clause against what came before: a time word that opens a move of its own, or an
 * answer, is content; a turn (但, 对此) ends the source and hedge in force; a summing-up is the writer's view.
 */
function reframeClause(frame: SentenceFrame, g: Grouping, clause: Clause, i: number): void {
  const { folded, clauses } = frame;
  const text = folded.slice(clause.start, clause.end);
  // ("…下跌4.7%，次日再跌近3%": a time word opening a move of its own is no frame of what follows
  // but the period of that move, a clause with its own predicate: lib/claims/chain-cuts.ts.)
  if (
    clause.type === 'time' &&
    g.current &&
    (periodChangeLead(text) || datedAct(clause.tokens) || forecastAnew(clause.tokens))
  )
    clause.type = 'content';
  // "X回应称，这只是一次常规测试。": the answer is what is claimed, though it has no verb.
  if (clause.type !== 'content' && !clause.attribution && deniesIn(frame, g, clause)) clause.type = 'content';
  // "X认为，A固然…，但B": the 但 of a concession (固然, 虽然, 尽管) goes on with the same
  // argument, under the same source; any other 但 turns away from it, unless a commentator argues
  // on (arguesOn).
  const conceded = clauses.slice(0, i).some((c) => CONCEDES.test(folded.slice(c.start, c.end)));
  if (CONTRAST.test(text) && !conceded && !arguesOn(g, clause)) {
    // "只是，…" turns away from what was reported: its hedge no longer applies.
    g.attribution = null;
    g.opinion = g.forecast = g.responding = false;
  }
  if (RESPONSE.test(text)) {
    // "…，对此X未予确认": a response to what was reported is not part of the report.
    g.attribution = null;
    g.opinion = g.forecast = g.responding = false;
  }
  // "这是X第二次获得注资", "这是发布以来的又一次升级", "这也是X今年的第三笔融资": a plain 是 (also
  // after 也) that counts or dates what was
  // reported (an ordinal, 首次, 又一次, …以来, …后) places it; it does not judge it.
  const places = /^(这|此举)(也|则|已|已经|又)?是/.test(text) && ORDINAL_OR_SINCE.test(folded.slice(clause.start));
  // ("X则称，这是…": right after a speaker's verb, the demonstrative is what the speaker says.)
  const spoken = i > 0 && g.pending.includes(i - 1) && clauses[i - 1]!.type === 'attribution';
  if (CHARACTERIZES.test(text) && !places) {
    // "…，这是X的一次布局": the writer sums up what was just reported, in their own voice.
    if (!spoken) g.attribution = null;
    g.opinion = true;
    g.forecast = g.responding = false;
  }
}

/**
 * "有分析人士认为，A…，但B仍需追赶", "市场人士认为，影响有限，但若被迫拆分，…将受削弱": a commentator's
 * view (an analyst, someone in the trade: no hedge of a leak) goes on past 但 within its sentence,
 * weighing the other side of the same argument (tests/claims-eval/README.md: the frame carries to
 * the later pieces of its sentence); a report's hedge does not (据悉…，但…), nor does a clause with
 * a speaker or an answer of its own.
 */
function arguesOn(g: Grouping, clause: Clause): boolean {
  const source = g.attribution;
  if (!source || source.kind !== 'unnamed' || !g.opinion || g.responding || clause.attribution) return false;
  return COMMENTATOR.test(source.text ?? '') && !INFORMED_SOURCE.test(source.text ?? '');
}

/** A clause that joins the proposition being built with no reading of its own (a list going on, an aside, a quotation resumed), or only introduces a name. */
function joinsAsIs(frame: SentenceFrame, g: Grouping, clause: Clause, i: number): boolean {
  const { offset, history, clauses } = frame;
  if (
    g.current &&
    g.pending.length === 0 &&
    continuesList(clause, clauses[g.current.clauses[g.current.clauses.length - 1]!]!)
  ) {
    g.current.clauses.push(i);
    g.current.content.push(i);
    g.current.tail.push(i);
    return true;
  }
  if (clause.type === 'aside' && clause.introduces && !g.current) {
    // The name it introduces is the antecedent a pronoun in the next clause points to.
    const named = findSubject(clause.tokens) ?? firstEntity(clause.tokens);
    if (named?.kind === 'entity')
      history.actors.push({ id: named.ids[0]!, at: offset + named.start, end: offset + named.end, role: 'agent' });
    history.actors.sort((a, b) => a.at - b.at);
    return true;
  }
  if (clause.type === 'aside') {
    // A comment after a proposition stays in its text; a leading one is not part of the next.
    if (g.current && g.pending.length === 0) g.current.clauses.push(i);
    return true;
  }
  // "“A，”X说，“B。”": the second half of an interrupted quotation goes on with the first.
  if (g.resumedQuote && g.current && clause.start < g.resumedQuote) {
    g.current.clauses.push(i);
    if (clause.type === 'content') g.current.content.push(i);
    return true;
  }
  return false;
}

/** A clause that is not content (a topic, time, scene or speaker): it frames the next proposition, or ends the current one. */
function readFrameClause(frame: SentenceFrame, g: Grouping, clause: Clause, i: number): void {
  const { sentence, folded, offset, history, clauses } = frame;
  // "“A，”X说，“B。”": a speaker between two halves of one quotation is the source of both,
  // and the two halves are one claim.
  const between = /[”」』][，,]?$/.test(sentence.slice(0, clause.start)) && /^[“「『]/.test(sentence.slice(clause.end));
  if (between && g.current && g.pending.length === 0 && clause.type === 'attribution' && clause.attribution) {
    g.current.attribution = clause.attribution;
    g.current.opinion ||= !!clause.opinion;
    g.current.forecast ||= !!clause.forecast;
    g.current.clauses.push(i);
    const open = sentence.slice(clause.end);
    const closing = open.search(/[”」』]/);
    g.resumedQuote = clause.end + (closing >= 0 ? closing + 1 : open.length);
    return;
  }
  if (g.current && clause.type !== 'topic' && g.pending.length === 0 && i === clauses.length - 1) {
    // "“…”张明远说。", "…，知情人士称。", "…，X在一份声明中表示。": a trailing speaker is the
    // source of the proposition (or quote) it follows.
    const trailing =
      /[”」』][，,]?$/.test(sentence.slice(0, clause.start)) ||
      TRAILING_SPEAKER.test(folded.slice(clause.start, clause.end)) ||
      TRAILING_SOURCE.test(folded.slice(clause.start, clause.end));
    if (clause.type === 'attribution' && clause.attribution && trailing) {
      g.current.attribution = clause.attribution;
      g.current.opinion ||= !!clause.opinion;
      g.current.forecast ||= !!clause.forecast;
      // "A已停止X，并解散了团队，知情人士称。": a speaker after the sentence is the source of
      // all of it, not only of the clause it follows; an earlier proposition that had no source
      // of its own (the article's voice) is theirs too.
      // (Not past a ；: "A；B，X称。" — clauses set apart by a semicolon are claims of their own, and
      // the source after B is B's.)
      const beforeSemicolon = (p: Prop) =>
        /[；;]/.test(sentence.slice(clauses[p.clauses[p.clauses.length - 1]!]!.start, clause.start));
      for (const p of g.props)
        if (p.attribution.kind === 'article' && !p.opinion && !beforeSemicolon(p)) p.attribution = clause.attribution;
    }
    // A trailing qualifier ("…，在全球爆火后。") stays with the proposition it ends.
    g.current.clauses.push(i);
    return;
  }
  // (A nameless topic frame, 忠诚度方面, under a source's frame may go on with what it says: see
  // framedBySource below.)
  const sourceGoesOn =
    clause.type === 'scene' &&
    !clause.tokens.some((t) => t.entityId) &&
    !!g.current &&
    g.current.attribution.kind !== 'article';
  if (!sourceGoesOn) close(g);
  g.pending.push(i);
  if (clause.attribution) {
    g.attribution = clause.attribution;
    g.responding = !!clause.responds;
  }
  if (clause.opinion) g.opinion = true;
  if (clause.forecast) g.forecast = true;
  const before = clauses[i - 1];
  if (clause.type === 'topic' && g.topic?.kind === 'entity' && before?.type === 'topic' && continuesTopicList(clause)) {
    // "A、B、C，以及D，都…": a list of subjects split by commas is one subject.
    const more = clause.tokens.filter((t) => t.entityId).map((t) => t.entityId!);
    g.topic = { ...g.topic, ids: [...new Set([...g.topic.ids, ...more])] };
    g.topicList = true;
  } else if (clause.type === 'topic')
    // ("竞争对手早已向X量产供货": a name a preposition governs is never the topic.)
    g.topic =
      framedHead(clause.tokens) ??
      findSubject(clause.tokens) ??
      firstEntity(clause.tokens, (k) => !governed(clause.tokens, k));
  if (clause.example) {
    g.topic = firstEntity(clause.tokens);
    if (g.topic?.kind === 'entity')
      history.actors.push({
        id: g.topic.ids[0]!,
        at: offset + g.topic.start,
        end: offset + g.topic.end,
        role: 'agent',
      });
    history.actors.sort((a, b) => a.at - b.at);
  }
  // "即使背靠X的Y，也没有…": the name the concession ends on is who the main clause is about.
  if (clause.concessive) {
    const last = [...clause.tokens].reverse().find((t) => !isPunct(t));
    // ("无论是A还是B，都…": the alternatives it ends on, joined by 还是 or a list, all are.)
    if (last?.entityId && !isTyped(clause.tokens, last)) {
      const words = clause.tokens.filter((t) => !isPunct(t) || t.word === '、');
      let k = words.indexOf(last);
      while (k >= 2 && /^(、|和|与|及|或|或者|还是)$/.test(words[k - 1]!.word) && words[k - 2]!.entityId) k -= 2;
      const ids = words.slice(k, words.indexOf(last) + 1).flatMap((t) => (t.entityId ? [t.entityId] : []));
      g.topic = { kind: 'entity', ids, start: words[k]!.start, end: last.end };
    }
    // "即使X全力投入，也…": a concession with its own subject shares it with the main clause.
    else g.topic = findSubject(clause.tokens.slice(clause.from).filter((t) => !CONCESSIVE.test(t.word)));
  }
  // "Qwen2发布后，已然登顶…": the subject of a when-clause carries to a clause without one.
  if (clause.type === 'time')
    g.timeSubject = findSubject(
      clause.tokens.slice(clause.from).filter((t) => !/^(在|自|从|自从|随着|当)$/.test(t.word)),
    );
  return;
}

/** A content clause: it joins the proposition being built, or opens a proposition of its own (and with what subject). */
function readContentClause(frame: SentenceFrame, g: Grouping, clause: Clause, i: number): void {
  const subject = contentSubject(g, clause);
  if (joinsBySubject(frame, g, clause, i, subject)) return;
  opensOrJoins(frame, g, clause, i, subject);
}

/** The subject of a content clause (its own, a when-clause's, a predicting name's), with the source and hedges it sets. */
function contentSubject(g: Grouping, clause: Clause): Subject | null {
  // "…，云海集团则预计今年下半年量产": after a first proposition, a name of its own before
  // the verb framing the clause (with 则/而, or owning the noun after it) is its subject; under a
  // hedge in force (据报道), the hedge still covers it.
  // (Only a verb of predicting, 预计, 预估: its name is who is expected to act, not a source.)
  const leadSubject =
    g.current &&
    g.pending.length === 0 &&
    clause.from > 0 &&
    clause.forecast &&
    !clause.says &&
    !clause.responds &&
    !findSubject(clause.tokens.slice(clause.from))
      ? speakerSubject(clause.tokens.slice(0, clause.from))
      : null;
  if (leadSubject) {
    clause.from = 0;
    delete clause.attribution;
    clause.subjectSpeaks = false;
  }
  // A subject's own "…，称…" covers only its proposition (below), not the ones after it.
  // ("X表示，预计A…", "X称，…，并预计B…": an impersonal 预计 under a speaker's frame in force is the
  // speaker's own estimate; it names no source of its own, and the speaker stays the source.)
  const speakerEstimates =
    !!g.attribution &&
    g.attribution.kind !== 'article' &&
    clause.attribution?.kind === 'article' &&
    impersonalEstimate(clause);
  if (clause.attribution && !clause.subjectSpeaks && !speakerEstimates) {
    g.attribution = clause.attribution;
    g.responding = !!clause.responds;
  }
  if (clause.opinion && !clause.subjectSpeaks) g.opinion = true;
  if (clause.forecast) g.forecast = true;
  return (
    findSubject(clause.tokens.slice(clause.from)) ??
    (!g.topic && g.timeSubject?.kind === 'entity' && startsWithPredicate(clause.tokens.slice(clause.from))
      ? g.timeSubject
      : null) ??
    leadSubject
  );
}

/** A clause framed by an estimating verb alone, with no one named as estimating it ("预计将…", "并预计…"). */
function impersonalEstimate(clause: Clause): boolean {
  const frameWords = clause.tokens
    .slice(0, clause.from)
    .filter((t) => !isPunct(t) && !/^(并|並|且|同时|同時|还|還|也)$/.test(t.word));
  return frameWords.length === 1 && FORECAST_VERB.test(frameWords[0]!.word);
}

/** A content clause that joins the proposition being built by what it is about: an investor's part, a plural picking up names, an answer going on, what a verb announces, 其中. */
function joinsBySubject(
  frame: SentenceFrame,
  g: Grouping,
  clause: Clause,
  i: number,
  subject: Subject | null,
): boolean {
  const { folded, clauses } = frame;
  const text = folded.slice(clause.start, clause.end);
  const open = g.current;
  // "X完成B轮融资，Y领投，Z跟投": a clause naming only an investor's part is the round's, not a claim.
  const backers = investorClause(clause.tokens.slice(clause.from));
  if (open && backers && g.pending.length === 0) {
    open.investors.push(backers);
    // Named investors, acting or listed, put money into the company: it is the round's object.
    open.backed = true;
    open.clauses.push(i);
    open.content.push(i);
    return true;
  }
  if (
    open &&
    subject?.kind === 'pronoun' &&
    PLURAL_PRONOUN.test(subject.word) &&
    g.pending.length === 0 &&
    endsOnNames(clauses[open.content[open.content.length - 1]!]!)
  ) {
    // "还有A、B、C等公司，它们被并称为…": the plural picks up the names the clause before ended
    // on, and says what the proposition introducing them is about.
    open.clauses.push(i);
    open.content.push(i);
    return true;
  }
  // "X回应称，这只是一次测试，Y并没有收费计划": an answer's clauses are one answer, whatever
  // their subjects; the answer is the claim, whoever it speaks of.
  if (
    open &&
    deniesIn(frame, g, clauses[open.content[0]!]!) &&
    subject &&
    g.pending.length === 0 &&
    !clause.attribution
  ) {
    if (subject.kind === 'entity') open.extraAgents.push(...subject.ids);
    open.clauses.push(i);
    open.content.push(i);
    return true;
  }
  if (open && subject && g.pending.length === 0 && takesClause(clauses[open.content[open.content.length - 1]!]!)) {
    // "X昨日宣布，公司将开源Y": the clause is what the verb before it announces; its subject is
    // the proposition's, and X only announced it.
    open.subject = subject;
    open.clauses.push(i);
    open.content.push(i);
    return true;
  }
  if (open && subject && g.pending.length === 0) {
    // "…，阿里为其中的核心领投方": a clause that points back (其中) joins the proposition.
    if (subject.kind === 'entity' && /其中/.test(text.slice(subject.end - clause.start))) {
      // (Three or more names, "A、B、C都参与其中", are listed, as anywhere else.)
      const listed = new Set([...listMembers(clause.tokens)].map((t) => t.entityId));
      open.extraAgents.push(...subject.ids.filter((id) => !listed.has(id)));
      // (In a round, those named in it put money in: the company raising is the object.)
      open.backed = true;
      open.clauses.push(i);
      open.content.push(i);
      return true;
    }
  }
  return false;
}

/**
 * A content clause with no subject joining it by itself, as opensOrJoins reads it: the clause,
 * the proposition being built (which it may join) and the sentence around them.
 */
interface JoinContext {
  frame: SentenceFrame;
  g: Grouping;
  clause: Clause;
  /** The clause's place in the sentence. */
  i: number;
  /** The clause's own subject (contentSubject), if it has one. */
  subject: Subject | null;
  /** The proposition being built. */
  open: Prop | null;
  /** The clause's folded text. */
  text: string;
  /** The clause after its frame (a speaker and verb of saying before `from`), as tokens and as folded text. */
  body: Token[];
  bodyText: string;
  /** The clause before ends on a comma, not on a semicolon. */
  afterComma: boolean;
}

function joinContextOf(
  frame: SentenceFrame,
  g: Grouping,
  clause: Clause,
  i: number,
  subject: Subject | null,
): JoinContext {
  const { folded } = frame;
  const body = clause.tokens.slice(clause.from);
  return {
    frame,
    g,
    clause,
    i,
    subject,
    open: g.current,
    text: folded.slice(clause.start, clause.end),
    body,
    bodyText: folded.slice(body[0]?.start ?? clause.start, clause.end),
    afterComma: !afterSemicolonMark(frame, i),
  };
}

/** A figure of the sentence overlaps the clause (it may end inside one, at the comma of "6,010万"). */
function hasFigure(frame: SentenceFrame, c: Clause | undefined): boolean {
  return !!c && frame.figures.some((f) => f.start < c.end && f.end > c.start);
}

/** The last content clause of the proposition being built takes a clause as its object (宣布, 称). */
function openTakesClause(frame: SentenceFrame, open: Prop): boolean {
  return takesClause(frame.clauses[open.content[open.content.length - 1]!]!);
}

/**
 * What tells a content clause with no subject of its own to open a proposition of its own (a
 * turn, a second act, a new metric, speaker or voice), or with what subject: computed in this
 * order, since later signals read earlier ones (turns, coordinated, officerFor, metric).
 */
interface ClauseSignals {
  turns: boolean;
  coordinated: boolean;
  semicolonCut: boolean;
  /** A semicolon cut outside quotation marks and brackets, which no clause after it joins across. */
  semicolonEnds: boolean;
  semicolonGoesOn: boolean;
  /** A noun phrase set against the topic before by 则 or 亦 after a comma (contrastTopicLeads). */
  contrastAnew: boolean;
  ownSubject: boolean;
  officerFor: EntitySubject | null;
  saidFor: EntitySubject | null;
  metric: MetricLead | null;
  chainGoesOn: boolean;
  ownMetric: boolean;
  expectationAnew: boolean;
  chainAnew: boolean;
  /** A measure noun of its own with its figure, after a clause with a figure (ownMeasureLead). */
  measureCut: boolean;
  silentParty: EntitySubject | null;
  comparesAnew: boolean;
  partAnew: boolean;
  saysMore: boolean;
  ownVoice: boolean;
  newSpeaker: boolean;
  aspectTurns: boolean;
  predicateAnew: boolean;
}

function clauseSignals(ctx: JoinContext): ClauseSignals {
  const turning = turnsAndCoordination(ctx);
  const semicolon = semicolonSignals(ctx, turning);
  const subjects = newSubjectSignals(ctx);
  const metrics = metricSignals(ctx, subjects.ownSubject);
  const voices = voiceAndAspectSignals(ctx, turning);
  return {
    ...turning,
    ...semicolon,
    contrastAnew: contrastAnew(ctx, turning),
    ...subjects,
    ...metrics,
    ...voices,
    predicateAnew: predicateAnew(ctx, metrics.chainGoesOn, !!metrics.metric, metrics.measureCut),
  };
}

/** A turn (但, after a semicolon) and a coordinated second act (并, 同时) of the same subject. */
function turnsAndCoordination(ctx: JoinContext): Pick<ClauseSignals, 'turns' | 'coordinated'> {
  const { frame, g, clause, i, subject, open, body } = ctx;
  const { sentence, folded, clauses } = frame;
  // "X…；2021年再度追加投资", "X…，但增长已明显放缓": after a semicolon, or turning with 但/却
  // from a whole proposition of the article's own, a clause with no subject of its own is a
  // new proposition about the same subject.
  const turns =
    !!open &&
    !subject &&
    open.subject?.kind === 'entity' &&
    open.attribution.kind === 'article' &&
    !open.clauses.some((c) => clauses[c]!.concessive) &&
    (/[；;]\s*$/.test(sentence.slice(0, clauses[i - 1]?.end ?? 0)) || turnsAway(body)) &&
    (startsWithPredicate(body.filter((t) => !TURN.test(t.word) && t.tag !== 't' && t.tag !== 'm')) ||
      // ("但至今仍未向公众开放": the verb after an adverbial, 向Y, is the predicate all the same.)
      (turnsAway(body) && predicateAfterAdverbial(body.filter((t) => !TURN.test(t.word)))));
  // "X成立研究院，并于次年宣布Y", "X将赔偿客户，并尽快公布报告": a subject-less clause opened by
  // a coordinator of predicates (并, 并且, 同时, 随后, 此后) states a second act or state of the
  // same subject, with its own verb: a proposition of its own. (As for a turn, only in the
  // article's own voice; not after a clausal verb, whose object it may continue, nor under a
  // concession or an answer.) With a comma alone, a clause opening on a verb of a closed class of
  // acts (索赔, 维持, 停止, 须向Y赔偿…: statesNewAct) is such a second act too.
  const coordinated =
    !!open &&
    !subject &&
    !turns &&
    // (Its subject is the one before, or the party speaking of its own acts with no subject
    // of their own: "X表示，将…，并计划…"; never a subject the gazetteer lacks, whose piece would
    // open on 并 with no one to read it of.)
    (open.subject?.kind === 'pronoun' || !!lastSubject(g) || !!speakerActs(frame, open)) &&
    (open.attribution.kind === 'article' || !withinQuote(sentence, clause.start)) &&
    !changeOnly(body) &&
    !open.responds &&
    !open.clauses.some((c) => clauses[c]!.concessive) &&
    !openTakesClause(frame, open) &&
    // "X发布财报，同时宣布Y": publishing a report only frames the news it comes with.
    !(open.content.length === 1 && announcesReport(folded.slice(clauses[open.clauses[0]!]!.start, clause.start))) &&
    (coordinatesPredicate(body) || statesNewAct(body));
  return { turns, coordinated };
}

/** A clause after a semicolon: cut from the proposition before, and whether it goes on about its subject. */
function semicolonSignals(
  ctx: JoinContext,
  { turns, coordinated }: Pick<ClauseSignals, 'turns' | 'coordinated'>,
): Pick<ClauseSignals, 'semicolonCut' | 'semicolonEnds' | 'semicolonGoesOn'> {
  const { frame, g, clause, i, subject, open, body } = ctx;
  const { clauses } = frame;
  // "A；B": clauses set apart by a semicolon state facts of their own, and every editor cuts
  // there: a clause after ；with no subject of its own is a new proposition about the subject
  // before (or the party speaking of its own acts), under the same speaker or hedge — unless
  // it only lists an investor's part or goes on with a list, handled above.
  // A clause that opens on its predicate (or on 其中, a part of what was just said) goes on about
  // the subject before; one led by a noun phrase the gazetteer lacks is cut off too (semicolonEnds)
  // and reads the topic as a sentence after 。 does (A股涨约4%, 两个品牌合计交付…), unless that noun
  // is a name or a class of its own (恒生指数同期升约1%, 违规企业…), which makes no claim of the
  // subject before (properNounLeads, genericClassLeads).
  const semicolonCut =
    !!open && !subject && g.pending.length === 0 && !turns && !coordinated && afterSemicolonMark(frame, i);
  const semicolonGoesOn =
    semicolonCut &&
    !attributiveLead(body) &&
    (body[0]?.word === '其中' ||
      BARE_NOUN.test(body[0]?.word ?? '') ||
      ownedPartLeads(body) ||
      startsWithPredicate(body.filter((t) => !TURN.test(t.word) && t.tag !== 't' && t.tag !== 'm')));
  // ("A；B" in the writer's own sentence: ；ends A's claim whatever B opens on — see goesOn. Inside
  // quotation marks or brackets it may only set apart the items of one list someone is quoted
  // with, “第一…；第二…”, or an aside's parts, and the claim stays one.)
  // (Nor under a source's frame after a finding over a group, "调研显示，A均在20%以下；留存率在50%
  // 以下": a survey's list of findings is one claim, as editors keep it.)
  const findingsGoOn =
    !!open &&
    open.attribution.kind !== 'article' &&
    GROUP_FINDING.test(frame.folded.slice(clauses[open.content[0]!]!.start, clause.start));
  const semicolonEnds = semicolonCut && !withinMarks(frame.sentence, clause.start) && !findingsGoOn;
  return { semicolonCut, semicolonEnds, semicolonGoesOn };
}

/**
 * "…，港股则涨逾2%", "…，汽车业务收入则增长40%", "…，港股亦同步走高": after a comma, a noun phrase
 * with no name of its own, set against the topic before by the contrastive 则 (or the additive 亦),
 * is a second topic with a predicate of its own: 则/亦 mark a parallel proposition, which editors
 * cut as a fact of its own, about the topic's owner (carriedSubject) as a clause after ；would be.
 */
function contrastAnew(
  { frame, g, clause, subject, open, body, afterComma }: JoinContext,
  { turns, coordinated }: Pick<ClauseSignals, 'turns' | 'coordinated'>,
): boolean {
  return (
    !!open &&
    !subject &&
    !turns &&
    !coordinated &&
    afterComma &&
    g.pending.length === 0 &&
    // (Not inside a quotation: the speaker's own contrast stays in what the speaker said.)
    !withinMarks(frame.sentence, clause.start) &&
    contrastTopicLeads(body)
  );
}

/** Words that set a topic against the one before: 则 (contrast), 亦 (likewise); tokens are folded to Simplified. */
const CONTRAST_MARK = /^(则|亦)$/;

/**
 * The clause opens on a short noun phrase (no name, no time, no pronoun) and then 则/亦 and a
 * predicate: a contrastive topic. (A time before 则, 次日则回落, goes on about the same thing.)
 */
function contrastTopicLeads(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t));
  const k = words.findIndex((t) => CONTRAST_MARK.test(t.word));
  if (k < 1 || k > 4 || k + 1 >= words.length) return false;
  const lead = words.slice(0, k);
  // (A class of shares, H股, B股: jieba tags the 股 after a letter as a classifier.)
  const nominal = (t: Token, at: number) =>
    /^(n|vn|eng|j|b)/.test(t.tag) || (t.tag === 'q' && lead[at - 1]?.tag === 'eng');
  return (
    lead.every((t, at) => !t.entityId && nominal(t, at) && !/^(nr|nrt|nrfg)$/.test(t.tag)) &&
    /^(v|d|p|a|m|c)/.test(words[k + 1]!.tag)
  );
}

/** A subject of its own the gazetteer lacks, an officer acting for the organization, a speaker's second thing said. */
function newSubjectSignals(ctx: JoinContext): Pick<ClauseSignals, 'ownSubject' | 'officerFor' | 'saidFor'> {
  const { frame, g, clause, subject, open, body } = ctx;
  const { context, clauses } = frame;
  // "…，张勇则彻底离开阿里云": a clause led by a name the gazetteer lacks has a subject of its own.
  // "…，此举引发…": a clause about the act just stated is a proposition of its own.
  // ("…，但美国财政部将其列入清单": a turn or a connective may come before that name.)
  const unjoinedBody = body.slice(body.findIndex((t) => !TURN.test(t.word) && !/^(而|并|且|同时)$/.test(t.word)));
  const ownSubject = !subject && (!!leadingUnknownName(unjoinedBody) || !!deedAt(body));
  // "X宣布高层调整，首席执行官A将卸任，执行副总裁B接任": an officer the gazetteer lacks, named with
  // the title, acts for the organization the sentence is about: a claim of its own about it
  // (lib/claims/new-subject.ts).
  const officerParty = (): EntitySubject | null => {
    if (!open || subject || g.pending.length > 0 || !officerLeads(body)) return null;
    const party = lastSubject(g) ?? speakingParty(open, clauses);
    return party && party.ids.length === 1 && ORGANIZATION_TYPES.has(context.typeOf?.(party.ids[0]!) ?? '')
      ? party
      : null;
  };
  const officerFor = officerParty();
  // "X坦言，A仍然吃紧，B的价格已开始上调": a speaker's second thing said, about a noun of its own,
  // is a proposition of its own, the speaking party's, under the same speaker (new-subject.ts).
  const saidAnew =
    !!open &&
    !subject &&
    !officerFor &&
    g.pending.length === 0 &&
    clause.from === 0 &&
    (open.attribution.kind === 'person' || open.attribution.kind === 'organization') &&
    !openTakesClause(frame, open) &&
    saidNounLeads(body);
  const saidFor = saidAnew && open ? (speakingParty(open, clauses) ?? lastSubject(g)) : null;
  return { ownSubject, officerFor, saidFor };
}

/** A metric of its own, a comma-chain of figures going on, a comparison with expectations, a chain's move anew. */
function metricSignals(
  ctx: JoinContext,
  ownSubject: boolean,
): Pick<ClauseSignals, 'metric' | 'chainGoesOn' | 'ownMetric' | 'expectationAnew' | 'chainAnew' | 'measureCut'> {
  const { frame, g, clause, i, subject, open, body, bodyText, afterComma } = ctx;
  const { sentence, folded, dates, clauses } = frame;
  // 话题链: "…完成新一轮融资，投后估值约33亿美元", "…；毛利率升至41%": a clause opening on a
  // metric the topic owns, with its figure, states a claim of its own, unless, after a comma, it
  // goes on with the figure of the clause right before ("出货4080万台，市占率14%"), with the
  // report it announced (公布财报，营收达…) or with the product it brought out (推出X，售价…):
  // one unbroken comma-chain of figures is one claim; a semicolon, a clause without a figure
  // (an investor's part, "创下新高") or a turn (但亏损…) ends it.
  // (Overlapping: a clause may end inside a figure, at the comma of "6,010万": hasFigure.)
  // A launch's detail opening a sentence or after a semicolon is a claim of its own; after a
  // comma ("推出X，售价…") it goes on with the launch, one claim as editors write it.
  // (A date of sale states a date, not a figure: 首销定于10月31日.)
  const detailOpens = !open || /[；;]\s*$/.test(sentence.slice(0, clauses[i - 1]?.end ?? 0));
  const detail = subject || !detailOpens ? null : launchDetailLead(bodyText);
  const dated = dates.some((d) => d.start >= clause.start && d.end <= clause.end);
  const metric =
    subject || !hasFigure(frame, clause)
      ? detail?.sale && dated
        ? detail
        : // (A unit of the business as the subject of a sentence's first clause, with no figure.)
          !subject && !open && !ownSubject && !body.some((t) => t.entityId)
          ? unitLead(bodyText)
          : null
      : (metricLead(bodyText) ??
        verbMetricLead(bodyText) ??
        lineMetricLead(body.filter((t) => !isPunct(t) && !TURN.test(t.word) && t.tag !== 't')) ??
        (open ? specLead(bodyText, folded.slice(clauses[open.clauses[0]!]!.start, clause.start)) : null) ??
        detail);
  const openText = open ? folded.slice(clauses[open.clauses[0]!]!.start, clauses[i - 1]?.end ?? 0) : '';
  const announced = !!open && open.content.length === 1 && announcesReport(openText);
  // (Only a detail of the launched thing goes on with the launch: its price or a spec, or a bare
  // noun phrase; "推出X，并计划进入欧洲", "发布X，股价上涨" state acts and facts of their own.)
  const launched =
    !!open &&
    open.content.some((c) => clauses[c]!.tokens.some((t) => BRING_OUT.test(t.word))) &&
    (!!metric || hasFigure(frame, clause) || launchDetail(body));
  // (A metric of its own named after another's figure, 营收331亿元，同比下滑3%，净利润76亿元, states
  // another measure: a claim of its own, as editors cut it; a bare change stays with its metric.)
  const measureAnew =
    !!metric &&
    !!open &&
    !announced &&
    !launched &&
    (anotherMeasure(metric, openText) ||
      // (市值约1.8万亿港元 after a share's price: a level of its own; lib/claims/chain-cuts.ts.)
      marketLevelAnew(metric.noun, bodyText.slice(bodyText.indexOf(metric.noun) + metric.noun.length), openText) ||
      // (投后估值达117亿欧元 after the round: what the company is worth, not what it raised; chain-cuts.ts.
      // Not under hearsay, 据媒体报道，A领投了B的融资，投后估值…: the report is one thing reported,
      // nor before the round's investors, 估值达到20亿美元，X、Y等参投: the round goes on past it.)
      (valuationAnew(metric.noun, openText) &&
        (open.attribution.kind === 'article' || !!open.attribution.entityId) &&
        !/领投|跟投|参投|合投/.test(folded.slice(clause.end))));
  // (股价急升 after a launch or another act: the market's answer, a claim of its own; chain-cuts.ts.)
  const priceAnswers = !!metric && !!open && !announced && sharePriceAnew(metric.noun, openText);
  // "…，营收达52亿元，同比增长18%，毛利率为41%", "…，总参数量为6710亿，每个token激活的参数约370亿": after a
  // clause with a figure, a clause led by a measure noun of its own with its level or change and
  // figure states another measure, a claim of its own (lib/claims/measure-lead.ts ownMeasureLead).
  const measureCut =
    !!open &&
    !subject &&
    g.pending.length === 0 &&
    afterComma &&
    hasFigure(frame, clauses[i - 1]) &&
    ownMeasureLeads(frame, clauses[i - 1]!, body);
  const chainGoesOn =
    afterComma &&
    !turnsAway(body) &&
    !priceAnswers &&
    !measureCut &&
    ((hasFigure(frame, clauses[i - 1]) &&
      (hasFigure(frame, clause) || figureTail(bodyText)) &&
      (!measureAnew || parallelMeasures(frame, clauses[i - 1]!, body))) ||
      announced ||
      launched);
  // ("A、B、C等公司相继完成融资，估值均已超过20亿美元": a metric of each of the parties before, 均
  // or 都 after it, goes on with them, the figure theirs; it has no one owner to start a claim.)
  const eachParty =
    !!metric &&
    !!open &&
    metricOverAll(bodyText) &&
    new Set(open.clauses.flatMap((c) => clauses[c]!.tokens.filter((t) => t.entityId).map((t) => t.entityId))).size >= 2;
  const ownMetric = !!metric && !!open && !chainGoesOn && !eachParty;
  // "营收970亿元，同比增长86%，低于市场预期的约1000亿元": a comparison with what was expected that
  // states the expected figure is a comparison of its own, about the same subject, as editors cut
  // it (one without a figure, …，高于市场预期, stays with the figure it judges).
  const expectationAnew =
    (!!open && !subject && afterComma && hasFigure(frame, clause) && comparesWithExpectation(bodyText)) ||
    // (A broker's target after its rating, or its rating after its target: broker-verdict.ts verdictAnew.)
    (!!open && !subject && afterComma && verdictAnew(bodyText, openText));
  // "收涨2.6%，报170.1港元，今年以来累计上涨逾五成", "…，截至9月底已动用约6亿美元", "曾任X的CTO，
  // 2015年离开后创立Y": after a figure or an act of the same subject, a move over a period of its
  // own, what stood by a date, or an act at a time of its own is a claim of its own, the subject
  // carried (lib/claims/chain-cuts.ts).
  const chainAnew =
    !!open &&
    !subject &&
    !metric &&
    g.pending.length === 0 &&
    afterComma &&
    !!lastSubject(g) &&
    open.attribution.kind === 'article' &&
    ((hasFigure(frame, clause) &&
      (((periodChangeLead(bodyText) || forecastAnew(clause.tokens) || closeAnew(bodyText, openText)) &&
        open.content.some((c) => hasFigure(frame, clauses[c]))) ||
        statusAsOf(bodyText))) ||
      // ("…，2015年离开后创立B", "…，同年11月推出Y": an act at a time of its own.)
      // (Not after a case named as a noun, X收购Y一案，去年5月获批: the act before is its topic.)
      (datedAct(body) && !/(?:案|一事|事件)[，,]?\s*$/.test(openText)) ||
      // ("…，预计2028年量产", "…，计划于2026年量产": a plan for a time of its own.)
      plannedAt(body));
  return { metric, chainGoesOn, ownMetric, expectationAnew, chainAnew, measureCut };
}

/** Verbs of a change by a figure (提升30%), as against a level (为, 达, 约). */
const CHANGE_CUE = /^(?:提升|提高|增长|增長|增加|下降|下滑|减少|減少|降低|上升|上涨|上漲|下跌)$/;

/**
 * A measure of its own leads the clause, another than the one leading the clause before
 * (ownMeasureLead): the same head noun there (输入价格为…，输出价格为…; 单核性能提升35%，多核性能提升28%)
 * states parallel figures of one measure, which editors keep as one claim.
 */
function ownMeasureLeads(frame: SentenceFrame, before: Clause, body: Token[]): boolean {
  const lead = ownMeasureLead(body, frame.figures);
  if (!lead) return false;
  // (每股招股价 after 发行15亿股: the price of each share counted before, a reading of that figure.)
  const counted = frame.figures.filter((f) => f.start < before.end && f.end > before.start).map((f) => f.text);
  return !perUnitOf(lead.text, counted) && !parallelMeasures(frame, before, body);
}

/** The clause and the one before lead with measures stated alike: one measure's parallel figures (ownMeasureLeads). */
function parallelMeasures(frame: SentenceFrame, before: Clause, body: Token[]): boolean {
  const lead = ownMeasureLead(body, frame.figures);
  if (!lead) return false;
  // (The clause before may name its subject first, 云海集团的输入价格为…: its measure follows the name.)
  const priorBody = before.tokens.slice(before.from).filter((t) => !isPunct(t));
  let k = 0;
  while (k < priorBody.length && (priorBody[k]!.entityId || /^(?:的|之)$/.test(priorBody[k]!.word))) k++;
  const prior = ownMeasureLead(priorBody.slice(k), frame.figures);
  // (So do two measures changed alike, the same verb of change on each: CPU性能提升30%，能效提升20%.)
  return !!prior && (prior.head === lead.head || (prior.cue === lead.cue && CHANGE_CUE.test(lead.cue)));
}

/** A party keeping silent, a comparison or inference, a named part, a second thing said, a voice or speaker of its own, a plan after a deed. */
function voiceAndAspectSignals(
  ctx: JoinContext,
  { turns, coordinated }: Pick<ClauseSignals, 'turns' | 'coordinated'>,
): Pick<
  ClauseSignals,
  'silentParty' | 'comparesAnew' | 'partAnew' | 'saysMore' | 'ownVoice' | 'newSpeaker' | 'aspectTurns'
> {
  const { frame, g, clause, i, subject, open, text, body, bodyText } = ctx;
  const { clauses } = frame;
  // "X表示，…，但未证实具体人数", "…称，…，并未透露具体时间": a clause saying that the party
  // before it held something back is a claim of its own, in the article's voice — keeping silent
  // is the silent party's own act, not part of what it said (a statement, fact, the silent party
  // agent: tests/claims-eval/README.md) — whose party is who spoke, else whom the clause before
  // was about.
  // (Both this and a second thing said below follow an open proposition with no subject of their
  // own, whose last clause takes no clause as its object: not after 宣布, 称 giving its content.)
  const followsOpenAct = !!open && !subject && g.pending.length === 0 && !openTakesClause(frame, open);
  const silentParty =
    // (Not "X表示，不评论个别项目": right after a verb of saying, the refusal is what X said.)
    open && followsOpenAct && !endsOnSpeech(clauses[i - 1]) && withholds(body)
      ? (speakingParty(open, clauses) ?? lastSubject(g))
      : null;
  // "X推出Y，比Z晚了9个月": a clause opening on 比 and a name compares the subject with a
  // standard of its own; it is a comparison of its own about the same subject.
  const comparesAnew =
    (!!open && !subject && open.subject?.kind === 'entity' && body[0]?.word === '比' && !!body[1]?.entityId) ||
    // "X上月推出Y，可见其…", "…，这意味着其12月交付量翻了一番": the writer's inference from the fact
    // before is a claim of its own about the same subject (voices.ts).
    (!!open &&
      !subject &&
      open.subject?.kind === 'entity' &&
      g.pending.length === 0 &&
      infersFromBefore(bodyText) &&
      !nominalClause(clauses[i - 1]!.tokens));
  // "…发布两款新模型，其中Nova降价80%": 其中 and a named part with its own predicate states that
  // part's fact, a claim of its own about the same subject (lib/claims/switch.ts).
  const partAnew =
    !!open &&
    !subject &&
    (open.subject?.kind === 'entity' || open.subject?.kind === 'pronoun') &&
    !afterSemicolonMark(frame, i) &&
    namedPartLeads(body, bodyText);
  // "据报道，X正在洽谈Y，但X回应称消息不实", "有传言称…，对此该公司回应称…": after what a report
  // or a source said, a clause answering it in a voice of its own (a responder named before
  // what it says, after 但/对此 or with a verb of responding) is the answer, a proposition of its
  // own, even with no subject in what it says. (Not "X发布内部信，称…", where the subject before
  // speaks on.)
  // "X回应称消息不实，并表示…", "X宣布…，并称其性能已超过Y": 并 joining a second act of saying
  // to what was just said or done states a second thing said, a claim of its own by the same
  // party (unlike "X发表声明，称…", whose 称 gives the statement its content).
  const saysMore = followsOpenAct && /^并(称|表示|强调|指出|透露|说|坦言|承认|宣称)/.test(text);
  const ownVoice =
    !!open &&
    !!clause.attribution &&
    !clause.subjectSpeaks &&
    clause.from > 0 &&
    open.attribution.kind !== 'article' &&
    (CONTRAST.test(text) || RESPONSE.test(text) || (!!clause.responds && open.attribution.kind === 'unnamed'));
  // "…，云海集团方面也表示不予置评", "…，X随后表示将下调价格": a clause opening on a party of its
  // own, the gazetteer's, speaking with its own verb of saying, is that party's proposition
  // (lib/claims/new-subject.ts), not a part of the one before.
  const newSpeaker =
    !!open &&
    !subject &&
    g.pending.length === 0 &&
    newSpeakerLeads(clause, {
      subjects: open.subject?.kind === 'entity' ? open.subject.ids : (lastSubject(g)?.ids ?? []),
      speaker: open.attribution.entityId,
    });
  // "X表示，A已开始量产，B也将在下半年供货": after a proposition whose own aspect marks a thing done,
  // a clause with no name of its own that opens on what is to come (将, 预计) states a plan: a
  // proposition of its own, under the same speaker, about the same subject (lib/claims/aspect.ts).
  const aspectTurns =
    followsOpenAct &&
    !turns &&
    !coordinated &&
    !saysMore &&
    !silentParty &&
    !open.forecast &&
    open.content.every((c) => statesDone(clauses[c]!.tokens.slice(clauses[c]!.from))) &&
    // (The whole clause: an impersonal 预计 opening it frames what follows, "预计相关芯片明年可商用".)
    opensAhead(clause.tokens);
  return { silentParty, comparesAnew, partAnew, saysMore, ownVoice, newSpeaker, aspectTurns };
}

/**
 * A serial predicate (…，2018年推出Y): after a comma, a clause opening on a predicate of its own
 * states a second act of the subject before, a claim of its own — unless the clause before frames
 * it (a clausal verb, a purpose, a consequence, an occasion, a quotation, a yes-no question…).
 */
function predicateAnew(ctx: JoinContext, chainGoesOn: boolean, metric: boolean, measureCut: boolean): boolean {
  const { frame, g, clause, i, subject, open, body, bodyText, afterComma } = ctx;
  const { sentence, folded, clauses } = frame;
  // "…，全无人驾驶车队规模超过1000辆", "公布财报，多项核心指标低于市场预期": a clause led by a measure
  // of the subject (no metric the topic chain reads, whose own rules keep a chain of figures one
  // claim) states a fact of its own about it, figure chain or not (lib/claims/measure-lead.ts).
  const measureAnew = !metric && !metricOverAll(bodyText) && (measureCut || measureLeads(bodyText, body));
  return (
    !!open &&
    !subject &&
    g.pending.length === 0 &&
    afterComma &&
    // (Its subject is the name before, or the party speaking of its own acts with no subject of
    // their own, "X宣布，将A，B": editors cut a speaker's pieces as the article's, one per predicate.)
    (!!lastSubject(g) ||
      // (Not a detail held back of what the speaker just said, 表示将…，并未给出时程: part of it.)
      (!!speakerActs(frame, open) && !modifierLead(clauses[open.content[0]!]!) && !withholds(body))) &&
    !openTakesClause(frame, open) &&
    !withinQuote(sentence, clause.start) &&
    // (因A，对其处以B: a cause, 因/由于/鉴于/随着, scopes over the act after it; it is not a piece.)
    !open.content.some((c) => CAUSE.test(leadWord(clauses[c]!))) &&
    !changeOnly(body) &&
    (!chainGoesOn || measureAnew) &&
    !CONSEQUENCE.test(body.find((t) => !isPunct(t))?.word ?? '') &&
    // (原因在于A，加上B: a further reason or item added to the one before, not an act.)
    !/^(加上|再加上|加之|以及)/.test(bodyText) &&
    !open.content.some((c) =>
      PURPOSE.test(clauses[c]!.tokens.slice(clauses[c]!.from).find((t) => !isPunct(t))?.word ?? ''),
    ) &&
    // (X为了给Y提供算力，斥资…: a purpose clause before, wherever its 为了 stands, frames the acts after it.)
    !open.clauses.some((c) => clauses[c]!.tokens.some((t) => /^(为了|為了)$/.test(t.word))) &&
    !open.content.every((c) => nominalClause(clauses[c]!.tokens.slice(clauses[c]!.from))) &&
    // (A consequence goes on past its first clause: "…，让用户在没有网络的地方，也能…".)
    !open.content.slice(1).some((c) => CONSEQUENCE.test(leadWord(clauses[c]!))) &&
    // (The clause before only sets the occasion, 举行发布会, or introduces a new thing, 成立一个组织,
    // 推出一款名为X的应用, that the clause after describes: one claim.)
    !holdsOccasion(clauses[open.content[open.content.length - 1]!]!) &&
    !introducesReferent(clauses[open.content[open.content.length - 1]!]!) &&
    // (After a quotation closes, “…”，决定…, a clause with no subject goes back to who spoke; after
    // a proposition whose subject is a noun phrase of its own, 双方的谈判仍处于早期阶段，尚未…, to
    // that noun phrase: neither is the name before.)
    !(open.attribution.kind !== 'article' && closesQuotedWords(sentence.slice(0, clause.start))) &&
    !(!open.subject && nounPhraseSubject(clauses[open.content[0]!]!)) &&
    // (…出来辟谣，否认了…: after an act of speaking with no object, what follows is what it said.)
    !endsOnSpeech(clauses[i - 1]) &&
    // (发布内部信，称…, 发表声明，表示…: the document published frames what follows, its content.)
    !PUBLISHES_DOCUMENT.test(folded.slice(clauses[i - 1]!.start, clauses[i - 1]!.end)) &&
    !RESPONDING_ACT.test(clauses[i - 1]!.tokens.filter((t) => !isPunct(t)).pop()?.word ?? '') &&
    // (Nova能否成功，将决定…: a yes-no question before is the subject of what follows.)
    !open.content.some((c) => clauses[c]!.tokens.some((t) => /^(能否|是否|能不能|会不会|會不會)$/.test(t.word))) &&
    // (…一路下滑，2021年起甚至被挤出前五: a state since a time goes on with the one before.)
    !/^[^，,]{0,12}?(起|以来|以來)/.test(leadTime(body)) &&
    // (股价大涨，创下新高: a record with no figure of its own is a tail of its clause.)
    !(RECORD_TAIL.test(bodyText) && !hasFigure(frame, clause)) &&
    (measureAnew ||
      startsWithPredicate(body.filter((t) => !TURN.test(t.word) && t.tag !== 't' && t.tag !== 'm')) ||
      coordinatesPredicate(body) ||
      predicateAfterAdverbial(body))
  );
}

/**
 * A content clause with no subject joining it by itself: whether it goes on with the proposition
 * being built or opens one of its own (a turn, a second act, a new metric, speaker or voice), and
 * with what subject, carried or its own.
 */
function opensOrJoins(frame: SentenceFrame, g: Grouping, clause: Clause, i: number, subject: Subject | null): void {
  const ctx = joinContextOf(frame, g, clause, i, subject);
  const signals = clauseSignals(ctx);
  const { open, body } = ctx;
  if (open && goesOn(ctx, signals)) {
    joinOpen(ctx, open);
    return;
  }
  if (open && framedBySource(ctx, signals.ownSubject)) {
    joinWithFrames(ctx, open);
    return;
  }
  // "…；不过也有分析师提醒，该模式能否…": a clause after ；that ends on a verb of saying with
  // nothing said yet only introduces who speaks the clauses after it; "…；9月的发布会上，X又宣布…",
  // "…；但在A、B激烈竞争的市场，新车能否…" only say where: either is a frame of the next
  // proposition, which takes its subject from before as any clause after ；does.
  if (
    signals.semicolonEnds &&
    i < frame.clauses.length - 1 &&
    (((endsOnSpeech(clause) || WARNS.test(body.filter((t) => !isPunct(t)).pop()?.word ?? '')) &&
      !body.some((t) => t.entityId)) ||
      placeOnly(body))
  ) {
    close(g);
    g.pending.push(i);
    return;
  }
  const carried = carriedSubject(ctx, signals);
  settleAttribution(ctx, signals);
  openProposition(ctx, signals, carried);
}

/** No signal opens a proposition of its own, and no subject or frame came between: the clause goes on with the open one. */
function goesOn({ g, subject }: JoinContext, s: ClauseSignals): boolean {
  return (
    !subject &&
    g.pending.length === 0 &&
    !s.aspectTurns &&
    !s.predicateAnew &&
    !s.ownVoice &&
    !s.newSpeaker &&
    !s.officerFor &&
    !s.saidFor &&
    !s.saysMore &&
    !s.turns &&
    !s.coordinated &&
    !s.semicolonGoesOn &&
    // "…，收在202元；A股涨约4%", "…维持买入评级；另一家券商则喊出…": a semicolon sets apart
    // coordinate propositions, each with its subject of its own or the topic's; editors always
    // end a claim there, so no clause after it goes on with the claim before (its subject is
    // read as a new sentence's would be: carriedSubject).
    !s.semicolonEnds &&
    !s.contrastAnew &&
    !s.ownSubject &&
    !s.ownMetric &&
    !s.expectationAnew &&
    !s.chainAnew &&
    !s.comparesAnew &&
    !s.partAnew &&
    !s.silentParty
  );
}

/** The clause joins the open proposition, with the estimate and the subject's own speaking it brings. */
function joinOpen({ clause, i }: JoinContext, open: Prop): void {
  open.clauses.push(i);
  open.content.push(i);
  // "…，预计将达到…": an estimate in a clause that goes on with the proposition covers it.
  open.forecast ||= !!clause.forecast;
  if (clause.subjectSpeaks && open.attribution.kind === 'article') {
    open.subjectSpeaks = true;
    open.opinion ||= !!clause.opinion;
  }
}

/**
 * "X数据显示，A均在20%以下；忠诚度方面，B均在50%以下": under a source's frame, a nameless
 * clause after a nameless topic frame (…方面) is still what the source says.
 */
function framedBySource({ frame, g, subject, open, body }: JoinContext, ownSubject: boolean): boolean {
  const { clauses } = frame;
  return (
    !!open &&
    !subject &&
    !ownSubject &&
    open.attribution.kind !== 'article' &&
    g.pending.length > 0 &&
    g.pending.every((p) => clauses[p]!.type === 'scene' && !clauses[p]!.tokens.some((t) => t.entityId)) &&
    !body.some((t) => t.entityId)
  );
}

/** The clause joins the open proposition with the frames read before it. */
function joinWithFrames({ g, i }: JoinContext, open: Prop): void {
  open.clauses.push(...g.pending, i);
  open.content.push(i);
  g.pending = [];
}

/** The subject a proposition opened anew carries from before: who keeps silent, an officer's or speaker's party, the subject before. */
function carriedSubject(ctx: JoinContext, s: ClauseSignals): EntitySubject | null {
  const { frame, g, i, subject, open, body } = ctx;
  const { clauses } = frame;
  return (
    s.silentParty ??
    s.officerFor ??
    s.saidFor ??
    (s.turns ||
    s.coordinated ||
    s.semicolonGoesOn ||
    s.comparesAnew ||
    s.partAnew ||
    s.expectationAnew ||
    s.chainAnew ||
    s.predicateAnew ||
    s.aspectTurns ||
    (!subject &&
      !g.topic &&
      afterSemicolon(frame, g, i) &&
      !s.semicolonCut &&
      !spokenAnew(frame, g, g.pending, body)) ||
    // (A clause after ；led by a noun the gazetteer lacks, a part or unit of the topic, A股,
    // 两个品牌, 另一家券商, is about the topic, as a zero-subject sentence after 。 would be; a
    // name of its own, 张勇则…, is not.)
    ((s.semicolonEnds || s.contrastAnew) &&
      !s.ownSubject &&
      !properNounLeads(ctx.clause.tokens) &&
      !genericClassLeads(body))
      ? lastSubject(g)
      : s.saysMore && open
        ? (lastSubject(g) ?? speakingParty(open, clauses))
        : null) ??
    ((s.coordinated || s.semicolonGoesOn || s.predicateAnew) && open ? speakerActs(frame, open) : null) ??
    // (A speaker's plan for its own products, "X表示，A已量产，B也将供货": products the gazetteer
    // lacks stand for their owner, tests/claims-eval/README.md.)
    (s.aspectTurns && open && open.attribution.entityId ? speakingParty(open, clauses) : null)
  );
}

/** The source and hedges in force from the proposition opened anew on: kept for a plan, dropped for a silent party or the other side. */
function settleAttribution(ctx: JoinContext, s: ClauseSignals): void {
  const { frame, g, clause, i, subject, open } = ctx;
  const { folded, context } = frame;
  // (An impersonal 预计 opening the plan names no speaker of its own: the one before goes on.)
  if (s.aspectTurns && open && (!clause.attribution || clause.attribution.kind === 'article'))
    g.attribution = open.attribution;
  if (s.silentParty) {
    // (Neither the speaker nor a hedge before covers what the article says of the speaker.)
    g.attribution = null;
    g.opinion = g.forecast = g.responding = false;
  }
  // "百度称，A；通义千问亦于近日完成…", "法人预估，A；台积电则持续扩充…": after a semicolon, a
  // clause whose subject is a name of its own, another organization than the speaker, marked as the other
  // side by 则 or 亦, is the article's report on it, no longer the speaker's words (a data source,
  // 数据显示, goes on stating its data).
  if (
    subject?.kind === 'entity' &&
    afterSemicolonMark(frame, i) &&
    g.attribution &&
    g.attribution.kind !== 'data' &&
    subject.ids.every(
      (id) =>
        ORGANIZATION_TYPES.has(context.typeOf?.(id) ?? '') &&
        (!g.attribution!.entityId ||
          (id !== g.attribution!.entityId && context.parentOf?.(id) !== g.attribution!.entityId)),
    ) &&
    /^(则|亦)/.test(folded.slice(subject.end, clause.end))
  ) {
    g.attribution = null;
    g.opinion = g.forecast = g.responding = false;
  }
}

/** Closes the open proposition and opens one with the clause (and the frames before it), its subject its own or carried. */
function openProposition(ctx: JoinContext, s: ClauseSignals, carried: EntitySubject | null): void {
  const { frame, g, clause, i, subject, open, body } = ctx;
  const { clauses } = frame;
  close(g);
  g.current = {
    clauses: [...g.pending, i],
    content: [i],
    // (A coordinated predicate carries a name as `carried`; a pronoun, as its own subject.)
    // (A clause led by a name the gazetteer lacks is that name's, not the topic's: "X原定本月上市，
    // 但美国财政部10日将其列入清单".)
    subject:
      subject ??
      (s.newSpeaker ? newSpeakerOf(clause) : null) ??
      (s.ownSubject && !deedAt(body) ? null : g.topic) ??
      ((s.coordinated || s.saysMore || s.semicolonGoesOn || s.partAnew) && open?.subject?.kind === 'pronoun'
        ? open.subject
        : null),
    extraAgents: [],
    investors: [],
    attribution: g.attribution ?? ARTICLE,
    opinion: g.opinion || (!!clause.subjectSpeaks && !!clause.opinion),
    forecast: g.forecast,
    hasScene: g.pending.some((p) => clauses[p]!.type === 'scene'),
    listedSubject: g.topicList && !subject && g.topic?.kind === 'entity' && g.topic.ids.length >= 3 ? g.topic.ids : [],
    tail: [],
    carried,
    subjectSpeaks: false,
    previousSpeaks: !!clause.subjectSpeaks && (g.attribution ?? ARTICLE).kind === 'article',
    responds: g.responding,
    metric: s.metric,
    serial: s.predicateAnew,
    simultaneous: s.coordinated && /^(同时|同時|与此同时|與此同時)$/.test(body.find((t) => !isPunct(t))?.word ?? ''),
    afterSemicolon: s.semicolonEnds && !s.ownSubject && !properNounLeads(clause.tokens) && !genericClassLeads(body),
    ownTopicAfterSemicolon:
      s.semicolonEnds &&
      !s.semicolonGoesOn &&
      !subject &&
      !clause.tokens.some((t) => t.entityId) &&
      genericClassLeads(body),
  };
  g.pending = [];
  g.topic = null;
  g.topicList = false;
  g.timeSubject = null;
}

/**
 * Words opening a clause that states what the act before brings about or is for: a consequence
 * (让, 使, 从而), a purpose (以, 旨在, 用于), an ability it gives (可, 能), or the subject's hope or aim
 * in doing it (希望, 力图, 以期, 借此): part of that act's claim, under its frame.
 */
const CONSEQUENCE =
  /^(让|讓|使|使得|令|以|以便|从而|從而|进而|進而|即|便|就|才|用于|用於|旨在|意在|为|為|为了|為了|帮助|幫助|助力|供|可|可以|能|能够|能夠|来|來|去|希望|期望|期待|盼望|寄望|冀望|力图|力圖|试图|試圖|意图|意圖|企图|企圖|力求|以期|借此|藉此|借以|藉以)$/;
/** A clause opening on a purpose (为了…, 为…): it frames the acts after it, which stay in its claim. */
const PURPOSE = /^(为了|為了|为|為)$/;
/** A clause opening on a cause (因, 由于, 鉴于, 随着): it scopes over the act after it, in its claim. */
const CAUSE = /^(因|因为|因為|由于|由於|鉴于|鑒於|随着|隨著|基于|基於)$/;

/**
 * What a launched thing's detail opens on: its price (a noun of price after a short noun, 输入价格),
 * or, after adverbs, a verb of what it carries, supports or can do (同样搭载, 初期只支援, 可一键…).
 */
const LAUNCH_DETAIL = new RegExp(
  '^(?:[^，,。；]{0,4}(?:售价|售價|定价|定價|价格|價格|起售价|起价|起價|首发价|首發價|预售价|預售價|参数|參數|续航|續航)|' +
    '(?:同样|同樣|也|亦|均|皆|都|则|則|还|還|并|並|且|另|全系|该机|該機|新机|新機|其|初期|首批|目前|据称|據稱|号称|號稱|只|仅|僅|可|可以|能|能够|能夠|一键|一鍵)*' +
    '(?:搭载|搭載|配备|配備|配置|配有|内置|內置|支持|支援|采用|採用|基于|基於|拥有|擁有|具备|具備|兼容|可选|可選|提供|主打|起售|分为|分為|包括|包含|涵盖|涵蓋|共有|上架|上線|上线|接入|开放|開放|超过|超過|超越|领先|領先|优于|優於|媲美|比肩|对标|對標|挑战|挑戰|叫板|抗衡|直指|剑指|劍指|要求|呼吁|呼籲|号召|號召|提醒))|' +
    // (与A、B正面交锋: the launched thing against its rivals.)
    '(?:与|與|和|同|跟)',
);

/**
 * "推出X，售价3999元，搭载自研芯片，6.7英寸屏幕": a clause giving a launched thing's detail opens on
 * a word of price or specification, on its figure, or has no verb at all (a bare noun phrase).
 */
function launchDetail(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t));
  // (A hedge, 据称可以…, leaves the detail a detail.)
  const text = words
    .map((t) => t.word)
    .join('')
    .replace(/^(据称|據稱|号称|號稱|据介绍|據介紹|据悉|據悉)/, '');
  return (
    !words.length ||
    LAUNCH_DETAIL.test(text) ||
    /^(可|可以|能|能够|能夠)/.test(text) ||
    /^(m|mq)$/.test(words[0]!.tag) ||
    !words.some((t) => isVerb(t))
  );
}

/** A clause publishing a document (发布内部信, 发表声明, 发文): what follows is what the document says. */
const PUBLISHES_DOCUMENT =
  /(发布|發布|发表|發表|发出|發出|公布|发|發)[^，,。；]{0,10}(说明|說明|声明|聲明|公告|内部信|內部信|公开信|公開信|致歉信|信|文章|博文|帖子|贴文|貼文|通知|邮件|郵件|文)[，,]?\s*$/;

/**
 * "开源模型会越来越落后": a clause opening on a verb that modifies the noun right after it (开源 +
 * 模型, then the clause's own verb) opens on a noun phrase, its subject, not on an act of the speaker's.
 */
function modifierLead(clause: Clause): boolean {
  const words = clause.tokens.slice(clause.from).filter((t) => !isPunct(t) && !/^(t|m|q|mq)$/.test(t.tag));
  const [lead, noun, next] = words;
  return (
    !!lead &&
    !!noun &&
    !!next &&
    isVerb(lead) &&
    /^n/.test(noun.tag) &&
    !noun.entityId &&
    (isVerb(next) || /^(d|ad)$/.test(next.tag))
  );
}

/**
 * "出货1200万台，稳居第三", "成交2307亿元，低于综合电商平台", "…，引发行业震动", "售价4499元，与X持平",
 * "支付6.5亿美元，获得其授权", "引入10名投资者，包括…": a clause with no figure of its own that ranks,
 * compares, weighs, lists, reaches or gains by the figure before, or says what the post just
 * counted is for (任职近十年，负责…), after adverbs: a tail of that figure.
 */
function figureTail(bodyText: string): boolean {
  return /^(仍|仍然|也|亦|则|則|并|並|均|皆|都|稳|穩|继续|繼續|再|一度|已|进一步|進一步|明显|明顯|略|远|遠|大幅|首次|首度|再度|再次)*(稳居|穩居|位居|位列|排名|排在|名列|居于|居於|低于|低於|高于|高於|超过|超過|超出|超越|优于|優於|不及|逊于|遜於|仅次于|僅次於|领先|領先|落后|落後|引发|引發|带动|帶動|拉动|拉動|推动|推動|创下|創下|创|創|成为|成為|占|佔|相当于|相當於|约为|約為|达到|達到|跃居|躍居|跻身|躋身|刷新|开创|開創|获得|獲得|换取|換取|取得|实现|實現|负责|負責|包括|包含|涵盖|涵蓋|与|與|和|同|跟|较|較|相较|相較|相比|比起)/.test(
    bodyText,
  );
}

/** The first word of a clause's own part (after its frame), punctuation aside. */
function leadWord(clause: Clause): string {
  return clause.tokens.slice(clause.from).find((t) => !isPunct(t))?.word ?? '';
}

/**
 * "…称，X“在沟通中始终不够坦诚”，": text that ends on a quotation of someone's words, not on a name
 * given in quotes (更名为“A”, 名为「B」).
 */
function closesQuotedWords(before: string): boolean {
  const m = /[“「『"]([^“”「」『』"]*)[”」』"][，,]\s*$/.exec(before);
  return !!m && !/(为|為|叫|叫做|名|称作|稱作)$/.test(before.slice(0, m.index));
}

/**
 * "双方的谈判仍处于早期阶段", "新一轮资金将用于…": a clause whose own part opens on a noun phrase
 * (nouns, pronouns, a 的-phrase) with no name in it before its first verb: its subject is that phrase.
 */
function nounPhraseSubject(clause: Clause): boolean {
  const words = clause.tokens.slice(clause.from).filter((t) => !isPunct(t));
  const v = words.findIndex((t) => isVerb(t) || /^(d|ad|p)$/.test(t.tag));
  if (v <= 0) return false;
  const lead = words.slice(0, v);
  return (
    lead.every((t) => !t.entityId && t.tag !== 't' && !/^(m|mq)$/.test(t.tag)) &&
    lead.some((t) => /^(n|nz|l|vn|r)$/.test(t.tag) && !/^(其|他|她|它|该|這|这)$/.test(t.word))
  );
}

/** Acts of speaking out that take no object: 辟谣, 澄清, 发声 (their content follows). */
const RESPONDING_ACT = /(辟谣|闢謠|澄清|发声|發聲|发文|發文|声明|聲明|表态|表態|回应|回應)$/;

/** A record as a tail of a clause: 创下新高, 刷新纪录, 再创历史新高. */
const RECORD_TAIL = /^(再|又|也|亦)?(创|創|刷新)[^，,。；]{0,8}(新高|新低|纪录|紀錄|记录|記錄)/;

/** The time words a clause opens on, with what follows them up to the first verb: 2021年起. */
function leadTime(body: readonly Token[]): string {
  const words = body.filter((t) => !isPunct(t));
  if (!words[0] || !/^(t|m)$/.test(words[0].tag)) return '';
  return words
    .slice(0, 6)
    .map((t) => t.word)
    .join('');
}

/** Verbs of holding an event or an activity: 举行发布会, 召开大会, 进行接触. */
const HOLD = /^(举行|舉行|举办|舉辦|召开|召開|主办|主辦|进行|進行)$/;

/**
 * "X于13日举行发布会，推出Y", "X已与Y进行初步接触，讨论…": a clause whose act is holding an event or
 * an activity (举行, 召开, 进行 + its noun) sets the occasion of the act after it; the serial
 * predicates state one fact, as editors keep them.
 */
function holdsOccasion(clause: Clause): boolean {
  const words = clause.tokens.slice(clause.from).filter((t) => !isPunct(t));
  const head = words.findIndex((t) => isVerb(t) && !/^(于|於|在)$/.test(t.word));
  return head >= 0 && HOLD.test(words[head]!.word);
}

/** Numeral-classifier words that bring in a new, indefinite thing: 一个, 一家, 一款. */
const INDEFINITE = /^一(个|個|家|款|项|項|种|種|支|套|座|条|條|只|隻|部|台|檯|所|间|間|系列)$/;

/**
 * "X成立一个名为Y的组织，专注于…", "X推出一款应用，支持…": a clause ending on a new thing it brings
 * in (一个/一家/一款…, or 名为…的) makes that thing the topic of a clause after it that has no
 * subject: that clause describes the thing, not a second act of X's.
 */
function introducesReferent(clause: Clause): boolean {
  const words = clause.tokens.slice(clause.from).filter((t) => !isPunct(t));
  return words.some(
    (t, k) =>
      k > 0 &&
      (INDEFINITE.test(t.word) ||
        /^(名为|名為|名叫|叫做)$/.test(t.word) ||
        (t.word === '一' && /^(q|mq)$/.test(words[k + 1]?.tag ?? ''))),
  );
}

/** Words that turn from what was said before: 但, 却, 然而. */
const TURN = /^(但|但是|却|然而|不过|可是|只是)$/;

/** "但增长已明显放缓", "此后却一路走低": a clause turning away within its first words. */
function turnsAway(tokens: Token[]): boolean {
  return tokens
    .filter((t) => !isPunct(t))
    .slice(0, 2)
    .some((t) => TURN.test(t.word));
}

/**
 * Coordinators that join a second predicate to the clause before: 并, 并且, 同时, 随后, 此后; and
 * the adverbs adding a second act (此外, 另外, 与此同时) or the other side of 一方面 (另一方面).
 */
const COORDINATOR =
  /^(并|并且|並|並且|并于|並於|并将|並將|同时|同時|随后|隨後|此后|此後|此外|另外|另一方面|与此同时|與此同時)$/;

/**
 * "并于上月底通过评估", "随后关闭了工厂", "同时宣布…": a clause that opens on a coordinator and goes on
 * with a verb (after adverbs, a time word or a 于/在 + time phrase); not "并非…", nor a passive 被.
 */
function coordinatesPredicate(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  if (!words[0] || !COORDINATOR.test(words[0].word)) return false;
  let k = 1;
  // (A time it happens at: 并于2021年3月, 并在明年3月底前.)
  const at = /^(于|於|在)$/.test(words[k]?.word ?? '');
  if (at) k++;
  while (
    k < words.length &&
    !words[k]!.entityId &&
    (/^(t|m|q|mq)$/.test(words[k]!.tag) || (at && TIME_EDGE.test(words[k]!.word)))
  )
    k++;
  const rest = words.slice(k);
  // (jieba may write 并将 as one word: the 将 is then the head read below.)
  // ("并与Y合作", "同时对Y处以…": the verb after an adverbial phrase is the predicate all the same.)
  return (
    startsWithPredicate(rest) ||
    coordinatedHead(rest, /[将將]$/.test(words[0].word) && k === 1) ||
    predicateAfterAdverbial(rest)
  );
}

/** Whether `at` lies inside a quotation opened before it in the sentence (“…, 「…). */
function withinQuote(sentence: string, at: number): boolean {
  return openQuotations(sentence.slice(0, at)) > 0;
}

/** A figure stated over a whole group (均在20%以下, 都超过一半): a finding of a survey or a tally. */
const GROUP_FINDING = /(均|都|皆|全部)(在|为|為|超过|超過|低于|低於|高于|高於|不足|达|達|不到)/;

/**
 * A generic class of organizations (违规企业, 中小厂商) or a market's index or sector (创业板指数, 大盘)
 * leads the clause: who the rule or trend is about, not a part of the topic.
 */
function genericClassLeads(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t) && !TURN.test(t.word));
  const head = words
    .slice(0, 4)
    .findIndex((t) =>
      /(企业|企業|公司|厂商|廠商|厂家|廠家|机构|機構|业者|業者|同业|同業|指数|指數|大盘|大盤|板块|板塊)$/.test(t.word),
    );
  return head >= 0 && words.slice(0, head + 1).every((t) => !t.entityId && /^(n|vn|a|b|j)/.test(t.tag));
}

/** A localizer that ends a phrase of place or occasion: 发布会上, 财报中, 期间. */
const LOCALIZER = /^(上|中|里|内|期间|之际|会上|现场)$/;

/**
 * The clause only says where or at what occasion (9月的发布会上; 但在A、B竞争的中端市场): it ends on
 * a localizer, or opens on the preposition 在/于 and ends on its noun, with no figure after.
 */
function placeOnly(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t) && !TURN.test(t.word) && !/^(而|且|也|还|還)$/.test(t.word));
  const last = words[words.length - 1];
  if (!last || last.tag === 'm') return false;
  return LOCALIZER.test(last.word) || (/^(在|于|於)$/.test(words[0]!.word) && /^(n|f|s)/.test(last.tag));
}

/** Verbs of warning or urging, which say what follows them as SPEECH_VERB's do: 也有分析师提醒，… */
const WARNS = /^(提醒|警告|警示|提示|呼吁|呼籲|告诫|告誡)$/;

/**
 * The clause opens on a proper noun (恒生指数, 纳斯达克指数, vivo, or a gazetteer name no subject was
 * read from): a name of its own, whatever follows it, not a part of the topic.
 */
function properNounLeads(body: readonly Token[]): boolean {
  const lead = body.find((t) => !isPunct(t) && !TURN.test(t.word));
  // (A gazetteer name leading it, 抖音上的相关话题…, or speaking before it, 腾讯云则强调…, is its own
  // topic too, though no subject was read.)
  // (Not an abbreviation, tagged j: 研发开支 is a metric of the topic; nor a single Latin letter,
  // A股, H股: a class of the topic's shares.)
  return !!lead && (!!lead.entityId || (PROPER_TAG.test(lead.tag) && lead.tag !== 'j' && lead.word.length > 1));
}

/** The clause at `at` is inside quotation marks or brackets (（…）, (…), 【…】) left open before it. */
function withinMarks(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const open = (re: RegExp) => before.match(re)?.length ?? 0;
  return withinQuote(sentence, at) || open(/[（(【]/g) > open(/[）)】]/g);
}

/**
 * A coordinated part that only changes a figure already stated (并在2025年再翻一番, 并增长3%): no
 * act or measure of its own, a fragment on a card without the clause before.
 */
function changeOnly(tokens: Token[]): boolean {
  const text = tokens
    .filter((t) => !isPunct(t))
    .map((t) => t.word)
    .join('');
  return /^(并|並|同时|同時)(且)?(于|於|在)?[\d年月日季度第一二三四上下半底初末前后後明今去本]{0,10}(再|又|还|還|将|將|也)?(翻一番|翻番|翻倍|翻了?[一两兩二三四]番|增长|增長|增加|下降|减少|減少|下滑|提升|上升|上涨|上漲|下跌|回落|扩大|擴大|缩小|縮小|收窄)[^，。；]{0,12}$/.test(
    text.replace(/[。；;]$/, ''),
  );
}

/** The edge of a period after a time (年底前, 3月底, 上线后): still the time a second act is set at. */
const TIME_EDGE = /^(底|初|末|中|前|后|後|以前|以后|以後|之前|之后|之後|年底|月底|年初|年中|年末|内|內)$/;

/**
 * The head a coordinated predicate opens on where jieba tags it otherwise: a verb of planning
 * tagged a noun (并计划…, 並計畫…), a manner a verbal noun gives before the verb (并免费开放…), and
 * the disposal 将 / 把 with its object before the verb (并将X列为…, 并把X纳入…).
 */
function coordinatedHead(words: Token[], afterWill = false): boolean {
  const [head, next] = words;
  if (!head || head.entityId) return false;
  // (The object is a short noun phrase, the verb within the next few words; a verb right after
  // 将 makes it the future, 并将开放…, which startsWithPredicate reads.)
  const disposes = (from: number) => words.slice(from, from + 6).some((t) => isVerb(t) && !t.entityId);
  if (afterWill) return disposes(1);
  if (/^(计划|計劃|计画|計畫|拟|擬|打算)$/.test(head.word)) return !!next && !next.entityId;
  if (head.tag === 'vn' && next && isVerb(next)) return true;
  return /^(将|將|把)$/.test(head.word) && disposes(2);
}

/** Verbs whose object is a whole clause (宣布, 决定, 证实): said last in a clause, the next is it. */
const CLAUSAL_VERB =
  /^(宣布|决定|计划|打算|承认|证实|确认|同意|希望|呼吁|要求|意识到|担心|期待|预告|提议|建议|坚信|发现|官宣)$/;

/** A clause that ends on a verb taking a clause ("X昨日宣布，"): the next clause completes it. */
function takesClause(clause: Clause): boolean {
  const last = clause.tokens.filter((t) => !isPunct(t)).pop();
  return (
    !!last &&
    isVerb(last) &&
    CLAUSAL_VERB.test(last.word) &&
    /[，,：:]\s*$/.test(clause.tokens.map((t) => t.word).join(''))
  );
}

/** A clause answering what was just said: 对此, 就此, 对于此事. */
const RESPONSE = /^(而|但)?(对此|就此|对于此事|针对此事|对于这一(消息|传闻|说法))/;

/**
 * "这是…的一次布局", "此举无疑是…", "这意味着…": a demonstrative that sums up the facts before it,
 * characterized by the writer; a judgement, not a further fact.
 */
const CHARACTERIZES =
  /^(这|此举|这一(举动|举措|动作|做法|决定))(也|无疑|显然|正|更|则|其实|可以说|可谓|或许|恐怕|几乎|简直)?(是|算是|称得上|堪称|意味着|标志着)/;

/**
 * An ordinal or a count of occasions (第二次, 首次, 又一次, 再次) or a time since (以来, 后, 时隔十个月):
 * placing, not judging.
 */
const ORDINAL_OR_SINCE =
  /第[一二三四五六七八九十两\d]+(次|回|度|个|家|款|笔|轮|起|场|项|批|代|位|名)|首次|首度|又一次|再一次|再次|时隔|以来|(?<![最落背身])后/;

/** A clause ending on two or more names, perhaps with their kind: "还有A、B、C等公司". */
function endsOnNames(clause: Clause): boolean {
  const words = clause.tokens.filter((t) => !isPunct(t));
  let k = words.length - 1;
  while (k >= 0 && !words[k]!.entityId && (/^(等|等等)$/.test(words[k]!.word) || /^n/.test(words[k]!.tag))) k--;
  return k >= 0 && !!words[k]!.entityId && words.filter((t) => t.entityId).length >= 2;
}
