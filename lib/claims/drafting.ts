/**
 * Drafting (the sentence-level extractor's second step, after propositions.ts): each proposition
 * of a sentence becomes a claim draft: its subject, roles, voice and modality, dates, text span.
 */
import type { ClaimKind, Modality, Role } from './vocabulary';
import { isPunct, type Token } from './segment';
import { eventDateFirst } from './event-date';
import { type DateRef, type Figure, isCutoff, isSpanBack, pointsBack } from './quantities';
import { type MetricLead, metricOwner } from './topic-chain';
import {
  AUTHOR_VOICE,
  DENIED_CHARACTERIZATION,
  FORECAST_WORDS,
  INFORMED_SOURCE,
  KIND_CUES,
  OPINION_WORDS,
  PLAYS_DOWN,
  pronounTypes,
} from './cues';
import { speaksAsCompany, titledOrganizationOf } from './speakers';
import { answeredFrameParty } from './answered';
import { coSpeaker } from './co-speakers';
import type { Antecedent, Attribution, ClaimDraft, Clause, EntitySubject } from './types';
import { QUOTED_SENTENCE, quotedAt } from './quotes';
import { DENIAL_PREDICATE, FIGURE_KINDS } from './clauses';
import { THING_TYPES } from './vocabulary';
import { deniedParties } from './denials';
import { hedgesSpeaker, inlineHedge, modalityOf, openQuestion, rumouredOf } from './modality';
import {
  aboutFrame,
  clauseRoles,
  comparesWith,
  counterpartPronouns,
  ownedByNamedSubject,
  launchedBy,
  madeByTopic,
  ownersOfPatient,
  passiveFrame,
  undergoesSanction,
  ratioOf,
  speaksForCompany,
  type SpeakingAs,
  ANNOUNCES_FOR,
  whenClauseActors,
  tiedPronoun,
  tieSubject,
  toolsBuiltInByOthers,
  topicOwners,
  undergoerMarker,
} from './roles';
import { ruledParties } from './rulings';
import {
  actedBefore,
  BARE_NOUN,
  cleftFocus,
  COLLECTIVE,
  findSubject,
  isTyped,
  JOINT_VERB,
  leadingUnknownName,
  NEGATED_COPULA,
  ORGANIZATION_TYPES,
  PAIR,
  RELATION_NOUN,
  selfNamed,
  startsAsContinuation,
} from './subject';
import {
  antecedentGroup,
  commentedTopic,
  countOf,
  deedAt,
  deedClaim,
  describedPerson,
  lastTwoNames,
  resolvePronoun,
  zeroSubjectTopic,
  partSubjectTopic,
  ratedCompany,
} from './antecedents';
import { VERDICT_TAG, verdictOf } from './broker-verdict';
import {
  backersNamedForTopic,
  INVESTEE_TYPES,
  INVESTOR_VERB,
  investorsNamedFor,
  unnamedGiver,
  unsaidInvestee,
} from './investors';
import { ARTICLE, SILENCE } from './attribution';
import { CONSTRUAL, construed, isCopula, isPredicate, isVerb, prepositionAt } from './words';
import { epistemicWill, FOUNDED, foundsNothing, HAPPENING, happeningAsTopic, kindOf, wholeWord } from './kind';
import { modifiesNoun, relativeAfter } from './modifiers';
import { officeMoveRoles, subjectLeftBy } from './moves';
import type { Prop, SentenceFrame } from './frame';
import { type Prefix, prefixOf } from './proposition-prefix';
import { findSpeaker, foldedSourceWords, type Speaker } from './proposition-speaker';

/** What drafting keeps from one proposition of a sentence to the next. */
interface Drafting {
  /** The claims drafted so far, in order. */
  drafts: ClaimDraft[];
  /** The sentence's topic is set (history.topics): by a name the gazetteer lacks leading it, or by its first claim. */
  topicSet: boolean;
}

/** A report a claim may answer, named before it (对于…的传闻, 针对相关报道). */
const REPORT_NOUN = /传闻|传言|报道|报导|消息|说法|猜测|质疑/;

/** Drafts the claims of a sentence's propositions, in order (a proposition may draft none). */
export function draftPropositions(frame: SentenceFrame, props: readonly Prop[]): ClaimDraft[] {
  const { tokens, offset, history } = frame;
  const drafts: ClaimDraft[] = [];
  // A sentence led by a name the gazetteer does not know ("青木数据今天宣布…") is about that name:
  // a demonstrative phrase in the next sentence refers to it, never to a known name after it.
  const unknownLead = leadingUnknownName(tokens);
  let topicSet = false;
  if (unknownLead) {
    topicSet = true;
    history.topics.push({ id: '', at: offset + unknownLead.start, end: offset + unknownLead.end });
  }
  const state: Drafting = { drafts, topicSet };
  for (const prop of props) draftProposition(frame, props, state, prop);
  return drafts;
}

/**
 * Who owns a metric a proposition opens on: the last claim of this sentence or, for its first
 * proposition, of the sentence before (a paragraph's first sentence: the paragraph before's
 * topic, while this one has named no one); with where the text named it last.
 */
function chainOwner(
  frame: SentenceFrame,
  drafts: readonly ClaimDraft[],
  metric: MetricLead,
  inSentence: boolean,
  at: number,
) {
  const { offset, context, history, chainBefore } = frame;
  const before = inSentence
    ? (drafts[drafts.length - 1] ?? null)
    : history.claims.length
      ? chainBefore
      : history.before && !history.actors.some((a) => a.at < offset)
        ? { kind: 'statement' as const, entities: [{ id: history.before.id, role: 'agent' as const }] }
        : null;
  const id = before && context.typeOf ? metricOwner(metric, before, context.typeOf) : null;
  return id ? lastNamed(frame, id, at) : null;
}

/** The agent of the claim drafted right before in this sentence, where the text last named it before `at`. */
function claimBeforeAgent(frame: SentenceFrame, drafts: readonly ClaimDraft[], at: number) {
  const before = drafts[drafts.length - 1];
  const id = before?.entities.find((e) => e.role === 'agent')?.id;
  if (!id || before.start >= at) return null;
  return lastNamed(frame, id, at);
}

/**
 * Where the paragraph last named `id` before `at` (its name as written there), else the paragraph
 * before's topic when it is `id` (at −1), else null.
 */
function lastNamed(frame: SentenceFrame, id: string, at: number) {
  const { paragraph, history } = frame;
  const named = history.actors.filter((a) => a.id === id && a.at < at).slice(-1)[0];
  if (named) return { id, at: named.at, end: named.end, name: paragraph.slice(named.at, named.end) };
  return history.before?.id === id ? { id, at: -1, end: -1, name: history.before.name } : null;
}

/**
 * Whether a metric's proposition is, for its chain, where its sentence opens: the first one, or one
 * after propositions in the article's voice that drafted no claim and named no one, each a topic
 * frame (获利方面，…; 从地区来看，…) or a figure that found no owner itself (以部门看，A营收…；B营收…):
 * they state nothing of another party, so the metric goes on about the sentence before's topic. Not
 * after a speaker (分析师指出，…), whose measures are read within what is said.
 */
function opensOnTopicFrame(frame: SentenceFrame, props: readonly Prop[], prop: Prop, drafts: readonly ClaimDraft[]) {
  const earlier = props.slice(0, props.indexOf(prop));
  if (earlier.length === 0) return drafts.length === 0;
  const clauseText = (c: number) => frame.folded.slice(frame.clauses[c]!.start, frame.clauses[c]!.end);
  return (
    drafts.length === 0 &&
    prop.attribution === ARTICLE &&
    earlier.every(
      (p) =>
        p.attribution === ARTICLE &&
        (!!p.metric ||
          p.content.some((c) => FIGURE.test(clauseText(c))) ||
          (p.clauses.length === 1 && TOPIC_FRAME.test(clauseText(p.clauses[0]!)))) &&
        p.clauses.every((c) => !frame.clauses[c]!.tokens.some((t) => t.entityId || /^(nr|nrt|nrfg|r)$/.test(t.tag))),
    )
  );
}

/** A figure a clause states: a number, or a share in words (九成, 两倍). */
const FIGURE = /\d|[一二三四五六七八九十两半]成|[一二两三四五六七八九十]倍/;

/**
 * A topic frame, a clause that only names what the sentence goes on to measure: a short noun phrase
 * then 方面 (获利方面), or a viewpoint (从地区来看, 以制程观察, 按业务划分, 分地区看), its comma.
 */
const TOPIC_FRAME =
  /^(?:而|但|不过|同时|另外|此外)?[，,]?[\u4e00-\u9fffA-Za-z0-9]{1,8}(?:方面|来看|來看|而言|来说|來說|观察|觀察|区分|區分|划分|劃分|看)[，,]?\s*$/;

/**
 * A launch's detail is read only where its owner is a thing brought out or one that launched
 * something: a launch claim of the article, or a product the article named as its.
 */
function launchedOwner(frame: SentenceFrame, metric: MetricLead, found: ReturnType<typeof chainOwner>) {
  const { context, history } = frame;
  return !found ||
    !metric.launch ||
    history.launchers.has(found.id) ||
    history.makesProduct(found.id) ||
    THING_TYPES.has(context.typeOf?.(found.id) ?? '')
    ? found
    : null;
}

/** The periods a chain's figures are for (第二季度, 上半年), which its later metrics share. */
function chainPeriods(before: ClaimDraft | undefined) {
  return (before?.dates ?? []).filter((d) => /^(year|half|quarter|period)$/.test(d.precision));
}

/** What a proposition says, read once it is found to say something (readContent). */
interface PropContent {
  /** Where its first clause starts and its last clause ends, in the sentence. */
  start: number;
  end: number;
  /** The words of its content clauses (after a speech verb), and their folded text. */
  contentTokens: Token[];
  contentText: string;
  /** Whether a span of the sentence lies inside one of its content clauses. */
  inContent: <T extends { start: number; end: number }>(x: T) => boolean;
  contentFigures: Figure[];
  /** It answers a report by playing it down, or denies what something was called. */
  playsDown: boolean;
  /** It is a denial, whole in a few words. */
  denies: boolean;
  /** The names a pseudo-cleft focuses on ("表现最亮眼的是X"), when it has no subject. */
  focus: ReturnType<typeof cleftFocus>;
  /** It opens on its verb with no subject: a fragment cut from a longer sentence. */
  fragment: boolean;
}

/**
 * What a proposition says, or null when it says nothing a claim could state: no predicate (a
 * verb, a figure, a denial or a silence), or too little besides its names.
 */
function readContent(frame: SentenceFrame, prop: Prop): PropContent | null {
  const { folded, figures, clauses } = frame;
  const first = clauses[prop.clauses[0]!]!;
  const last = clauses[prop.clauses[prop.clauses.length - 1]!]!;
  const start = first.start;
  const end = last.end;
  const contentTokens = prop.content.flatMap((c) => clauses[c]!.tokens.slice(clauses[c]!.from));
  const contentText = prop.content.map((c) => folded.slice(clauses[c]!.start + 0, clauses[c]!.end)).join('');
  // A predicate: a verb that is not nominalized ("Sora的发布"), or a figure.
  const inContent = <T extends { start: number; end: number }>(x: T) =>
    prop.content.some((c) => x.start >= clauses[c]!.start && x.end <= clauses[c]!.end);
  const contentFigures = figures.filter((f) => inContent(f) && FIGURE_KINDS.has(f.kind));
  // "X也不是Y的发明者": a negated copula (tagged a conjunction) is a predicate too.
  // A whole sentence quoted from a named speaker is said, verb or not ("“今天只是一个新的起点。”X说").
  const quotedSentence = prop.attribution.kind !== 'article' && QUOTED_SENTENCE.test(contentText);
  // "X称，新车的续航在同级中最长": in a source's words, an adjective ending the clause after its
  // noun subject is the predicate (Chinese needs no copula before an adjective).
  const words = contentTokens.filter((t) => !isPunct(t));
  const adjectivePredicate =
    prop.attribution.kind !== 'article' &&
    words.length > 1 &&
    words[words.length - 1]!.tag === 'a' &&
    (words[0]!.tag.startsWith('n') || !!words[0]!.entityId);
  const hasPredicate =
    quotedSentence ||
    adjectivePredicate ||
    comparesWith(contentTokens) ||
    !!investorsNamedFor(contentTokens) ||
    contentTokens.some(
      (t, k) =>
        (isVerb(t) || NEGATED_COPULA.test(t.word) || /^(只有|仅有|仅为|约为|不过是)$/.test(t.word)) &&
        contentTokens[k - 1]?.word !== '的' &&
        contentTokens[k - 1]?.word !== '之',
    );
  // An answer that plays the report down (这只是一次常规测试, 系误读), or a speaker saying
  // what something is not (这并非一桩收购), denies it: a whole claim even with no verb.
  // (What a clause says starts after its speech verb: "X回应称这只是…".)
  const saidIn = (c: number) =>
    folded.slice(clauses[c]!.tokens[clauses[c]!.from]?.start ?? clauses[c]!.start, clauses[c]!.end);
  const playsDown =
    (prop.responds &&
      (PLAYS_DOWN.test(contentText) ||
        PLAYS_DOWN.test(saidIn(prop.content[0]!)) ||
        (deniesFlatly(contentTokens) && !SILENCE.test(contentText)))) ||
    (prop.attribution.kind !== 'article' &&
      prop.content.some((c) => DENIED_CHARACTERIZATION.test(folded.slice(clauses[c]!.start, clauses[c]!.end)))) ||
    rebutsFlatly(folded.slice(0, contentTokens[0]?.start ?? start), contentTokens, contentText, prop.attribution);
  // Keeping silent ("X未回应", "X表示不予置评") is a whole predicate in a few words, as a denial is.
  const silent = SILENCE.test(contentText);
  if (!hasPredicate && !contentFigures.length && !DENIAL_PREDICATE.test(contentText) && !playsDown && !silent)
    return null;
  // Besides its subject, a proposition must say something: not "Sora也不例外".
  const subjectIds = prop.subject?.kind === 'entity' ? prop.subject.ids : [];
  const said = contentTokens
    .filter((t) => !isPunct(t) && !(t.entityId && subjectIds.includes(t.entityId)))
    .reduce((n, t) => n + t.word.length, 0);
  // …though a cue verb is a whole predicate on its own ("X和Y跟投", "Z随即否认").
  const cueVerb = contentTokens.some((t) => isVerb(t) && KIND_CUES.some(([, cue]) => wholeWord(cue).test(t.word)));
  // A short predicate with a real verb stands alone ("X正在裁员"); one that points back
  // ("X也不例外", "X都是如此") needs the sentence before it.
  const pointsBack = contentTokens.some((t) => /^(如此|这样|那样|例外|一样|同样|亦然)$/.test(t.word));
  const ownVerb = contentTokens.some((t, k) => isPredicate(contentTokens, k));
  // A denial is whole in a few words too ("X回应称“并非事实”").
  const denies = DENIAL_PREDICATE.test(contentText) || playsDown;
  if (said < MIN_CONTENT && !cueVerb && !denies && !silent && (said < MIN_CONTENT - 1 || pointsBack || !ownVerb))
    return null;
  // A clause that starts with its verb, with no subject and nothing leading it, is a fragment
  // cut from a longer sentence ("正视Sora给中国AI带来的变化与挑战").
  const leadWord = contentTokens.find((t) => !isPunct(t));
  // …unless it is a pseudo-cleft ("表现最亮眼的是X", "参与印发的还包括A、B、C"): the headless
  // relative before 的 is its subject, and the names after the copula are who it is about.
  const focus = prop.subject ? [] : cleftFocus(contentTokens);
  const fragment =
    !prop.subject &&
    prop.clauses.length === prop.content.length &&
    !!leadWord &&
    isVerb(leadWord) &&
    !focus.length &&
    !compoundSubject(contentTokens);
  return {
    start,
    end,
    contentTokens,
    contentText,
    inContent,
    contentFigures,
    playsDown,
    denies,
    focus,
    fragment,
  };
}

/**
 * One proposition being drafted: what its steps read (the sentence, the proposition, what it says)
 * and what they have decided so far (its names' roles, who acts, the label its text opens with).
 * Built once per proposition (draftProposition); each step reads it and updates the decisions.
 */
interface PropositionState {
  frame: SentenceFrame;
  /** The sentence's propositions (this one among them), and what drafting keeps from one to the next. */
  props: readonly Prop[];
  drafting: Drafting;
  prop: Prop;
  content: PropContent;
  /** The roles its names have so far; `give` gives one unless the name has a stronger one already. */
  roles: Map<string, Role>;
  give: (id: string, role: Role) => void;
  /**
   * Who the claim is about, when drafting found one: the name that acts in it (its subject, or who
   * a pronoun, a metric's chain or the topic stands for), as the steps so far resolved it.
   */
  agentId: string | null;
  /** A name written before the claim's text (or in an earlier sentence) that its text opens with, as a label. */
  prefix: Prefix | null;
}

/**
 * "该经销商", "该供应商": a demonstrative for a party of a kind the gazetteer does not type, which no
 * name stands for. Not a person (他, 她), nor a product or a document (这款芯片, 该计划), which is
 * the topic the speaker's words are about.
 */
function thingOfNoOneNamed(word: string): boolean {
  if (/^(他|她)/.test(word)) return false;
  const types = pronounTypes(word);
  return !types || ORGANIZATION_TYPES.has(types[0]!);
}

/**
 * "X回应称，该经销商的经营问题与降价无关", "X对此回应称「没有参与…」":
 * what a named company or body says, when its words give no other name a real role (a zero
 * subject, a thing no name stands for, none of the gazetteer's names), is its own position: in
 * reported speech a missing subject is the speaker's. The speaker is then `agent` (README: the
 * speaking company acts in its statement). Not a person (his words are his view, handled by
 * speakerActsForCompany), not an unnamed source (有分析师指出: attribution unnamed), and not when
 * the words name another party, whose roles stand. True when it made the speaker the agent.
 */
function speakerStates(state: PropositionState): boolean {
  const { prop, roles, frame, give } = state;
  const id = prop.attribution.kind === 'organization' ? prop.attribution.entityId : undefined;
  if (!id || !ORGANIZATION_TYPES.has(frame.context.typeOf?.(id) ?? '')) return false;
  if ([...roles].some(([other, role]) => other !== id && role !== 'mentioned')) return false;
  give(id, 'agent');
  state.agentId = id;
  return true;
}

/** "X发布内部信，称…": the subject speaks; so does the one who denies ("X否认了…"). */
function speakerOf(state: PropositionState, id: string): Attribution {
  const { sentence, tokens, paragraph, context } = state.frame;
  const { start, end } = state.content;
  const token = tokens.find((t) => t.entityId === id && t.start >= start && t.end <= end);
  const written = token
    ? sentence.slice(token.start, token.end)
    : state.prefix
      ? paragraph.slice(state.prefix.start, state.prefix.end)
      : '';
  return { kind: context.typeOf?.(id) === 'person' ? 'person' : 'organization', entityId: id, text: written };
}

/** Drafts the claim (if any) one proposition states, and updates what the sentences after it read. */
function draftProposition(frame: SentenceFrame, props: readonly Prop[], drafting: Drafting, prop: Prop): void {
  const content = readContent(frame, prop);
  if (!content) return;
  const roles = clauseRolesOf(frame, prop, content.contentTokens);
  const give = roleGiver(roles);
  const state: PropositionState = { frame, props, drafting, prop, content, roles, give, agentId: null, prefix: null };
  // Subject and agent.
  const speaking = findSpeaker(state);
  const agent = findAgent(state);
  if (!agent) return;
  setSentenceTopic(state);
  // Roles.
  actorAfterEvidence(state);
  pronounRoles(state);
  officerActsForOrganization(state);
  const rated = ratedStock(state);
  // A claim only mentioning names stays (the evaluator and the side panel see it) but never
  // reaches a card: cards show claims where the entity has a real role.
  if (!roles.size && !speakerStates(state)) return;
  // (A rating with no subject, "…，重申「买入」评级", is the broker's named before: no fragment.)
  // ("X对此回应称「没有参与…」": quoted words opening on their verb right after their speaker, in
  // its own clause, are the speaker's in the first person; words not quoted, "X表示接受处罚", or a
  // clause of their own after it, "…，并通过Y销售", stay a fragment.)
  const own = frame.tokens.filter((t) => t.start >= content.start && t.end <= content.end);
  const speakerAt = own.findIndex(
    (t) => !!t.entityId && t.entityId === (prop.attribution.kind === 'organization' && prop.attribution.entityId),
  );
  const saysHere = speakerAt >= 0 && own.slice(speakerAt).some((t) => /[「“『]/.test(t.word));
  if (content.fragment && !state.agentId && !rated && !(saysHere && speakerStates(state))) return;
  agentFromOwners(state);
  agentFromMaker(state);
  const { passive, investorsOf } = passiveAndInvestorRoles(state);
  // Voice, modality and kind, and the roles the kind decides.
  const voiced = voiceAndKind(state, passive, investorsOf);
  if (!voiced) return;
  const { modality, kind } = rated ? verdictVoice(state, voiced) : voiced;
  speakerActsForCompany(state, speaking, modality);
  subjectUndergoes(state, kind, passive);
  officeMoveAndMarkerRoles(state, speaking);
  fundingParties(state, kind);
  denialRoles(state, speaking, kind);
  coSpeakerRoles(state, speaking);
  toolsBuiltInByOthers(content.contentTokens, roles, state.agentId, frame.context);
  // Dates, figures, text span: the draft, and what the sentences after it read.
  const { memberOf, titledOrg, titledSpan } = speaking;
  emitDraft(state, {
    kind,
    modality: kind === 'denial' ? 'denied' : modality,
    owner: agent.owner,
    memberOf,
    titledOrg,
    titledSpan,
  });
}

/**
 * "（大行普遍看好X。）摩根士丹利重申「增持」评级，目标价63港元": a broker's rating or price target
 * naming no known party is on the shares of the company the paragraph is about (antecedents.ts
 * ratedCompany), its `object`; its name leads the text. Not where the clause already has a party.
 */
function ratedStock(state: PropositionState): boolean {
  const { frame, content, roles, give } = state;
  const { offset, history, tokens } = frame;
  if ([...roles.values()].some((role) => role === 'agent' || role === 'object')) return false;
  const at = offset + content.start;
  // (Names of the sentence before the clause count as well as the paragraph's actors: 对X的看法.)
  const inSentence = tokens
    .filter((t) => t.entityId && offset + t.start < at)
    .map((t) => ({ id: t.entityId!, at: offset + t.start, end: offset + t.end }));
  const rated = ratedCompany(content.contentText, at, history, inSentence, frame.context.typeOf);
  if (!rated) return false;
  give(rated.id, 'object');
  state.prefix = { start: at, end: at, label: rated.name };
  return true;
}

/**
 * A broker's verdict on the rated company (ratedStock) as editors tag it: a price target a figure
 * forecast, a rating an opinion; hearsay (据悉…维持评级) stays reported.
 */
function verdictVoice(state: PropositionState, voiced: Voiced): Voiced {
  const { contentText, contentFigures } = state.content;
  if (voiced.modality === 'reported' || voiced.modality === 'denied') return voiced;
  const verdict = verdictOf(contentText, contentFigures.length > 0);
  return verdict ? { ...VERDICT_TAG[verdict] } : voiced;
}

/**
 * Sets the sentence's topic (history.topics) from its first proposition that names who it is about:
 * its agent, or the company a round it tells of is for.
 */
function setSentenceTopic(state: PropositionState): void {
  const { frame, prop, content, roles, drafting } = state;
  const { tokens, offset, context, history } = frame;
  const { start, end, contentTokens } = content;
  // "远山资本领投了极光数据的融资": the company invested in is the topic; so is a round's
  // company ("由A孵化的B宣布完成融资，C领投": B), whatever the subject found.
  const verb = prop.subject
    ? contentTokens.find((t, k) => t.start >= prop.subject!.end && isPredicate(contentTokens, k))
    : undefined;
  const investor = (!!verb && INVESTOR_VERB.test(verb.word)) || contentTokens.some((t) => /^融资$/.test(t.word));
  const roundOf =
    !drafting.topicSet && investor
      ? [...roles].find(
          ([id, role]) => role === 'object' && id !== state.agentId && INVESTEE_TYPES.has(context.typeOf?.(id) ?? ''),
        )?.[0]
      : undefined;
  if (!drafting.topicSet && ((state.agentId && prop.subject) || roundOf)) {
    // The sentence's topic is who its first proposition is about; an investor (X领投) is not.
    drafting.topicSet = true;
    // The grammatical subject is the topic even where it undergoes the act ("A获得B的投资": A,
    // not the investor); not a name only mentioned before it.
    const subjectId =
      prop.subject?.kind === 'entity' &&
      prop.subject.ids.length === 1 &&
      /^(agent|object)$/.test(roles.get(prop.subject.ids[0]!) ?? '')
        ? prop.subject.ids[0]
        : undefined;
    const topicId = roundOf ?? subjectId ?? state.agentId;
    const topicToken = tokens.find((t) => t.entityId === topicId && t.start >= start && t.end <= end);
    const span: { start: number; end: number } | null = topicToken
      ? { start: offset + topicToken.start, end: offset + topicToken.end }
      : topicId === state.agentId
        ? state.prefix
        : null;
    // ("A与B合计出资…": two agents are a plural topic, which a later 该公司 does not stand for.)
    const plural = topicId === state.agentId && prop.subject?.kind === 'entity' && prop.subject.ids.length > 1;
    if (topicId && span && span.end > span.start)
      history.topics.push({ id: topicId, at: span.start, end: span.end, ...(plural ? { plural } : {}) });
  }
}

/** The actor of a clause introduced by a verb of evidence or of construal (体现出, 被解读为): its subject. */
function actorAfterEvidence(state: PropositionState): void {
  const { frame, prop, content, roles } = state;
  const { clauses } = frame;
  const { contentTokens } = content;
  // "钉钉的AI化，体现出阿里正在…": after a verb of evidence, the clause it introduces has the
  // actor; the names in the evidence before it are only mentioned.
  // "被外界解读为X正在…": what something is read as is a clause, and its subject acts.
  const construal = contentTokens.findIndex(
    (t, k) =>
      CONSTRUAL.test(t.word) &&
      !modifiesNoun(contentTokens, k) &&
      contentTokens.slice(Math.max(0, k - 4), k).some((x) => x.word === '被'),
  );
  const firstVerb = contentTokens.findIndex((t, k) => isPredicate(contentTokens, k) && !nominalized(contentTokens, k));
  const evidence = construal >= 0 ? construal : firstVerb;
  if (evidence >= 0 && (EVIDENTIAL.test(contentTokens[evidence]!.word) || evidence === construal)) {
    const after = contentTokens.slice(evidence + 1).filter((t) => !/^(出|了|着|为|成)$/.test(t.word));
    const embedded = findSubject(after);
    if (embedded?.kind === 'entity') {
      const at = contentTokens[evidence]!.start;
      for (const c of prop.clauses)
        for (const t of clauses[c]!.tokens)
          if (t.entityId && t.start < at && roles.get(t.entityId) !== 'listed') roles.set(t.entityId, 'mentioned');
      for (const id of embedded.ids) roles.set(id, 'agent');
      state.agentId = embedded.ids[0]!;
    }
  }
}

/**
 * The roles of the pronouns inside what a proposition says: a counterpart (向其注资), a tie
 * (X是其股东, 其股东是X), an owner after a copula (是其…).
 */
function pronounRoles(state: PropositionState): void {
  const { frame, prop, content, roles } = state;
  const { offset, context, history } = frame;
  const { start, contentTokens } = content;
  // "向其注资", "与其存在差距", "要求其提供": a pronoun after a counterpart preposition or a
  // verb is the counterpart (after 使 or 获…注资, the actor); 其 there goes on with the last
  // subject, as 它 does ("A发布了B。C随后向其注资": A).
  for (const at of counterpartPronouns(contentTokens)) {
    if (prop.subject?.kind === 'pronoun' && prop.subject.start === at.start) continue;
    if (ownedByNamedSubject(contentTokens, at.start, prop.subject)) continue;
    const found = resolvePronoun(at.word === '其' ? '它' : at.word, offset + at.start, history, context, state.agentId);
    if (!found || found.id === state.agentId || (roles.has(found.id) && roles.get(found.id) !== 'mentioned')) continue;
    roles.set(found.id, at.role);
    if (at.role === 'agent') state.agentId ??= found.id;
    if (!state.prefix && found.at < offset + start) state.prefix = prefixOf(state, found);
  }
  // "直播打赏仍是其最大的收入来源": a subject no name stands for (a business line, a part of the
  // owner), then a copula and 其 owning the predicate noun: the proposition is about the owner,
  // who acts in it as no one else does.
  // "X是其最大的外部股东", "X是这家公司的大客户": a pronoun owning the tie noun after a copula
  // is the counterpart, as a name there is (tiedByCopula), and the name before the copula acts.
  const tie = tiedPronoun(contentTokens);
  const holder = tie ? contentTokens.slice(0, tie.at).filter((t) => t.entityId && !isTyped(contentTokens, t)) : [];
  // (The pronoun after the copula never stands for the holder before it: "X是这家公司的股东".)
  const tiedTo = tie
    ? resolvePronoun(tie.word, offset + tie.start, history, context, holder.length === 1 ? holder[0]!.entityId! : null)
    : null;
  if (tiedTo && holder.length === 1 && holder[0]!.entityId !== tiedTo.id) {
    roles.set(holder[0]!.entityId!, 'agent');
    roles.set(tiedTo.id, 'object');
    state.agentId = holder[0]!.entityId!;
  }
  // "其最大的外部股东是X": the other way round — X holds the tie, the pronoun's referent is its counterpart.
  const tieFirst = tiedTo ? null : tieSubject(contentTokens);
  const tieOwner = tieFirst ? resolvePronoun(tieFirst.word, offset + tieFirst.start, history, context) : null;
  const tieHolder = tieFirst ? contentTokens[tieFirst.holder]!.entityId! : null;
  if (tieOwner && tieHolder && tieHolder !== tieOwner.id) {
    roles.set(tieHolder, 'agent');
    roles.set(tieOwner.id, 'object');
    state.agentId = tieHolder;
  }
  const ownerAt =
    prop.subject || [...roles.values()].includes('agent')
      ? -1
      : contentTokens.findIndex((t, k) => t.word === '其' && k > 0 && isCopula(contentTokens[k - 1]!));
  const owned = ownerAt >= 0 ? resolvePronoun('其', offset + contentTokens[ownerAt]!.start, history, context) : null;
  if (owned) {
    roles.set(owned.id, 'agent');
    state.agentId = owned.id;
    if (!state.prefix && owned.at < offset + start) state.prefix = prefixOf(state, owned);
  }
}

/** An officer the article introduced, acting on his own, acts for his organization. */
function officerActsForOrganization(state: PropositionState): void {
  const { frame, prop, content, roles, give } = state;
  const { folded, history } = frame;
  const { contentTokens } = content;
  // "（星辰科技执行长陈磊…。）陈磊则会更多负责资本运作": a person the article introduced as an
  // officer of an organization, the subject of an act of his own, acts for it (speakers.ts: the
  // same evidence that makes him speak for it); the organization is the agent.
  // (What is said of the person himself — who he is, the posts he takes or leaves: 是, 出任,
  // 加入, 卸任 — stays his.)
  if (!prop.subject && ![...roles.values()].includes('agent')) {
    const person = leadingUnknownName(contentTokens.filter((t) => !isPunct(t)));
    const org = person ? history.people.orgOf(folded.slice(person.start, person.end)) : undefined;
    const verb = person
      ? contentTokens.find((t) => t.start >= person.end && (isVerb(t) || t.word === '是'))
      : undefined;
    if (org && !roles.has(org) && verb && !PERSON_OWN.test(verb.word)) {
      give(org, 'agent');
      state.agentId = org;
    }
  }
}

/**
 * With no name acting yet: the one a proposition is about (a frame, an owner, a pseudo-cleft's
 * focus, a presence) acts.
 */
function agentFromOwners(state: PropositionState): void {
  const { frame, prop, content, roles } = state;
  const { clauses } = frame;
  const { contentTokens, contentText, denies, focus } = content;
  // A proposition no name acts in, told by no gazetteer name, is about the one that frames it
  // (对X而言) or owns the noun phrase it opens on (X的稳定性…, X今年的出货目标…, 在X的营收中…):
  // that one is its agent (README: the subject of the content is the agent; a view's topic is
  // the agent when its holder is not in the gazetteer).
  if (![...roles.values()].includes('agent') && !prop.attribution.entityId) {
    const about = prop.clauses.flatMap((c) => aboutFrame(clauses[c]!.tokens.slice(clauses[c]!.from)));
    const opening = about.length ? about : topicOwners(contentTokens);
    // …or, when nothing else acts, owns what the act is done to (将X的目标价下调, 占X总人数的一小部分,
    // 公布了X未来三年的路线图): the claim is about X's attribute, not done to X (X itself the
    // patient, 罚X, 要求X…, stays the object).
    const owners = opening.length
      ? opening
      : // (A pronoun subject no name stands for still acts: "他试图收购一家X的供应商".)
        prop.subject?.kind !== 'pronoun' &&
          !denies &&
          !DISPUTES.test(contentText) &&
          [...roles.values()].every((role) => role === 'object' || role === 'mentioned')
        ? ownersOfPatient(contentTokens).filter((id) => roles.get(id) === 'object')
        : [];
    const promoted = owners.filter((id) => roles.get(id) === 'mentioned' || roles.get(id) === 'object');
    if (promoted.length) {
      for (const id of promoted) roles.set(id, 'agent');
      state.agentId = promoted[0]!;
    }
  }
  // (Of a pseudo-cleft's names, one or two are who it is about; three or more stay listed.)
  if (focus.length && focus.length < 3 && !state.agentId) {
    for (const id of focus) roles.set(id, 'agent');
    state.agentId = focus[0]!;
  }

  // "（都能）看到X的身影", "背后有X的身影": X's presence is X taking part; X is the agent.
  contentTokens.forEach((t, k) => {
    if (!t.entityId || contentTokens[k + 1]?.word !== '的' || contentTokens[k + 2]?.word !== '身影') return;
    if (roles.get(t.entityId) === 'object' || roles.get(t.entityId) === 'mentioned') roles.set(t.entityId, 'agent');
  });
}

/** A product brought out, with its maker named as its owner or the topic before: the maker acts. */
function agentFromMaker(state: PropositionState): void {
  const { frame, props, prop, content, roles } = state;
  const { tokens, offset, context, history, clauses } = frame;
  const { contentTokens } = content;
  // "X的新模型Y推出后…", "X的Y正式上线": a product that is brought out, with its maker named
  // as its owner, was brought out by the maker (a subject that undergoes its verb).
  const maker = prop.subject?.kind === 'entity' ? launchedBy(tokens, prop, clauses, context) : null;
  if (maker && prop.subject?.kind === 'entity' && !passiveFrame(contentTokens)) {
    for (const id of prop.subject.ids) roles.set(id, 'object');
    roles.set(maker, 'agent');
    state.agentId = maker;
  }
  // "（X…。）去年推出的Y主打…": a product brought out by no one named, opening the sentence,
  // was brought out by the company the sentence before was about.
  // (Or the proposition before it in the same sentence: "X由Y创立，去年推出的Z…".)
  const subjectBefore = props[props.indexOf(prop) - 1]?.subject;
  const topicBefore: { id: string; start: number; end: number } | null =
    subjectBefore?.kind === 'entity'
      ? { id: subjectBefore.ids[0]!, start: offset + subjectBefore.start, end: offset + subjectBefore.end }
      : prop === props[0]
        ? history.lastAgent
        : null;
  const unnamedMaker =
    !maker && prop.subject?.kind === 'entity' && topicBefore
      ? madeByTopic(tokens, prop.subject, topicBefore.id, context)
      : null;
  if (unnamedMaker && topicBefore && prop.subject?.kind === 'entity' && !roles.has(unnamedMaker)) {
    for (const id of prop.subject.ids) roles.set(id, 'object');
    roles.set(unnamedMaker, 'agent');
    state.agentId = unnamedMaker;
    state.prefix = { start: topicBefore.start, end: topicBefore.end };
  }
}

/** What passiveAndInvestorRoles found, which the kind reads too. */
interface Undergoing {
  /** The passive frame (被X收购, 获得X的投资) and who acts in it. */
  passive: Passive;
  /** The investors named for a round (X的投资方包括A和B). */
  investorsOf: ReturnType<typeof investorsNamedFor>;
}

type Passive = ReturnType<typeof passiveFrame>;

/**
 * Who acts and who undergoes in a passive frame (被X收购, 获得X的投资), an investor clause (X的投资方包括A)
 * or a ratio (是X的两倍); the passive frame and the investors named, which the kind reads too.
 */
function passiveAndInvestorRoles(state: PropositionState): Undergoing {
  const { prop, content, roles } = state;
  const { contentTokens } = content;
  // "遭到X的否认", "被X收购", "获得X的投资": X acts, and the subject undergoes it.
  const passive = passiveFrame(contentTokens);
  // "X发布了Y，随后遭到Z起诉", "…，随后被交易所停牌": a clause with no subject of its own that opens
  // on a passive marker (adverbs and times before it) goes on with the one acting before, who
  // undergoes it; the doer named after the marker, if any, acts.
  if (!prop.subject && state.agentId && roles.get(state.agentId) === 'agent' && opensPassive(contentTokens)) {
    const carried = state.agentId;
    if (!passive || passive.agent !== carried) {
      roles.set(carried, 'object');
      state.agentId = passive && roles.has(passive.agent) ? passive.agent : state.agentId;
    }
  }
  if (passive && roles.has(passive.agent)) {
    if (prop.subject?.kind === 'entity')
      for (const id of prop.subject.ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
    // "X成立于2018年，2024年再获Y注资": a zero subject carried from the clause before receives
    // what the giver named after 获/获得 gives, as a named subject would.
    if (
      !prop.subject &&
      state.agentId &&
      !passive.agents.includes(state.agentId) &&
      roles.get(state.agentId) === 'agent'
    )
      roles.set(state.agentId, 'object');
    for (const id of passive.agents) if (roles.has(id)) roles.set(id, 'agent');
    state.agentId = passive.agent;
  }
  // "该公司再获芯片商Intel注资", "X获得红杉中国领投的融资": an investor the gazetteer lacks, named
  // after 获/获得, still makes the subject the investee (README: whenever an investor is named,
  // in or out of the gazetteer, the investee is `object`).
  else if (
    !passive &&
    state.agentId &&
    prop.subject &&
    roles.get(state.agentId) === 'agent' &&
    unnamedGiver(contentTokens)
  ) {
    const ids = prop.subject.kind === 'entity' ? prop.subject.ids : [state.agentId];
    for (const id of ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
  }
  // "X的投资方包括A和B": the investors named for X's round act in it, and X raised it.
  const investorsOf = investorsNamedFor(contentTokens);
  if (investorsOf) {
    roles.set(investorsOf.investee, 'object');
    for (const id of investorsOf.ids) roles.set(id, investorsOf.role);
    if (investorsOf.role === 'agent') state.agentId = investorsOf.ids[0]!;
  }
  // "（X…）投资方包括A、B和C", "其早期股东名单包括A、B…": backers named for the company carried on
  // make it the investee, the object of its round, as X的投资方 does.
  const backers = investorsOf ? null : backersNamedForTopic(contentTokens);
  if (backers && state.agentId && !backers.includes(state.agentId) && roles.get(state.agentId) === 'agent')
    roles.set(state.agentId, 'object');
  // "Nova的参数量是Orion的两倍": what a ratio is taken of is the counterpart.
  contentTokens.forEach((_, i) => {
    const of = ratioOf(contentTokens, i);
    if (of && roles.get(of) === 'mentioned') roles.set(of, 'object');
  });
  return { passive, investorsOf };
}

/** A person speaking for the company he is placed in: the company acts, he only speaks. */
function speakerActsForCompany(state: PropositionState, speaking: Speaker, modality: Modality): void {
  const { speakerAt: at } = speaking;
  const { frame, prop, content, roles } = state;
  const { folded, context } = frame;
  const { contentText, contentTokens } = content;
  // ("X执行长Y宣布推出Z": a person subject who announces is the speaker, set after findSpeaker.)
  const speaker = speaking.speaker ?? (prop.attribution.kind === 'person' ? prop.attribution.entityId : undefined);
  // "周明称，小星助手今年将在更多城市上线": a person the gazetteer places in a company, telling a
  // plan no gazetteer name acts in, speaks for the company, which acts (the editors' majority,
  // tests/claims-eval/README.md); the person only speaks. A view (认为) stays the person's own.
  // ("张明远宣布，他将…": a pronoun subject is the speaker's own act, not the company's.)
  const announced =
    at >= 0 &&
    ANNOUNCES_FOR.test(folded.slice(at, at + prop.attribution.text.length + 12).split(/[，,：:。；]/)[0]!) &&
    prop.subject?.kind !== 'pronoun';
  // ("X创始人Y宣布离职", "Y直接持有公司两成股份": a move of office or a holding of shares with no
  // subject but the speaker is his own act, whatever he is written as.)
  const ownMove =
    (!prop.subject || (prop.subject.kind === 'entity' && prop.subject.ids.every((id) => id === speaker))) &&
    contentTokens.some(
      (t, k) =>
        (PERSONNEL_MOVE.test(t.word) ||
          PERSONNEL_MOVE.test(t.word + (contentTokens[k + 1]?.word ?? '')) ||
          HOLDING.test(t.word)) &&
        isPredicate(contentTokens, k),
    );
  // ("李彦宏表示，开源模型会越来越落后，闭源才是…": a prediction in words that judge is his own view;
  // a hedge, 可能 or 或许, is no judgement.)
  const ownAct =
    ownMove ||
    (prop.subject?.kind === 'pronoun' && /^(他|她)$/.test(prop.subject.word)) ||
    OPINION_WORDS.test(contentText.replace(/可能|或许|也许|恐怕|应该|未必|必须/g, ''));
  // ("他说：「我们对海外市场的投入是长期的」": words said as the company are its own, any modality.)
  const asCompany =
    !(prop.subject?.kind === 'pronoun' && /^(他|她)$/.test(prop.subject.word)) && speaksAsCompany(contentText);
  // (Words said as the company are its own even when they judge.)
  const speakingAs: SpeakingAs = asCompany
    ? 'as-company'
    : ownAct
      ? 'own-act-or-view'
      : announced
        ? 'announcing'
        : 'telling';
  // ("X执行长Y表示，…": written as an officer of X, the person speaks for X in what he tells; and
  // in a clause going on after what he said, unless what he said named another party first, whom
  // its zero subject may be: "Y透露，Z的用户已突破2亿，日均调用量也超过2亿次".)
  const titled = speaker
    ? titledOrganizationOf(folded, frame.tokens, speaker, (id) => context.typeOf?.(id) === 'company')
    : null;
  const spokenOf = (id: string) => {
    const said = frame.tokens.find((t) => t.entityId === speaker);
    return frame.tokens.some(
      (t) => t.entityId && t.entityId !== id && t.entityId !== speaker && t.start > said!.end && t.end <= content.start,
    );
  };
  const titledBy = titled && (at >= 0 || !spokenOf(titled)) ? titled : null;
  const speaksFor = speaker ? speaksForCompany(speaker, modality, roles, context, speakingAs, titledBy) : null;
  // ("X创始人Y表示，美国对X的打压还会升级": where what he tells names his company only as the one an
  // act is aimed at, right after 对/向/给, the company is that act's counterpart, not its doer.)
  const named = contentTokens.filter((t) => t.entityId === speaksFor);
  const aimedAt =
    named.length > 0 &&
    named.every((t) => /^(对|向|给|对于)$/.test(contentTokens[contentTokens.indexOf(t) - 1]?.word ?? ''));
  if (speaksFor) {
    roles.set(speaker!, 'mentioned');
    roles.set(speaksFor, aimedAt ? 'object' : 'agent');
    if (!aimedAt) state.agentId = speaksFor;
  }
}

/**
 * The subject that undergoes the act its kind tells: a company heading a 由-clause, a subject
 * with its doer after 由, a round's company, a company sanctioned, a company founded.
 */
function subjectUndergoes(state: PropositionState, kind: ClaimKind, passive: Passive): void {
  const { frame, prop, content, roles } = state;
  const { context } = frame;
  const { contentTokens } = content;
  // "由Z大学孵化的X宣布完成融资", "由Z团队孵化的X推出了Y": when a company or a body heads a
  // fronted 由-clause, the main clause is its own act, and who incubated or founded it is only
  // background (mentioned); a work at the head (由Z执笔的《Y》) is still what Z made, and an
  // event may be that founding itself.
  if (
    prop.subject?.kind === 'entity' &&
    prop.subject.byDoer &&
    prop.subject.head?.length &&
    kind !== 'event' &&
    prop.subject.head.every((id) => INVESTEE_TYPES.has(context.typeOf?.(id) ?? ''))
  ) {
    for (const id of prop.subject.ids) if (roles.get(id) === 'agent') roles.set(id, 'mentioned');
    const role: Role = kind === 'funding' && prop.backed ? 'object' : 'agent';
    for (const id of prop.subject.head) if (roles.has(id)) roles.set(id, role);
    if (role === 'agent') state.agentId = prop.subject.head[0]!;
  }
  // "X完成融资，由Y领投", "X成立于2018年，由Y创立": with the doer named by 由 after it, the
  // subject undergoes the act; so does a company whose round an investor clause joined, unless
  // the subject is an investor itself ("X领投了Y的融资，Z跟投").
  if (state.agentId && prop.subject?.kind === 'entity') {
    const subjectEnd = prop.subject.end;
    // (The doer after 由 may be a name the gazetteer lacks: "由杨明于2023年创立".)
    // (A former or acting holder's title may lead it: "由前X首席执行官李明出任".)
    const doerAt = (k: number) => (/^(前|原|时任|现任)$/.test(contentTokens[k]?.word ?? '') ? k + 1 : k);
    const byAgent = contentTokens.some(
      (t, k) =>
        t.word === '由' &&
        prepositionAt(contentTokens, k) === '由' &&
        t.start >= subjectEnd &&
        !!contentTokens[doerAt(k + 1)] &&
        (!!contentTokens[doerAt(k + 1)]!.entityId ||
          /^(nr|nrfg|nt|n|nz|eng)$/.test(contentTokens[doerAt(k + 1)]!.tag)) &&
        !relativeAfter(contentTokens, doerAt(k + 1)) &&
        !(kind !== 'funding' && actedBefore(contentTokens, subjectEnd, k)) &&
        // ("A合计出资约占三成，其余由B认购": a subject that put money in is no undergoer.)
        !contentTokens.some((x) => x.start >= subjectEnd && x.start < t.start && INVESTOR_VERB.test(x.word)),
    );
    // "由周明创立的X，成立于…": in an event, a relative clause with its doer after 由, right
    // before the subject, says the subject underwent the act, as "X由周明创立" does (a claim of
    // another kind, "由周明创立的X完成融资", is the subject's own act).
    const headAt = contentTokens.findIndex((t) => t.start === prop.subject!.start);
    const fronted =
      kind === 'event' &&
      headAt >= 2 &&
      contentTokens[headAt - 1]!.word === '的' &&
      isVerb(contentTokens[headAt - 2]!) &&
      contentTokens.slice(0, headAt).some((t, k) => t.word === '由' && !!contentTokens[doerAt(k + 1)]) &&
      !contentTokens
        .slice(
          contentTokens.findIndex((t) => t.word === '由'),
          headAt,
        )
        .some(isPunct);
    const verb = contentTokens.find((t, k) => t.start >= subjectEnd && isPredicate(contentTokens, k));
    const raised = kind === 'funding' && prop.backed && !(verb && INVESTOR_VERB.test(verb.word));
    // "X成立于2021年3月", "X于去年4月正式成立": a founding told of the company, with nothing
    // founded after the verb, makes the company what was founded (README: the founded company
    // is `object`); "X成立了研究院" founds something else.
    const founded =
      (kind === 'event' || kind === 'launch') &&
      !!verb &&
      FOUNDED.test(verb.word) &&
      foundsNothing(contentTokens, verb);
    if (byAgent || fronted || raised || founded)
      for (const id of prop.subject.ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
    // (The one carrying out a part, after such a 由, is only mentioned.)
    const subjectIds = prop.subject.ids;
    contentTokens.forEach((t, k) => {
      const doer = contentTokens[doerAt(k + 1)];
      if (t.word !== '由' || kind === 'funding' || !doer?.entityId || !actedBefore(contentTokens, subjectEnd, k))
        return;
      if (roles.get(doer.entityId) === 'agent' && !subjectIds.includes(doer.entityId))
        roles.set(doer.entityId, 'mentioned');
    });
  }
  // "该公司完成融资，A、B、C等均有参投": the same for a company named by a pronoun.
  if (state.agentId && prop.subject?.kind === 'pronoun' && kind === 'funding' && prop.backed) {
    const verb = contentTokens.find((t, k) => t.start >= prop.subject!.end && isPredicate(contentTokens, k));
    if (!(verb && INVESTOR_VERB.test(verb.word)) && roles.get(state.agentId) === 'agent')
      roles.set(state.agentId, 'object');
  }
  // "X面临反垄断调查", "X这张罚单是…", "X的行为应当从严处罚": a company undergoing a sanction is
  // its object (README: the company a regulator fines or probes is `object`).
  // (Not when a doer is named after a passive marker, 遭到Y的起诉: the agent is then Y.)
  if (
    state.agentId &&
    prop.subject &&
    roles.get(state.agentId) === 'agent' &&
    !(passive && roles.has(passive.agent)) &&
    (prop.subject.kind !== 'entity' || prop.subject.ids.includes(state.agentId))
  ) {
    const subjectEnd = prop.subject.end;
    if (undergoesSanction(contentTokens, subjectEnd)) roles.set(state.agentId, 'object');
  }
  // "这家公司成立于2016年", "该公司于2019年创立": a founding told of a company named by a pronoun
  // makes it what was founded, as a named subject is.
  if (state.agentId && prop.subject?.kind === 'pronoun' && (kind === 'event' || kind === 'launch')) {
    const verb = contentTokens.find((t, k) => t.start >= prop.subject!.end && isPredicate(contentTokens, k));
    if (verb && FOUNDED.test(verb.word) && foundsNothing(contentTokens, verb) && roles.get(state.agentId) === 'agent')
      roles.set(state.agentId, 'object');
  }
}

/**
 * The organizations of a move of office, and a subject before 被 or 由 that undergoes the act.
 */
function officeMoveAndMarkerRoles(state: PropositionState, speaking: Speaker): void {
  const { speaker, speaks } = speaking;
  const { frame, prop, content, roles } = state;
  const { context } = frame;
  const { contentTokens } = content;
  // "X联合创始人李明宣布离开公司", "李明卸任X董事会主席": in a move of office the organization
  // whose title a person holds is what the person leaves or takes a post in; so is the one a
  // preposition names as where or whence ("在X担任", "从X跳槽至Y").
  // (jieba may cut the verb in two: 辞/v 任/r.)
  const moves = (t: Token, k: number) =>
    PERSONNEL_MOVE.test(t.word) || PERSONNEL_MOVE.test(t.word + (contentTokens[k + 1]?.word ?? ''));
  const moved = contentTokens.some((t, k) => moves(t, k) && isPredicate(contentTokens, k));
  // (The organization taking him on is the agent: "曾任X负责人的Y加盟Z", "从X跳槽至Z"; moves.ts.)
  if (moved) {
    const organization = (id: string) => INVESTEE_TYPES.has(context.typeOf?.(id) ?? '');
    for (const [id, role] of officeMoveRoles(contentTokens, organization))
      if (roles.has(id) && roles.get(id) !== 'listed') roles.set(id, role);
    // ("公司至少三名核心高层相继离职": a pronoun subject whose officers leave is left, moves.ts.)
    if (prop.subject?.kind === 'pronoun' && state.agentId && roles.get(state.agentId) === 'agent')
      if (subjectLeftBy(contentTokens, prop.subject.end)) roles.set(state.agentId, 'object');
    if (state.agentId && roles.get(state.agentId) !== 'agent')
      state.agentId = [...roles].find(([, role]) => role === 'agent')?.[0] ?? state.agentId;
  }
  // (An officer who moves does not act for the organization he leaves: with no agent left, the
  // one announcing it acts, "X宣布，Y联合创始人Z将加入X".)
  if (moved && speaker && speaks && roles.has(speaker) && ![...roles.values()].includes('agent'))
    roles.set(speaker, 'agent');
  // "距离他被前董事会解雇", "该办法由X发布": a pronoun subject before 被 or 由 undergoes the act,
  // and so does a named one before 被 whatever does it (被前董事会解雇); the doer named after it acts.
  if (prop.subject && state.agentId && roles.get(state.agentId) === 'agent') {
    const marker = undergoerMarker(contentTokens, prop.subject.end);
    // ("X由三位前研究员创办": a named subject before 由 undergoes the act too, when no name in the
    // clause does it; "X由A、B组成" tells what X is made of, not who acts on it.)
    const byUnnamed =
      marker === '由' &&
      prop.subject.kind === 'entity' &&
      ![...roles].some(([id, role]) => role === 'agent' && !(prop.subject as EntitySubject).ids.includes(id)) &&
      !contentTokens.some((t) => /^(组成|构成|组建|负责)$/.test(t.word));
    if (marker === '被' || (marker === '由' && prop.subject.kind === 'pronoun') || byUnnamed) {
      const ids = prop.subject.kind === 'entity' ? prop.subject.ids : [state.agentId];
      for (const id of ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
      state.agentId = [...roles].find(([, role]) => role === 'agent')?.[0] ?? state.agentId;
    }
  }
}

/** The company a round's money goes into, unnamed in the proposition: the last investee, or the round reported. */
function fundingParties(state: PropositionState, kind: ClaimKind): void {
  const { frame, content, roles } = state;
  const { tokens, offset, context, history } = frame;
  const { start, end, contentTokens } = content;
  const investee =
    kind === 'funding' && state.agentId && roles.get(state.agentId) === 'agent' ? unsaidInvestee(contentTokens) : false;
  if (investee && ![...roles.values()].includes('object')) {
    const earlier = [...history.actors]
      .reverse()
      .find(
        (a) =>
          a.role === 'object' &&
          a.id !== state.agentId &&
          a.at < offset + start &&
          INVESTEE_TYPES.has(context.typeOf?.(a.id) ?? ''),
      );
    // (Else the company the investor was last said to deal with: "…B选择A作为云服务商；A当时还投资了
    //约3亿美元" puts the money into B; a company that only launched something before is no party.)
    const dealt = [...history.claims]
      .reverse()
      .map((c) =>
        c.roles.has(state.agentId!)
          ? [...c.roles].find(
              ([id, role]) =>
                id !== state.agentId &&
                (role === 'agent' || role === 'object') &&
                INVESTEE_TYPES.has(context.typeOf?.(id) ?? ''),
            )?.[0]
          : undefined,
      )
      .find((id) => !!id);
    const into = earlier?.id ?? dealt;
    if (into) roles.set(into, 'object');
  }
  // "本轮投资方包括A、B…", "A合计出资约占本轮三成": a definite round is the round the article
  // reported last; its company, unnamed here, is what the money goes into (the object beside its
  // investors, the agent of a round no investor is named in).
  const round = history.deals.round;
  const spanText = tokens
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => t.word)
    .join('');
  if (
    kind === 'funding' &&
    round &&
    THIS_ROUND.test(spanText) &&
    (roles.get(round.id) ?? 'mentioned') === 'mentioned' &&
    ![...roles].some(([id, role]) => role === 'object' && INVESTEE_TYPES.has(context.typeOf?.(id) ?? ''))
  ) {
    const investors = [...roles.values()].some((role) => role === 'agent' || role === 'listed');
    roles.set(round.id, investors ? 'object' : 'agent');
    if (!investors) state.agentId = round.id;
    state.prefix ??= { start: offset + start, end: offset + start, label: round.name };
  }
}

/** Who denies (the speaker, or the company of a titled person) and what the denial is about. */
function denialRoles(state: PropositionState, speaking: Speaker, kind: ClaimKind): void {
  const { speaker, speaks } = speaking;
  const { frame, prop, content, roles } = state;
  const { folded, tokens, context, history } = frame;
  const { drafts } = state.drafting;
  const { start, end } = content;
  // "X回应称，Y并没有收费计划": the one who denies is the agent of a denial, and whom the
  // denial is about its object (tests/claims-eval/README.md).
  // "X执行长Y否认…": a person the gazetteer knows, titled by the company they work for, denies for
  // it; the company is the denier, the person only mentioned (README: a gazetteer executive is
  // mentioned when he speaks for his company's act, forecast or denial).
  const voice = speaker ?? prop.attribution.entityId ?? state.agentId ?? undefined;
  const voiceAt = voice ? tokens.find((t) => t.entityId === voice && t.start >= start && t.end <= end) : undefined;
  const employer = voice && context.typeOf?.(voice) === 'person' ? context.parentOf?.(voice) : undefined;
  const titledBy =
    employer && voiceAt
      ? tokens.some((t) => t.entityId === employer && t.end <= voiceAt.start && t.start >= voiceAt.start - 12)
      : false;
  if (kind === 'denial' && voice && employer && titledBy && roles.has(voice) && roles.has(employer)) {
    for (const [id, role] of roles) if (role === 'agent') roles.set(id, id === voice ? 'mentioned' : 'object');
    roles.set(employer, 'agent');
    if (prop.attribution.kind === 'article') prop.attribution = speakerOf(state, voice);
    state.agentId = employer;
  } else if (kind === 'denial' && speaker && speaks && roles.has(speaker)) {
    for (const [id, role] of roles) if (role === 'agent' && id !== speaker) roles.set(id, 'object');
    roles.set(speaker, 'agent');
    state.agentId = speaker;
  }
  if (kind === 'denial' && state.agentId && roles.get(state.agentId) === 'agent' && prop.attribution.kind === 'article')
    prop.attribution = speakerOf(state, state.agentId);
  // "有消息称，X向Y下单…，对此X回应称“消息不实”": a denial naming no one else is about the
  // report it answers, whose other parties are its objects (denials.ts).
  // (A frame naming what it answers, 针对…的说法 / 对于…的疑虑, is what the denial is about instead.)
  const answersFrame = /^(而|但|不过)?(针对|对于|关于|面对|就)(?!此)/.test(folded.trim());
  if (kind === 'denial' && state.agentId && roles.get(state.agentId) === 'agent' && !answersFrame)
    for (const id of deniedParties(state.agentId, roles, drafts, history.rumourParties, context.parentOf))
      roles.set(id, 'object');
}

/** "A与B均表示，…": the party joined to the speaker says it too, and acts in it as the speaker does. */
function coSpeakerRoles(state: PropositionState, speaking: Speaker): void {
  const { speaker } = speaking;
  const { roles, frame } = state;
  if (!speaker || roles.get(speaker) !== 'agent') return;
  const other = coSpeaker(frame.tokens, speaker);
  if (other && roles.get(other) === 'mentioned') roles.set(other, 'agent');
}

/** A proposition's voice and kind, as voiceAndKind read them. */
interface Voiced {
  modality: Modality;
  kind: ClaimKind;
}

/**
 * Who says a proposition and how (its attribution: the subject speaking, the speaker before, a
 * report going on, a hedge, a silence), its modality, and its kind; null when no kind is cued.
 * Who acts in it, now that an announcer may act for a thing it announces (state.agentId), may change.
 */
function voiceAndKind(
  state: PropositionState,
  passive: Passive,
  investorsOf: ReturnType<typeof investorsNamedFor>,
): Voiced | null {
  const goesOn = attributeProposition(state);
  const belief = readBelief(state);
  const modality = propositionModality(state, goesOn, belief);
  const kind = propositionKind(state, modality, belief, passive, investorsOf);
  return kind ? { modality, kind } : null;
}

/**
 * Who says a proposition (its attribution): the subject speaking, the speaker before, an announcer,
 * a report going on or told before, a hedge. Whether it goes on with the report before it.
 */
function attributeProposition(state: PropositionState): boolean {
  const { frame, props, prop, content, roles } = state;
  const { tokens, context, history, clauses } = frame;
  const { drafts } = state.drafting;
  const { start, contentTokens } = content;
  if (prop.subjectSpeaks && state.agentId && prop.attribution.kind === 'article')
    prop.attribution = speakerOf(state, state.agentId);
  // "X予以否认，称Y…": the speaker is who spoke (or acted) in the proposition before.
  const before = drafts[drafts.length - 1];
  if (prop.previousSpeaks && before && prop.attribution.kind === 'article') {
    const previous = before.attribution.entityId ?? before.entities.find((e) => e.role === 'agent')?.id;
    if (previous && before.attribution.kind !== 'unnamed')
      prop.attribution = before.attribution.entityId === previous ? before.attribution : speakerOf(state, previous);
  }
  // "X宣布将收购Y，组建Z": a serial predicate cut off the one before is said by its speaker too.
  if (prop.serial && before?.attribution.entityId && prop.attribution.kind === 'article')
    prop.attribution = before.attribution;
  // "X宣布，Y永久免费开放": a company announces what it does with a model or product; it
  // acts, and the thing is what it acts on (宣布 is an act, unlike 表示 or 称, whose content's
  // subject stays the agent).
  const announcer = prop.attribution.entityId;
  if (
    announcer &&
    state.agentId &&
    state.agentId !== announcer &&
    prop.clauses.some((c) => clauses[c]!.announces) &&
    ORGANIZATION_TYPES.has(context.typeOf?.(announcer) ?? '') &&
    THING_TYPES.has(context.typeOf?.(state.agentId) ?? '')
  ) {
    roles.set(state.agentId, 'object');
    roles.set(announcer, 'agent');
    state.agentId = announcer;
  }
  // "X宣布完成融资", "X预告将于…发布": X announces what it does, so X is also its source.
  const head = contentTokens.find((t, k) => isPredicate(contentTokens, k));
  if (head && ANNOUNCING.test(head.word) && state.agentId && prop.attribution.kind === 'article')
    prop.attribution = speakerOf(state, state.agentId);
  // "据报道，X…。X还…" / "…。而其…更是…": a sentence that goes on about the same subject with
  // an additive adverb continues the report, and its hedge.
  const report = history.report;
  const goesOn =
    prop === props[0] &&
    !!report &&
    prop.attribution === ARTICLE &&
    state.agentId === report.agent &&
    continuesReport(sentenceTokensOf(tokens, start), contentTokens);
  if (goesOn) prop.attribution = report.attribution;
  // "该报道指出，…": the report told before says it.
  if (prop.clauses.some((c) => clauses[c]!.refersToReport) && history.reportSource)
    prop.attribution = history.reportSource;
  // A judgement word in a leading clause ("显然，", "在笔者看来，") covers the proposition; so
  // does one in a clause it ends with ("…，反而不比以前").
  // "X的月活用户据称已超过…": a hedge inside the clause makes it hearsay, as one leading it does;
  // in a later clause ("X发布了Y，据称可以…") it covers only what that clause adds.
  const firstContent = clauses[prop.content[0]!]!;
  // So does a rumour told in the passive of its subject (X被传出…): see rumouredOf.
  if (prop.attribution === ARTICLE && (inlineHedge(firstContent.tokens) || rumouredOf(firstContent.tokens)))
    prop.attribution = { kind: 'unnamed', text: '' };
  return goesOn;
}

/** The clauses around a proposition's content, and whether it is a view (a belief covers it). */
interface Belief {
  /** It is a view: a belief its own or its frame's, or the writer's. */
  believes: boolean;
  /** The words of the clauses before and after its content (its qualifiers), and its leading clauses of time. */
  leading: Token[];
  trailing: Token[];
  leadingTime: Clause[];
}

/** Whether a belief covers a proposition (its own, a frame's, the writer's), and its qualifiers. */
function readBelief(state: PropositionState): Belief {
  const { frame, prop, content } = state;
  const { sentence, folded, context, dates, clauses } = frame;
  const { contentTokens, inContent } = content;
  // "据彭博社报道，…，双方认为…": a belief inside a report is part of what is reported.
  const beliefAt = prop.clauses.find((c) => clauses[c]!.belief);
  // So is one an informed source passes on after it ("…，这被认为是原因之一，一名接近董事会的人士称").
  const informed =
    prop.attribution.kind === 'unnamed' &&
    INFORMED_SOURCE.test(prop.attribution.text) &&
    beliefAt !== undefined &&
    clauses[beliefAt]!.attribution !== prop.attribution;
  // "本报观察，…，…将…": the writer's frame of a view opening the sentence covers all of it, each
  // proposition after it too (in the writer's voice).
  const writerFrames =
    prop.attribution.kind === 'article' &&
    !!clauses[0] &&
    AUTHOR_VOICE.test(folded.slice(clauses[0].start).replace(/^(而|但|但是|不过|同时|另外|此外|然而)/, ''));
  // "业内人士普遍认为，…，X的份额有望进一步扩大": a frame of belief opening the sentence covers
  // every proposition its believer goes on to (a fronted cue covers its sentence).
  const opener = clauses[0];
  const beliefFrames =
    !!opener?.belief &&
    opener.type === 'attribution' &&
    !!opener.attribution &&
    prop.attribution.kind === opener.attribution.kind &&
    prop.attribution.text === opener.attribution.text &&
    prop.attribution.entityId === opener.attribution.entityId;
  const believesOwn =
    (beliefAt !== undefined && !informed && !prop.clauses.some((c) => c < beliefAt && clauses[c]!.hearsay)) ||
    writerFrames;
  const qualifiers = prop.clauses.filter((c) => !prop.content.includes(c)).map((c) => clauses[c]!);
  const leading = qualifiers.filter((c) => c.start < clauses[prop.content[0]!]!.start).flatMap((c) => c.tokens);
  const trailing = qualifiers.filter((c) => c.start > clauses[prop.content[0]!]!.start).flatMap((c) => c.tokens);
  const leadingTime = qualifiers.filter((c) => c.type === 'time' && c.start < clauses[prop.content[0]!]!.start);
  // (…what is to come, that is: a fact the writer adds after the view, "…，Y已于去年推出Z", stays a
  // fact, as the editors annotate it.)
  const believes =
    believesOwn ||
    (beliefFrames &&
      modalityOf(
        [...leading, ...contentTokens, ...trailing],
        contentTokens,
        { attribution: ARTICLE, opinion: false, forecast: prop.forecast },
        dates.filter((d) => inContent(d) && !quotedAt(sentence, d.start)),
        context.articleDate,
      ) === 'forecast');
  return { believes, leading, trailing, leadingTime };
}

/** A proposition's modality: a silence, a plan going on, a report going on, a belief, a quotation. */
function propositionModality(state: PropositionState, goesOn: boolean, belief: Belief): Modality {
  const { frame, props, prop, content } = state;
  const { sentence, context, figures, dates, clauses } = frame;
  const { drafts } = state.drafting;
  const { contentTokens, contentText, inContent, contentFigures } = content;
  const { believes, leading, trailing, leadingTime } = belief;
  // "有消息称…，X对这一说法不予置评", "Y表示…；X则未有回应": keeping silent is the silent party's
  // own act, which the article reports itself; neither the hedge nor the speaker before it covers
  // the silence.
  const keepsSilent = SILENCE.test(contentTokens.map((t) => t.word).join(''));
  if (keepsSilent) prop.attribution = ARTICLE;
  // "X将把A作为主要供应商，并使用B的芯片": a predicate joined by 并 (并且, 同时) with no subject of
  // its own goes on under the "will" of the one before it in the sentence, unless it says it is done.
  const previous = drafts[drafts.length - 1];
  // (了, 已, 曾…: the proposition says it is done, so no "will" before it carries into it.)
  const saysDone = contentTokens.some((t) => /^(了|过|已|已经|曾|曾经)$/.test(t.word));
  const joinedToPlan =
    previous?.modality === 'forecast' &&
    !prop.subject &&
    (/^(并|并且|同时)(?!未|没|非|不)/.test(contentText) || !!prop.serial) &&
    !saysDone;
  // "X预估本季营收将介于250亿至258亿美元，毛利率介于57%至59%": a figure that goes on, with no subject
  // or date of its own, after an estimate's figure in the sentence is the same estimate's next figure.
  const estimateGoesOn =
    previous?.modality === 'forecast' &&
    !prop.subject &&
    contentFigures.length > 0 &&
    previous.figures.length > 0 &&
    ESTIMATE_FRAME.test(previous.text) &&
    !dates.some(inContent) &&
    !saysDone;
  const modality = modalityOf(
    [...leading, ...contentTokens, ...trailing],
    contentTokens,
    {
      ...prop,
      silent: keepsSilent,
      // (A medium's report carried on is hearsay; an unnamed source's is by its kind already; so
      // is a speaker's word an unnamed source passes on, "据知情人士透露，X预计…".)
      hearsay:
        (goesOn && prop.attribution.kind !== 'unnamed') ||
        prop.clauses.some((c) => clauses[c]!.hearsay || hedgesSpeaker(clauses, c, prop.clauses)) ||
        // (A later piece of the sentence under the same medium's report, 据韩媒报导，A，B则…, is
        // passed on as the first piece is.)
        (prop.attribution !== ARTICLE &&
          props.some(
            (p) => p !== prop && p.attribution === prop.attribution && p.clauses.some((c) => clauses[c]!.hearsay),
          )),
      belief: believes,
      says: prop.clauses.some((c) => clauses[c]!.says),
      estimates: prop.clauses.some((c) => clauses[c]!.estimates),
      estimator: prop.clauses.some((c) => clauses[c]!.estimator),
      // ("从时长上看，X最长是Y的两倍" gives what it reads: a fact.)
      reading: !figures.some(inContent) && prop.clauses.some((c) => clauses[c]!.reading),
      // (Its own predicate: in the first clause, or with no subject before it. "…于7月发布，被视为…"
      // states the fact and adds how it is seen.)
      construed: construed(
        prop.subject ? clauses[prop.content[0]!]!.tokens.slice(clauses[prop.content[0]!]!.from) : contentTokens,
      ),
      // "X表示，“…”", "“…”X说": the words are all the speaker's own, quoted.
      quoted: /^[“「『"]$/.test(contentTokens[0]?.word ?? ''),
      forecast: prop.forecast || joinedToPlan || estimateGoesOn,
    },
    // "《…行动计划(2024—2026年)》" dates a title, not what the proposition says will happen.
    dates.filter((d) => inContent(d) && !quotedAt(sentence, d.start)),
    context.articleDate,
    // ("去年11月，X将团队扩充至500人": a leading clause of time puts it in the past too: 将 is 把.)
    dates.filter((d) => leadingTime.some((c) => d.start >= c.start && d.end <= c.end)),
  );
  return modality;
}

/** A proposition's kind, from its cue, its modality and its frames; null when no kind is cued. */
function propositionKind(
  state: PropositionState,
  modality: Modality,
  belief: Belief,
  passive: Passive,
  investorsOf: ReturnType<typeof investorsNamedFor>,
): ClaimKind | null {
  const { frame, prop, content } = state;
  const { sentence, context, dates, clauses } = frame;
  const { start, end, contentTokens, inContent, contentFigures, playsDown } = content;
  const { believes, leading, trailing } = belief;
  const kindCued = kindOf(
    contentTokens,
    contentFigures.length > 0,
    modality,
    prop.attribution,
    // (A span back from now, 过去几个月 or 近期, dates a state, not a happening.)
    dates.some((d) => (inContent(d) || (d.start >= start && d.end <= end)) && !isSpanBack(d)),
    believes,
    // (It may answer a report: it responds, a rumour came before, or the sentence names a report.)
    !!prop.responds ||
      !!frame.history.rumoured ||
      REPORT_NOUN.test(frame.folded.slice(0, contentTokens[0]?.start ?? start)),
  );
  // "王海川估计，X去年的出货量约为800万台": an estimate of a figure is a figure, the estimator's
  // view (the editors' majority, tests/claims-eval/README.md).
  const estimated = prop.clauses.some((c) => clauses[c]!.estimates);
  const cued = kindCued === 'opinion' && estimated && contentFigures.length > 0 ? 'figure' : kindCued;
  // "据悉，X还将出台…", "有消息称，X最快下半年发布": hearsay about a plan is a forecast in kind,
  // reported in modality (tests/claims-eval/README.md); a denial or a funding round keeps its kind.
  const hearsayPlan = (k: ClaimKind | null) =>
    modality === 'reported' &&
    k !== 'denial' &&
    k !== 'funding' &&
    modalityOf(
      [...leading, ...contentTokens, ...trailing],
      contentTokens,
      { attribution: ARTICLE, opinion: false, forecast: prop.forecast },
      // (with a trailing "…，最快下半年发布" that only says when)
      dates.filter((d) => d.start >= start && d.end <= end && !quotedAt(sentence, d.start)),
      context.articleDate,
    ) === 'forecast';
  // "我们认为，明年就会看到X问世", "分析师认为，X恐将流失份额": a view of what is to come is a
  // forecast in kind, an opinion in modality (the editors' majority, tests/claims-eval/README.md).
  // It is one when its words in the writer's voice would be a forecast (将, 有望, a later date) or
  // say what will be (会); a view hedged by 可能 ("可能只是过渡") weighs what is, as does a question
  // left open (能否…).
  const viewAhead =
    believes &&
    cued !== 'denial' &&
    (modalityOf(
      [...leading, ...contentTokens, ...trailing],
      contentTokens,
      { attribution: ARTICLE, opinion: false, forecast: false },
      dates.filter((d) => inContent(d) && !quotedAt(sentence, d.start)),
      context.articleDate,
    ) === 'forecast' ||
      (epistemicWill(contentTokens) && !openQuestion(contentTokens)));
  // "比X慢", "遭到X的否认": a comparison made with 比, or the cue a passive frame names.
  const found = playsDown
    ? 'denial'
    : viewAhead
      ? 'forecast'
      : (passive?.cue ??
        (investorsOf ? 'funding' : cued === 'statement' && comparesWith(contentTokens) ? 'comparison' : cued));
  if (!found) return null;
  // "与X相比，Y更高": a comparison frame makes a plain statement a comparison.
  const compared = prop.clauses.some((c) => clauses[c]!.comparison);
  // (A date inside the frame is the standard compared with, not when something happened: an
  // event found by it is the comparison too.)
  // "如果只看榜单，X可能陷入…": a view of what would follow a condition is about what is to come.
  const conditionalView =
    found === 'opinion' && modality === 'opinion' && prop.clauses.some((c) => clauses[c]!.conditional);
  const kind: ClaimKind =
    compared && (found === 'statement' || found === 'opinion' || (found === 'event' && !cueEvent(contentTokens)))
      ? 'comparison'
      : hearsayPlan(found) || conditionalView
        ? 'forecast'
        : found;
  return kind;
}

/**
 * Who a proposition is about, as findAgent resolved it: besides who acts (state.agentId) and the
 * label its text opens with (state.prefix), the owner of a metric.
 */
interface Agent {
  /** The owner of the metric it opens on, when the chain gave it one. */
  owner: ReturnType<typeof chainOwner>;
}

/**
 * Who a proposition is about: its subject, or what a pronoun (a pair, a group), a deed, a metric's
 * owner, a carried subject or the topic going on stands for; null for a pronoun that stands for no one.
 * Sets state.agentId and state.prefix.
 */
function findAgent(state: PropositionState): Agent | null {
  const { frame, prop, content, roles, give } = state;
  const { offset, context, history, clauses } = frame;
  const { start } = content;
  // "业内人士认为，X以低价搅动市场之后，价格战已…": with no party named in the main clause, the
  // subject of a fronted when-clause, acting in it, is who the claim is about.
  if (![...roles.values()].some((role) => role !== 'mentioned')) {
    for (const framer of whenClauseActors(prop.clauses.map((c) => clauses[c]!)))
      if (roles.get(framer) === 'mentioned') roles.set(framer, 'agent');
  }
  // The subject named by a pronoun, or by nothing ("并于…推出"), is the last fitting actor.
  state.agentId = prop.subject?.kind === 'entity' ? (prop.subject.ids[0] ?? null) : null;
  if (prop.subject?.kind === 'entity' && prop.subject.behind) {
    const found = resolvePronoun(prop.subject.behind.word, offset + prop.subject.behind.start, history, context);
    if (found) {
      give(found.id, 'object');
      if (found.at < offset + start) state.prefix = prefixOf(state, found);
    }
  }
  let owner: ReturnType<typeof chainOwner> = null;
  if (prop.subject?.kind === 'pronoun') {
    if (!agentOfPronoun(state)) return null; // (it stands for no one)
  } else if (!prop.subject) owner = agentOfZeroSubject(state);
  if (owner) {
    // (The owner is the topic going on, and its last name where a later pronoun finds it.)
    if (owner.at >= 0) history.actors.push({ id: owner.id, at: owner.at, end: owner.end, role: 'agent' });
    history.actors.sort((a, b) => a.at - b.at);
  }
  return { owner };
}

/**
 * Who a pronoun subject stands for (a plural's group, a pair, the antecedent), who acts in the
 * proposition; false for a pronoun that stands for no one.
 */
function agentOfPronoun(state: PropositionState): boolean {
  const { frame, prop, content, give } = state;
  const { sentence, tokens, offset, paragraph, context, history } = frame;
  const { start, contentTokens } = content;
  const pair = prop.subject?.kind === 'pronoun' && PAIR.test(prop.subject.word);
  // (两家 is two companies, 双方 two parties — companies, bodies or people: the products the
  // two made, named between them, are not what it stands for. 两者 may be two products.)
  const organizations = (id: string) => ORGANIZATION_TYPES.has(context.typeOf?.(id) ?? '');
  const parties = (id: string) => organizations(id) || context.typeOf?.(id) === 'person';
  const pairWord = pair && prop.subject?.kind === 'pronoun' ? prop.subject.word : '';
  // 两者/二者 compare two of one kind: "A发布了X，B推出了Y。两者的差距…" is X and Y, the last
  // name and the latest before it of its kind (things with things, parties with parties).
  const thing = (id: string) => THING_TYPES.has(context.typeOf?.(id) ?? '');
  // (With one of that kind only — "A与B合作开发X。两者…" — the pair is of the other kind. A
  // last name that is a party keeps any name before it: an app and its maker's rival company,
  // 抖音…快手, are often typed apart yet compared.)
  const party = (id: string) => !thing(id);
  const kinds = (): Array<(id: string) => boolean> => {
    const last = lastTwoNames(offset + prop.subject!.start, history)?.[1];
    return last && thing(last.id) ? [thing, party] : [];
  };
  const pairAt = pair ? offset + prop.subject!.start : 0;
  // ("A与B达成协议。¶双方同时…": opening a paragraph that names no one before it, 双方 or 两家 is
  // the two parties the paragraph before ended on.)
  const pairBefore =
    pair &&
    (pairWord === '两家' || pairWord === '双方') &&
    !history.actors.some((a) => a.at < pairAt) &&
    history.pairBefore?.length === 2 &&
    history.pairBefore.every((p) => (pairWord === '两家' ? organizations : parties)(p.id))
      ? history.pairBefore
      : null;
  const both =
    !pair || pairBefore
      ? null
      : pairWord === '两家' || pairWord === '双方'
        ? lastTwoNames(pairAt, history, null, pairWord === '两家' ? organizations : parties)
        : (kinds()
            .map((fits) => lastTwoNames(pairAt, history, null, fits))
            .find((found) => found) ?? lastTwoNames(pairAt, history));
  const group =
    prop.subject?.kind === 'pronoun' && !pair
      ? antecedentGroup(prop.subject.word, offset + prop.subject.start, history, context)
      : null;
  if (group) {
    // "A、B、C等公司，它们…", "这些公司…": each name the plural stands for takes part; three or
    // more are an enumeration (listed), two act together.
    state.agentId = group[0]!.id;
    // (A count of three or more — 三者 — is a list even when only two of it are known names.)
    const listed = group.length >= 3 || (prop.subject?.kind === 'pronoun' && countOf(prop.subject.word) >= 3);
    for (const a of group) give(a.id, listed ? 'listed' : 'agent');
    if (group[0]!.at < offset + start)
      state.prefix = {
        start: group[0]!.at,
        end: group[0]!.end,
        label: group.map((a) => paragraph.slice(a.at, a.end)).join('、'),
      };
  } else if (pairBefore) {
    // (Both act, as a pair named in this paragraph does; the text names them only before it.)
    state.agentId = pairBefore[0]!.id;
    for (const p of pairBefore) give(p.id, 'agent');
    state.prefix = { start: offset + start, end: offset + start, label: pairBefore.map((p) => p.name).join('、') };
  } else if (both) {
    // "两者的合作…": both names act; the text names them before the pronoun.
    state.agentId = both[0].id;
    // "二者仍有差距": a gap is the first's, measured against the second; so is a tie or a
    // joint act ("双方的谈判", "两者合作"), whose counterpart is the second, as in A与B合作 —
    // unless an adverb makes them one subject (双方共同…).
    const at = contentTokens.findIndex((t) => t.start === prop.subject!.start);
    let head = at + 1;
    while (
      contentTokens[head] &&
      (/^(的|之间|间)$/.test(contentTokens[head]!.word) || /^(d|t)$/.test(contentTokens[head]!.tag))
    )
      head++;
    const tie = RELATION_NOUN.test(contentTokens[head]?.word ?? '') || JOINT_VERB.test(contentTokens[head]?.word ?? '');
    const gap =
      contentTokens.some((t) => /^(差距|距离|差异)$/.test(t.word)) ||
      (tie && !contentTokens.slice(at, head).some((t) => COLLECTIVE.test(t.word)));
    both.forEach((a, k) => give(a.id, gap && k === 1 ? 'object' : 'agent'));
    if (both[0].at < offset + start)
      state.prefix = {
        start: both[0].at,
        end: both[0].end,
        label: both.map((a) => paragraph.slice(a.at, a.end)).join('、'),
      };
  } else if (prop.subject?.kind === 'pronoun') {
    // "…；其先后迭代了…": 其 right before its verb is a subject pronoun and goes on with the
    // last subject, as 它 does; before a noun (其访问量) it owns the noun, the latest actor.
    const next = contentTokens.find((t) => t.start >= prop.subject!.end && !/^(d|t)$/.test(t.tag));
    // (So is 其 opening its clause before a prepositional phrase that opens its predicate,
    // "，其还在内部推进…", not one inside a modifier of a noun it owns, "其在华的营收…", nor one a verb of
    // saying takes, "并宣称其在测评中超过…", which is the latest actor.)
    const nextAt = next ? contentTokens.indexOf(next) : -1;
    const verbAfter = contentTokens.findIndex((t, k) => k > nextAt && isVerb(t));
    const before = tokens[tokens.findIndex((t) => t.start === prop.subject!.start) - 1];
    const opensPredicate =
      (!before || isPunct(before) || /^(c|d)$/.test(before.tag)) &&
      next?.tag === 'p' &&
      verbAfter > nextAt &&
      !contentTokens.slice(nextAt, verbAfter + 2).some((t) => t.word === '的' || isPunct(t));
    const asSubject = prop.subject.word === '其' && !!next && (isVerb(next) || opensPredicate);
    // ("对于市场传出X将裁员的消息，该公司回应称…": 该公司 is the company the answered report is about.)
    const answered = answeredFrameParty(tokens, prop.subject.word, prop.subject.start, organizations);
    const found =
      selfNamed(prop.subject.word, prop.attribution, tokens, start, prop.subject.start, context, offset) ??
      (answered && { id: answered.id, at: offset + answered.at, end: offset + answered.end }) ??
      resolvePronoun(asSubject ? '它' : prop.subject.word, offset + prop.subject.start, history, context);
    if (found) {
      state.agentId = found.id;
      // (The others the answered report names act in the report, not in the response.)
      if (answered)
        for (const id of answered.names)
          if (id !== found.id && state.roles.get(id) === 'agent') state.roles.set(id, 'mentioned');
      give(found.id, 'agent');
      if (found.at < offset + start) state.prefix = prefixOf(state, found);
    } else if (
      !BARE_NOUN.test(prop.subject.word) &&
      !/^(regulation|report)$/.test(pronounTypes(prop.subject.word)?.[0] ?? '') &&
      !describedPerson(sentence.slice(0, prop.subject.start), prop.subject.word) &&
      // ("X回应称，该经销商的经营问题与降价无关": a party no name stands for, in words a company
      // says, is still the company's position.)
      !(thingOfNoOneNamed(prop.subject.word) && speakerStates(state))
    )
      return false; // a dangling pronoun makes no claim a reader can use
  }
  return true;
}

/**
 * Who a proposition with no subject is about: the act stated before (a deed), a metric's owner, a
 * carried subject, the last agent or topic going on, the deal or round reported before. The owner
 * of the metric, when the chain gave it one.
 */
function agentOfZeroSubject(state: PropositionState): ReturnType<typeof chainOwner> {
  const { frame, props, prop, content, roles, give } = state;
  const { offset, history, clauses, chainBefore } = frame;
  const { drafts } = state.drafting;
  const { start, contentTokens, contentText, contentFigures } = content;
  let owner: ReturnType<typeof chainOwner> = null;
  let topicGoesOn: Antecedent | null;
  let partOf: ReturnType<typeof partSubjectTopic>;
  // ("…；创业板指数同期下跌约1%": a clause after ；about a noun of its own reads no topic.)
  if (prop.ownTopicAfterSemicolon) return null;
  if (!prop.subject && deedAt(contentTokens) && deedClaim(contentTokens, history)) {
    // "此举引发…", "这笔投资总额可能高达…": the act stated before (of the kind its noun names),
    // with whoever took part in it.
    const { roles: before, agent } = deedClaim(contentTokens, history)!;
    for (const [id, role] of before) if (role === 'agent' || role === 'object') roles.set(id, role);
    state.agentId = agent?.id ?? null;
    if (agent) state.prefix = { start: agent.start, end: agent.end };
  } else if (
    !prop.subject &&
    prop.metric &&
    (owner = launchedOwner(
      frame,
      prop.metric,
      chainOwner(frame, drafts, prop.metric, !opensOnTopicFrame(frame, props, prop, drafts), offset + start),
    ))
  ) {
    // "…；毛利率升至41%": the metric's owner from the proposition before; the span stays the
    // clause, the name leads its text.
    state.agentId = owner.id;
    give(owner.id, 'agent');
    state.prefix = { start: offset + start, end: offset + start, label: owner.name };
  } else if (!prop.subject && prop.carried) {
    state.agentId = prop.carried.ids[0]!;
    for (const id of prop.carried.ids) give(id, 'agent');
    state.prefix = { start: offset + prop.carried.start, end: offset + prop.carried.end };
  } else if (
    !prop.subject &&
    prop.afterSemicolon &&
    !contentTokens.some((t) => t.entityId) &&
    (owner = claimBeforeAgent(frame, drafts, offset + start))
  ) {
    // "…，同比增长119%；研发开支为202.5亿元": a clause after ；with no subject and no name of its
    // own goes on about the topic, as a sentence after 。 does: the agent of the claim right before
    // in this sentence (whose subject the grouping could not see: a metric's owner, a pronoun's).
    state.agentId = owner.id;
    give(owner.id, 'agent');
    state.prefix =
      owner.at >= 0
        ? { start: owner.at, end: owner.end }
        : { start: offset + start, end: offset + start, label: owner.name };
  } else if (
    !prop.subject &&
    !prop.hasScene &&
    prop === props[0] &&
    history.lastAgent &&
    // ("…。云海集团则表示，已在上海设立团队": a party named as the speaker, not the last agent,
    // is who says it does what follows.)
    // (An answer to a report, 回应称…并非如此, is still about whom the report was about.)
    !(prop.attribution.entityId && prop.attribution.entityId !== history.lastAgent.id && !prop.responds) &&
    startsAsContinuation(contentTokens)
  ) {
    state.agentId = history.lastAgent.id;
    give(state.agentId, 'agent');
    state.prefix = { start: history.lastAgent.start, end: history.lastAgent.end };
  } else if (
    !prop.subject &&
    prop === props[0] &&
    prop.attribution === ARTICLE &&
    ![...roles.values()].includes('agent') &&
    (contentFigures.length > 0 || FORECAST_WORDS.test(contentText)) &&
    (topicGoesOn = zeroSubjectTopic(
      prop.clauses.map((c) => clauses[c]!),
      contentTokens,
      offset + start,
      history,
      chainBefore,
    ))
  ) {
    state.agentId = topicGoesOn.id;
    give(state.agentId, 'agent');
    state.prefix = { start: topicGoesOn.at, end: topicGoesOn.end };
  } else if (
    !prop.subject &&
    ![...roles.values()].includes('agent') &&
    history.deals.deal &&
    DEAL_NP.test(contentText)
  ) {
    // "这笔交易预计年底前完成": a deal noun standing for the deal reported before has that deal's
    // parties, the acquirer the agent and what it acquired the object.
    const deal = history.deals.deal;
    state.agentId = deal.agent.id;
    give(state.agentId, 'agent');
    // (A property of the deal, 这笔交易的价值, is weighed for the acquirer: the object stays out.)
    const ofDeal = contentText.slice(DEAL_NP.exec(contentText)![0].length).startsWith('的');
    if (deal.object && !ofDeal && !roles.has(deal.object)) give(deal.object, 'object');
    state.prefix = { start: offset + start, end: offset + start, label: deal.agent.name };
  } else if (!prop.subject && !roles.size && history.deals.round && ROUND_NP.test(contentText)) {
    // "本轮融资由A领投", "此轮融资资金将用于研发": a definite round opening what is said, in a
    // sentence naming no one the gazetteer knows, is the round reported before; its company is
    // what investors named here put money into (the object), else the agent of its own round.
    const round = history.deals.round;
    const invested = /领投|跟投|参投|投资|出资|注资|认购|参与/.test(contentText);
    if (!invested) state.agentId = round.id;
    give(round.id, invested ? 'object' : 'agent');
    state.prefix = { start: offset + start, end: offset + start, label: round.name };
  } else if (
    !prop.subject &&
    !roles.size &&
    prop.attribution.kind === 'unnamed' &&
    (topicGoesOn = commentedTopic(
      { start: offset + start, end: offset + content.end },
      foldedSourceWords(frame.sentence, frame.folded, prop.attribution.text).words,
      history,
      frame.context.typeOf,
    ))
  ) {
    // "有分析师指出，良率仍是最大的难题": an unnamed source's words naming no one are about the
    // paragraph's one party (antecedents.ts); its name leads the text.
    state.agentId = topicGoesOn.id;
    give(state.agentId, 'agent');
    state.prefix = {
      start: offset + start,
      end: offset + start,
      label: frame.paragraph.slice(topicGoesOn.at, topicGoesOn.end),
    };
  } else if (
    !prop.subject &&
    !roles.size &&
    prop.attribution === ARTICLE &&
    (partOf = partSubjectTopic(
      contentTokens,
      { start: offset + start, end: offset + content.end },
      history,
      frame.context.typeOf,
    ))
  ) {
    // "新一代处理器则预计明年量产": a plant, unit, product or metric of the paragraph's one party
    // stands for it (antecedents.ts); its name leads the text.
    state.agentId = partOf.id;
    give(state.agentId, 'agent');
    state.prefix = { start: offset + start, end: offset + start, label: partOf.name };
  }
  return owner;
}

/** Gives a name a role, unless it has a stronger one already (agent over object over listed over mentioned). */
function roleGiver(roles: Map<string, Role>): (id: string, role: Role) => void {
  return (id: string, role: Role) => {
    const had = roles.get(id);
    if (!had || ROLE_RANK[role] < ROLE_RANK[had]) roles.set(id, role);
  };
}

/**
 * The roles a proposition's clauses give its names (clauseRoles), before its speaker and subject
 * are resolved: joined agents, investors, an enumerated subject, the parties of a ruling, a list.
 */
function clauseRolesOf(frame: SentenceFrame, prop: Prop, contentTokens: Token[]): Map<string, Role> {
  const { context, clauses } = frame;
  const roles = new Map<string, Role>();
  const give = roleGiver(roles);
  for (const c of prop.clauses) {
    const clause = clauses[c]!;
    const content = prop.content.includes(c);
    for (const [id, role] of clauseRoles(clause, content, context.typeOf, prop.subject, context.parentOf))
      give(id, role);
  }
  for (const id of prop.extraAgents) give(id, 'agent');
  for (const { ids, role } of prop.investors) for (const id of ids) roles.set(id, role);
  for (const id of prop.listedSubject) roles.set(id, 'listed');
  // "法院裁定X侵犯Y的专利": the party found liable acts, the rights holder undergoes (rulings.ts).
  for (const [id, role] of ruledParties(contentTokens)) roles.set(id, role);
  if (prop.tail.length) {
    // One enumeration over several clauses: its members are listed when three or more.
    const members = new Set<string>();
    for (const c of prop.tail) for (const t of clauses[c]!.tokens) if (t.entityId) members.add(t.entityId);
    for (const [id, role] of roles) if (role === 'object' || role === 'listed') members.add(id);
    for (const id of members) roles.set(id, members.size >= 3 ? 'listed' : 'object');
  }
  return roles;
}

/** A proposition's claim as drafting decided it (draftProposition), for emitDraft. */
interface DecidedClaim {
  kind: ClaimKind;
  modality: Modality;
  /** The owner of the metric the proposition opens on, when the chain gave it one. */
  owner: ReturnType<typeof chainOwner>;
  /** The organization an unnamed titled speaker speaks for, and where the title is written. */
  memberOf: string | null | undefined;
  titledOrg: string | null;
  titledSpan: { start: number; end: number } | null;
}

/**
 * Emits a proposition's claim: its text span (with the label of a name written before it), its
 * figures and dates, and what the rest of the article reads of it (deals, rounds, actors, speakers).
 */
function emitDraft(state: PropositionState, decided: DecidedClaim): void {
  const { frame, prop, content, roles, agentId, prefix } = state;
  const { sentence, tokens, offset, paragraph, figures } = frame;
  const { drafts } = state.drafting;
  const { start, end } = content;
  const { kind, modality: finalModality, owner } = decided;
  let text = trimClause(sentence.slice(start, end));
  let from = offset + start;
  if (prefix) {
    text = `${prefix.label ?? paragraph.slice(prefix.start, prefix.end)}…${text}`;
    from = prefix.start;
  }
  const inside = <T extends { start: number; end: number }>(x: T) => x.start >= start && x.end <= end;
  // (A speaker who acts is an agent with no subject of the proposition: "X宣布，将…".)
  const doer = agentId ?? [...roles].find(([, role]) => role === 'agent')?.[0] ?? null;
  const doerToken = doer ? tokens.find((t) => t.entityId === doer && t.start >= start && t.end <= end) : undefined;
  rememberAct(state, kind, doer, doerToken);
  drafts.push({
    kind,
    modality: finalModality,
    attribution: prop.attribution,
    start: from,
    end: offset + start + trimClause(sentence.slice(start, end)).length,
    text,
    entities: [...roles].map(([id, role]) => ({ id, role })),
    figures: figures.filter(inside).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset })),
    dates: claimDates(state, owner),
  });
  rememberActorsAndSpeakers(state, decided, doer, doerToken);
}

/**
 * What a later sentence reads of a claim's act: who launched something, the deal (这笔交易) and
 * the round's company (本轮) it stands for, and the claim itself (a deed noun, 此举, stands for it).
 */
function rememberAct(
  state: PropositionState,
  kind: ClaimKind,
  doer: string | null,
  doerToken: Token | undefined,
): void {
  const { frame, content, roles, agentId, prefix } = state;
  const { tokens, offset, paragraph, context, history } = frame;
  const { start, end, contentTokens, contentText } = content;
  if (kind === 'launch' && doer) history.launchers.add(doer);
  // "X收购Y": the deal a later 这笔交易 stands for, with its acquirer as the text names it.
  if (doer && doerToken && contentTokens.some((t) => DEAL_VERB.test(t.word))) {
    const object = [...roles].find(([id, role]) => role === 'object' && id !== doer)?.[0] ?? null;
    history.deals.deal = {
      agent: { id: doer, name: paragraph.slice(offset + doerToken.start, offset + doerToken.end) },
      object,
    };
  }
  // A round's company: the object invested in, or the company raising with no investor named.
  if (kind === 'funding') {
    const raised = /融资|估值/.test(contentText);
    const company = [...roles].find(
      ([id, role]) =>
        (role === 'object' || (role === 'agent' && raised && roles.size === 1)) &&
        INVESTEE_TYPES.has(context.typeOf?.(id) ?? ''),
    )?.[0];
    const named = company ? tokens.find((t) => t.entityId === company && t.start >= start && t.end <= end) : undefined;
    if (company && named)
      history.deals.round = { id: company, name: paragraph.slice(offset + named.start, offset + named.end) };
  }
  history.claims.push({
    kind,
    roles: new Map(roles),
    agent: doerToken
      ? { id: doer!, start: offset + doerToken.start, end: offset + doerToken.end }
      : doer === agentId && doer && prefix && prefix.end > prefix.start
        ? { id: doer, start: prefix.start, end: prefix.end }
        : null,
  });
}

/** The dates of a claim: its own, or the chain's period or the act's it goes on with. */
function claimDates(state: PropositionState, owner: ReturnType<typeof chainOwner>): DateRef[] {
  const { frame, props, prop, content } = state;
  const { sentence, tokens, offset, dates } = frame;
  const { drafts } = state.drafting;
  const { start, end } = content;
  const inside = <T extends { start: number; end: number }>(x: T) => x.start >= start && x.end <= end;
  // A metric going on in the chain with no date of its own is for the chain's period (第二季度).
  // (去年同期, 上年同期 is the base a change is measured against, not the claim's own date.)
  // An act at the same time as the one before (…，同时…) with no date of its own is on its date.
  const undated = props.indexOf(prop) > 0 && !dates.some((d) => inside(d) && !comparisonBase(sentence, d));
  const chained =
    owner && undated
      ? chainPeriods(drafts[drafts.length - 1])
      : prop.simultaneous && undated
        ? (drafts[drafts.length - 1]?.dates ?? [])
        : [];
  // (…with the base it is compared with, 是去年同期的15倍, beside the chain's period.)
  return (
    chained.length
      ? [...chained, ...dates.filter((d) => inside(d) && comparisonBase(sentence, d))]
      : eventDateFirst(datesOf(dates, tokens, start, end, sentence), sentence)
  ).map((d) => (chained.includes(d) ? d : { ...d, start: d.start + offset, end: d.end + offset }));
}

/**
 * What a later sentence reads of who a claim names and who says it: its actors (for pronouns), the
 * report it passes on, its speaker, a titled speaker, its agent going on.
 */
function rememberActorsAndSpeakers(
  state: PropositionState,
  decided: DecidedClaim,
  doer: string | null,
  doerToken: Token | undefined,
): void {
  const { frame, prop, content, roles, agentId, prefix } = state;
  const { sentence, tokens, offset, history } = frame;
  const { start, end } = content;
  const { modality: finalModality, owner, memberOf, titledOrg, titledSpan } = decided;
  // A named report (据彭博社报道, 知情人士透露) is what a later "该报道指出" goes back to.
  if (finalModality === 'reported' && (prop.attribution.kind !== 'unnamed' || prop.attribution.text))
    history.reportSource = prop.attribution;
  for (const [id, role] of roles) {
    if (role !== 'agent' && role !== 'object') continue;
    const token = tokens.find((t) => t.entityId === id && t.start >= start && t.end <= end);
    const span = token
      ? { at: offset + token.start, end: offset + token.end }
      : prefix
        ? { at: prefix.start, end: prefix.end }
        : null;
    if (span && span.end > span.at) history.actors.push({ id, ...span, role });
  }
  // In text order: a pronoun in the next proposition takes the latest of them.
  history.actors.sort((a, b) => a.at - b.at);
  // Who spoke it, for a quotation that follows on its own.
  history.speakerBefore = /^(person|organization)$/.test(prop.attribution.kind)
    ? { attribution: prop.attribution, org: memberOf ?? titledOrg }
    : null;
  // (An unnamed source counts too: 该人士 after 知情人士 stays unnamed.)
  if (history.speakerBefore || prop.attribution.kind === 'unnamed')
    history.lastSpeaker = history.speakerBefore ?? { attribution: prop.attribution, org: null };
  // A titled person the gazetteer does not know, speaking: the antecedent of a later 他/她.
  const spoken = prop.attribution;
  const spokenAt = spoken.kind === 'person' && !spoken.entityId ? sentence.indexOf(spoken.text) : -1;
  if (spokenAt >= 0 && !prefix?.label && (memberOf || titledOrg))
    history.titledSpeaker = {
      attribution: spoken,
      org: memberOf ?? titledOrg,
      at: titledSpan ? titledSpan.start : offset + spokenAt,
      end: titledSpan ? titledSpan.end : offset + spokenAt + spoken.text.length,
    };
  // (A speaker who is the agent, "X董事长陈磊坦言，公司…", goes on as the subject does: the next
  // paragraph's 其 or zero subject may be X.)
  const going = agentId ?? (doerToken ? doer : null);
  if (going) {
    const token = tokens.find((t) => t.entityId === going && t.start >= start && t.end <= end);
    history.lastAgent = token
      ? { id: going, start: offset + token.start, end: offset + token.end }
      : prefix && prefix.end > prefix.start
        ? { id: going, ...prefix }
        : null;
  }
  // A metric's owner, named only in the label, goes on being who a later "也/还" is about.
  if (owner && owner.at >= 0 && agentId === owner.id)
    history.lastAgent = { id: owner.id, start: owner.at, end: owner.end };
}

/**
 * Verbs of estimating a figure ahead, in either script (预估, 預計, 预期): a frame the sentence's
 * later figures go on under.
 */
const ESTIMATE_FRAME = /[预預][估计計期测測]|财测|財測/;

const ROLE_RANK: Record<Role, number> = { agent: 0, object: 1, listed: 2, mentioned: 3 };

/** Characters a proposition says besides its names. */
const MIN_CONTENT = 5;

/** Verbs of a move of office: taking a post, leaving one, joining or leaving an organization. */
const PERSONNEL_MOVE =
  /^(离开|离职|辞职|辞任|卸任|加入|出任|接任|担任|重返|回归|履新|任职|就职|入职|供职|效力|加盟|跳槽|转投)$/;

/** Verbs of holding or trading one's own shares (持有, 持股, 减持, 增持): a holder's own act. */
const HOLDING = /^(持有|持股|减持|增持|直接持有|间接持有)$/;

/** Verbs of a deal that buys a company or a stake (folded): 收购, 并购, 买下. */
const DEAL_VERB = /^(收购|并购|买下|收购了|并购了|入股)$/;

/**
 * A definite noun phrase for a deal opening what is said (这笔交易, 这宗收购, 该交易, 此次并购):
 * the deal the article reported last.
 */
/** A definite round: 本轮, 此轮, 该轮, 这轮, 这一轮. */
const THIS_ROUND = /本轮|此轮|该轮|这一?轮/;
/**
 * A definite round of funding opening what is said, the noun phrase ending there (本轮融资由…,
 * 此轮融资资金将…, 本轮融资后): not the first word of a compound ("这轮融资热潮", a boom).
 */
const ROUND_NP =
  /^(?:本轮|此轮|该轮|这一?轮)(?:融资|投资|募资)(?=由|将|资金|所得|款项|的|主要|完成|后|中|共|总|金额|估值|投后|投前|[，,])/;

const DEAL_NP = /^(?:这笔|这宗|这项|这起|这次|此次|此项|此笔|本次|该)(?:交易|收购|并购|合并)(?:案)?(?!所|方)/;

/** Words that set a proposition's own time against the one before it: 如今, 此后, 目前. */
const OWN_TIME = /^(如今|目前|现在|此后|随后|后来|此前|之前|以前|未来|将来|今后|届时|同时|当时)$/;

/**
 * The dates of a proposition from `start` to `end` of its sentence: its own, else the last date an
 * earlier clause of the sentence states ("苹果10日发布X，并与Y合作…": the date frames both
 * coordinated clauses) unless the proposition sets its own time (如今, 此后, a time word).
 */
function datesOf(dates: DateRef[], tokens: Token[], start: number, end: number, sentence: string): DateRef[] {
  const own = dates.filter((d) => d.start >= start && d.end <= end);
  // 同期, 当时: a date that only points back shows the one it points to as well, when the
  // sentence gave it ("今年前六周苹果下滑24%，华为同期则大增64%").
  const back = own.length && own.every(pointsBack) ? dates.filter((d) => d.end <= start && d.iso === own[0]!.iso) : [];
  // "截至8月26日收盘，X今年以来累计下跌30%": a fronted cutoff is the day a running state is
  // measured to; a claim whose own dates only open a span (今年以来, 过去一年) keeps it too.
  const cutoff = dates.filter((d) => d.end <= start && d.iso && isCutoff(sentence, d)).pop();
  const spansOnly = own.every((d) => isSpanBack(d) || /^(以来|以來|来|來)/.test(sentence.slice(d.end)));
  if (own.length) return [...(cutoff && spansOnly ? [cutoff] : []), ...own, ...back.slice(-1)];
  const words = tokens.filter((t) => t.start >= start && t.end <= end);
  // (新一代, 下一代 name a generation, not a time, though jieba tags them as time words.)
  if (words.some((t) => (t.tag === 't' && !/代$/.test(t.word)) || OWN_TIME.test(t.word))) return [];
  // (The last one, resolved or not — 日前, a fiscal quarter — frames what follows; a span back or
  // ahead does not.)
  const earlier = dates.filter(
    (d) => d.end <= start && !isSpanBack(d) && !/^(未来|未來|接下来|接下來|今后|今後)/.test(d.text),
  );
  const last = earlier[earlier.length - 1];
  if (!last) return [];
  // (…with the date it points back to, when it only does: 一季度财报显示，当季…，其中… → 一季度.)
  const pointed = pointsBack(last) ? earlier.filter((d) => d !== last && d.iso && d.iso === last.iso).slice(-1) : [];
  return [...pointed, last];
}

/** Predicates about a person himself (his identity, his posts), not acts he does for his company. */
const PERSON_OWN =
  /^(是|为|系|离职|加入|出任|担任|辞职|辞去|卸任|跳槽|入职|履新|接任|接掌|离开|加盟|当选|获任|升任|转任|兼任|退休|出生|毕业)$/;

/**
 * "折叠屏市场是X的主场", "生成式AI赛道是Y的强项": a verb jieba finds at the head of a clause,
 * followed straight by two or more nouns and then the copula, is the first morpheme of a compound
 * noun (折叠/v 屏/n 市场/n) — the subject of 是, adverbs before it or not — not a predicate left without
 * its subject.
 */
function compoundSubject(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 1;
  while (k < words.length && !words[k]!.entityId && /^(n|nz|eng)$/.test(words[k]!.tag)) k++;
  if (k < 3) return false;
  // (An adverb may stand before the copula: 折叠屏市场同样是…, 也是, 仍是.)
  while (k < words.length && /^(d|ad)$/.test(words[k]!.tag)) k++;
  return /^(是|为)$/.test(words[k]?.word ?? '');
}

/** A date that is the base of a comparison, the same period a year before (较去年同期, 而上年同期). */
function comparisonBase(sentence: string, date: { start: number; end: number }): boolean {
  return /^(去年|上年|上一年|前一年|前年|上年度)?同期$/.test(sentence.slice(date.start, date.end));
}

/** Verbs that present what comes before them as evidence of the clause after them. */
const EVIDENTIAL = /^(体现|体现出|表明|说明|证明|意味着|反映|反映出|显示出|证实|印证)$/;

/** A verb after 的 (and an adverb) names an event: "Nova的快速迭代". */
function nominalized(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before?.word === '的' || (!!before && /^(d|a|ad)$/.test(before.tag) && tokens[k - 2]?.word === '的');
}

/** Adverbs that add to what was just said: 还, 也, 更是, 此外. */
const ADDITIVE = /^(还|也|更|更是|亦|又|同时|此外|另外|并|而且|甚至)$/;

/** The tokens of the sentence from `start` on. */
function sentenceTokensOf(tokens: Token[], start: number): Token[] {
  return tokens.filter((t) => t.start >= start);
}

/**
 * Whether a sentence adds to the one before: it opens with 而/此外/同时, or an additive adverb
 * comes within the first words of its predicate ("微软还在…", "其…更是…").
 */
function continuesReport(sentence: Token[], content: Token[]): boolean {
  const words = sentence.filter((t) => !isPunct(t));
  if (/^(而|此外|另外|同时|与此同时)$/.test(words[0]?.word ?? '')) return true;
  const verb = content.findIndex((t, k) => isPredicate(content, k));
  return content.slice(0, verb < 0 ? 6 : verb + 1).some((t) => ADDITIVE.test(t.word));
}

/** Verbs of announcing as a predicate: the subject is the source of what it announces. */
const ANNOUNCING = /^(宣布|宣称|预告|官宣|承认)$/;

/**
 * "X的稳定性直接关系到…", "X今年手机出货目标上看…", "在X、Y的营收中占比不到1%": a proposition
 * opening (after time words and adverbs) on a name that owns a noun phrase — 的 or a time word
 * and a common noun after it, not a person in it (X员工, X的CEO) — is about that name's thing.
 * The owners, in order; none when the opening is something else.
 */
/**
 * Names that own a noun after them (X的目标价, X总人数, X未来三年的路线图), not after a
 * counterpart preposition (对X的调查 is done to X) and not owning a person or a part of it
 * (X员工): the one sole owner, or none.
 */
/** Verbs that dispute what someone said (否认X的说法): X, whose words they are, is what it is done to. */
const DISPUTES = /否认|驳斥|反驳|否定|回击/;

/** A happening named by its own verb (签署, 辞职, 召开…), not only dated. */
function cueEvent(tokens: Token[]): boolean {
  return tokens.some((t, i) => isVerb(t) && HAPPENING.test(t.word) && !happeningAsTopic(tokens, i));
}

/** The clause's first predicate is negated ("并未在发布当天上线"): nothing took place. */
/**
 * Negators that say flatly that something is not so. Not 尚未 ("not yet") nor 暂时/暂 ("for now"),
 * which leave a report open.
 */
const FLAT_NEGATION = /^(没有|没|并未|从未|未曾|不曾|不会|不再|无意|并不|不|并无|无|绝无|不存在)$/;

/**
 * An answer whose first predicate is negated or is itself a negator (公司目前没有上市时间表, 不存在
 * 大规模裁员, 不会出售Y): said by the party a report is about, in answer to it, it contradicts the
 * report (the editors' denial, tests/claims-eval/README.md), though no word of denial is in it.
 */
function deniesFlatly(tokens: Token[]): boolean {
  const first = tokens.findIndex((t, i) => isPredicate(tokens, i) || FLAT_NEGATION.test(t.word));
  if (first < 0) return false;
  let from = first;
  while (from > 0 && !isPunct(tokens[from - 1]!)) from--;
  const before = tokens.slice(from, first + 1).map((t) => t.word);
  return !before.some((w) => /^(尚未|暂时|暂|还未|仍未)$/.test(w)) && before.some((w) => FLAT_NEGATION.test(w));
}

/**
 * Verbs of insisting (强调, 重申, 坚称) and a statement issued (发表声明, 在声明中指): how a party
 * rebuts what it is accused of even when the article told no rumour first (an authority's list, a
 * regulator's finding).
 */
const INSISTS = /强调|重申|坚称|声明/;

/** Negators of a whole record or status (并非, 从未, 从来没有, 绝无): "never", "is not" — not "not yet". */
const FIRM_NEGATION =
  /^(并非|绝非|从未|未曾|不曾|从来没有|从来不曾|从来没|从没有|从没|从来不|绝无|绝不|并未|并没有|并无)$/;

/**
 * "X发表声明，强调公司并非军事企业", "Y在声明中指，公司从未从事相关业务": a party insisting, or in a
 * statement, that the first predicate of its words never was or is not so contradicts what it is
 * accused of: a denial (tests/claims-eval/README.md), whether or not the article told the accusation.
 * Not a contrast, "并非X，而是Y" (an explanation), nor a silence (并未回应).
 */
function rebutsFlatly(before: string, tokens: Token[], text: string, attribution: Attribution): boolean {
  if (/而是|而系/.test(text) || SILENCE.test(text)) return false;
  // (The verb may open the words' own clause: "X发表声明，强调公司并非…".)
  const first = tokens.findIndex(
    (t, i) => FIRM_NEGATION.test(t.word) || (isPredicate(tokens, i) && !INSISTS.test(t.word)),
  );
  if (first < 0 || !FIRM_NEGATION.test(tokens[first]!.word)) return false;
  // (Only the clause that frames the words: the last one before them, or their own lead.)
  const frame =
    before
      .split(/[。；;！!？?]/)
      .pop()!
      .split(/[，,]/)
      .slice(-2)
      .join('') +
    tokens
      .slice(0, first)
      .map((t) => t.word)
      .join('');
  // (The writer's own 强调 is no party's: "值得强调的是".)
  if (!INSISTS.test(frame) || /值得/.test(frame)) return false;
  return attribution.kind !== 'article' || /声明/.test(frame);
}

/** Drops a trailing comma or colon left by clause splitting; keeps sentence-final punctuation. */
export function trimClause(text: string): string {
  return text.replace(/[,，:：、；;\s]+$/, '');
}

/** Whether a clause with no subject opens on a passive marker: "随后被…", "又遭到…", "但被…". */
function opensPassive(tokens: Token[]): boolean {
  let k = 0;
  while (tokens[k] && (isPunct(tokens[k]!) || /^(d|t|c|ad)$/.test(tokens[k]!.tag)) && !tokens[k]!.entityId) k++;
  return /^(被|遭|遭到|遭受)$/.test(tokens[k]?.word ?? '');
}
