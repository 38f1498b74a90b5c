/**
 * Claim extraction: whole propositions the corpus states about entities. Works on a paragraph,
 * sentence by sentence, clause by clause, on jieba's words and part-of-speech tags:
 *
 * - A clause is a qualifier (when: "去年11月", "Sora发布不久"; where or as what: "在…背后",
 *   "作为…之一"; who says so: "据知情人士透露", "X表示", "有消息称"), a topic (a name and no
 *   verb: "智谱，"), or content (a predicate verb or a figure). Qualifiers and a topic are kept
 *   with the proposition that follows them; content clauses with no subject of their own
 *   continue the open proposition (zero anaphora).
 * - The subject is the name (or pronoun) before the clause's first predicate verb that is not
 *   inside a prepositional phrase, a possessive or a type ("类Sora", "国产Sora"). Names after a
 *   counterpart preposition (对/向/与…) or after the verb are objects; three or more names in an
 *   enumeration (、/和/以及…等) are listed; the rest are mentioned.
 * - Names in a relative clause before the head noun act in it ("X搭建的Y", "由X…的Y": X agent,
 *   Y object); "包括X在内的", "以X为例", "其背后是X" name the subject; names in a purpose phrase
 *   (为了, 用于), a means phrase (借助), a range (从X到Y), a denied complement (不是X而是Y) or
 *   before a head noun for their people or rank (政策制定者, 榜首) are only mentioned; 被X,
 *   遭到X的否认, 获得X的投资 make X the doer; after a verb of evidence (体现出, 说明) the clause it
 *   introduces has the actor.
 * - A pronoun or zero subject (其, 他, 该公司, 这家大厂) takes the latest entity of a fitting type
 *   in the paragraph that acted (agent or object); 它/他 go on with the last subject; a
 *   demonstrative noun phrase opening a sentence (这家企业数据服务商, 该初创公司) takes the topic
 *   of the sentences before (the subject of the last one's first proposition; for an investor,
 *   the company it invests in) when its type fits; when none
 *   fits, the proposition is dropped (unless the sentence describes the person: 一位…高管…他).
 *   A bare 团队/公司 or a pronoun speaking is resolved the same way; so is a speaker after a
 *   closing quote ("“…”X说") or before a colon ("X：…").
 * - A short paragraph without closing punctuation is a heading and states nothing.
 * - Kind, modality and attribution come from the closed-class words in cues.ts.
 * - A proposition needs a predicate, an entity with a real role, and a kind; else it is dropped.
 */
import type {
  Antecedent,
  Attribution,
  ClaimDraft,
  Clause,
  EntitySubject,
  ExtractContext,
  History,
  Investors,
  ParagraphCarry,
  SentenceMention,
  Subject,
} from './types';
import type { ClaimKind, Modality, Role } from './vocabulary';
import { type DateRef, type Figure, findDates, findFigures, isCutoff, isSpanBack, pointsBack } from './quantities';
import { ProductMakers } from './product-maker';
import { ArticlePeople, LEADING_TITLE } from './speakers';
import { ShortForms } from './short-forms';
import { defaultSegmenter, isPunct, type Segmenter, type Token } from './segment';
import {
  claimClauses,
  claimSentences,
  insideLongerQuote,
  LEADING_SPEAKER,
  QUOTATION_ONLY,
  QUOTED_SENTENCE,
  quotedAt,
  TRAILING_SPEAKER,
} from './quotes';
import {
  INVESTEE_TYPES,
  INVESTOR_VERB,
  investorClause,
  investorsNamedFor,
  unnamedGiver,
  unsaidInvestee,
} from './investors';
import {
  actedBefore,
  BARE_NOUN,
  CLEFT_COPULA,
  cleftFocus,
  COLLECTIVE,
  COMITATIVE,
  EXISTENTIAL,
  findSubject,
  firstEntity,
  governed,
  isTyped,
  JOINT_VERB,
  leadingUnknownName,
  NEGATED_COPULA,
  ORGANIZATION_TYPES,
  PAIR,
  PLURAL_NP,
  RANK_AND_FILE,
  RELATION_NOUN,
  selfNamed,
  startsAsContinuation,
} from './subject';
import {
  CONSTRUAL,
  construed,
  isCopula,
  isPredicate,
  isVerb,
  laterPredicate,
  LIST_JOINERS,
  negatedAt,
  NEGATION,
  opensRelative,
  TITLE_JOINER,
} from './words';
import type { Sentence } from '../text/sentences';
import {
  announcesReport,
  launchDetailLead,
  lineMetricLead,
  metricLead,
  type MetricLead,
  metricOwner,
} from './topic-chain';
import {
  ATTRIBUTION_LEAD,
  AUTHOR_VOICE,
  COMMENTATOR,
  CONTINUATION,
  DATA_SOURCE,
  DEGREE_ADVERB,
  DENIED_CHARACTERIZATION,
  DOCUMENT_SOURCE,
  EVALUATIVE_WORD,
  FORECAST_VERB,
  FORECAST_WORDS,
  GRADED_RECEPTION,
  GUIDANCE,
  INFORMED_SOURCE,
  INLINE_HEDGE,
  INTENT_VERB,
  KIND_CUES,
  MEMBER_NOUN,
  NEUTRAL_SPEECH_VERB,
  OPINION_VERB,
  OPINION_WORDS,
  PLAYS_DOWN,
  PRONOUN,
  pronounTypes,
  RESPONSE_VERB,
  SCENE_START,
  SPEECH_VERB,
  TEMPORAL_END,
  TEMPORAL_START,
  UNNAMED_SOURCE,
  WRITER,
} from './cues';
import {
  aboutFrame,
  BRING_OUT,
  clauseRoles,
  comparesWith,
  CONCESSIVE,
  continuesList,
  continuesTopicList,
  counterpartPronouns,
  EXAMPLE_LEAD,
  FRAME_OPENER,
  launchedBy,
  listMembers,
  madeByTopic,
  ownersOfPatient,
  passiveFrame,
  ratioOf,
  topicOwners,
  undergoerMarker,
} from './roles';
import {
  COMPARING,
  listedModifier,
  modifiesNoun,
  modifiesNounAfterDe,
  relativeAfter,
  TIME_LOCALIZER,
} from './modifiers';
import { isoStart } from '../text/dates';

export type { ClaimKind, Modality, Role } from './vocabulary';
export type { Attribution, SentenceMention, ClaimDraft, ExtractContext, ParagraphCarry } from './types';

const ARTICLE: Attribution = { kind: 'article', text: '' };

const ROLE_RANK: Record<Role, number> = { agent: 0, object: 1, listed: 2, mentioned: 3 };

const FIGURE_KINDS = new Set<Figure['kind']>(['money', 'quantity', 'percent']);

/** Units of a length of time: a clause of one alone (不到半年，) says when, as a date does. */
const DURATION_UNITS = new Set<Figure['unit']>(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

const CONTRAST = /^(只是|但|但是|然而|不过|可是|而|却)/;

/** Characters a proposition says besides its names. */
const MIN_CONTENT = 5;

/** Conjunctions that open a condition: 若 X，Y 将…; 一旦 X，就…. (若干 is "some".) */
const CONDITIONAL = /^(但|而|不过|可是)?(如果|假如|假若|假使|倘若|若是|若(?!干)|要是|一旦|万一|如若|只要)/;

/**
 * A condition opening its sentence (or the words of a speaker: "X认为，若…，"), with the main clause
 * after it. (After a proposition of its own, "…，一旦X，Y将…" starts the next claim instead.)
 */
function conditionalLead(bodyText: string, sentence: string, start: number, end: number): boolean {
  if (!CONDITIONAL.test(bodyText) || !/[^\s，,。；;！？!?”」』]/.test(sentence.slice(end))) return false;
  const before = sentence.slice(0, start).replace(/[\s，,：:]+$/, '');
  return !before || /(表示|认为|指出|称|说|透露|预计|分析|看来|坦言|强调)$/.test(before);
}

/** A concession anywhere in a clause ("名次固然会被刷新"), answered by the 但 after it. */
const CONCEDES = /固然|虽然|尽管|诚然/;

/** Claims of one sentence (offsets within the sentence). */
export function extractClaims(
  sentence: string,
  folded: string,
  mentions: readonly SentenceMention[],
  context: ExtractContext,
): ClaimDraft[] {
  return extractParagraph(sentence, folded, mentions, context);
}

/** Claims of one paragraph, in order (offsets within the paragraph). */
export function extractParagraph(
  paragraph: string,
  foldedText: string,
  mentions: readonly SentenceMention[],
  context: ExtractContext,
): ClaimDraft[] {
  // Taiwan writes 計畫 and 規畫 for 计划 and 规划; folding keeps their 画, so the cues (计划, 没有…计划)
  // see them only written the mainland way (same length: offsets hold).
  const folded = foldedText.replace(/计画/g, '计划').replace(/规画/g, '规划');
  const carry = context.carry;
  // A heading opens a new section: what the text was about no longer carries.
  if (isHeading(paragraph) && carry) carry.topic = null;
  // A product the article named before stands for its maker (product-maker.ts).
  const products = carry ? (carry.products ??= new ProductMakers()) : new ProductMakers();
  // A speaker introduced earlier (周明, 他) may speak for their organization in a paragraph naming no one.
  const people = carry ? (carry.people ??= new ArticlePeople()) : new ArticlePeople();
  // A class noun standing for a name used before: 论坛 for 前沿模型论坛 (short-forms.ts).
  const shortForms = carry ? (carry.shortForms ??= new ShortForms()) : new ShortForms();
  shortForms.learn(folded, mentions, context.typeOf);
  if (
    (mentions.length === 0 && !carry?.topic && !carry?.deal && !products.known && !people.known && !shortForms.known) ||
    (isHeading(paragraph) && !isItemHeadline(paragraph))
  )
    return [];
  const segmenter = context.segmenter ?? defaultSegmenter();
  const history: History = {
    actors: [],
    unknownPersons: [],
    lastAgent: null,
    text: paragraph,
    topics: [],
    claims: [],
    before: carry?.topic ?? null,
    reportSource: carry?.report ?? null,
    rumoured: carry?.rumoured ?? null,
    people,
    makesProduct: (id) => products.makes(id),
    launchers: carry ? (carry.launchers ??= new Set()) : new Set(),
    deals: carry ?? {},
  };
  const out: ClaimDraft[] = [];
  const rumouredBefore = history.rumoured;
  const sentences = claimSentences(paragraph, folded);
  for (const [n, s] of sentences.entries()) {
    // "“…。”X表示，…。": a quotation on its own is said by the speaker who opens the next sentence.
    const speakerAfter = QUOTATION_ONLY.test(folded.slice(s.start, s.end).trim())
      ? openingSpeaker(sentences[n + 1], paragraph, folded, mentions, segmenter, context, people)
      : null;
    if (speakerAfter) history.speakerBefore = speakerAfter;
    const inSentence = mentions
      .filter((m) => m.start >= s.start && m.end <= s.end)
      .map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
    const words = segmenter.tokens(folded.slice(s.start, s.end), inSentence);
    const named = shortForms.resolve(context.typeOf ? products.standIn(words, s.text, context.typeOf) : words);
    const tokens = jointVerbs(splitComparatives(dropGlosses(named)));
    people.read(folded.slice(s.start, s.end), tokens, context.typeOf);
    const sentenceClaims = sentenceClaimsOf(
      s.text,
      folded.slice(s.start, s.end),
      tokens,
      s.start,
      paragraph,
      context,
      history,
    );
    const previous = out[out.length - 1];
    const backers = sentenceOfInvestors(s.text, folded.slice(s.start, s.end), tokens);
    if (backers && previous?.kind === 'funding' && /^[\s。]*$/.test(paragraph.slice(previous.end, s.start)))
      joinInvestors(previous, backers, paragraph, s.start + trimClause(s.text).length);
    else out.push(...sentenceClaims);
    for (const t of tokens) if (t.tag === 'nr') history.unknownPersons.push(s.start + t.start);
    people.endSentence();
  }
  const rumouredHere = out.some((c) => c.modality === 'reported') || history.rumoured !== rumouredBefore;
  if (carry) {
    carry.topic = paragraphTopic(history, mentions.length > 0);
    carry.report = history.reportSource;
    // (Only into the next paragraph: an answer follows its report closely.)
    carry.rumoured = rumouredHere ? history.rumoured : null;
  }
  return out;
}

/**
 * What a paragraph ends up being about, for the next one: its last topic that is a known name
 * (or the last agent); a paragraph naming nobody keeps the one before, and one naming others but
 * with no topic ends it.
 */
function paragraphTopic(history: History, named: boolean): ParagraphCarry['topic'] {
  // (A plural topic, A与B…, hands on the singular one before it: "…。该公司" in the next paragraph.)
  const topics = history.topics.filter((t) => !t.plural);
  const last = topics[topics.length - 1];
  if (last?.id && last.end > last.at) return { id: last.id, name: history.text.slice(last.at, last.end) };
  if (history.topics.length > topics.length) return null;
  const agent = history.lastAgent;
  if (agent && agent.end > agent.start) return { id: agent.id, name: history.text.slice(agent.start, agent.end) };
  return named ? null : history.before;
}

/** "Y领投，Z跟投。": a sentence whose every clause is an investor clause; its investors, or null. */
function sentenceOfInvestors(sentence: string, folded: string, tokens: Token[]): Investors[] | null {
  const found: Investors[] = [];
  for (const c of claimClauses(sentence, folded)) {
    const investors = investorClause(tokens.filter((t) => t.start >= c.start && t.end <= c.end));
    if (!investors) return null;
    found.push(investors);
  }
  return found.length ? found : null;
}

/**
 * "X完成B轮融资。Y领投，Z跟投。": the sentence of investors completes the funding claim before
 * it, which then reads to its end; with investors acting, the company raising is its object.
 */
function joinInvestors(claim: ClaimDraft, investors: Investors[], paragraph: string, end: number): void {
  claim.text += paragraph.slice(claim.end, end);
  claim.end = end;
  const investorIn = claim.entities.some((e) => e.role === 'object');
  // Named investors, acting or listed, put money into the company raising: it is the object.
  const acting = investors.some((i) => i.ids.length > 0);
  for (const e of claim.entities) if (acting && !investorIn && e.role === 'agent') e.role = 'object';
  for (const { ids, role } of investors)
    for (const id of ids) {
      const had = claim.entities.find((e) => e.id === id);
      if (had) had.role = role;
      else claim.entities.push({ id, role });
    }
}

/**
 * A short paragraph that ends without a sentence's closing punctuation is a section heading
 * ("Sora出世，国内一片寂静"): a slogan that states no whole fact.
 */
/**
 * A digest item's 【headline】 on a line of its own ("【X完成2亿元B轮融资】"): it opens a new item,
 * so the topic before does not carry into it, but unlike a section heading it states the item's
 * fact in a clause of its own, and editors extract it (a label with no fact, 【观察】, yields
 * nothing: it has no name and no predicate). Cards do not show it alone (readable.ts).
 */
function isItemHeadline(paragraph: string): boolean {
  return /^【[^【】]+】$/.test(paragraph.trim());
}

function isHeading(paragraph: string): boolean {
  // A closing quote or bracket may end a heading too ("Sora出世“一片寂静”"): look before it.
  const text = paragraph.trim().replace(/[”」』）)"']+$/, '');
  return text.length <= 30 && !/[。！？!?…；;.]$/.test(text);
}

/**
 * "火山引擎(字节云)", "世界移动通信大会(MWC)": a short parenthesis right after a name glosses it;
 * the sentence reads on without it, so its words neither join a list nor end a subject.
 */
function dropGlosses(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out.push(t);
    if (!t.entityId || !/^[(（]$/.test(tokens[i + 1]?.word ?? '')) continue;
    let close = i + 2;
    while (close < tokens.length && close - i <= 6 && !/^[)），,。；;]$/.test(tokens[close]!.word)) close++;
    if (/^[)）]$/.test(tokens[close]?.word ?? '')) i = close;
  }
  return out;
}

/**
 * "与X合作", "和X竞争": after 与 and the name it introduces, a verb of joint action is the
 * predicate, though jieba tags it a verbal noun (合作/vn) as it would in "X的合作".
 */
function jointVerbs(tokens: Token[]): Token[] {
  // (A name the gazetteer lacks counts too: "对Apple Pay立案".)
  const named = (x: Token | undefined) => !!x && (!!x.entityId || x.tag === 'eng' || !x.word.trim());
  return tokens.map((t, i) => {
    if (t.entityId || !named(tokens[i - 1])) return t;
    if (
      t.tag === 'vn' &&
      JOINT_VERB.test(t.word) &&
      tokens[i - 1]!.entityId &&
      COMITATIVE.test(tokens[i - 2]?.word ?? '')
    )
      return { ...t, tag: 'v' };
    // "…，与A、B正面交锋。", "同日还对X立案。": a noun ending the clause right after 与 (对, 向)
    // and its names is the predicate.
    let k = i - 1;
    while (k > 0 && (named(tokens[k]) || LIST_JOINERS.test(tokens[k]!.word)) && !COMITATIVE.test(tokens[k]!.word)) k--;
    const ends = !tokens[i + 1] || isPunct(tokens[i + 1]!);
    const opener = tokens[k]?.word ?? '';
    const after = /^(对|向)$/.test(opener) || COMITATIVE.test(opener);
    return /^(n|vn|l)$/.test(t.tag) && ends && after && t.word.length >= 2 ? { ...t, tag: 'v' } : t;
  });
}

/**
 * "Nova的价格比Orion低": jieba reads a noun and the 比 after it as one word (价格比, a ratio);
 * before a name, 比 is the preposition of a comparison, so the word is cut before it.
 */
function splitComparatives(tokens: Token[]): Token[] {
  return tokens.flatMap((t, i) => {
    if (t.entityId || t.word.length < 2 || !t.word.endsWith('比') || !tokens[i + 1]?.entityId) return [t];
    return [
      { word: t.word.slice(0, -1), tag: 'n', start: t.start, end: t.end - 1 },
      { word: '比', tag: 'p', start: t.end - 1, end: t.end },
    ];
  });
}

/**
 * The speaker who opens a sentence ("X表示，…", "X在声明中称："), with the organization they speak
 * for (named with their title, or introduced before: speakers.ts), or null.
 */
function openingSpeaker(
  sentence: Sentence | undefined,
  paragraph: string,
  folded: string,
  mentions: readonly SentenceMention[],
  segmenter: Segmenter,
  context: ExtractContext,
  people: ArticlePeople,
): NonNullable<History['speakerBefore']> | null {
  if (!sentence) return null;
  const lead = LEADING_SPEAKER.exec(folded.slice(sentence.start, sentence.end))?.[0];
  if (!lead) return null;
  const end = sentence.start + lead.length;
  const inClause = mentions
    .filter((m) => m.start >= sentence.start && m.end <= end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
  const tokens = segmenter.tokens(folded.slice(sentence.start, end), inClause);
  const clause = classify(0, lead.length, paragraph.slice(sentence.start, end), tokens, [], context);
  const attribution = clause.type === 'attribution' ? clause.attribution : undefined;
  if (!attribution || !/^(person|organization)$/.test(attribution.kind)) return null;
  const titledBy = tokens.find((t) => t.entityId && t.start === 0 && !attribution.entityId)?.entityId;
  const org = attribution.kind === 'person' && !attribution.entityId ? (titledBy ?? people.orgOf(lead)) : undefined;
  return { attribution, org: org ?? null };
}

function sentenceClaimsOf(
  sentence: string,
  folded: string,
  tokens: Token[],
  offset: number,
  paragraph: string,
  context: ExtractContext,
  history: History,
): ClaimDraft[] {
  // What the sentence before stated, for a metric this one opens on; a sentence stating nothing
  // (a question, a generic subject) breaks the chain for the next.
  const chainBefore = history.chain ?? null;
  // "他表示，…。“我们会继续扩产。”": a sentence that is only a quotation, right after a speaker's
  // claim, goes on quoting that speaker.
  const quotedBy = QUOTATION_ONLY.test(folded.trim()) ? (history.speakerBefore ?? null) : null;
  history.speakerBefore = null;
  history.chain = null;
  // A question or an exclamation in the writer's voice is rhetoric, not a claim.
  if (/[？?]["”」』]?$/.test(sentence)) return [];
  // A sentence with no name can still continue one through a pronoun ("该社区…") or a deal noun.
  if (
    !tokens.some((t) => t.entityId) &&
    !history.actors.length &&
    !history.before &&
    !history.people.known &&
    !history.deals.deal &&
    !quotedBy
  )
    return [];
  const figures = findFigures(sentence);
  // The paragraph so far anchors 当天, 次日 and 一周后.
  const dates = findDates(sentence, context.articleDate, paragraph.slice(0, offset), context.earlierDates);
  // Every name is an antecedent for a pronoun after it, in this sentence or later ones.
  for (const t of tokens)
    if (t.entityId)
      history.actors.push({ id: t.entityId, at: offset + t.start, end: offset + t.end, role: 'mentioned' });
  history.actors.sort((a, b) => a.at - b.at);
  const clauses = claimClauses(sentence, folded).map((c) => classify(c.start, c.end, sentence, tokens, dates, context));
  answersRumour(clauses, folded, history.rumoured);

  interface Prop {
    clauses: number[];
    content: number[];
    subject: Subject | null;
    extraAgents: string[];
    attribution: Attribution;
    opinion: boolean;
    forecast: boolean;
    hasScene: boolean;
    /** Clauses that only continue an enumeration ("…，系统负责人C，以及D"). */
    tail: number[];
    /** A subject enumerated over several clauses ("A、B、C，以及D，都…"): its members are listed. */
    listedSubject: string[];
    /** The subject of the proposition before, which this one goes on about (zero anaphora). */
    carried?: EntitySubject | null;
    /** Investors named joined it ("…，Y领投", "A、B、C等参投"): the round's company is the object. */
    backed?: boolean;
    /** The investor clauses joined to it, whose names take the role their number gives them. */
    investors: Investors[];
    /** Its subject is also who says it ("X发布内部信，称…"). */
    subjectSpeaks: boolean;
    /** It opens with a speech verb and a subject of its own ("…，称Y…"): who spoke before says it. */
    previousSpeaks?: boolean;
    /** It answers a report (X回应称，…): its clauses are one answer, a denial if they play it down. */
    responds: boolean;
    /** It opens on a metric with its owner left out ("…；毛利率升至41%"): the topic owns it. */
    metric?: MetricLead | null;
  }
  const props: Prop[] = [];
  let pending: number[] = [];
  let topic: Subject | null = null;
  let topicList = false;
  let timeSubject: Subject | null = null;
  let attribution: Attribution | null = null;
  let opinion = false;
  let forecast = false;
  let responding = false;
  /** Where the second half of an interrupted quotation ends ("“A，”X说，“B。”"): its clauses join the first. */
  let resumedQuote = 0;
  let current: Prop | null = null;
  const close = () => {
    if (current) props.push(current);
    current = null;
  };
  /** The subject of the last proposition of this sentence, when it is a name. */
  const lastSubject = (): EntitySubject | null => {
    const last = current ?? props[props.length - 1];
    const found = last?.subject ?? last?.carried ?? null;
    return found?.kind === 'entity' ? found : null;
  };
  const afterSemicolon = (i: number) =>
    i > 0 &&
    clauses.slice(0, i).some((c) => /[；;]\s*$/.test(sentence.slice(c.start, c.end))) &&
    /[；;]\s*$/.test(sentence.slice(0, clauses[i - pending.length - 1]?.end ?? 0));

  /** An answer that plays a report down, or a speaker denying what something was called. */
  const deniesIn = (c: Clause) => {
    const said = folded.slice(c.tokens[c.from]?.start ?? c.start, c.end);
    return (responding && PLAYS_DOWN.test(said)) || (!!attribution && DENIED_CHARACTERIZATION.test(said));
  };
  clauses.forEach((clause, i) => {
    const text = folded.slice(clause.start, clause.end);
    // "X回应称，这只是一次常规测试。": the answer is what is claimed, though it has no verb.
    if (clause.type !== 'content' && !clause.attribution && deniesIn(clause)) clause.type = 'content';
    // "X认为，A固然…，但B": the 但 of a concession (固然, 虽然, 尽管) goes on with the same
    // argument, under the same source; any other 但 turns away from it.
    const conceded = clauses.slice(0, i).some((c) => CONCEDES.test(folded.slice(c.start, c.end)));
    if (CONTRAST.test(text) && !conceded) {
      // "只是，…" turns away from what was reported: its hedge no longer applies.
      attribution = null;
      opinion = forecast = responding = false;
    }
    if (RESPONSE.test(text)) {
      // "…，对此X未予确认": a response to what was reported is not part of the report.
      attribution = null;
      opinion = forecast = responding = false;
    }
    // "这是X第二次获得注资", "这是发布以来的又一次升级": a plain 是 that counts or dates what was
    // reported (an ordinal, 首次, 又一次, …以来, …后) places it; it does not judge it.
    const places = /^(这|此举)是/.test(text) && ORDINAL_OR_SINCE.test(folded.slice(clause.start));
    // ("X则称，这是…": right after a speaker's verb, the demonstrative is what the speaker says.)
    const spoken = i > 0 && pending.includes(i - 1) && clauses[i - 1]!.type === 'attribution';
    if (CHARACTERIZES.test(text) && !places) {
      // "…，这是X的一次布局": the writer sums up what was just reported, in their own voice.
      if (!spoken) attribution = null;
      opinion = true;
      forecast = responding = false;
    }
    if (
      current &&
      pending.length === 0 &&
      continuesList(clause, clauses[current.clauses[current.clauses.length - 1]!]!)
    ) {
      current.clauses.push(i);
      current.content.push(i);
      current.tail.push(i);
      return;
    }
    if (clause.type === 'aside' && clause.introduces && !current) {
      // The name it introduces is the antecedent a pronoun in the next clause points to.
      const named = findSubject(clause.tokens) ?? firstEntity(clause.tokens);
      if (named?.kind === 'entity')
        history.actors.push({ id: named.ids[0]!, at: offset + named.start, end: offset + named.end, role: 'agent' });
      history.actors.sort((a, b) => a.at - b.at);
      return;
    }
    if (clause.type === 'aside') {
      // A comment after a proposition stays in its text; a leading one is not part of the next.
      if (current && pending.length === 0) current.clauses.push(i);
      return;
    }
    // "“A，”X说，“B。”": the second half of an interrupted quotation goes on with the first.
    if (resumedQuote && current && clause.start < resumedQuote) {
      current.clauses.push(i);
      if (clause.type === 'content') current.content.push(i);
      return;
    }
    if (clause.type !== 'content') {
      // "“A，”X说，“B。”": a speaker between two halves of one quotation is the source of both,
      // and the two halves are one claim.
      const between =
        /[”」』][，,]?$/.test(sentence.slice(0, clause.start)) && /^[“「『]/.test(sentence.slice(clause.end));
      if (between && current && pending.length === 0 && clause.type === 'attribution' && clause.attribution) {
        current.attribution = clause.attribution;
        current.opinion ||= !!clause.opinion;
        current.forecast ||= !!clause.forecast;
        current.clauses.push(i);
        const open = sentence.slice(clause.end);
        const closing = open.search(/[”」』]/);
        resumedQuote = clause.end + (closing >= 0 ? closing + 1 : open.length);
        return;
      }
      if (current && clause.type !== 'topic' && pending.length === 0 && i === clauses.length - 1) {
        // "“…”张明远说。", "…，知情人士称。", "…，X在一份声明中表示。": a trailing speaker is the
        // source of the proposition (or quote) it follows.
        const trailing =
          /[”」』][，,]?$/.test(sentence.slice(0, clause.start)) ||
          TRAILING_SPEAKER.test(folded.slice(clause.start, clause.end));
        if (clause.type === 'attribution' && clause.attribution && trailing) {
          current.attribution = clause.attribution;
          current.opinion ||= !!clause.opinion;
          current.forecast ||= !!clause.forecast;
          // "A已停止X，并解散了团队，知情人士称。": a speaker after the sentence is the source of
          // all of it, not only of the clause it follows; an earlier proposition that had no source
          // of its own (the article's voice) is theirs too.
          // (Not past a ；: "A；B，X称。" — clauses set apart by a semicolon are claims of their own, and
          // the source after B is B's.)
          const beforeSemicolon = (p: Prop) =>
            /[；;]/.test(sentence.slice(clauses[p.clauses[p.clauses.length - 1]!]!.start, clause.start));
          for (const p of props)
            if (p.attribution.kind === 'article' && !p.opinion && !beforeSemicolon(p))
              p.attribution = clause.attribution;
        }
        // A trailing qualifier ("…，在全球爆火后。") stays with the proposition it ends.
        current.clauses.push(i);
        return;
      }
      // (A nameless topic frame, 忠诚度方面, under a source's frame may go on with what it says: see
      // framedBySource below.)
      const sourceGoesOn =
        clause.type === 'scene' &&
        !clause.tokens.some((t) => t.entityId) &&
        !!current &&
        current.attribution.kind !== 'article';
      if (!sourceGoesOn) close();
      pending.push(i);
      if (clause.attribution) {
        attribution = clause.attribution;
        responding = !!clause.responds;
      }
      if (clause.opinion) opinion = true;
      if (clause.forecast) forecast = true;
      const before = clauses[i - 1];
      if (
        clause.type === 'topic' &&
        topic?.kind === 'entity' &&
        before?.type === 'topic' &&
        continuesTopicList(clause)
      ) {
        // "A、B、C，以及D，都…": a list of subjects split by commas is one subject.
        const more = clause.tokens.filter((t) => t.entityId).map((t) => t.entityId!);
        topic = { ...topic, ids: [...new Set([...topic.ids, ...more])] };
        topicList = true;
      } else if (clause.type === 'topic')
        // ("竞争对手早已向X量产供货": a name a preposition governs is never the topic.)
        topic = findSubject(clause.tokens) ?? firstEntity(clause.tokens, (k) => !governed(clause.tokens, k));
      if (clause.example) {
        topic = firstEntity(clause.tokens);
        if (topic?.kind === 'entity')
          history.actors.push({ id: topic.ids[0]!, at: offset + topic.start, end: offset + topic.end, role: 'agent' });
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
          topic = { kind: 'entity', ids, start: words[k]!.start, end: last.end };
        }
        // "即使X全力投入，也…": a concession with its own subject shares it with the main clause.
        else topic = findSubject(clause.tokens.slice(clause.from).filter((t) => !CONCESSIVE.test(t.word)));
      }
      // "Qwen2发布后，已然登顶…": the subject of a when-clause carries to a clause without one.
      if (clause.type === 'time')
        timeSubject = findSubject(
          clause.tokens.slice(clause.from).filter((t) => !/^(在|自|从|自从|随着|当)$/.test(t.word)),
        );
      return;
    }
    // A subject's own "…，称…" covers only its proposition (below), not the ones after it.
    if (clause.attribution && !clause.subjectSpeaks) {
      attribution = clause.attribution;
      responding = !!clause.responds;
    }
    if (clause.opinion && !clause.subjectSpeaks) opinion = true;
    if (clause.forecast) forecast = true;
    const subject =
      findSubject(clause.tokens.slice(clause.from)) ??
      (!topic && timeSubject?.kind === 'entity' && startsWithPredicate(clause.tokens.slice(clause.from))
        ? timeSubject
        : null);
    const open = current;
    // "X完成B轮融资，Y领投，Z跟投": a clause naming only an investor's part is the round's, not a claim.
    const backers = investorClause(clause.tokens.slice(clause.from));
    if (open && backers && pending.length === 0) {
      open.investors.push(backers);
      // Named investors, acting or listed, put money into the company: it is the round's object.
      open.backed = true;
      open.clauses.push(i);
      open.content.push(i);
      return;
    }
    if (
      open &&
      subject?.kind === 'pronoun' &&
      PLURAL_PRONOUN.test(subject.word) &&
      pending.length === 0 &&
      endsOnNames(clauses[open.content[open.content.length - 1]!]!)
    ) {
      // "还有A、B、C等公司，它们被并称为…": the plural picks up the names the clause before ended
      // on, and says what the proposition introducing them is about.
      open.clauses.push(i);
      open.content.push(i);
      return;
    }
    // "X回应称，这只是一次测试，Y并没有收费计划": an answer's clauses are one answer, whatever
    // their subjects; the answer is the claim, whoever it speaks of.
    if (open && deniesIn(clauses[open.content[0]!]!) && subject && pending.length === 0 && !clause.attribution) {
      if (subject.kind === 'entity') open.extraAgents.push(...subject.ids);
      open.clauses.push(i);
      open.content.push(i);
      return;
    }
    if (open && subject && pending.length === 0 && takesClause(clauses[open.content[open.content.length - 1]!]!)) {
      // "X昨日宣布，公司将开源Y": the clause is what the verb before it announces; its subject is
      // the proposition's, and X only announced it.
      open.subject = subject;
      open.clauses.push(i);
      open.content.push(i);
      return;
    }
    if (open && subject && pending.length === 0) {
      // "…，阿里为其中的核心领投方": a clause that points back (其中) joins the proposition.
      if (subject.kind === 'entity' && /其中/.test(text.slice(subject.end - clause.start))) {
        // (Three or more names, "A、B、C都参与其中", are listed, as anywhere else.)
        const listed = new Set([...listMembers(clause.tokens)].map((t) => t.entityId));
        open.extraAgents.push(...subject.ids.filter((id) => !listed.has(id)));
        // (In a round, those named in it put money in: the company raising is the object.)
        open.backed = true;
        open.clauses.push(i);
        open.content.push(i);
        return;
      }
    }
    // "X…；2021年再度追加投资", "X…，但增长已明显放缓": after a semicolon, or turning with 但/却
    // from a whole proposition of the article's own, a clause with no subject of its own is a
    // new proposition about the same subject.
    const body = clause.tokens.slice(clause.from);
    const turns =
      !!open &&
      !subject &&
      open.subject?.kind === 'entity' &&
      open.attribution.kind === 'article' &&
      !open.clauses.some((c) => clauses[c]!.concessive) &&
      (/[；;]\s*$/.test(sentence.slice(0, clauses[i - 1]?.end ?? 0)) || turnsAway(body)) &&
      startsWithPredicate(body.filter((t) => !TURN.test(t.word) && t.tag !== 't' && t.tag !== 'm'));
    // "X成立研究院，并于次年宣布Y", "X将赔偿客户，并尽快公布报告": a subject-less clause opened by
    // a coordinator of predicates (并, 并且, 同时, 随后, 此后) states a second act or state of the
    // same subject, with its own verb: a proposition of its own. (As for a turn, only in the
    // article's own voice; not after a clausal verb, whose object it may continue, nor under a
    // concession or an answer.)
    const coordinated =
      !!open &&
      !subject &&
      !turns &&
      !!open.subject &&
      open.attribution.kind === 'article' &&
      !open.responds &&
      !open.clauses.some((c) => clauses[c]!.concessive) &&
      !takesClause(clauses[open.content[open.content.length - 1]!]!) &&
      // "X发布财报，同时宣布Y": publishing a report only frames the news it comes with.
      !(open.content.length === 1 && announcesReport(folded.slice(clauses[open.clauses[0]!]!.start, clause.start))) &&
      coordinatesPredicate(body);
    // "…，张勇则彻底离开阿里云": a clause led by a name the gazetteer lacks has a subject of its own.
    // "…，此举引发…": a clause about the act just stated is a proposition of its own.
    // ("…，但美国财政部将其列入清单": a turn or a connective may come before that name.)
    const unjoinedBody = body.slice(body.findIndex((t) => !TURN.test(t.word) && !/^(而|并|且|同时)$/.test(t.word)));
    const ownSubject = !subject && (!!leadingUnknownName(unjoinedBody) || !!deedAt(body));
    // 话题链: "…完成新一轮融资，投后估值约33亿美元", "…；毛利率升至41%": a clause opening on a
    // metric the topic owns, with its figure, states a claim of its own, unless, after a comma, it
    // goes on with the figure of the clause right before ("出货4080万台，市占率14%"), with the
    // report it announced (公布财报，营收达…) or with the product it brought out (推出X，售价…):
    // one unbroken comma-chain of figures is one claim; a semicolon, a clause without a figure
    // (an investor's part, "创下新高") or a turn (但亏损…) ends it.
    // (Overlapping: a clause may end inside a figure, at the comma of "6,010万".)
    const hasFigure = (c: Clause | undefined) => !!c && figures.some((f) => f.start < c.end && f.end > c.start);
    const bodyText = folded.slice(body[0]?.start ?? clause.start, clause.end);
    // A launch's detail opening a sentence or after a semicolon is a claim of its own; after a
    // comma ("推出X，售价…") it goes on with the launch, one claim as editors write it.
    // (A date of sale states a date, not a figure: 首销定于10月31日.)
    const detailOpens = !open || /[；;]\s*$/.test(sentence.slice(0, clauses[i - 1]?.end ?? 0));
    const detail = subject || !detailOpens ? null : launchDetailLead(bodyText);
    const dated = dates.some((d) => d.start >= clause.start && d.end <= clause.end);
    const metric =
      subject || !hasFigure(clause)
        ? detail?.sale && dated
          ? detail
          : null
        : (metricLead(bodyText) ??
          lineMetricLead(body.filter((t) => !isPunct(t) && !TURN.test(t.word) && t.tag !== 't')) ??
          detail);
    const afterComma = !/[；;]\s*$/.test(sentence.slice(0, clauses[i - 1]?.end ?? 0));
    const openText = open ? folded.slice(clauses[open.clauses[0]!]!.start, clauses[i - 1]?.end ?? 0) : '';
    const announced = !!open && open.content.length === 1 && announcesReport(openText);
    const launched = !!open && open.content.some((c) => clauses[c]!.tokens.some((t) => BRING_OUT.test(t.word)));
    const chainGoesOn = afterComma && !turnsAway(body) && (hasFigure(clauses[i - 1]) || announced || launched);
    const ownMetric = !!metric && !!open && !chainGoesOn;
    // "X表示，…，但未证实具体人数", "…称，…，并未透露具体时间": a clause saying that the party
    // before it held something back is a claim of its own, in the article's voice — keeping silent
    // is the silent party's own act, not part of what it said (a statement, fact, the silent party
    // agent: tests/claims-eval/README.md) — whose party is who spoke, else whom the clause before
    // was about.
    // (Both this and a second thing said below follow an open proposition with no subject of their
    // own, whose last clause takes no clause as its object: not after 宣布, 称 giving its content.)
    const followsOpenAct =
      !!open && !subject && pending.length === 0 && !takesClause(clauses[open.content[open.content.length - 1]!]!);
    const silentParty =
      // (Not "X表示，不评论个别项目": right after a verb of saying, the refusal is what X said.)
      open && followsOpenAct && !endsOnSpeech(clauses[i - 1]) && withholds(body)
        ? (speakingParty(open, clauses) ?? lastSubject())
        : null;
    // "X推出Y，比Z晚了9个月": a clause opening on 比 and a name compares the subject with a
    // standard of its own; it is a comparison of its own about the same subject.
    const comparesAnew =
      !!open && !subject && open.subject?.kind === 'entity' && body[0]?.word === '比' && !!body[1]?.entityId;
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
    if (
      open &&
      !subject &&
      pending.length === 0 &&
      !ownVoice &&
      !saysMore &&
      !turns &&
      !coordinated &&
      !ownSubject &&
      !ownMetric &&
      !comparesAnew &&
      !silentParty
    ) {
      open.clauses.push(i);
      open.content.push(i);
      // "…，预计将达到…": an estimate in a clause that goes on with the proposition covers it.
      open.forecast ||= !!clause.forecast;
      if (clause.subjectSpeaks && open.attribution.kind === 'article') {
        open.subjectSpeaks = true;
        open.opinion ||= !!clause.opinion;
      }
      return;
    }
    // "X数据显示，A均在20%以下；忠诚度方面，B均在50%以下": under a source's frame, a nameless
    // clause after a nameless topic frame (…方面) is still what the source says.
    const framedBySource =
      !!open &&
      !subject &&
      !ownSubject &&
      open.attribution.kind !== 'article' &&
      pending.length > 0 &&
      pending.every((p) => clauses[p]!.type === 'scene' && !clauses[p]!.tokens.some((t) => t.entityId)) &&
      !body.some((t) => t.entityId);
    if (open && framedBySource) {
      open.clauses.push(...pending, i);
      open.content.push(i);
      pending = [];
      return;
    }
    const carried =
      silentParty ??
      (turns || coordinated || comparesAnew || (!subject && !topic && afterSemicolon(i))
        ? lastSubject()
        : saysMore
          ? (lastSubject() ?? speakingParty(open, clauses))
          : null);
    if (silentParty) {
      // (Neither the speaker nor a hedge before covers what the article says of the speaker.)
      attribution = null;
      opinion = forecast = responding = false;
    }
    close();
    current = {
      clauses: [...pending, i],
      content: [i],
      // (A coordinated predicate carries a name as `carried`; a pronoun, as its own subject.)
      // (A clause led by a name the gazetteer lacks is that name's, not the topic's: "X原定本月上市，
      // 但美国财政部10日将其列入清单".)
      subject:
        subject ??
        (ownSubject && !deedAt(body) ? null : topic) ??
        ((coordinated || saysMore) && open?.subject?.kind === 'pronoun' ? open.subject : null),
      extraAgents: [],
      investors: [],
      attribution: attribution ?? ARTICLE,
      opinion: opinion || (!!clause.subjectSpeaks && !!clause.opinion),
      forecast,
      hasScene: pending.some((p) => clauses[p]!.type === 'scene'),
      listedSubject: topicList && !subject && topic?.kind === 'entity' && topic.ids.length >= 3 ? topic.ids : [],
      tail: [],
      carried,
      subjectSpeaks: false,
      previousSpeaks: !!clause.subjectSpeaks && (attribution ?? ARTICLE).kind === 'article',
      responds: responding,
      metric,
    };
    pending = [];
    topic = null;
    topicList = false;
    timeSubject = null;
  });
  close();

  const drafts: ClaimDraft[] = [];
  // A sentence led by a name the gazetteer does not know ("青木数据今天宣布…") is about that name:
  // a demonstrative phrase in the next sentence refers to it, never to a known name after it.
  const unknownLead = leadingUnknownName(tokens);
  let topicSet = false;
  if (unknownLead) {
    topicSet = true;
    history.topics.push({ id: '', at: offset + unknownLead.start, end: offset + unknownLead.end });
  }
  /**
   * Who owns a metric a proposition opens on: the last claim of this sentence or, for its first
   * proposition, of the sentence before (a paragraph's first sentence: the paragraph before's
   * topic, while this one has named no one); with where the text named it last.
   */
  const chainOwner = (metric: MetricLead, inSentence: boolean, at: number) => {
    const before = inSentence
      ? (drafts[drafts.length - 1] ?? null)
      : history.claims.length
        ? chainBefore
        : history.before && !history.actors.some((a) => a.at < offset)
          ? { kind: 'statement' as const, entities: [{ id: history.before.id, role: 'agent' as const }] }
          : null;
    const id = before && context.typeOf ? metricOwner(metric, before, context.typeOf) : null;
    if (!id) return null;
    const named = history.actors.filter((a) => a.id === id && a.at < at).slice(-1)[0];
    if (named) return { id, at: named.at, end: named.end, name: paragraph.slice(named.at, named.end) };
    return history.before?.id === id ? { id, at: -1, end: -1, name: history.before.name } : null;
  };
  /**
   * A launch's detail is read only where its owner is a thing brought out or one that launched
   * something: a launch claim of the article, or a product the article named as its.
   */
  const launchedOwner = (metric: MetricLead, found: ReturnType<typeof chainOwner>) =>
    !found ||
    !metric.launch ||
    history.launchers.has(found.id) ||
    history.makesProduct(found.id) ||
    THING_TYPES.has(context.typeOf?.(found.id) ?? '')
      ? found
      : null;
  /** The periods a chain's figures are for (第二季度, 上半年), which its later metrics share. */
  const chainPeriods = (before: ClaimDraft | undefined) =>
    (before?.dates ?? []).filter((d) => /^(year|half|quarter|period)$/.test(d.precision));
  for (const prop of props) {
    let owner: ReturnType<typeof chainOwner> = null;
    let topicGoesOn: Antecedent | null;
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
    const hasPredicate =
      quotedSentence ||
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
        prop.content.some((c) => DENIED_CHARACTERIZATION.test(folded.slice(clauses[c]!.start, clauses[c]!.end))));
    // Keeping silent ("X未回应", "X表示不予置评") is a whole predicate in a few words, as a denial is.
    const silent = SILENCE.test(contentText);
    if (!hasPredicate && !contentFigures.length && !DENIAL_PREDICATE.test(contentText) && !playsDown && !silent)
      continue;
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
      continue;
    // A clause that starts with its verb, with no subject and nothing leading it, is a fragment
    // cut from a longer sentence ("正视Sora给中国AI带来的变化与挑战").
    const leadWord = contentTokens.find((t) => !isPunct(t));
    // …unless it is a pseudo-cleft ("表现最亮眼的是X", "参与印发的还包括A、B、C"): the headless
    // relative before 的 is its subject, and the names after the copula are who it is about.
    const focus = prop.subject ? [] : cleftFocus(contentTokens);
    const fragment =
      !prop.subject && prop.clauses.length === prop.content.length && !!leadWord && isVerb(leadWord) && !focus.length;

    const roles = new Map<string, Role>();
    const give = (id: string, role: Role) => {
      const had = roles.get(id);
      if (!had || ROLE_RANK[role] < ROLE_RANK[had]) roles.set(id, role);
    };
    for (const c of prop.clauses) {
      const clause = clauses[c]!;
      const content = prop.content.includes(c);
      for (const [id, role] of clauseRoles(clause, content, context.typeOf, prop.subject)) give(id, role);
    }
    for (const id of prop.extraAgents) give(id, 'agent');
    for (const { ids, role } of prop.investors) for (const id of ids) roles.set(id, role);
    for (const id of prop.listedSubject) roles.set(id, 'listed');
    if (prop.tail.length) {
      // One enumeration over several clauses: its members are listed when three or more.
      const members = new Set<string>();
      for (const c of prop.tail) for (const t of clauses[c]!.tokens) if (t.entityId) members.add(t.entityId);
      for (const [id, role] of roles) if (role === 'object' || role === 'listed') members.add(id);
      for (const id of members) roles.set(id, members.size >= 3 ? 'listed' : 'object');
    }
    // "团队在接受采访时表示", "公司方面称": a bare organization noun speaks for the
    // organization named last, as 该公司 would.
    let prefix: { start: number; end: number; label?: string } | null = null;
    // An antecedent in the paragraph before (at < 0) is named by a label at the claim's start.
    // (The maker of the product the paragraph before was about has no name written there: the
    // claim reads as written, 这家公司 and all.)
    const prefixOf = (a: { id?: string; at: number; end: number }) =>
      a.at >= 0
        ? { start: a.at, end: a.end }
        : a.id && history.before && a.id !== history.before.id
          ? null
          : { start: offset + start, end: offset + start, label: history.before?.name ?? '' };
    // "他还表示": a pronoun speaking is its antecedent.
    // (The source is written as the article writes it; the cues are read on the folded text.)
    const at = sentence.indexOf(prop.attribution.text, start);
    const speakerWords = at >= 0 ? folded.slice(at, at + prop.attribution.text.length) : prop.attribution.text;
    // ("对此该公司回应称": the response frame before the speaker is not part of who speaks.)
    const bare = BARE_SPEAKER.exec(speakerWords.replace(/^(而|但|不过|然而)?(对此|就此)/, ''));
    // A pronoun subject that names its actor ("…表示，公司将…") leaves the speaker only speaking.
    const actorNamed =
      prop.subject?.kind === 'pronoun' &&
      !!resolvePronoun(prop.subject.word, offset + prop.subject.start, history, context);
    // "它随后表示", "他还称": the adverbs after the pronoun are not part of who speaks.
    const pronounSpeaker = SPEAKING_PRONOUN.exec(speakerWords)?.[1] ?? null;
    let titledOrg: string | null = null;
    let titledSpan: { start: number; end: number } | null = null;
    if (quotedBy && prop.attribution.kind === 'article') {
      prop.attribution = quotedBy.attribution;
      // The organization acts in it only when the speaker speaks as it (我们, 公司): a general view
      // on its own ("“视频生成是皇冠上的明珠。”") is the person's, whom the gazetteer may not know.
      titledOrg = /我们|公司/.test(folded) ? quotedBy.org : null;
      const voice = titledOrg ?? quotedBy.attribution.entityId;
      if (voice && !roles.has(voice)) give(voice, 'mentioned');
    }
    // "周明表示", "雷军称": a name the article introduced with a title or as a founder is a person
    // speaking, though jieba did not tag it as a name.
    // (Only the name itself: "周明把…说出口" is not 周明 speaking.)
    if (prop.attribution.kind === 'unnamed' && !bare && !pronounSpeaker && history.people.isName(speakerWords))
      prop.attribution = { kind: 'person', text: prop.attribution.text };
    if (prop.attribution.kind === 'unnamed' && (bare || pronounSpeaker)) {
      const found = resolvePronoun(
        pronounSpeaker ?? bareSpeakerPronoun(bare![1]!, bare![0]),
        offset + start,
        history,
        context,
      );
      // "X执行长王明表示…。他还宣布…": 他 is the titled person who spoke last, whom the
      // gazetteer does not know; he speaks for X as he did before.
      const titled =
        !found && /^(他|她)$/.test(pronounSpeaker ?? '') ? titledSpeakerBefore(offset + start, history) : null;
      // "星辰科技执行长周明…。¶他坦言，…": 他 is the person named last, whom the article introduced
      // with their organization, perhaps paragraphs before (speakers.ts).
      const introduced = !found && !titled && pronounSpeaker ? history.people.pronounAt(pronounSpeaker, start) : null;
      if (found) {
        const kind = context.typeOf?.(found.id) === 'person' ? 'person' : 'organization';
        prop.attribution = { kind, entityId: found.id, text: paragraph.slice(found.at, found.end) };
        if (![...roles.values()].includes('agent') && !actorNamed) give(found.id, 'agent');
        if (!roles.has(found.id)) give(found.id, 'mentioned');
        if (found.at < offset + start) prefix = prefixOf(found);
      } else if (titled) {
        prop.attribution = titled.attribution;
        titledOrg = titled.org;
        if (titled.org && !roles.has(titled.org)) give(titled.org, 'mentioned');
        prefix = titledSpan = { start: titled.at, end: titled.end };
      } else if (introduced) {
        prop.attribution = { kind: 'person', text: prop.attribution.text };
        titledOrg = introduced.org;
        if (!roles.has(introduced.org)) give(introduced.org, 'mentioned');
      } else if (/^(他|她)$/.test(pronounSpeaker ?? '')) {
        // "他透露，…" with no antecedent found: 他/她 is still someone the article named (a person
        // the gazetteer does not know) speaking on the record, not an unnamed source: no hearsay.
        prop.attribution = { kind: 'person', text: prop.attribution.text };
      }
    }
    // "李彦宏强调，“…”": a named speaker whose words have no actor of their own is the agent.
    // "百度副总裁表示": an unnamed executive speaks for the organization named with the title.
    // "周明表示": a person the article introduced with their organization speaks for it (speakers.ts).
    const memberOf =
      prop.attribution.kind === 'person' && !prop.attribution.entityId
        ? (tokens.find(
            (t) =>
              t.entityId &&
              t.start >= start &&
              t.end <= end &&
              prop.attribution.text.startsWith(sentence.slice(t.start, t.end)),
          )?.entityId ?? history.people.orgOf(speakerWords))
        : undefined;
    if (memberOf && !roles.has(memberOf)) give(memberOf, 'mentioned');
    // "其首席技术官赵强表示": 其 before a title is the organization in focus, whose officer speaks.
    // ("该公司首席执行官张三表示": so is 该公司 or 这家公司 before a title; and a title with no
    // organization at all, "联合创始人兼CEO周明表示", is an officer of the company the text is about.)
    const bareTitle =
      /^(person|unnamed)$/.test(prop.attribution.kind) &&
      !prop.attribution.entityId &&
      LEADING_TITLE.test(speakerWords);
    const ownerPronoun =
      (prop.attribution.kind === 'person' || bareTitle) &&
      !prop.attribution.entityId &&
      !memberOf &&
      (bareTitle || /^(其|该公司|这家公司|该集团)/.test(speakerWords))
        ? resolvePronoun('该公司', offset + start, history, context)
        : null;
    if (ownerPronoun && bareTitle) prop.attribution = { kind: 'person', text: prop.attribution.text };
    if (ownerPronoun) {
      titledOrg = ownerPronoun.id;
      if (!roles.has(ownerPronoun.id)) give(ownerPronoun.id, 'mentioned');
      if (!prefix && ownerPronoun.at < offset + start) prefix = prefixOf(ownerPronoun);
    }
    // The speaker goes on speaking for it by name or as 他 later in the article.
    if (prop.attribution.kind === 'person' && !prop.attribution.entityId && (memberOf ?? titledOrg))
      history.people.learnSpeaker(speakerWords, (memberOf ?? titledOrg)!);
    const speaker = prop.attribution.entityId ?? memberOf ?? titledOrg ?? undefined;
    // (A company's own filing, 据X财报, is X telling its own figures: X speaks through it.)
    const speaks =
      prop.attribution.kind === 'person' ||
      prop.attribution.kind === 'organization' ||
      (prop.attribution.kind === 'data' && /财报|年报|季报|招股书|公告/.test(prop.attribution.text));
    // (A pronoun subject resolved below is that actor: "X表示，公司将…".)
    // "据X透露，Y上线后申请试用的用户远超预期": the speaker acts, Y only sets the time.
    if (speaker && speaks && roles.has(speaker) && prop.subject?.kind === 'entity' && prop.subject.framed)
      for (const id of prop.subject.ids) if (roles.get(id) === 'agent') roles.set(id, 'mentioned');
    if (speaker && speaks && roles.has(speaker) && ![...roles.values()].includes('agent') && !actorNamed)
      give(speaker, 'agent');

    // The subject named by a pronoun, or by nothing ("并于…推出"), is the last fitting actor.
    let agentId: string | null = prop.subject?.kind === 'entity' ? (prop.subject.ids[0] ?? null) : null;
    if (prop.subject?.kind === 'entity' && prop.subject.behind) {
      const found = resolvePronoun(prop.subject.behind.word, offset + prop.subject.behind.start, history, context);
      if (found) {
        give(found.id, 'object');
        if (found.at < offset + start) prefix = prefixOf(found);
      }
    }
    const pair = prop.subject?.kind === 'pronoun' && PAIR.test(prop.subject.word);
    // (两家 is two companies: the products the two launched are not what it stands for.)
    const organizations = (id: string) => ORGANIZATION_TYPES.has(context.typeOf?.(id) ?? '');
    const both = pair
      ? lastTwoNames(
          offset + prop.subject!.start,
          history,
          null,
          pair && prop.subject?.kind === 'pronoun' && prop.subject.word === '两家' ? organizations : undefined,
        )
      : null;
    const group =
      prop.subject?.kind === 'pronoun' && !pair
        ? antecedentGroup(prop.subject.word, offset + prop.subject.start, history, context)
        : null;
    if (group) {
      // "A、B、C等公司，它们…", "这些公司…": each name the plural stands for takes part; three or
      // more are an enumeration (listed), two act together.
      agentId = group[0]!.id;
      for (const a of group) give(a.id, group.length >= 3 ? 'listed' : 'agent');
      if (group[0]!.at < offset + start)
        prefix = {
          start: group[0]!.at,
          end: group[0]!.end,
          label: group.map((a) => paragraph.slice(a.at, a.end)).join('、'),
        };
    } else if (both) {
      // "两者的合作…": both names act; the text names them before the pronoun.
      agentId = both[0].id;
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
      const tie =
        RELATION_NOUN.test(contentTokens[head]?.word ?? '') || JOINT_VERB.test(contentTokens[head]?.word ?? '');
      const gap =
        contentTokens.some((t) => /^(差距|距离|差异)$/.test(t.word)) ||
        (tie && !contentTokens.slice(at, head).some((t) => COLLECTIVE.test(t.word)));
      both.forEach((a, k) => give(a.id, gap && k === 1 ? 'object' : 'agent'));
      if (both[0].at < offset + start)
        prefix = {
          start: both[0].at,
          end: both[0].end,
          label: both.map((a) => paragraph.slice(a.at, a.end)).join('、'),
        };
    } else if (prop.subject?.kind === 'pronoun') {
      // "…；其先后迭代了…": 其 right before its verb is a subject pronoun and goes on with the
      // last subject, as 它 does; before a noun (其访问量) it owns the noun, the latest actor.
      const next = contentTokens.find((t) => t.start >= prop.subject!.end && !/^(d|t)$/.test(t.tag));
      const asSubject = prop.subject.word === '其' && !!next && isVerb(next);
      const found =
        selfNamed(prop.subject.word, prop.attribution, tokens, start, prop.subject.start, context, offset) ??
        resolvePronoun(asSubject ? '它' : prop.subject.word, offset + prop.subject.start, history, context);
      if (found) {
        agentId = found.id;
        give(found.id, 'agent');
        if (found.at < offset + start) prefix = prefixOf(found);
      } else if (
        !BARE_NOUN.test(prop.subject.word) &&
        !/^(regulation|report)$/.test(pronounTypes(prop.subject.word)?.[0] ?? '') &&
        !describedPerson(sentence.slice(0, prop.subject.start), prop.subject.word)
      )
        continue; // a dangling pronoun makes no claim a reader can use
    } else if (!prop.subject && deedAt(contentTokens) && deedClaim(contentTokens, history)) {
      // "此举引发…", "这笔投资总额可能高达…": the act stated before (of the kind its noun names),
      // with whoever took part in it.
      const { roles: before, agent } = deedClaim(contentTokens, history)!;
      for (const [id, role] of before) if (role === 'agent' || role === 'object') roles.set(id, role);
      agentId = agent?.id ?? null;
      if (agent) prefix = { start: agent.start, end: agent.end };
    } else if (
      !prop.subject &&
      prop.metric &&
      (owner = launchedOwner(prop.metric, chainOwner(prop.metric, props.indexOf(prop) > 0, offset + start)))
    ) {
      // "…；毛利率升至41%": the metric's owner from the proposition before; the span stays the
      // clause, the name leads its text.
      agentId = owner.id;
      give(owner.id, 'agent');
      prefix = { start: offset + start, end: offset + start, label: owner.name };
    } else if (!prop.subject && prop.carried) {
      agentId = prop.carried.ids[0]!;
      for (const id of prop.carried.ids) give(id, 'agent');
      prefix = { start: offset + prop.carried.start, end: offset + prop.carried.end };
    } else if (
      !prop.subject &&
      !prop.hasScene &&
      prop === props[0] &&
      history.lastAgent &&
      startsAsContinuation(contentTokens)
    ) {
      agentId = history.lastAgent.id;
      give(agentId, 'agent');
      prefix = { start: history.lastAgent.start, end: history.lastAgent.end };
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
      agentId = topicGoesOn.id;
      give(agentId, 'agent');
      prefix = { start: topicGoesOn.at, end: topicGoesOn.end };
    } else if (
      !prop.subject &&
      ![...roles.values()].includes('agent') &&
      history.deals.deal &&
      DEAL_NP.test(contentText)
    ) {
      // "这笔交易预计年底前完成": a deal noun standing for the deal reported before has that deal's
      // parties, the acquirer the agent and what it acquired the object.
      const deal = history.deals.deal;
      agentId = deal.agent.id;
      give(agentId, 'agent');
      // (A property of the deal, 这笔交易的价值, is weighed for the acquirer: the object stays out.)
      const ofDeal = contentText.slice(DEAL_NP.exec(contentText)![0].length).startsWith('的');
      if (deal.object && !ofDeal && !roles.has(deal.object)) give(deal.object, 'object');
      prefix = { start: offset + start, end: offset + start, label: deal.agent.name };
    }
    if (owner) {
      // (The owner is the topic going on, and its last name where a later pronoun finds it.)
      if (owner.at >= 0) history.actors.push({ id: owner.id, at: owner.at, end: owner.end, role: 'agent' });
      history.actors.sort((a, b) => a.at - b.at);
    }
    // "远山资本领投了极光数据的融资": the company invested in is the topic; so is a round's
    // company ("由A孵化的B宣布完成融资，C领投": B), whatever the subject found.
    const verb = prop.subject
      ? contentTokens.find((t, k) => t.start >= prop.subject!.end && isPredicate(contentTokens, k))
      : undefined;
    const investor = (!!verb && INVESTOR_VERB.test(verb.word)) || contentTokens.some((t) => /^融资$/.test(t.word));
    const roundOf =
      !topicSet && investor
        ? [...roles].find(
            ([id, role]) => role === 'object' && id !== agentId && INVESTEE_TYPES.has(context.typeOf?.(id) ?? ''),
          )?.[0]
        : undefined;
    if (!topicSet && ((agentId && prop.subject) || roundOf)) {
      // The sentence's topic is who its first proposition is about; an investor (X领投) is not.
      topicSet = true;
      // The grammatical subject is the topic even where it undergoes the act ("A获得B的投资": A,
      // not the investor); not a name only mentioned before it.
      const subjectId =
        prop.subject?.kind === 'entity' &&
        prop.subject.ids.length === 1 &&
        /^(agent|object)$/.test(roles.get(prop.subject.ids[0]!) ?? '')
          ? prop.subject.ids[0]
          : undefined;
      const topicId = roundOf ?? subjectId ?? agentId;
      const topicToken = tokens.find((t) => t.entityId === topicId && t.start >= start && t.end <= end);
      const span: { start: number; end: number } | null = topicToken
        ? { start: offset + topicToken.start, end: offset + topicToken.end }
        : topicId === agentId
          ? prefix
          : null;
      // ("A与B合计出资…": two agents are a plural topic, which a later 该公司 does not stand for.)
      const plural = topicId === agentId && prop.subject?.kind === 'entity' && prop.subject.ids.length > 1;
      if (topicId && span && span.end > span.start)
        history.topics.push({ id: topicId, at: span.start, end: span.end, ...(plural ? { plural } : {}) });
    }
    // "钉钉的AI化，体现出阿里正在…": after a verb of evidence, the clause it introduces has the
    // actor; the names in the evidence before it are only mentioned.
    // "被外界解读为X正在…": what something is read as is a clause, and its subject acts.
    const construal = contentTokens.findIndex(
      (t, k) =>
        CONSTRUAL.test(t.word) &&
        !modifiesNoun(contentTokens, k) &&
        contentTokens.slice(Math.max(0, k - 4), k).some((x) => x.word === '被'),
    );
    const firstVerb = contentTokens.findIndex(
      (t, k) => isPredicate(contentTokens, k) && !nominalized(contentTokens, k),
    );
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
        agentId = embedded.ids[0]!;
      }
    }
    // "向其注资", "与其存在差距", "要求其提供": a pronoun after a counterpart preposition or a
    // verb is the counterpart (after 使 or 获…注资, the actor); 其 there goes on with the last
    // subject, as 它 does ("A发布了B。C随后向其注资": A).
    for (const at of counterpartPronouns(contentTokens)) {
      if (prop.subject?.kind === 'pronoun' && prop.subject.start === at.start) continue;
      const found = resolvePronoun(at.word === '其' ? '它' : at.word, offset + at.start, history, context, agentId);
      if (!found || found.id === agentId || (roles.has(found.id) && roles.get(found.id) !== 'mentioned')) continue;
      roles.set(found.id, at.role);
      if (at.role === 'agent') agentId ??= found.id;
      if (!prefix && found.at < offset + start) prefix = prefixOf(found);
    }
    // "直播打赏仍是其最大的收入来源": a subject no name stands for (a business line, a part of the
    // owner), then a copula and 其 owning the predicate noun: the proposition is about the owner,
    // who acts in it as no one else does.
    const ownerAt =
      prop.subject || [...roles.values()].includes('agent')
        ? -1
        : contentTokens.findIndex((t, k) => t.word === '其' && k > 0 && isCopula(contentTokens[k - 1]!));
    const owned = ownerAt >= 0 ? resolvePronoun('其', offset + contentTokens[ownerAt]!.start, history, context) : null;
    if (owned) {
      roles.set(owned.id, 'agent');
      agentId = owned.id;
      if (!prefix && owned.at < offset + start) prefix = prefixOf(owned);
    }
    // A claim only mentioning names stays (the evaluator and the side panel see it) but never
    // reaches a card: cards show claims where the entity has a real role.
    if (!roles.size) continue;
    if (fragment && !agentId) continue;
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
        agentId = promoted[0]!;
      }
    }
    // (Of a pseudo-cleft's names, one or two are who it is about; three or more stay listed.)
    if (focus.length && focus.length < 3 && !agentId) {
      for (const id of focus) roles.set(id, 'agent');
      agentId = focus[0]!;
    }

    // "（都能）看到X的身影", "背后有X的身影": X's presence is X taking part; X is the agent.
    contentTokens.forEach((t, k) => {
      if (!t.entityId || contentTokens[k + 1]?.word !== '的' || contentTokens[k + 2]?.word !== '身影') return;
      if (roles.get(t.entityId) === 'object' || roles.get(t.entityId) === 'mentioned') roles.set(t.entityId, 'agent');
    });
    // "X的新模型Y推出后…", "X的Y正式上线": a product that is brought out, with its maker named
    // as its owner, was brought out by the maker (a subject that undergoes its verb).
    const maker = prop.subject?.kind === 'entity' ? launchedBy(tokens, prop, clauses, context) : null;
    if (maker && prop.subject?.kind === 'entity' && !passiveFrame(contentTokens)) {
      for (const id of prop.subject.ids) roles.set(id, 'object');
      roles.set(maker, 'agent');
      agentId = maker;
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
      agentId = unnamedMaker;
      prefix = { start: topicBefore.start, end: topicBefore.end };
    }
    // "遭到X的否认", "被X收购", "获得X的投资": X acts, and the subject undergoes it.
    const passive = passiveFrame(contentTokens);
    if (passive && roles.has(passive.agent)) {
      if (prop.subject?.kind === 'entity')
        for (const id of prop.subject.ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
      for (const id of passive.agents) if (roles.has(id)) roles.set(id, 'agent');
      agentId = passive.agent;
    }
    // "该公司再获芯片商Intel注资", "X获得红杉中国领投的融资": an investor the gazetteer lacks, named
    // after 获/获得, still makes the subject the investee (README: whenever an investor is named,
    // in or out of the gazetteer, the investee is `object`).
    else if (!passive && agentId && prop.subject && roles.get(agentId) === 'agent' && unnamedGiver(contentTokens)) {
      const ids = prop.subject.kind === 'entity' ? prop.subject.ids : [agentId];
      for (const id of ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
    }
    // "X的投资方包括A和B": the investors named for X's round act in it, and X raised it.
    const investorsOf = investorsNamedFor(contentTokens);
    if (investorsOf) {
      roles.set(investorsOf.investee, 'object');
      for (const id of investorsOf.ids) roles.set(id, investorsOf.role);
      if (investorsOf.role === 'agent') agentId = investorsOf.ids[0]!;
    }
    // "Nova的参数量是Orion的两倍": what a ratio is taken of is the counterpart.
    contentTokens.forEach((_, i) => {
      const of = ratioOf(contentTokens, i);
      if (of && roles.get(of) === 'mentioned') roles.set(of, 'object');
    });
    // "X发布内部信，称…": the subject speaks; so does the one who denies ("X否认了…").
    const speakerOf = (id: string): Attribution => {
      const token = tokens.find((t) => t.entityId === id && t.start >= start && t.end <= end);
      const written = token
        ? sentence.slice(token.start, token.end)
        : prefix
          ? paragraph.slice(prefix.start, prefix.end)
          : '';
      return { kind: context.typeOf?.(id) === 'person' ? 'person' : 'organization', entityId: id, text: written };
    };
    if (prop.subjectSpeaks && agentId && prop.attribution.kind === 'article') prop.attribution = speakerOf(agentId);
    // "X予以否认，称Y…": the speaker is who spoke (or acted) in the proposition before.
    const before = drafts[drafts.length - 1];
    if (prop.previousSpeaks && before && prop.attribution.kind === 'article') {
      const previous = before.attribution.entityId ?? before.entities.find((e) => e.role === 'agent')?.id;
      if (previous && before.attribution.kind !== 'unnamed')
        prop.attribution = before.attribution.entityId === previous ? before.attribution : speakerOf(previous);
    }
    // "X宣布，Y永久免费开放": a company announces what it does with a model or product; it
    // acts, and the thing is what it acts on (宣布 is an act, unlike 表示 or 称, whose content's
    // subject stays the agent).
    const announcer = prop.attribution.entityId;
    if (
      announcer &&
      agentId &&
      agentId !== announcer &&
      prop.clauses.some((c) => clauses[c]!.announces) &&
      ORGANIZATION_TYPES.has(context.typeOf?.(announcer) ?? '') &&
      THING_TYPES.has(context.typeOf?.(agentId) ?? '')
    ) {
      roles.set(agentId, 'object');
      roles.set(announcer, 'agent');
      agentId = announcer;
    }
    // "X宣布完成融资", "X预告将于…发布": X announces what it does, so X is also its source.
    const head = contentTokens.find((t, k) => isPredicate(contentTokens, k));
    if (head && ANNOUNCING.test(head.word) && agentId && prop.attribution.kind === 'article')
      prop.attribution = speakerOf(agentId);
    // "据报道，X…。X还…" / "…。而其…更是…": a sentence that goes on about the same subject with
    // an additive adverb continues the report, and its hedge.
    const report = history.report;
    const goesOn =
      prop === props[0] &&
      !!report &&
      prop.attribution === ARTICLE &&
      agentId === report.agent &&
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
    // "有消息称…，X对这一说法不予置评", "Y表示…；X则未有回应": keeping silent is the silent party's
    // own act, which the article reports itself; neither the hedge nor the speaker before it covers
    // the silence.
    const keepsSilent = SILENCE.test(contentTokens.map((t) => t.word).join(''));
    if (keepsSilent) prop.attribution = ARTICLE;
    // "X将把A作为主要供应商，并使用B的芯片": a predicate joined by 并 (并且, 同时) with no subject of
    // its own goes on under the "will" of the one before it in the sentence, unless it says it is done.
    const previous = drafts[drafts.length - 1];
    const joinedToPlan =
      previous?.modality === 'forecast' &&
      !prop.subject &&
      /^(并|并且|同时)(?!未|没|非|不)/.test(contentText) &&
      !contentTokens.some((t) => /^(了|过|已|已经|曾|曾经)$/.test(t.word));
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
          prop.clauses.some((c) => clauses[c]!.hearsay || hedgesSpeaker(clauses, c, prop.clauses)),
        belief: believes,
        says: prop.clauses.some((c) => clauses[c]!.says),
        estimates: prop.clauses.some((c) => clauses[c]!.estimates),
        // ("从时长上看，X最长是Y的两倍" gives what it reads: a fact.)
        reading: !figures.some(inContent) && prop.clauses.some((c) => clauses[c]!.reading),
        // (Its own predicate: in the first clause, or with no subject before it. "…于7月发布，被视为…"
        // states the fact and adds how it is seen.)
        construed: construed(
          prop.subject ? clauses[prop.content[0]!]!.tokens.slice(clauses[prop.content[0]!]!.from) : contentTokens,
        ),
        // "X表示，“…”", "“…”X说": the words are all the speaker's own, quoted.
        quoted: /^[“「『"]$/.test(contentTokens[0]?.word ?? ''),
        forecast: prop.forecast || joinedToPlan,
      },
      // "《…行动计划(2024—2026年)》" dates a title, not what the proposition says will happen.
      dates.filter((d) => inContent(d) && !quotedAt(sentence, d.start)),
      context.articleDate,
      // ("去年11月，X将团队扩充至500人": a leading clause of time puts it in the past too: 将 is 把.)
      dates.filter((d) => leadingTime.some((c) => d.start >= c.start && d.end <= c.end)),
    );
    const kindCued = kindOf(
      contentTokens,
      contentFigures.length > 0,
      modality,
      prop.attribution,
      // (A span back from now, 过去几个月 or 近期, dates a state, not a happening.)
      dates.some((d) => (inContent(d) || (d.start >= start && d.end <= end)) && !isSpanBack(d)),
      believes,
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
    if (!found) continue;
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
      if (role === 'agent') agentId = prop.subject.head[0]!;
    }
    // "X完成融资，由Y领投", "X成立于2018年，由Y创立": with the doer named by 由 after it, the
    // subject undergoes the act; so does a company whose round an investor clause joined, unless
    // the subject is an investor itself ("X领投了Y的融资，Z跟投").
    if (agentId && prop.subject?.kind === 'entity') {
      const subjectEnd = prop.subject.end;
      // (The doer after 由 may be a name the gazetteer lacks: "由杨明于2023年创立".)
      // (A former or acting holder's title may lead it: "由前X首席执行官李明出任".)
      const doerAt = (k: number) => (/^(前|原|时任|现任)$/.test(contentTokens[k]?.word ?? '') ? k + 1 : k);
      const byAgent = contentTokens.some(
        (t, k) =>
          t.word === '由' &&
          contentTokens[k - 1]?.word !== '借' &&
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
    if (agentId && prop.subject?.kind === 'pronoun' && kind === 'funding' && prop.backed) {
      const verb = contentTokens.find((t, k) => t.start >= prop.subject!.end && isPredicate(contentTokens, k));
      if (!(verb && INVESTOR_VERB.test(verb.word)) && roles.get(agentId) === 'agent') roles.set(agentId, 'object');
    }
    // "X联合创始人李明宣布离开公司", "李明卸任X董事会主席": in a move of office the organization
    // whose title a person holds is what the person leaves or takes a post in; so is the one a
    // preposition names as where or whence ("在X担任", "从X跳槽至Y").
    // (jieba may cut the verb in two: 辞/v 任/r.)
    const moves = (t: Token, k: number) =>
      PERSONNEL_MOVE.test(t.word) || PERSONNEL_MOVE.test(t.word + (contentTokens[k + 1]?.word ?? ''));
    const moved = contentTokens.some((t, k) => moves(t, k) && isPredicate(contentTokens, k));
    if (moved)
      contentTokens.forEach((t, k) => {
        const next = contentTokens[k + 1]?.word ?? '';
        const titled = MEMBER_NOUN.test(next) || /^(董事会|联合|共同|首席)/.test(next);
        const placed = /^(在|从|自|于|至|到)$/.test(contentTokens[k - 1]?.word ?? '');
        const organization = INVESTEE_TYPES.has(context.typeOf?.(t.entityId ?? '') ?? '');
        if (t.entityId && (titled || placed) && organization && roles.has(t.entityId))
          if (roles.get(t.entityId) !== 'listed') roles.set(t.entityId, 'object');
      });
    // (An officer who moves does not act for the organization he leaves: with no agent left, the
    // one announcing it acts, "X宣布，Y联合创始人Z将加入X".)
    if (moved && speaker && speaks && roles.has(speaker) && ![...roles.values()].includes('agent'))
      roles.set(speaker, 'agent');
    // "距离他被前董事会解雇", "该办法由X发布": a pronoun subject before 被 or 由 undergoes the act,
    // and so does a named one before 被 whatever does it (被前董事会解雇); the doer named after it acts.
    if (prop.subject && agentId && roles.get(agentId) === 'agent') {
      const marker = undergoerMarker(contentTokens, prop.subject.end);
      if (marker === '被' || (marker === '由' && prop.subject.kind === 'pronoun')) {
        const ids = prop.subject.kind === 'entity' ? prop.subject.ids : [agentId];
        for (const id of ids) if (roles.get(id) === 'agent') roles.set(id, 'object');
        agentId = [...roles].find(([, role]) => role === 'agent')?.[0] ?? agentId;
      }
    }
    const investee =
      kind === 'funding' && agentId && roles.get(agentId) === 'agent' ? unsaidInvestee(contentTokens) : false;
    if (investee && ![...roles.values()].includes('object')) {
      const earlier = [...history.actors]
        .reverse()
        .find(
          (a) =>
            a.role === 'object' &&
            a.id !== agentId &&
            a.at < offset + start &&
            INVESTEE_TYPES.has(context.typeOf?.(a.id) ?? ''),
        );
      // (Else the company the investor was last said to deal with: "…B选择A作为云服务商；A当时还投资了
      //约3亿美元" puts the money into B; a company that only launched something before is no party.)
      const dealt = [...history.claims]
        .reverse()
        .map((c) =>
          c.roles.has(agentId!)
            ? [...c.roles].find(
                ([id, role]) =>
                  id !== agentId &&
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
      if (!investors) agentId = round.id;
      prefix ??= { start: offset + start, end: offset + start, label: round.name };
    }
    const finalModality: Modality = kind === 'denial' ? 'denied' : modality;
    // "X回应称，Y并没有收费计划": the one who denies is the agent of a denial, and whom the
    // denial is about its object (tests/claims-eval/README.md).
    // "X执行长Y否认…": a person the gazetteer knows, titled by the company they work for, denies for
    // it; the company is the denier, the person only mentioned (README: a gazetteer executive is
    // mentioned when he speaks for his company's act, forecast or denial).
    const voice = speaker ?? prop.attribution.entityId ?? agentId ?? undefined;
    const voiceAt = voice ? tokens.find((t) => t.entityId === voice && t.start >= start && t.end <= end) : undefined;
    const employer = voice && context.typeOf?.(voice) === 'person' ? context.parentOf?.(voice) : undefined;
    const titledBy =
      employer && voiceAt
        ? tokens.some((t) => t.entityId === employer && t.end <= voiceAt.start && t.start >= voiceAt.start - 12)
        : false;
    if (kind === 'denial' && voice && employer && titledBy && roles.has(voice) && roles.has(employer)) {
      for (const [id, role] of roles) if (role === 'agent') roles.set(id, id === voice ? 'mentioned' : 'object');
      roles.set(employer, 'agent');
      if (prop.attribution.kind === 'article') prop.attribution = speakerOf(voice);
      agentId = employer;
    } else if (kind === 'denial' && speaker && speaks && roles.has(speaker)) {
      for (const [id, role] of roles) if (role === 'agent' && id !== speaker) roles.set(id, 'object');
      roles.set(speaker, 'agent');
      agentId = speaker;
    }
    if (kind === 'denial' && agentId && roles.get(agentId) === 'agent' && prop.attribution.kind === 'article')
      prop.attribution = speakerOf(agentId);

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
      const named = company
        ? tokens.find((t) => t.entityId === company && t.start >= start && t.end <= end)
        : undefined;
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
    // A metric going on in the chain with no date of its own is for the chain's period (第二季度).
    const chained =
      owner && props.indexOf(prop) > 0 && !dates.some(inside) ? chainPeriods(drafts[drafts.length - 1]) : [];
    drafts.push({
      kind,
      modality: finalModality,
      attribution: prop.attribution,
      start: from,
      end: offset + start + trimClause(sentence.slice(start, end)).length,
      text,
      entities: [...roles].map(([id, role]) => ({ id, role })),
      figures: figures.filter(inside).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset })),
      dates: chained.length
        ? chained
        : datesOf(dates, tokens, start, end, sentence).map((d) => ({
            ...d,
            start: d.start + offset,
            end: d.end + offset,
          })),
    });
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
  history.actors.sort((a, b) => a.at - b.at);
  // Hearsay about an agent the next sentence may go on with.
  const lastDraft = drafts[drafts.length - 1];
  const reportedAgent = lastDraft?.entities.find((e) => e.role === 'agent')?.id;
  // (A medium's report, 据彭博社报道, goes on as a hedge does.)
  history.chain = lastDraft ? { kind: lastDraft.kind, entities: lastDraft.entities } : null;
  history.report =
    (lastDraft?.attribution.kind === 'unnamed' || lastDraft?.modality === 'reported') && reportedAgent
      ? { attribution: lastDraft.attribution, agent: reportedAgent }
      : null;
  const rumour = [...drafts].reverse().find((d) => d.modality === 'reported');
  const rumouredAgent = rumour?.entities.find((e) => e.role === 'agent')?.id;
  if (rumouredAgent) history.rumoured = rumouredAgent;
  return drafts;
}

/** Verbs of a move of office: taking a post, leaving one, joining or leaving an organization. */
const PERSONNEL_MOVE =
  /^(离开|离职|辞职|辞任|卸任|加入|出任|接任|担任|重返|回归|履新|任职|就职|入职|供职|效力|加盟|跳槽|转投)$/;

/** Verbs of a deal that buys a company or a stake (folded): 收购, 并购, 买下. */
const DEAL_VERB = /^(收购|并购|买下|收购了|并购了|入股)$/;

/**
 * A definite noun phrase for a deal opening what is said (这笔交易, 这宗收购, 该交易, 此次并购):
 * the deal the article reported last.
 */
/** A definite round: 本轮, 此轮, 该轮, 这轮, 这一轮. */
const THIS_ROUND = /本轮|此轮|该轮|这一?轮/;

const DEAL_NP = /^(?:这笔|这宗|这项|这起|这次|此次|此项|此笔|本次|该)(?:交易|收购|并购|合并)(?:案)?(?!所|方)/;

/** Entity types that never speak or predict: a model, a product, a work. */
const THING_TYPES: ReadonlySet<string> = new Set(['model', 'product', 'work']);

/**
 * "X加入Y后，主导了Z", "X上线后，迅速成为…": a clause that opens on its predicate (adverbs, then a
 * verb) has a zero subject, which a when-clause before it supplies. An existential ("也有许多…")
 * or a copula brings a subject of its own after it.
 */
/**
 * 话题链 across sentences: a sentence whose first proposition has no subject of its own, opens on
 * its predicate (after a time or an adverb: 上市后持股约21.6%; 按照规划，年底前还将…) and states a
 * figure or a plan goes on about the agent of the sentence right before it. The chain breaks where
 * that sentence stated nothing or ended on another agent, where another name came between, where
 * a leading frame names someone, and where the sentence names a person jieba finds (who is then its
 * subject) or opens on a one-character verb before a noun (more often a word jieba split, 算/v 力/n).
 */
function zeroSubjectTopic(
  propClauses: readonly Clause[],
  content: readonly Token[],
  at: number,
  history: History,
  before: History['chain'],
): Antecedent | null {
  if (propClauses.some((c) => c.type !== 'content' && c.tokens.some((t) => t.entityId))) return null;
  if (propClauses.some((c) => c.tokens.some((t) => /^(nr|nrt|nrfg)$/.test(t.tag)))) return null;
  const words = content.filter((t) => !isPunct(t) && !/^(t|m|f|q)$/.test(t.tag));
  const head = words.find((t) => !/^(d|ad)$/.test(t.tag) && !CONTINUATION.test(t.word));
  if (!head || !startsWithPredicate(words)) return null;
  if (head.word.length === 1 && /^(n|k)/.test(words[words.indexOf(head) + 1]?.tag ?? '')) return null;
  const last = history.lastAgent;
  if (!last || last.end <= last.start || last.start >= at) return null;
  if (!before?.entities.some((e) => e.id === last.id && e.role === 'agent')) return null;
  if (history.actors.some((a) => a.at >= last.end && a.at < at && a.id !== last.id)) return null;
  return { id: last.id, at: last.start, end: last.end };
}

function startsWithPredicate(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  while (
    k < words.length &&
    !words[k]!.entityId &&
    (/^(d|ad)$/.test(words[k]!.tag) || CONTINUATION.test(words[k]!.word))
  )
    k++;
  const head = words[k];
  return !!head && !head.entityId && isVerb(head) && !EXISTENTIAL.test(head.word) && head.word !== '是';
}

/** "在…后的48小时内", "在上线一周之内": a span of time closing a when-frame. */
const SPAN_WITHIN =
  /(\d|[一二两兩三四五六七八九十几幾数數半]|小时|小時|天|日|周|週|月|年|期)(内|內|以内|以內|之内|之內)$/;

/** A basis of computation: 按照X计算, 以目前股价计, 按汇率换算. */
const BASIS_FRAME = /^(按照|按|依照|依|以|根据|根據)[^，。；]{1,30}(计算|計算|来算|來算|换算|換算|折算|计|計|算)$/;

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
  if (words.some((t) => t.tag === 't' || OWN_TIME.test(t.word))) return [];
  // (The last one, resolved or not — 日前, a fiscal quarter — frames what follows; a span back or
  // ahead does not.)
  const earlier = dates.filter(
    (d) => d.end <= start && !isSpanBack(d) && !/^(未来|未來|接下来|接下來|今后|今後)/.test(d.text),
  );
  return earlier.length ? [earlier[earlier.length - 1]!] : [];
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

/** Coordinators that join a second predicate to the clause before: 并, 并且, 同时, 随后, 此后. */
const COORDINATOR = /^(并|并且|並|並且|并于|並於|并将|並將|同时|同時|随后|隨後|此后|此後)$/;

/**
 * "并于上月底通过评估", "随后关闭了工厂", "同时宣布…": a clause that opens on a coordinator and goes on
 * with a verb (after adverbs, a time word or a 于/在 + time phrase); not "并非…", nor a passive 被.
 */
function coordinatesPredicate(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  if (!words[0] || !COORDINATOR.test(words[0].word)) return false;
  let k = 1;
  if (/^(于|於|在)$/.test(words[k]?.word ?? '')) k++;
  while (k < words.length && !words[k]!.entityId && /^(t|m|q|mq)$/.test(words[k]!.tag)) k++;
  return startsWithPredicate(words.slice(k));
}

/**
 * "但未证实具体人数", "并未透露具体时间": a clause opening on a party keeping something back — a
 * negated verb of telling after connectives and adverbs only (jieba's c and d), no subject.
 */
function withholds(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  while (k < words.length && !words[k]!.entityId && /^(c|d)$/.test(words[k]!.tag)) k++;
  const verb = words[k];
  return (
    !!verb &&
    isVerb(verb) &&
    words.slice(0, k).some((t) => NEGATION.test(t.word) || /未$/.test(t.word)) &&
    SILENCE.test(
      words
        .slice(0, k + 1)
        .map((t) => t.word)
        .join(''),
    )
  );
}

/** "X在回复查询时表示，": a clause that ends on its verb of saying, whose words are the next clause. */
function endsOnSpeech(clause: Clause | undefined): boolean {
  const last = clause?.tokens.filter((t) => !isPunct(t)).pop();
  return !!last && SPEECH_VERB.test(last.word);
}

/**
 * Who speaks a proposition, as the sentence names them before its content: the source's entity
 * ("三星表示"), else a name in the proposition's clauses before its content ("GitHub发言人表示",
 * "小米方面，公司总裁表示"); null in the article's own voice or when no name is the source.
 */
function speakingParty(
  prop: { clauses: number[]; content: number[]; attribution: Attribution },
  clauses: Clause[],
): EntitySubject | null {
  if (prop.attribution.kind === 'article') return null;
  const id = prop.attribution.entityId;
  const first = clauses[prop.content[0]!]!;
  // (What the content says starts after its own speech verb: "X回应称消息不实".)
  const said = first.tokens[first.from]?.start ?? first.start;
  const before = prop.clauses
    .filter((c) => c <= prop.content[0]!)
    .flatMap((c) => clauses[c]!.tokens)
    .filter((t) => t.entityId && t.start < said);
  const named = id
    ? (clauses
        .slice(0, prop.content[0]! + 1)
        .flatMap((c) => c.tokens)
        .filter((t) => t.entityId === id && t.start < said)
        .pop() ?? null)
    : (before[0] ?? null);
  return named ? { kind: 'entity', ids: [named.entityId!], start: named.start, end: named.end } : null;
}

/** Verbs of a rumour spreading (传出, 盛传): with a generic source before them, a verb of saying. */
const RUMOUR_SPREAD = /^(传出|盛传|流传|传言|传闻|风传)$/;

/** Who spreads a rumour without being anyone (the market, the trade, the web), with its adverbs. */
const GENERIC_SOURCE =
  /^(市场|市场上|外界|坊间|业内|业界|网上|网络上|圈内|资本市场)(一度|近日|日前|此前|近期|也|还|又|再度|曾)*$/;

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

/** Verbs that present what comes before them as evidence of the clause after them. */
const EVIDENTIAL = /^(体现|体现出|表明|说明|证明|意味着|反映|反映出|显示出|证实|印证)$/;

/** A pronoun speaking, and the adverbs that may follow it before the speech verb. */
const SPEAKING_PRONOUN = /^(他|她|它|其|他们|她们|它们)(?:随后|随即|还|也|则|又|曾|曾经|同时|此前|后来|进一步)*$/;

/**
 * A bare or demonstrative noun for an organization speaking: 团队, 公司方面, 官方, 该公司, 这家公司
 * (在声明中称 leaves 这家公司 once the place of the statement is cleaned off). 这家 + any noun
 * phrase (这家芯片巨头, 这家新创) is an organization by its classifier, as pronounTypes reads it; and
 * the statement an organization issued (声明指出, 该声明又指) speaks for it, as its spokesperson would.
 */
const BARE_SPEAKER =
  /^(?:该|这家|此|这个|这份)?(公司|团队|集团|官方|企业|管理层|管理团队|声明|(?<=^这家)[\u4e00-\u9fffa-z]{1,6}?)(?:方面|相关负责人)?(?:在.*[时上中]|曾|也|则|还|又|亦|同时|随后|此前|当时|日前|近日|昨日|今天|昨天|(?:在|于)?[\d今去前明本上下一二三四五六七八九十]{1,6}(?:年|月|日|号|周)(?:初|底|末|中|份)?)*$/;

/** Who a bare speaker stands for: 这家 + its noun phrase as written; a statement, its issuer. */
const bareSpeakerPronoun = (noun: string, words: string) =>
  noun === '声明' ? '该公司' : words.startsWith('这家') ? `这家${noun}` : `该${noun}`;

/**
 * "一位国内AI企业高管曾告诉媒体，2019年他…": 他 stands for a person the sentence describes
 * without a name; the claim reads whole with no named actor.
 */
function describedPerson(before: string, pronoun: string): boolean {
  return (
    /^(他|她)$/.test(pronoun) &&
    /(一位|一名|某位|某|这位)[^，,。]{0,12}(高管|人士|员工|负责人|工程师|创始人|投资人|分析师|专家|研究员|高层)/.test(
      before,
    )
  );
}

/** Derived forms of the cue patterns, built once each: extraction tests them per token. */
function derived(cache: WeakMap<RegExp, RegExp>, make: (pattern: RegExp) => RegExp): (pattern: RegExp) => RegExp {
  return (pattern) => {
    let out = cache.get(pattern);
    if (!out) cache.set(pattern, (out = make(pattern)));
    return out;
  };
}

/** The pattern matching a whole word only. */
const wholeWord = derived(new WeakMap(), (pattern) => new RegExp(`^(${pattern.source})$`));

/** The pattern for `matchAll` (global). */
const everywhere = derived(new WeakMap(), (pattern) => new RegExp(pattern.source, 'g'));

/** A verb after 的 (and an adverb) names an event: "Nova的快速迭代". */
function nominalized(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before?.word === '的' || (!!before && /^(d|a|ad)$/.test(before.tag) && tokens[k - 2]?.word === '的');
}

/** A clause "X自…以来" / "其从…以来": a subject, then a since-frame of its own. */
function subjectSince(body: Token[]): boolean {
  const at = body.findIndex((t) => /^(自|从|自从)$/.test(t.word));
  return (
    at > 0 &&
    at <= 2 &&
    (body[0]!.entityId !== undefined || PRONOUN.test(body[0]!.word)) &&
    /^(以来|起)$/.test(body[body.length - 1]!.word)
  );
}

/** A frame naming what a response answers: 针对…的说法, 对于外界的质疑, 就…传闻. */
const RESPONSE_FRAME = /^(针对|对于|关于|就|面对)(.*)(说法|传闻|传言|消息|质疑|报道|报导|猜测|疑问|指控|批评)$/;

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
  /第[一二三四五六七八九十两\d]+(次|回|度|个|家|款)|首次|首度|又一次|再一次|再次|时隔|以来|(?<![最落背身])后/;

/** The last word of a medium's or an institution's name: 彭博社, 华尔街日报, 新华网. */
const MEDIUM = /(社|日报|时报|晚报|周刊|杂志|电视台|通讯社|新闻网|网站|研究院|研究所|机构)$/;

/** Verbs of belief: what follows is the holder's opinion, not a statement of theirs. */
const BELIEF_VERB = /^(认为|普遍认为|一致认为|觉得|相信|判断|看来|研判|坚信|断言|比喻|看好|不看好|唱衰)$/;

/** Nouns for a view offered: "一句研判", "一个比喻", "他的观点". */
const VIEW_NOUN = /研判|比喻|观点|看法|论断|预言/;

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

/**
 * A source that points back to a report already told: 该报道指出, 上述报道称, 报道还称, 文章进一步
 * 指出. (A report citing someone, 报道援引知情人士称, names its own source.)
 */
const REPORT_REFERENCE =
  /^(而|另外|此外|同时)?(该|上述|这篇|此|前述|该篇|这份)?(报道|报导|文章)(中|里)?(还|也|并|同时|进一步|则|更|亦|另外)?(称|指出|表示|提到|透露|显示|写道|说|披露|介绍|提及)/;

/** Verbs of announcing as a predicate: the subject is the source of what it announces. */
const ANNOUNCING = /^(宣布|宣称|预告|官宣|承认)$/;

/** Verbs of announcing: before a comma or a colon they introduce what is announced. */
const ANNOUNCE = /^(宣布|官宣|公布|发文|发声|通报)$/;

/** Reporting verbs that take no speaker when they have no subject: 预计将…, 显示出…. */
const IMPERSONAL_VERB = /^(预计|预测|预期|估计|显示|表明|发现|获悉|了解到|报道|据悉)$/;

/** Verbs that pass on a fact rather than a view: what they introduce is a report, quoted or not. */
const REPORTING_VERB = /^(透露|披露|获悉|了解到|报道|报导|显示|表明|发现|告诉)$/;

/** Members whose words are the organization's own: its spokesperson, its official account. */
const VOICE_OF = /^(发言人|管理层|管理团队|官方|官网|账号|内部|旗下|背后|身后)$/;

/** Verbs that take an event noun as their predicate: 完成…收购, 进行…融资, 宣布…上线. */
const LIGHT_VERB = /^(完成|进行|启动|达成|开启|实现)$/;

/** Nouns for a statement someone issues: 发布公告称, 发表声明称, 发文称. */
const SPEECH_NOUN = /^(公告|声明|文章|博文|微博|推文|内部信|邮件|发表声明)$/;

/** Entity types that are documents: as a source, data rather than a speaker. */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['report', 'work']);

/** Localizers that end a place phrase: "X上", "X期间". */
const PLACE_END = /^(上|中|里|内|期间|现场|会上)$/;

/** A denial said as a predicate, which jieba cuts into pieces ("不/实"). */
const DENIAL_PREDICATE =
  /澄清(了)?(相关|这一|该|此|上述|有关|市场|网络|网上|外界)?的?(传闻|传言|报道|报导|消息|说法|猜测)|不实|失实|毫无根据|毫无依据|无中生有|并非事实|与事实不符|纯属谣言|子虚乌有|纯属虚构|并不属实|不属实|(没有|并无|暂无|并没有|从未有过?)(任何)?[^，,。；]{0,14}(计划|打算|意向|安排|想法)|(并不|并未|不)(知悉|知晓)[^，,。；]{0,20}(原因|理由)/;

/**
 * Keeping silent (不予置评, 拒绝评论, 未回应, 不愿证实, 并未证实, 未透露): whole in a few words, a
 * statement of what the silent party did, which it is the agent of (dev-2, dev-3 and unseen-4
 * annotate it so; dev-4, dev-5 and unseen-6 list 並未證實 and 未透露 with them).
 */
// (未有回应 and 不评论 are how Hong Kong writes 未回应 and 不予置评.)
const SILENCE =
  /(不予|未予|拒绝|不愿|未作|暂不|不便|不)(置评|评论|回应|证实|说明|表态|透露)|(未|没有|尚未|未有)(回应|证实|透露)/;

/** A comparison frame before the proposition: 与X相比, 和X比起来, 相较于X. */
const COMPARED_WITH = /^((与|和|跟|同)(?!其).{1,20}(相比|相较|比较|比起来|相比较)|相较于|相比于|较之)/;

/** Cues that are nouns in their usual phrase ("看到X的身影", "估值达…"). */
const NOUN_CUE = /^(身影|估值)$/;

/** A clause that only introduces an example: "X就是一个例子", "X便是典型的案例". */
const EXAMPLE_OF =
  /(就|便|正|也)?是(一个|一家|其中的?)?(.{0,12}的)?(典型的?|很好的|最好的|鲜明的|实际)?(例子|案例|用例|代表|缩影|例证|典型)$/;

function classify(
  start: number,
  end: number,
  sentence: string,
  all: Token[],
  dates: DateRef[],
  context: ExtractContext,
): Clause {
  const tokens = all.filter((t) => t.start >= start && t.end <= end);
  const clause: Clause = { start, end, tokens, type: 'content', from: 0 };
  const words = tokens.filter((t) => !isPunct(t));
  const text = words.map((t) => t.word).join('');
  const verbs = words.filter(isVerb);

  // Who says so: "据知情人士透露", "X表示", "有消息称…", "根据PitchBook的数据".
  // "正如X在…演讲中所说": after 正如/据 the words before the reporting verb are all its source.
  // A conjunction may come first: "而据X透露", "但正如X所说".
  // "该报道指出，…", "报道还称，…": a report already told goes on; its source is the one named
  // before (kept by the caller), and what it says is hearsay.
  const backReference = REPORT_REFERENCE.exec(text);
  if (backReference) {
    clause.attribution = { kind: 'unnamed', text: '' };
    clause.hearsay = clause.refersToReport = true;
    let length = 0;
    const after = words.find((t) => (length += t.word.length) > backReference[0].length);
    if (!after) {
      clause.type = 'attribution';
      return clause;
    }
    clause.from = tokens.indexOf(after);
  }
  const sourceLead = /^(而|但|但是|不过|同时|另外|此外|然而|另)?(正如|如同|诚如|据|根据|依据|援引)/.test(text);
  // jieba cuts 所言 as 所 + 言: the pair is one reporting verb.
  const speechWord = (k: number) =>
    words[k - 1]?.word === '所' && /^(言|说|述)$/.test(words[k]!.word) ? `所${words[k]!.word}` : words[k]!.word;
  // "X宣布，…", "X官宣：…": a verb of announcing before a comma or colon introduces what is
  // announced, as a speech verb does (before its object, "宣布完成融资", it is the predicate).
  const announces = (k: number) =>
    ANNOUNCE.test(words[k]!.word) && /^[，,：:]/.test(sentence.slice(words[k]!.end - 0, words[k]!.end + 1));
  // "Nova预计将于年底上线": a model or product is expected to do something; it predicts nothing.
  // (A thing must be named before it: "并预计…" after a speaker's comma is the speaker predicting.)
  const expectedOfThing = (k: number) =>
    FORECAST_VERB.test(words[k]!.word) &&
    words.slice(0, k).some((w) => w.entityId) &&
    words
      .slice(0, k)
      .every((w) => (w.entityId ? THING_TYPES.has(context.typeOf?.(w.entityId) ?? '') : /^(d|t|c)$/.test(w.tag)));
  // "市场传出X将…", "外界盛传…": a rumour the market or the trade spreads is said by nobody named;
  // what it spreads is the content ("消息传出后" is a time frame, not this).
  const rumourSpreads = (k: number) =>
    RUMOUR_SPREAD.test(words[k]!.word) &&
    !/^(后|之后|以后|以来)$/.test(words[k + 1]?.word ?? '') &&
    GENERIC_SOURCE.test(
      words
        .slice(0, k)
        .map((w) => w.word)
        .join(''),
    );
  // "业内人士普遍看好，X将…": a verb of judging before a comma frames a view, as 认为 does (before
  // its object, "看好X", it is the predicate).
  // ("业内人士分析，…": so does 分析, a verb of analysing, which frames a view: see OPINION_VERB.)
  const judgesAhead = (k: number) =>
    /^(看好|不看好|唱衰|分析)$/.test(words[k]!.word) &&
    /^[，,：:]/.test(sentence.slice(words[k]!.end, words[k]!.end + 1));
  const speechAt = words.findIndex(
    (t, k) =>
      (SPEECH_VERB.test(speechWord(k)) || announces(k) || rumourSpreads(k) || judgesAhead(k)) &&
      // "X则未回应", "X并未透露确切金额": a negated speech verb attributes nothing; X kept silent.
      !negatedAt(words, k) &&
      // ("对于外界的质疑，", "根据X的分析，": a verb of judging right after 的 is a noun.)
      !(words[k - 1]?.word === '的' && /^(质疑|批评|担忧|坦承|分析)$/.test(words[k]!.word)) &&
      // "账号状态显示为“离职”": 显示为 is a copula (is shown as), not data showing.
      !(words[k]!.word === '显示' && words[k + 1]?.word === '为') &&
      // "胜过分析师平均预测的约450亿元": a verb of saying before 的 and a noun modifies that noun
      // (what was predicted); it introduces no words. ("正如X所说的，" still does.)
      !(words[k + 1]?.word === '的' && !!words[k + 2] && !isPunct(words[k + 2]!)) &&
      // "X的平均回应时间为3秒": after 的 (and a modifier), a verb of saying before a noun is part
      // of that noun (a response time); it introduces no words.
      !modifiesNounAfterDe(words, k) &&
      !expectedOfThing(k) &&
      // "营收远高于市场预期；": an expectation compared with names no one who expects.
      !expectedAsStandard(words, k) &&
      (sourceLead ||
        // "…的数据显示", "…报告表明": data showing is a source clause whatever words name it.
        (/^(显示|表明)$/.test(words[k]!.word) && /^(数据|报告|统计|调查|研究)$/.test(words[k - 1]?.word ?? '')) ||
        // "一位接近X的人士透露": a whole unnamed-source phrase, whatever verbs it holds.
        UNNAMED_SOURCE.test(
          words
            .slice(0, k)
            .map((w) => w.word)
            .join(''),
        ) ||
        (words.slice(0, k).every(
          (w, j) =>
            !isVerb(w) ||
            words[j + 1]?.word === '的' ||
            // "X在接受采访时表示": the verbs of a when-frame before the speech verb are not it.
            inWhenFrame(words, j, k) ||
            // "解释称", "回应说", "补充道": a verb of saying and 称 are one reporting verb.
            (j === k - 1 && /^(称|说|道)$/.test(words[k]!.word)) ||
            // "X笑着说", "X苦笑着表示": a verb with 着 right before the verb of saying is how X says it.
            (j === k - 2 && words[j + 1]!.word === '着') ||
            // "X在社交平台发文表示": posting is how X says it.
            (j === k - 1 && /^(发文|撰文|发帖|发推|致信|致函)$/.test(w.word)) ||
            // "X主席兼行政总裁Y表示": 兼 joins two titles; 联合, 首席 open one (联合创始人).
            (w.word === '兼' && words.slice(j + 1, j + 3).some((x) => MEMBER_NOUN.test(x.word))) ||
            (TITLE_JOINER.test(w.word) && MEMBER_NOUN.test(words[j + 1]?.word ?? '')) ||
            /^(有|获悉|出来|相关|有关)$/.test(w.word) ||
            // "有投放从业者估算": a verb naming the trade of the people who speak modifies them.
            /(从业者|人士|分析师|专家|学者|研究员|投资人)$/.test(words[j + 1]?.word ?? '') ||
            // "发布公告称", "发表声明称": the verb's object is the statement itself.
            SPEECH_NOUN.test(words[j + 1]?.word ?? '') ||
            SPEECH_NOUN.test(w.word) ||
            UNNAMED_SOURCE.test(w.word) ||
            // "最新数据显示": jieba may tag a data noun a verb after an adverb it misreads.
            /^(数据|统计|报告)$/.test(w.word),
        ) &&
          // "上述报道与事实不符": a speech word right after a determiner is a noun, and names no source;
          // so is one a copula or a denial follows ("相关报道系误读"), or an adjective or a negation
          // ("相关报道严重夸大", "报道并不准确"): a verb of saying is followed by what is said.
          !/^(上述|该|此|这|这些|那些|此类|这一|这份|该份)$/.test(words[k - 1]?.word ?? '') &&
          !(
            /^报[道导]$/.test(words[k]!.word) &&
            // ("报道中的数字并不准确": before a localizer the report is where something is.)
            (/^(系|属|属于|是|并非|纯属|不实|失实|有误|中|里)$/.test(words[k + 1]?.word ?? '') ||
              words[k + 1]?.tag === 'a' ||
              NEGATION.test(words[k + 1]?.word ?? ''))
          ))),
  );
  // (A connective before it, "另据悉" or "而据报道", leaves the lead or the hedge what it is.)
  const unjoined = text.replace(/^(而|但|但是|不过|同时|另外|此外|然而|另)/, '');
  const lead = ATTRIBUTION_LEAD.test(unjoined);
  // "张明远：我们…", "星辰科技CEO张明远：": a name (and a title) before a colon introduces its words.
  if (
    /[：:]\s*$/.test(sentence.slice(start, end)) &&
    words.length > 0 &&
    words.length <= 4 &&
    words.some((t) => t.entityId) &&
    words.every((t) => t.entityId || MEMBER_NOUN.test(t.word))
  ) {
    const written = sentence.slice(words[0]!.start, words[words.length - 1]!.end);
    clause.attribution = attributionOf(text, written, words, context, text);
    clause.opinion = true;
    clause.type = 'attribution';
    return clause;
  }
  // "据悉，", "据称，", "有消息称，": a hedge alone is a clause of attribution.
  // "本报观察，", "笔者看来，": the writer’s view opens the sentence (no verb of saying, so not found
  // below); what follows is theirs, a view even of what is to come, as after 认为.
  if (AUTHOR_VOICE.test(unjoined) && /(观察|看来)$/.test(unjoined)) {
    clause.attribution = ARTICLE;
    clause.opinion = clause.belief = true;
    clause.type = 'attribution';
    return clause;
  }
  // (Hong Kong and Taiwan: 據報, 消息指, 外電報導; the wires, 外电, report as a medium does.)
  if (
    /^(据悉|据了解|据称|据传|据说|据报道|据报导|据报|有消息称|消息称|有消息指出?|消息指出?|网传|传闻|外电报[道导])$/.test(
      unjoined,
    )
  ) {
    // No source is named: the hedge itself is the attribution, shown by the 报道 tag.
    clause.attribution = { kind: 'unnamed', text: '' };
    clause.type = 'attribution';
    return clause;
  }
  // "据财报，", "根据X发布的公告，", "据公开资料，": a lead naming a document is a source clause too.
  const leadSource = /(数据|报道|消息|统计|显示|来看|报告|财报|年报|季报|招股书|白皮书|公告|资料|信息|公报|文件|通报)$/;
  if (!backReference && (speechAt >= 0 || (lead && leadSource.test(text)))) {
    const verb = speechAt >= 0 ? words[speechAt]! : null;
    // (The verb of "解释称", "回应说" is the reporting verb's, not part of who speaks.)
    const joined = verb && speechAt > 0 && isVerb(words[speechAt - 1]!) && /^(称|说|道)$/.test(verb.word);
    const sourceWords = verb ? words.slice(0, joined ? speechAt - 1 : speechAt) : words;
    const sourceText = sourceWords.map((t) => t.word).join('');
    const written = sourceWords.length
      ? sentence.slice(sourceWords[0]!.start, sourceWords[sourceWords.length - 1]!.end)
      : '';
    if (verb || lead) {
      // A name inside a title or quotes (“在《报告》中指出”) is where it was said, not who said it.
      const unquotedWords = sourceWords.filter(
        (t) => !quotedAt(sentence, t.start) && !insideLongerQuote(tokens, tokens.indexOf(t)),
      );
      const unquoted = sourceWords
        .filter((t) => !quotedAt(sentence, t.start))
        .map((t) => t.word)
        .join('');
      // …unless the title is the speaker itself ("《经济学人》提出").
      const speakers = unquotedWords.some((t) => t.entityId) ? unquotedWords : sourceWords;
      clause.attribution = attributionOf(sourceText, written, speakers, context, text, unquoted);
      if (verb && announces(speechAt)) clause.announces = true;
      if (verb && OPINION_VERB.test(speechWord(speechAt))) clause.opinion = true;
      // ("分析称，…", "坦承称": the verb before 称 is the one that frames the words.)
      if (joined && OPINION_VERB.test(words[speechAt - 1]!.word)) clause.opinion = true;
      // ("分析称，…", "韩媒分析指": an analysis with no name is a view too; jieba tags 分析 a noun.)
      if (verb && /分析$/.test(sourceText) && /^(称|指|指出)$/.test(verb.word)) clause.opinion = true;
      if (verb && NEUTRAL_SPEECH_VERB.test(speechWord(speechAt))) clause.says = true;
      // "X回应称", "X随即澄清": the verb, or one just before 称/说 ("回应/称").
      if (verb && (RESPONSE_VERB.test(verb.word) || (joined && RESPONSE_VERB.test(words[speechAt - 1]!.word))))
        clause.responds = true;
      // "正如X所言，…": the writer cites a saying to make a point of their own.
      if (/^(而|但|但是|不过)?(正如|如同|诚如)/.test(text)) clause.opinion = true;
      // 估计 is an estimate like 估算: of what is to come a forecast (the words say so: 将, 明年), of
      // what is or was ("估计去年的出货量约为…") the estimator's view (the editors' majority,
      // tests/claims-eval/README.md: an analyst's estimate of a present figure is `figure`, `opinion`).
      if (verb && /^(估算|测算|推算|估计)$/.test(verb.word)) clause.estimates = true;
      // (Not "此前市场预计…": an expectation put in the past.)
      if (verb && FORECAST_VERB.test(verb.word) && verb.word !== '估计' && !pastPlanAt(words, speechAt))
        clause.forecast = true;
      // An impersonal 预计 ("预计将达到…") or a verb of evidence (显示) has no speaker.
      if (verb && !sourceWords.length && !sourceLead && !lead && !IMPERSONAL_VERB.test(verb.word))
        clause.subjectSpeaks = true;
      if (AUTHOR_VOICE.test(text)) clause.opinion = true;
      // "称“…”": words quoted after a verb of saying are the speaker's view; a verb that
      // reports a fact (透露, 披露, 显示) keeps them a report.
      const quoted = verb && /^[“「『"]/.test(sentence.slice(verb.end, end).replace(/^[道到称]?[，,：:\s]*/, ''));
      if (quoted && !REPORTING_VERB.test(speechWord(speechAt))) clause.opinion = true;
      if ((verb && BELIEF_VERB.test(speechWord(speechAt))) || VIEW_NOUN.test(text))
        clause.belief = clause.opinion = true;
      if ((verb && /^报[道导]/.test(verb.word)) || (lead && /报[道导]$/.test(sourceText))) clause.hearsay = true;
      const rest = verb
        ? tokens.slice(tokens.indexOf(verb) + 1).filter((t) => !isPunct(t) && !/^(道|到|称)$/.test(t.word))
        : [];
      if (!rest.length) {
        clause.type = 'attribution';
        return clause;
      }
      clause.from = tokens.indexOf(rest[0]!);
    }
  }
  // "…，如星辰科技与Y合作推出Z": an example given as a whole clause is a proposition of its own.
  const example = tokens.slice(clause.from).find((t) => !isPunct(t));
  if (example && EXAMPLE_LEAD.test(example.word)) {
    const rest = tokens.slice(tokens.indexOf(example) + 1);
    const subject = findSubject(rest);
    if (subject?.kind === 'entity' && rest.some((t, k) => isPredicate(rest, k)))
      clause.from = tokens.indexOf(example) + 1;
  }
  const body = tokens.slice(clause.from).filter((t) => !isPunct(t));
  const bodyText = body.map((t) => t.word).join('');
  const bodyVerbs = body.filter((t) => isVerb(t) || NEGATED_COPULA.test(t.word) || COMPARING.test(t.word));
  void verbs;
  // When: a clause of dates and time words only, or a temporal subordinate clause.
  // (A span back, 过去一年, is counted by its time word 过去 alone: "过去一年更翻了两倍" is a predicate.)
  const dateChars = dates
    .filter((d) => d.start >= start && d.end <= end && !isSpanBack(d))
    .reduce((n, d) => n + d.text.length, 0);
  const timeWords = body.filter((t) => t.tag === 't').reduce((n, t) => n + t.word.length, 0);
  // "不到半年，", "历时近21个月，": a length of time, bounded or not, opening the sentence is its time.
  const spanChars = findFigures(sentence.slice(start, end))
    .filter((f) => DURATION_UNITS.has(f.unit))
    .reduce((n, f) => n + f.text.length, 0);
  const rest =
    bodyText.length - dateChars - timeWords - spanChars - (bodyText.match(/[在于早就了起的至到]/g)?.length ?? 0);
  const introduces = /[：:]\s*$/.test(sentence.slice(start, end)) && !body.some((t) => t.entityId);
  // "最引人关注的是两笔投资：": a lead-in without a name introduces what follows.
  if (EXAMPLE_OF.test(bodyText) && body.some((t) => t.entityId)) {
    // "Nova就是一个例子，它…": the clause only introduces what the next one says about it.
    clause.type = 'aside';
    clause.introduces = true;
  } else if (
    COMPARED_WITH.test(bodyText) &&
    (body.some((t) => t.entityId) ||
      dates.some((d) => d.start >= start && d.end <= end) ||
      /同期|此前|以往/.test(bodyText))
  ) {
    // "与X相比，…": X is what the proposition after it is compared with; "与去年同期相比" compares
    // the subject with itself at another time.
    clause.type = 'scene';
    clause.comparison = true;
  } else if (DENIAL_PREDICATE.test(bodyText) || (clause.responds && PLAYS_DOWN.test(bodyText))) {
    // "该消息不实": a denial is a predicate even with no verb tag; so is an answer that plays the
    // report down in the clause of its speech verb ("X回应称这只是一次测试").
  } else if (CONCESSIVE.test(bodyText) || conditionalLead(bodyText, sentence, start, end)) {
    // "若X按计划发布，Y将…", "一旦X开源，Y将面临…": a condition, like a concession, states nothing
    // of its own; it qualifies the main clause after it (one claim, the editors' spans).
    clause.type = 'scene';
    clause.concessive = true;
    if (!CONCESSIVE.test(bodyText)) clause.conditional = true;
  } else if (introduces) clause.type = 'scene';
  else if (bodyText && rest <= 2 && !body.some((t) => t.entityId)) clause.type = 'time';
  else if (
    (TEMPORAL_END.test(bodyText) || (TEMPORAL_START.test(bodyText) && SPAN_WITHIN.test(bodyText))) &&
    // "其自去年推出X以来，已…": a since-clause after its own subject is that subject's predicate.
    !subjectSince(body) &&
    // "竞争才刚刚开始" is a proposition; "从去年开始" a time.
    (TEMPORAL_START.test(bodyText) || (bodyVerbs.length > 0 && !/开始$/.test(bodyText))) &&
    bodyText.length <= 40
  )
    clause.type = 'time';
  // "针对网传…的说法，", "对于外界的质疑，": what a response answers sets its scene.
  else if (RESPONSE_FRAME.test(bodyText)) clause.type = 'scene';
  // "按照…的报价计算，", "以目前股价计，": the basis a figure is computed on frames the proposition.
  else if (BASIS_FRAME.test(bodyText) && !body.some((t) => t.entityId)) clause.type = 'scene';
  else if (
    SCENE_START.test(bodyText) &&
    // ("在线营销服务收入…" opens on a word of its own, not on the preposition 在.)
    !(bodyText.startsWith('在') && body[0]?.word !== '在' && body[0]?.tag !== 'p') &&
    // "面对X的竞争", "作为Y的开发者": the frame's own verb does not make it a proposition.
    // (At the head of a sentence: "将X，作为Y，…" later on is the verb's own frame.)
    (!bodyVerbs.filter((t) => t !== body[0] || !FRAME_VERB.test(t.word) || start > 0).length ||
      /(之一|为例|之外|以外|中|上|里|下|背后|方面|领域|来说|而言|看来|来看|看|说法|消息|传闻|质疑|的是)$/.test(
        bodyText,
      ))
  )
    clause.type = 'scene';
  else if (
    !bodyVerbs.length &&
    // "“今天只是一个新的起点。”X说": a whole sentence quoted is said, verb or not.
    !QUOTED_SENTENCE.test(sentence.slice(start, end)) &&
    // "X表示不予置评": keeping silent is what the clause says (jieba tags the set phrase an idiom).
    !SILENCE.test(bodyText) &&
    !findFigures(sentence.slice(start, end)).some((f) => FIGURE_KINDS.has(f.kind)) &&
    // "投资方为Y", "X的投资者为Y" say who invested, with no verb.
    !investorClause(body) &&
    !investorsNamedFor(body)
  )
    clause.type = body.some((t) => t.entityId)
      ? // "世界移动通信大会上，": a name and a localizer say where, like "在…上".
        PLACE_END.test(body[body.length - 1]!.word)
        ? 'scene'
        : 'topic'
      : // "受众群体更小，…": a noun and its adjective are a comment of their own, not a scene.
        body.some((t) => t.tag === 'a') && body[0]?.tag.startsWith('n') && !clause.attribution
        ? 'aside'
        : 'scene';
  // "在供应链看来，…", "在不少分析师看来": a frame of belief, as 认为 is.
  if (clause.type === 'scene' && /^(而|但)?在.{1,20}(看来|眼中|眼里)$/.test(bodyText))
    clause.belief = clause.opinion = true;
  // "从财报看，…": the writer reading evidence; a view unless the claim gives the figures read.
  if (clause.type === 'scene' && /^从.{1,12}(来)?看$/.test(bodyText)) clause.reading = true;
  // "以X为例，其…": X is what the next clause is about, and the antecedent of its pronoun.
  // (对X而言 is read where roles are given: see aboutFrame.)
  if (clause.type === 'scene' && /^以.{1,12}为例$/.test(bodyText) && body.some((t) => t.entityId))
    clause.example = true;
  if (clause.type !== 'content' && clause.from > 0 && clause.attribution) {
    // "有消息称在Sora引爆…前": the hedge covers what follows.
    return clause;
  }
  return clause;
}

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

/** Verbs that open a frame of scene or role: 面对X, 作为Y, 拿Z来说. */
const FRAME_VERB = /^(面对|作为|拿|对于|针对|围绕|除了|身为)$/;

/** Whether word `j` is inside a "在…时" (or "在…中") frame that closes before word `k`. */
function inWhenFrame(words: Token[], j: number, k: number): boolean {
  const open = words.slice(0, j).findLastIndex((w) => /^(在|当|于)$/.test(w.word));
  // "X上月访问上海时强调": a verb phrase closed by 时 says when even with no 在 opening it.
  if (open < 0)
    return words.slice(j + 1, k).some((w, m) => /^(时|时候|之际|之时)$/.test(w.word) && j + 1 + m === k - 1);

  // "在…时" says when; "在推特上", "在财报会议上" say where (jieba may cut 推/v 特 inside).
  const close = words.findIndex(
    (w, m) => m > j && m < k && /^(时|时候|之际|期间|之时|过程中|上|中|会上|后|之后|以后)$/.test(w.word),
  );
  return close > 0;
}

function attributionOf(
  sourceText: string,
  written: string,
  words: Token[],
  context: ExtractContext,
  clauseText: string,
  /** The source's words outside 《titles》: "在《…报告》中指出" is not a data source. */
  unquoted = sourceText,
): Attribution {
  if (WRITER.test(sourceText)) return ARTICLE;
  // Folded text finds the cues; the attribution keeps the source's own spelling.
  const cleaned = written
    .replace(/[《》]/g, '')
    // Both scripts: the source is written as the article writes it (據彭博社 → 彭博社).
    .replace(
      /^(近日|日前|此前|[随隨]後?后?|同[时時]|而|但|另|正如|[据據]|根[据據]|依[据據]|援引|按照|[来來]自|有)+/,
      '',
    )
    .replace(
      /([处處]|[独獨]家|的|[报報][道导導]|消息|所|在.*[中上时時]|在|曾|也|[还還]|[则則]|都|近日|日前|此前|此[后後]|[随隨][后後]|早前|[当當][时時]|今天|今日|昨天|昨日|公[开開]|[对對]外|向媒[体體]|[对對]此|[发發]布公告|[发發]表[声聲]明|[发發]文|\d{1,2}月\d{1,2}日[晚早]?|\d{1,2}日)+$/,
      '',
    )
    // "X笑着说", "X向记者表示": how and to whom X says it is not who X is; nor is when or where
    // ("X在交易完成后于社交平台发文表示").
    .replace(/([向對对跟](本[报報刊]|[记記]者|媒[体體]|外界)|[\u4e00-\u9fff][着著])+$/, '')
    .replace(/[在于於][^，,]*?(后|後|前|上|中|时|時|期间|期間|平台|场合|場合)[^，,]*$/, '');
  const entity = words.find((t) => t.entityId && !/(的)$/.test(t.word));
  const unnamed =
    UNNAMED_SOURCE.exec(sourceText) ??
    (sourceText.replace(/^(据|根据|有)/, '') ? null : UNNAMED_SOURCE.exec(clauseText));
  // "一位接近X的人士": a source described by its closeness to X is unnamed, not X.
  if (unnamed && (!entity || /接近|知情|消息人士|内部人士/.test(unnamed[0]))) {
    const noun =
      /知情人士|消息人士|业内人士|内部人士|接近[^，,]{1,10}的人士|媒体|外媒|业内|业界|外界/.exec(sourceText)?.[0] ?? '';
    return { kind: 'unnamed', text: noun };
  }
  // "X员工回复", "X用户称": a member who does not represent X is an unnamed source; an
  // executive with no name ("X副总裁表示") is a person, though not one we can name; a
  // spokesperson or X's own account ("X发言人", "X官方") speaks for X.
  const at = entity ? words.indexOf(entity) : -1;
  // "首席/执行官", "联合/创始人": a title jieba cuts in two is still one title.
  // "X游戏业务行政总裁Y": a unit of X (plain nouns) may come between X and the title.
  const titleAt = entity ? words.slice(at + 2, at + 5).findIndex((w) => MEMBER_NOUN.test(w.word)) + at + 2 : -1;
  const unitBetween =
    titleAt > at + 1 && words.slice(at + 1, titleAt).every((w) => w.tag === 'n' && !MEMBER_NOUN.test(w.word));
  const member =
    entity && TITLE_JOINER.test(words[at + 1]?.word ?? '') && MEMBER_NOUN.test(words[at + 2]?.word ?? '')
      ? words[at + 2]
      : entity && unitBetween
        ? words[titleAt]
        : entity
          ? words[at + 1]
          : undefined;
  const otherEntity = words.some((t) => t.tag === 'ENT' && t !== entity);
  const nobodyNamed = !otherEntity && !words.some((t) => t.tag === 'nr');
  if (entity && member && RANK_AND_FILE.test(member.word) && nobodyNamed) return { kind: 'unnamed', text: cleaned };
  // "微软首席执行官纳德拉", "X执行长黄仁勋": a titled person the gazetteer does not know is a person.
  if (entity && member && MEMBER_NOUN.test(member.word) && !VOICE_OF.test(member.word) && !otherEntity)
    return { kind: 'person', text: cleaned };
  if (entity) {
    const named = words.filter((t) => t.entityId);
    // "OpenAI CEO奥特曼": a person speaks for the organization named before; without a person,
    // the first name is the speaker ("红杉资本在…中指出").
    const persons = named.filter((t) => context.typeOf?.(t.entityId!) === 'person');
    // "以X闻名的Y宣布", "由X孵化的Y表示": a name before 的 only describes the head of the source's
    // noun phrase; the name after the last 的 is who speaks.
    let lastOf = -1;
    words.forEach((t, k) => {
      if (t.word === '的') lastOf = k;
    });
    const head = lastOf > 0 ? named.find((t) => words.indexOf(t) > lastOf) : undefined;
    const speaker = persons.length ? persons[persons.length - 1]! : (head ?? named[0]!);
    const speakerType = context.typeOf?.(speaker.entityId!);
    // "在《…报告》中指出": a title names where it was said; the speaker is still not data.
    // A speaker whose name contains 数据 ("极光数据") is not a data source: only the words around it count.
    // "根据X发布的《…报告》" cites the report as data; "X在《…报告》中指出" is X speaking.
    // "X在财报中披露", "X在一份报告里称": the document after 在 is where X speaks, not a dataset.
    const cited = ATTRIBUTION_LEAD.test(sourceText)
      ? sourceText
      : // (An adverb may follow the place: "X在财报会议上则表示".)
        unquoted.replace(
          new RegExp(`(${escapeRegExp(speaker.word)}.*?)在.*[中上里内](则|也|还|亦|又|更|曾|都|再|随即|随后)?$`),
          '$1',
        );
    // A report or a dataset named as the source ("《X报告》显示") is data.
    if (DOCUMENT_TYPES.has(speakerType ?? '') || DATA_SOURCE.test(cited.replace(speaker.word, '')))
      return { kind: 'data', entityId: speaker.entityId!, text: cleaned || speaker.word };
    return {
      kind: speakerType === 'person' ? 'person' : 'organization',
      entityId: speaker.entityId!,
      text: cleaned || speaker.word,
    };
  }
  // "据公告", "据企查查显示": a document, or whatever a lead says shows something, is data; so is a
  // document no one is named for ("资料显示", "公开资料显示"): a record the article cites.
  if (
    DATA_SOURCE.test(sourceText) ||
    (ATTRIBUTION_LEAD.test(sourceText) && DOCUMENT_SOURCE.test(sourceText)) ||
    (DOCUMENT_SOURCE.test(sourceText) && /^(公开|相关|官方|工商|历史)?(资料|公告|记录|文件)$/.test(sourceText)) ||
    /^(而|另)?(据|根据|依据)[^，,]{1,20}?(显示|表明)/.test(clauseText)
  )
    return { kind: 'data', text: cleaned.replace(/(的)?(数据|报告|统计)(显示|表明)?$/, '') || cleaned };
  // "简单介绍一下：", "前面提到，": the writer speaking, with no one named or described.
  if (!cleaned || !words.some((t) => /^(n|nr|nt|nz|r|eng)/.test(t.tag) && t.tag !== 'nrfg')) return ARTICLE;
  // "《纽约时报》报导", "彭博社", "路透社": a medium or an institution the gazetteer lacks…
  if (/《/.test(written) || words.some((t) => MEDIUM.test(t.word))) return { kind: 'organization', text: cleaned };
  // …but "外交部发言人毛宁" is a person named, whoever they speak for.
  if (words.some((t) => t.tag === 'nr')) return { kind: 'person', text: cleaned };
  if (words.some((t) => t.tag === 'nt')) return { kind: 'organization', text: cleaned };
  // "IDC指出", "Counterpoint认为", "IDC资料显示": a name in Latin letters the gazetteer lacks is
  // still a name (a research firm, a data provider), never an unnamed source: its data are data,
  // its words an organization's.
  // (The name leads the source: "一位國內AI企業高管" is someone described, unnamed.)
  if (words.find((t) => !/^(据|根据|依据|有|而|另)$/.test(t.word))?.tag === 'eng')
    return { kind: DOCUMENT_SOURCE.test(sourceText) ? 'data' : 'organization', text: cleaned };
  return { kind: 'unnamed', text: cleaned };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A demonstrative or 该 with a descriptive noun: "这家企业数据服务商", "该初创公司", "该模型". */
const DEMONSTRATIVE_NP = /^(该|这家|这款|这一|这个|此)./;

/**
 * The titled speaker a 他/她 at `at` stands for: the last one, when no person the gazetteer knows
 * and no other person's name jieba found came after it.
 */
function titledSpeakerBefore(at: number, history: History): History['titledSpeaker'] {
  const titled = history.titledSpeaker;
  if (!titled || titled.at >= at) return null;
  const personAfter = history.unknownPersons.some((p) => p >= titled.end && p < at);
  return personAfter ? null : titled;
}

/** Where the sentence holding offset `at` starts in the paragraph. */
function sentenceStartOf(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (/[。！？!?]/.test(text[k]!)) return k + 1;
  return 0;
}

function resolvePronoun(
  word: string,
  at: number,
  history: History,
  context: ExtractContext,
  /**
   * The clause's own agent, which a pronoun in its counterpart's place never is (向其, 对该公司,
   * 对方): Chinese says 自己/自身 for that.
   */
  agent: string | null = null,
): { id: string; at: number; end: number } | null {
  if (/^(前者|后者)$/.test(word)) return formerOrLatter(word, at, history, agent);
  // A plural noun phrase never stands for one name (antecedentGroup finds its several).
  if (PLURAL_NP.test(word)) return null;
  if (word === '对方' && agent) {
    const other = history.actors.filter((a) => a.at < at && a.id !== agent).slice(-1)[0];
    return other ? { id: other.id, at: other.at, end: other.end } : null;
  }
  const types = pronounTypes(word);
  const fits = (id: string) => (!types || types.includes(context.typeOf?.(id) ?? '')) && id !== agent;
  const before = history.actors.filter((a) => a.at < at && fits(a.id));
  const acted = before.filter((a) => a.role !== 'mentioned');
  // A subject pronoun goes on with the last subject (蓝鲸智能发布了Orion。它还…: 它 is 蓝鲸智能),
  // unless a name that only undergoes something came after that subject's sentence.
  const agents = acted.filter((a) => a.role === 'agent');
  const lastAgent = agents[agents.length - 1];
  const lastActed = acted[acted.length - 1];
  const sameSentence = lastAgent && lastActed && !/[。！？!?]/.test(history.text.slice(lastAgent.at, lastActed.at));
  const subjectPronoun = /^(它|他|她)$/.test(word);
  const latest = subjectPronoun && lastAgent && sameSentence ? lastAgent : (acted.length ? acted : before).slice(-1)[0];
  // A demonstrative noun phrase ("这家公司", "该模型") opening a new sentence refers back to the
  // topic of the sentences before (centering: the preferred antecedent is the last subject), not
  // to whoever acted last ("A完成融资，由B领投。这家公司…": A); a name of its type acting earlier
  // in its own sentence is still nearer.
  const sentenceStart = sentenceStartOf(history.text, at);
  const inSentence = acted.some((a) => a.at >= sentenceStart);
  // Later in the topic's own sentence ("X完成融资，由Y领投，…这家公司估值…") it is that
  // sentence's topic, the company the round is about, not the investor named last.
  // A bare 公司 or 集团 as a subject is a definite noun phrase too ("…。公司随后宣布…").
  // A singular phrase never stands for one of a plural topic ("A与B合计出资…。该公司…"): the
  // topic before it.
  const topics = history.topics.filter((t) => !t.plural);
  // 其 or 它 opening a sentence, or a clause after ；, before anyone else acted in it ("…。其估值已超过…",
  // "…；其市值又…") goes on with the topic too, like a demonstrative: a name that only
  // completed the sentence before (an investor, a standard of comparison, a name in a time
  // frame) is not what the next one is about.
  const clauseStart = Math.max(sentenceStart, history.text.lastIndexOf('；', at - 1) + 1);
  // (The clause's own agent may come first: "B均为其老股东" is still about the topic.)
  const opensOnPossessive = /^(其|它)$/.test(word) && !acted.some((a) => a.at >= clauseStart && a.id !== agent);
  let topic =
    DEMONSTRATIVE_NP.test(word) || BARE_NOUN.test(word)
      ? inSentence
        ? topics.filter((t) => t.at >= sentenceStart && t.at < at && t.id).slice(-1)[0]
        : topics.filter((t) => t.at < sentenceStart).slice(-1)[0]
      : opensOnPossessive
        ? topics.filter((t) => t.at < clauseStart && t.id).slice(-1)[0]
        : undefined;
  // The topic must be of the phrase's first type: "该社区" after "X搭建了Y" is the product Y.
  // The topic is a name no entity covers: the phrase means it, so no known name may take the claim.
  if (topic?.id === '') return null;
  if (topic && topic.id === agent) topic = undefined;
  const preferred = types?.[0] === 'product' ? ['product'] : types;
  const primary = !preferred || preferred.includes(context.typeOf?.(topic?.id ?? '') ?? '');
  const pick = topic && primary ? topic : latest;
  // Nothing fitting in this paragraph: the topic of the paragraph before, when its type fits
  // ("…。" ¶ "这家公司的…").
  // Only for a paragraph that has named no one yet, and only a definite phrase, 其 or a person
  // pronoun: 它 and plurals more often stand for something the text never named.
  // (A definite phrase for a company after a paragraph about a product or a model, "…。" ¶
  // "公司近月…", stands for its maker, the entity it belongs to.)
  const maker =
    history.before && !fits(history.before.id) && (DEMONSTRATIVE_NP.test(word) || BARE_NOUN.test(word))
      ? context.parentOf?.(history.before.id)
      : undefined;
  const carried =
    history.before &&
    (fits(history.before.id) || (!!maker && fits(maker))) &&
    !history.actors.some((a) => a.at < at) &&
    (DEMONSTRATIVE_NP.test(word) || BARE_NOUN.test(word) || /^(其|他|她)$/.test(word))
      ? { id: fits(history.before.id) ? history.before.id : maker! }
      : null;
  if (!pick) return carried ? { id: carried.id, at: -1, end: -1 } : null;
  // 集团 is the group the company in focus belongs to, when the paragraph names it ("阿里巴巴
  // …阿里云…集团营收"); else the company itself.
  const group = /集团/.test(word) ? context.parentOf?.(pick.id) : undefined;
  const parent = group ? history.actors.filter((a) => a.id === group && a.at < at).slice(-1)[0] : undefined;
  if (parent) return { id: parent.id, at: parent.at, end: parent.end };
  // 他 after an unknown person's name refers to that person, not to an entity named earlier.
  if (types?.includes('person') && history.unknownPersons.some((p) => p > pick.at && p < at)) return null;
  // …and so does one after a titled speaker the gazetteer does not know ("X执行长王明表示").
  const titled = history.titledSpeaker;
  if (types?.includes('person') && titled && titled.at > pick.at && titled.at < at) return null;
  return { id: pick.id, at: pick.at, end: pick.end };
}

/**
 * 前者 and 后者 pick one of the last two names before them, by order: "A收购了B。后者…" is B,
 * "A与B…。前者…" is A. A sentence going on "前者…，后者…" counts from its first 前者 or 后者.
 */
function formerOrLatter(
  word: string,
  at: number,
  history: History,
  /** The clause's own subject ("微软已向前者投入…"), which is neither. */
  agent: string | null = null,
): { id: string; at: number; end: number } | null {
  const lastTwo = lastTwoNames(at, history, agent);
  if (!lastTwo) return null;
  return word === '前者' ? lastTwo[0] : lastTwo[1];
}

/** The last two distinct names before `at` (before the sentence's first 前者/后者), in order. */
function lastTwoNames(
  at: number,
  history: History,
  except: string | null = null,
  /** The type the pair's noun says (两家公司: companies), when it says one. */
  fits: (id: string) => boolean = () => true,
): [Antecedent, Antecedent] | null {
  const from = sentenceStartOf(history.text, at);
  const first = history.text.slice(from, at).search(/前者|后者|双方|两者|二者/);
  // "A与B接触，讨论在C中使用后者的技术": the two point back past their own clause; a name
  // inside it (a place, a means) is not one of them.
  const clauseStart = Math.max(from, ...[...'，,；;：:'].map((c) => history.text.lastIndexOf(c, at - 1) + 1));
  const cutoff = Math.min(first >= 0 ? from + first : at, clauseStart);
  // In a sentence before, the parties are names that acted (agent or object), not one only
  // mentioned there (在X中); in the pronoun's own sentence no name has a role yet, and any counts.
  const pick = (acting: boolean) => {
    const latest = new Map<string, Antecedent>();
    for (const a of history.actors)
      if (
        a.at < cutoff &&
        a.id !== except &&
        fits(a.id) &&
        (!acting || a.at >= from || a.role !== 'mentioned') &&
        (latest.get(a.id)?.at ?? -1) < a.at
      )
        latest.set(a.id, { id: a.id, at: a.at, end: a.end });
    return [...latest.values()].sort((a, b) => a.at - b.at).slice(-2);
  };
  const acting = pick(true);
  const lastTwo = acting.length === 2 ? acting : pick(false);
  return lastTwo.length === 2 ? [lastTwo[0]!, lastTwo[1]!] : null;
}

/** Words for the act just stated, opening a clause: 此举, 这笔(投资), 此次(融资), 这次(合作). */
const DEED = /^(此举|此次|这次|这笔|该笔|此番|这一举动|这一举措)$/;

/** The kind of act a noun after a deed word names: 这笔投资, 此次收购. */
const DEED_KINDS: Array<[RegExp, ClaimKind]> = [
  [/^(投资|融资|注资|交易|入股)/, 'funding'],
  [/^(收购|并购|裁员)/, 'event'],
  [/^(发布|推出|更新|升级)/, 'launch'],
];

/** The claim a clause opening on a deed word is about: the last one, or the last of the kind its noun names. */
function deedClaim(tokens: Token[], history: History): History['claims'][number] | null {
  const deed = deedAt(tokens);
  if (!deed) return null;
  const noun = tokens[tokens.indexOf(deed) + 1]?.word ?? '';
  const kind = DEED_KINDS.find(([pattern]) => pattern.test(noun))?.[1];
  const fitting = kind ? history.claims.filter((c) => c.kind === kind) : history.claims;
  return fitting[fitting.length - 1] ?? null;
}

/** The deed word a clause opens with (after a conjunction), or null. */
function deedAt(tokens: Token[]): Token | null {
  const first = tokens.find((t) => !isPunct(t) && !/^(而|但|但是|不过|且|并|更)$/.test(t.word));
  return first && DEED.test(first.word) ? first : null;
}

/** A clause ending on two or more names, perhaps with their kind: "还有A、B、C等公司". */
function endsOnNames(clause: Clause): boolean {
  const words = clause.tokens.filter((t) => !isPunct(t));
  let k = words.length - 1;
  while (k >= 0 && !words[k]!.entityId && (/^(等|等等)$/.test(words[k]!.word) || /^n/.test(words[k]!.tag))) k--;
  return k >= 0 && !!words[k]!.entityId && words.filter((t) => t.entityId).length >= 2;
}

const PLURAL_PRONOUN = /^(它们|他们|她们)$/;

const COUNT_DIGIT: Record<string, number> = { 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The names a plural pronoun or noun phrase stands for, in text order, or null. "三家公司" takes
 * the last three names of its type; 它们, 这些公司 the last enumeration (names joined only by
 * 、/和/与…). Only names in its own
 * sentence or the one before count: further back, a plural more likely means companies the text
 * never named ("上千家创业公司…这些公司").
 */
function antecedentGroup(word: string, at: number, history: History, context: ExtractContext): Antecedent[] | null {
  const plural = PLURAL_NP.exec(word);
  if (!plural && !PLURAL_PRONOUN.test(word)) return null;
  // 它们 stands for things and companies, 他们 for people or their companies; a noun says its type.
  const types = plural
    ? (pronounTypes(plural[1]!) ?? [])
    : word === '它们'
      ? ['company', 'organization', 'model', 'product']
      : ['company', 'organization', 'person'];
  const sentenceStart = sentenceStartOf(history.text, at);
  const from = sentenceStart > 0 ? sentenceStartOf(history.text, sentenceStart - 1) : 0;
  const seen = new Set<number>();
  const names = history.actors
    .filter((a) => a.at >= from && a.at < at && types.includes(context.typeOf?.(a.id) ?? ''))
    .filter((a) => !seen.has(a.at) && !!seen.add(a.at));
  const count = /[三四五六七八九十]/.exec(word)?.[0];
  if (count) {
    const latest = new Map<string, Antecedent>();
    for (const a of names) latest.set(a.id, { id: a.id, at: a.at, end: a.end });
    const last = [...latest.values()].sort((a, b) => a.at - b.at).slice(-COUNT_DIGIT[count]!);
    return last.length === COUNT_DIGIT[count] ? last : null;
  }
  const group: Antecedent[] = [];
  for (let k = names.length - 1; k >= 0; k--) {
    const a = names[k]!;
    if (group.length && !/^\s*(、|，|,|和|与|及|以及|跟|同|或)\s*$/.test(history.text.slice(a.end, group[0]!.at)))
      break;
    if (!group.some((g) => g.id === a.id)) group.unshift({ id: a.id, at: a.at, end: a.end });
  }
  return group.length >= 2 ? group : null;
}

/**
 * Whether `pattern` matches at the start of a word of `tokens`: a cue is a word or begins one
 * (令人惊叹), not the tail of one (拟 is not in 模拟). Names and 《titles》 are skipped: 《…行动计划》 plans nothing,
 * 极光数据 is not data.
 */
function saysWord(pattern: RegExp, tokens: readonly Token[]): boolean {
  let text = '';
  const bounds = new Set<number>([0]);
  let depth = 0;
  for (const t of tokens) {
    if (t.word === '《') depth++;
    const skip = depth > 0 || !!t.entityId;
    if (t.word === '》') depth = Math.max(0, depth - 1);
    text += skip ? '\u0000' : t.word;
    bounds.add(text.length);
  }
  // A match must start a word; it may end inside one (令人惊叹 is one word to jieba).
  for (const m of text.matchAll(everywhere(pattern))) if (bounds.has(m.index) && !m[0].includes('\u0000')) return true;
  return false;
}

/** Verbs of estimating: what they give is a forecast whoever passes it on. */
// (估算, 测算 compute a figure as it is, not as it will be: "估算其成本在10元至20元之间".)
const ESTIMATE = /预计|预测|预期|估计|有望/;

/** "将X整合进了Y": a perfective 了 after the verb 将 governs tells a done act; 将 is 把. */
function perfectiveAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]!); k++) if (tokens[k]!.word === '了') return true;
  return false;
}

/**
 * 将 as 把 before a possessive noun phrase and a resultative verb ("将主力模型的价格降到…",
 * "将其总部迁至…"): jieba may tag the first word of the phrase a verb, but a noun right before
 * a verb of result (V到, V至, V为, V成, V入, 作为, 视为) after a 的 shows the disposal frame.
 */
function disposes(tokens: Token[], i: number): boolean {
  let de = false;
  for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]!); k++) {
    const t = tokens[k]!;
    if (t.word === '的') de = true;
    else if (de && isVerb(t) && RESULTATIVE.test(t.word) && /^n/.test(tokens[k - 1]?.tag ?? '')) return true;
  }
  return false;
}

/** A verb of result: what 把/将 does to its object. */
const RESULTATIVE = /^(.+(到|至|为|成|入)|作为|视为|当作|当成|交由|交给)$/;

/**
 * "超出华尔街预期", "远高于市场预期", "低于分析师此前预期", "好于预期": the expectation at `i` is the
 * standard of a comparison a few nouns back, what was expected before, not a prediction now.
 */
function expectedAsStandard(words: readonly Token[], i: number): boolean {
  return words.slice(Math.max(0, i - 3), i).some(
    (w, k, before) =>
      (STANDARD_BEFORE.test(w.word) ||
        (w.word === '于' && /^(好|高|低|差|优|逊|快|慢)$/.test(before[k - 1]?.word ?? ''))) &&
      // ("低于市场普遍预期", "胜过分析师平均预测": an adverb or an adjective may grade whose
      // expectation it was.)
      before.slice(k + 1).every((x) => /^(n|nr|nt|ns|t|r|ad|a)$/.test(x.tag) && !x.entityId),
  );
}

/** Verbs that measure against a standard: 高于预期, 不如预期, 符合预期 (jieba writes 远高于, 略低于 as one word). */
const STANDARD_BEFORE =
  /^(远|略|稍|大幅)?(高于|低于|少于|多于|大于|小于|强于|弱于|快于|慢于|不如|超出|超过|超|胜过|胜于|符合|好于|差于|优于|逊于|不及|未达|达到|低|高)$/;

/**
 * Prepositions after 将 that open the phrase before its verb (将对…, 将从…, 将与…, 将按照…, 将通过…);
 * the agent of a passive (将由X出任, 将被全面禁止) too: 把 never takes one, so 将 is "will".
 */
const FUTURE_PREPOSITION =
  /^(对|从|与|在|于|向|为|和|同|以|以此|把|由|被|按|按照|依照|依据|根据|通过|借助|凭借|基于|围绕|针对|就|朝|经由)$/;

/** The writer's epistemic doubt: 恐怕, 或许, 未必 — a view, even of what is to come. */
const WRITER_DOUBT = /^(恐怕|或许|也许|未必|想必|大概率|多半|兴许)$/;

/** Adverbs of the past: 将 before them is 把, never "will". */
const PAST_ADVERB = /^(曾|曾经|已|已经|早已|一度)$/;

/** Adverbs of the past before 将: "已将X下调至…", "曾将X纳入…" did it; 将 is 把. */
const PAST_BEFORE_WILL = /^(已|已经|早已|曾|曾经|先后|均已|都已|此前已)$/;

/**
 * Words that put a plan or an expectation before now: 原计划, 此前预计, 原本打算. What was planned
 * or expected then is told as past (it was changed, or is measured against what happened), not
 * predicted now.
 */
const PAST_PLAN = /^(原|原本|原先|本来|此前|之前|先前|早前|当初|曾|曾经)$/;

/** Verbs of planning and expecting a past-plan word can put in the past. */
const PLAN_VERB = /^(计划|预计|预期|预测|打算|拟|估计)$/;

/** Verbs before 将 that make it "will" whatever the dates: X去年宣布将…, 表示将…. */
const INTENT_BEFORE_WILL = /^(宣布|表示|称|宣称|透露|计划|打算|决定|承诺|预计|预告|官宣|强调|指出|同意)$/;

/** Whether the plan or expectation word at `i` is put in the past (原计划, 此前市场预计). */
function pastPlanAt(words: readonly Token[], i: number): boolean {
  if (!PLAN_VERB.test(words[i]!.word)) return false;
  // "原/计划" or "原计划"; "此前/市场/预计": a past word, then at most two nouns who expected it.
  if (/^(原|原本|原先)(计划|打算|预计)$/.test(words[i]!.word)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    if (PAST_PLAN.test(w.word)) return true;
    if (!/^(n|nr|nt|ns|nz|r|d)$/.test(w.tag) || w.entityId) return false;
  }
  return false;
}

/**
 * Whether the forecast word at `i` only modifies a noun, in a clause whose predicate comes after
 * it: "在即将到来的市场中占得先机", "将于明年上线的Nova已开放预约" — the claim is the later
 * predicate's, done now.
 */
function inForecastModifier(words: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
    const t = words[j]!;
    if ((isPunct(t) && t.word !== '、') || /^(了|过|着)$/.test(t.word)) return false;
    if (t.word !== '的') continue;
    const head = words[j + 1];
    return !!head && (!!head.entityId || /^(n[a-z]*|eng)$/.test(head.tag)) && laterPredicate(words as Token[], j + 1);
  }
  return false;
}

function modalityOf(
  words: Token[],
  tokens: Token[],
  prop: {
    attribution: Attribution;
    opinion: boolean;
    forecast: boolean;
    hearsay?: boolean;
    belief?: boolean;
    says?: boolean;
    quoted?: boolean;
    estimates?: boolean;
    construed?: boolean;
    reading?: boolean;
    /** The claim is someone keeping silent (不予置评, 未回应): a fact, whoever reported what. */
    silent?: boolean;
    /** The claim answers a report (回应称, or the rumoured party speaking: see answersRumour). */
    responds?: boolean;
  },
  dates: DateRef[],
  articleDate: string | null,
  /** Dates of a leading clause of time: they may put the claim in the past, never ahead. */
  leadDates: DateRef[] = [],
): Modality {
  if (prop.silent) return 'fact';
  const future =
    articleDate !== null &&
    dates.some(
      (d) =>
        d.iso &&
        // (A day later in the article's own month is ahead too: "正于3月7日起全面生效" on 3月5日.)
        (isoStart(d.iso).slice(0, 7) > articleDate.slice(0, 7) || (d.iso.length === 10 && d.iso > articleDate)) &&
        d.iso.length >= 4 &&
        d.iso.slice(0, 4) >= articleDate.slice(0, 4),
    );
  // "去年将总部迁至杭州": in the article's own voice, dated wholly before the article (a day, a
  // month or a year that does not hold the article's date) with no verb of intent before it, 将 is
  // 把. (Someone's words, "X23日宣布，将…", keep the speaker's "will".)
  const past =
    articleDate !== null &&
    !future &&
    prop.attribution.kind === 'article' &&
    [...dates, ...leadDates].some(
      (d) =>
        /^\d{4}(-\d{2}){0,2}$/.test(d.iso) &&
        !articleDate.startsWith(d.iso) &&
        d.iso < articleDate.slice(0, d.iso.length),
    );
  // "原计划在3月发布", "此前预计将在年底上线": a plan or expectation put in the past covers what
  // follows it.
  const plannedBefore = words.findIndex((_, i) => pastPlanAt(words, i));
  const afterPastPlan = (t: Token) => plannedBefore >= 0 && t.start >= words[plannedBefore]!.start;
  // 将 before a verb is "will"; before a noun it is 把 ("它将所投公司融入…").
  // A past adverb after it makes it 把 (将曾经大火的模型碾压); so does one before it (已将X下调至…),
  // a perfective 了 after its verb (将X整合进了Y), or a past date with no verb of intent before it.
  const willAdverb = tokens.some(
    (t, i) =>
      t.word === '将' &&
      !PAST_BEFORE_WILL.test(tokens[i - 1]?.word ?? '') &&
      !perfectiveAfter(tokens, i) &&
      !(past && !words.some((x) => x.start < t.start && INTENT_BEFORE_WILL.test(x.word))) &&
      !afterPastPlan(t) &&
      !inForecastModifier(tokens, i) &&
      tokens[i + 1] !== undefined &&
      // "将对X带来压力", "将从A转向B": a prepositional phrase before the verb is still "will".
      // "将「负责任地推动…」": a quote mark before the verb is still "will".
      (isVerb(tokens[i + 1]!) ||
        tokens[i + 1]!.tag === 'd' ||
        FUTURE_PREPOSITION.test(tokens[i + 1]!.word) ||
        (/^[“「『"]$/.test(tokens[i + 1]!.word) &&
          !!tokens[i + 2] &&
          (isVerb(tokens[i + 2]!) || /^(ad|d)$/.test(tokens[i + 2]!.tag)))) &&
      !PAST_ADVERB.test(tokens[i + 1]!.word) &&
      !disposes(tokens, i),
  );
  // A prediction stays one whoever makes it; otherwise a view (认为, 表示) is an opinion.
  // "未来的发展" names the future; it predicts nothing. Nor does "未来几代模型", "未来两款产品":
  // a count of generations or models after 未来 makes a noun phrase for later products, not the
  // time of the predicate ("未来三年投入…" is one).
  const laterProducts = (i: number) =>
    words[i + 1]?.tag === 'm' &&
    /[代款]$/.test(words[i + 1]!.word + (words[i + 2]?.tag === 'q' ? words[i + 2]!.word : ''));
  // Nor does "把未来15年的串流权利出售予X": a span of time after 未来 and then 的 measures the noun
  // after it (rights for the next 15 years), the act itself is now.
  // ("未来一到两年内的升级": a range of spans, and 内 closing it, measure the noun too.)
  const spanModifier = (i: number) => {
    let k = i + 1;
    while (words[k] && (/^(m|t|q)$/.test(words[k]!.tag) || /^(到|至|内|以内)$/.test(words[k]!.word))) k++;
    return k > i + 1 && words[k]?.word === '的';
  };
  // ("已启动「安全未来倡议」": a forecast word inside a quoted name names nothing to come.)
  const futureWord = words.some(
    (t, i) =>
      t.word === '未来' &&
      words[i + 1]?.word !== '的' &&
      !laterProducts(i) &&
      !spanModifier(i) &&
      !insideLongerQuote(words, i),
  );
  // "高于市场此前的预期", "不如预期": an expectation named as a noun (after 的, or the standard
  // of a comparison) is what was expected before, not a prediction now.
  // "超出华尔街预期", "低于分析师此前预期", "好于预期": the standard may be a few nouns back.
  const expectation = (t: Token, i: number) =>
    /^(预期|预计|预测)$/.test(t.word) && (words[i - 1]?.word === '的' || expectedAsStandard(words, i));
  // "宣布X开放计划", "该计划的实施": 计划 ending a noun phrase names a programme; a plan to do
  // something has what it plans after it (计划明年推出, 计划在…).
  const programme = (t: Token, i: number) =>
    t.word === '计划' && (!words[i + 1] || isPunct(words[i + 1]!) || words[i + 1]!.word === '的');
  const forecastWord =
    saysWord(
      FORECAST_WORDS,
      words.filter(
        (t, i) =>
          t.word !== '未来' &&
          // (The 估计 of "X估计，…" is the estimator's verb: the words say whether it is ahead.)
          !(prop.estimates && t.word === '估计') &&
          !insideLongerQuote(words, i) &&
          !expectation(t, i) &&
          !afterPastPlan(t) &&
          !inForecastModifier(words, i) &&
          !programme(t, i),
      ),
    ) ||
    futureWord ||
    (!past && intendsTo(words));
  // An unnamed source's hedge (知情人士透露, 有消息称) reports, even a plan (计划, 将); an
  // estimate it passes on (预计将达到…) is a forecast; an unnamed speaker's view ("某负责人表示")
  // is an opinion.
  // A view framed by a verb of belief (认为, 看来, 判断) is an opinion, even about the future.
  if (prop.belief) return 'opinion';
  // "被业界解读为…", "被视为关键变数": how others construe it is a view, not the fact itself.
  if (!prop.hearsay && prop.construed) return 'opinion';
  // (The graded and evaluative words are the proposition's own: a leading clause may be another's.)
  // In an answer to a report, 确实/的确 confirm what was reported ("X回应称，确实与Y有过接触"):
  // the part of an answer that confirms is a fact the answering party states, not a judgement.
  const judges =
    saysWord(OPINION_WORDS, words) ||
    (gradedReception(words) && !measured(words)) ||
    evaluative(tokens.filter((t) => !isPunct(t) && !(prop.responds && CONFIRMING.test(t.word))));
  if (prop.attribution.kind === 'unnamed' || prop.hearsay) {
    // "有分析师指出，…恐面临修正": a commentator's judging words are a view; what an informed
    // source passes on (知情人士透露, 据悉) stays hearsay.
    const source = prop.attribution.text ?? '';
    // Someone described, not a hedge ("某负责人表示", "多位试用者指出"), saying what no figure
    // measures gives a view too.
    const described = !prop.hearsay && !!source && !INFORMED_SOURCE.test(source) && !UNNAMED_SOURCE.test(source);
    const commentator = !prop.hearsay && COMMENTATOR.test(source) && !INFORMED_SOURCE.test(source);
    // Hearsay wins over what it says will happen (知情人士透露…将, 据悉…预计, 有消息称…可能: the
    // editors' majority, tests/claims-eval/README.md); what a commentator or someone described
    // expects (分析师预计, 某基金经理指出…将) is their forecast, and what they compute (估算) their view.
    const informed = !commentator && !described;
    // ("据一位投资人估算": a figure told with the hedge 据 is still passed on, hearsay.)
    const hedged = /^据/.test(words.find((t) => !isPunct(t))?.word ?? '');
    if (prop.estimates && !informed && !hedged) return 'opinion';
    if (
      !informed &&
      (prop.forecast ||
        saysWord(
          ESTIMATE,
          words.filter((t, i) => !expectation(t, i) && !afterPastPlan(t)),
        ) ||
        // "有分析师指出，…收入增长或会放缓", "…可能拖累需求": a commentator's hedged "will" is
        // their prediction (the README's majority: a prediction under a neutral verb is a forecast).
        speakerPredicts(words))
    )
      return 'forecast';
    if ((commentator || described) && (judges || (prop.says && !measured(words)))) return 'opinion';
    // "有分析师指出，X股价当日微升0.4%": what an analyst or an expert states with a neutral verb of
    // saying and without judging (a figure) is theirs on the record, a fact with its source, not
    // hearsay: they comment, they do not leak. (A source who 透露 leaks; one 据 leads is passed on.)
    if (commentator && !hedged && !prop.opinion && ANALYST.test(source) && saysNeutrally(words)) return 'fact';
    // (A commentator's belief goes on into the clauses after it: 业内人士认为，…，“关键是…”.)
    return prop.opinion && source && (commentator || !UNNAMED_SOURCE.test(source)) ? 'opinion' : 'reported';
  }
  // "恐怕要等到明年才见分晓": the writer's own doubt about what is to come is a view of theirs.
  if (prop.attribution.kind === 'article' && words.some((t) => WRITER_DOUBT.test(t.word))) return 'opinion';
  if (prop.attribution.kind === 'article' && openQuestion(words)) return 'opinion';
  if (prop.forecast || forecastWord || willAdverb) return 'forecast';
  // "X坦言，成本可能高达…", "X表示，价格不会跟进": what a speaker says is likely to come is their
  // prediction, however frank the verb that frames it.
  // (Quoted whole, "X说：“…会变得越来越细。”", the words are the speaker's view of a trend; told by
  // a medium or from its data, 据媒体援引…可能高达, they are passed on, not predicted.)
  const speaker = prop.attribution.kind === 'person' || prop.attribution.kind === 'organization';
  const medium = prop.attribution.kind === 'organization' && INFORMED_SOURCE.test(prop.attribution.text ?? '');
  // (Unless the quoted words are the speaker's own plan, in the first person: "“我们…不会再慢下来。”")
  const ownWords = words.some((t) => /^(我们|我|咱们)$/.test(t.word));
  if (speaker && !medium && (!prop.quoted || ownWords) && (speakerPredicts(words) || epistemicWill(tokens)))
    return 'forecast';
  // "对下一季的财测同样亮眼": a later date with no word of intent says when; words that judge make
  // the claim a view of it.
  if (future && !judges) return 'forecast';
  // ("X未给出营收指引": guidance withheld forecasts nothing; the claim is the silence.)
  const withheld = words.some((t, i) => /^(给出|提供|公布|发布|更新)$/.test(t.word) && negatedAt(words, i));
  if (saysWord(GUIDANCE, words) && !judges && !withheld) return 'forecast';
  if (prop.opinion) return 'opinion';
  if (prop.reading && !measured(words)) return 'opinion';
  // "分析师王海川估算，X的营收约为500亿元": a named analyst's figure is their estimate, a view;
  // an unnamed one's (据一位投资人估算) is hearsay, above.
  if (prop.estimates && (prop.attribution.kind === 'person' || prop.attribution.kind === 'organization'))
    return 'opinion';
  // "X的创始人称，该模型已可对标Y", "…“已接近Y”": a person's claim that a product is on a par with
  // a named rival, with no figure measuring it, is their assessment.
  if (prop.attribution.kind === 'person' && claimsParity(words) && !measured(words)) return 'opinion';
  // A speaker's own words quoted whole ("X说：“开源是唯一的路线。”") are their view, unless
  // they give a figure, which is passed on as a fact.
  if (judges || (prop.says && prop.quoted && !measured(words))) return 'opinion';
  // "会让…": the writer's expectation is a judgement of theirs; a speaker's (X表示，Y会…) a
  // prediction they make.
  if (epistemicWill(tokens)) return prop.attribution.kind === 'article' ? 'opinion' : 'forecast';
  return 'fact';
}

/** Verbs of parity with a standard: 对标, 接近, 媲美, 比肩, 不逊于. */
const PARITY = /^(对标|接近|媲美|比肩|不逊于|不逊色于|不输|不输于|追平|看齐)$/;

/** Whether the words set something on a par with a named entity right after the verb (可对标Y, 已接近Y). */
function claimsParity(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    // (jieba cuts 对标 in two: 对/标.)
    const split = t.word === '对' && words[i + 1]?.word === '标';
    if (!split && !PARITY.test(t.word)) return false;
    const next = words.slice(i + (split ? 2 : 1)).find((w) => !/^(于|了|的|[“”「」])$/.test(w.word));
    // (Near a share of the rival, "接近Y的八成", is measured, not on a par.)
    const after = next ? words.indexOf(next) : -1;
    const share = words[after + 1]?.word === '的' && words[after + 2]?.tag === 'm';
    return !!next?.entityId && !share;
  });
}

/** Commentators who analyse (an analyst, an expert, a scholar): on the record, never a leak. */
const ANALYST = /分析|专家|学者|研究员/;

const saysNeutrally = (words: readonly Token[]) => words.some((t) => NEUTRAL_SPEECH_VERB.test(t.word));

/** Verbs of bringing about an effect (不会产生影响, 不会造成冲击), whatever jieba tags them. */
const EFFECT_VERB = /^(产生|造成|带来|导致|引发|影响|构成)$/;

/** The copula and the words of degree after 可能 that make it a hedged characterisation, not an event to come. */
const HEDGED_COPULA = /^(是|只是|就是|也是|还是|不是|并非|仅是|仅仅是|只有|仅|算是|成为)$/;

/**
 * A modal of likelihood before what happens (可能高达, 可能立即生效, 或会放缓, 有可能超过) or a
 * negated 会 before a verb (不会跟进): the words say what is to come, a prediction (the editors'
 * majority: a prediction under 坦言/透露/表示 is a forecast, tests/claims-eval/README.md). Not 可能
 * before a copula (可能只是一个过渡产品: a hedged characterisation, a view), nor after 不 (不可能:
 * a judgement), nor 可能 as a noun (的可能, 可能性).
 */
function speakerPredicts(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    // ("可能因此被挤压", "或将因此放缓": a connective of consequence sits between the modal and its verb,
    // and a passive 被 opens the verb phrase.)
    const at = /^(因此|因而|从而|由此)$/.test(words[i + 1]?.word ?? '') ? i + 2 : i + 1;
    const verbAt = words[at]?.word === '被' && words[at + 1] && isVerb(words[at + 1]!) ? at + 1 : at;
    const next = words[verbAt];
    if (!next || isPunct(next)) return false;
    // ("不会产生重大影响": jieba may tag a verb of effect a noun.)
    if (t.word === '不会') return isVerb(next) || /^(d|p)$/.test(next.tag) || EFFECT_VERB.test(next.word);
    // (或将, 恐将: jieba may cut the hedge and its "will" apart, 或/将, 恐/将.)
    const modal =
      /^(可能|有可能|或将|或会|恐将|恐会)$/.test(t.word) || (/^(或|恐)$/.test(t.word) && /^(会|将)$/.test(next.word));
    if (!modal || /^(不|没|没有|的)$/.test(words[i - 1]?.word ?? '')) return false;
    // "可能赢不了", "或将追不上": a potential complement weighs what the subject can do, a judgement
    // of its ability, not an event to come.
    const potential = /^不(了|到|过|上|起|动|住)$/;
    if (potential.test(next.word.slice(-2)) || potential.test(words[verbAt + 1]?.word ?? '')) return false;
    return !HEDGED_COPULA.test(next.word) && !/^(的|性)$/.test(next.word) && /^(v|d|a|ad)/.test(next.tag);
  });
}

/**
 * A rumour told in the passive of its subject (X被传出有意收购Y, X被曝将裁员, X被指…), or with
 * 传出 after it (X也传出将裁员): someone unnamed spreads it, so it is hearsay as 据传 or 有消息称
 * would make it.
 */
function rumouredOf(words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      (t.word === '被' && /^(传|传出|曝|曝出|爆|爆出|爆料|指|指称)$/.test(words[i + 1]?.word ?? '')) ||
      // "X随后也传出将裁员": 传出 after its subject says the same without 被 (word of X got out).
      // ("X传出裁员消息后股价下跌": in a frame of time, the news is only when the fact happened.)
      (/^传出了?$/.test(t.word) && i > 0 && subjectBefore(words, i) && !endsInTimeFrame(words, i)) ||
      // "X传将推出Y", "X传已暂停…": a headline's 传 right after the subject, before what is rumoured.
      (t.word === '传' &&
        /^(将|已|已经|正|正在|拟|有意|计划|或|欲|要)$/.test(words[i + 1]?.word ?? '') &&
        subjectBefore(words, i)),
  );
}

/**
 * "据知情人士透露，X预计…", "有消息称，X计划…": a clause of an unnamed informed source right before
 * a speaker's clause passes the speaker's words on; they are hearsay (reported), whoever speaks.
 */
function hedgesSpeaker(clauses: readonly Clause[], c: number, own: readonly number[]): boolean {
  const hedge = clauses[c]!;
  const next = clauses[c + 1];
  return (
    hedge.type === 'attribution' &&
    hedge.attribution?.kind === 'unnamed' &&
    (!hedge.attribution.text || INFORMED_SOURCE.test(hedge.attribution.text)) &&
    !!next?.attribution &&
    next.attribution.kind !== 'unnamed' &&
    own.includes(c + 1)
  );
}

/**
 * A hedge inside the clause (据称, 据悉: INLINE_HEDGE), or the 据报 and 据指 of Hong Kong and Taiwan
 * (據報X已…, X據報正…), which jieba cuts into 据 and a noun, or 网传.
 */
function inlineHedge(words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      INLINE_HEDGE.test(t.word) ||
      (t.word === '据' && /^(报|指)$/.test(words[i + 1]?.word ?? '')) ||
      // ("網傳X將…": 网传 "rumoured online", which jieba cuts 网/传.)
      (t.word === '网' && words[i + 1]?.word === '传'),
  );
}

/** Whether the words after `i` close a frame of time (…消息后, …之后) before the clause ends. */
function endsInTimeFrame(words: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < words.length && !isPunct(words[k]!); k++)
    if (/^(后|之后|以后|时|之际)$/.test(words[k]!.word)) return true;
  return false;
}

/** A name or a pronoun before `i`, past adverbs and times only: the subject of the verb at `i`. */
function subjectBefore(words: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.entityId || PRONOUN.test(w.word)) return true;
    if (!/^(d|t|c)$/.test(w.tag)) return false;
  }
  return false;
}

/** "对此，", "就此", "针对上述传闻，": a frame that makes what follows an answer to what was just told. */
const ANSWER_FRAME =
  /^(对此|就此|对于此事|针对此事|对于(这一|上述|相关|该|此)(传闻|传言|报道|报导|消息|说法)|针对(这一|上述|相关|该|此)(传闻|传言|报道|报导|消息|说法))/;

/**
 * A party answering a rumour without a verb of answering (回应, 澄清): the one the latest hearsay
 * of the paragraph (or the paragraph before) is about speaking in its own name ("有消息称X将裁员。
 * X表示，公司并未裁员。"), or after a frame of answering ("对此，X方面表示…"), answers the rumour,
 * so what it says plays the rumour down or denies it as after 回应称 (see PLAYS_DOWN). Someone else
 * speaking (an analyst after 对此) comments; they do not answer.
 */
function answersRumour(clauses: Clause[], folded: string, rumoured: string | null): void {
  if (!rumoured) return;
  clauses.forEach((clause, i) => {
    const source = clause.attribution;
    if (!source || clause.hearsay || source.entityId !== rumoured) return;
    if (source.kind !== 'organization' && source.kind !== 'person') return;
    const framed = clauses.slice(0, i + 1).some((c) => ANSWER_FRAME.test(folded.slice(c.start, c.end).trim()));
    // The party itself, or a frame of answering before its words.
    if (framed || clause.tokens.some((t) => t.entityId === rumoured)) clause.responds = true;
  });
}

/**
 * A verb of intent (INTENT_VERB) whose complement is a verb phrase: a verb follows it in its clause,
 * past times and places (力争三年内实现…, 准备在X建设…, 有意收购…). Not one done in the past (曾考虑,
 * 一度有意) or negated (没有准备好…), nor 考虑到 ("given that"), 争取到, 做好了准备, nor one in a relative
 * clause (准备上市的公司).
 */
function intendsTo(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    const before = words[i - 1]?.word ?? '';
    if (!INTENT_VERB.test(t.word) || PAST_ADVERB.test(before) || NEGATION.test(before)) return false;
    if (/^(到|了|过|的|好)$/.test(words[i + 1]?.word ?? '')) return false;
    for (let k = i + 1; k < Math.min(words.length, i + 8); k++) {
      const w = words[k]!;
      if (isPunct(w) || /^(到|了|过|的)$/.test(w.word)) return false;
      if (/^v/.test(w.tag)) return words[k + 1]?.word !== '的';
    }
    return false;
  });
}

/**
 * The claim's predicate is a graded passive of reception (GRADED_RECEPTION: X备受关注, X是最受瞩目的
 * 一家). Before 的 it modifies a noun ("最受期待的X并未上线" says X did not launch) unless a copula
 * makes it the predicate.
 */
function gradedReception(words: readonly Token[]): boolean {
  const text = words.map((t) => t.word).join('');
  const found = GRADED_RECEPTION.exec(text);
  if (!found) return false;
  const after = text.slice(found.index + found[0].length);
  return !after.startsWith('的') || /(是|成为|成了|堪称|当属)$/.test(text.slice(0, found.index));
}

/** Adverbs of certainty that, in an answer, confirm the report. */
const CONFIRMING = /^(确实|的确|确有)$/;

/** Yes-no question verbs: "X能否盈利", "Y是否会跟进". */
const QUESTION_VERB = /^(能否|是否|能不能|会不会|可否|是不是)$/;

/**
 * The writer weighing an open question ("X能否盈利，将决定Y的命运", "Y是否会跟进仍有待观察"): a
 * yes-no question is the clause's subject, no verb before it in its clause, so what the claim says
 * of it (将决定, 取决于, 有待观察) argues a view, it predicts or reports nothing. Under a verb
 * ("尚未透露是否会…", "正评估能否…") the question is that verb's object, and the verb decides.
 */
function openQuestion(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    if (!QUESTION_VERB.test(t.word)) return false;
    for (let k = i - 1; k >= 0 && !isPunct(words[k]!); k--) if (isVerb(words[k]!)) return false;
    return true;
  });
}

/** Nouns that cast an entity in a role that judges it: the winner, the mainstay, the weak spot. */
const EVALUATIVE_ROLE =
  /^(赢家|大赢家|输家|受益者|受害者|黑马|霸主|王者|基本盘|护城河|杀手锏|软肋|短板|命门|领头羊|搅局者|颠覆者)$/;

/**
 * Whether the words judge: an evaluative word (看好, 在于, 显得, 有待), a negated adjective
 * (不稳固), or a degree adverb grading a predicate (相当密集, 非常欣赏) in a claim no figure
 * measures ("增长了32%，非常快" reports the figure).
 */
function evaluative(words: readonly Token[]): boolean {
  const figure = measured(words);
  return words.some((t, i) => {
    if (t.entityId) return false;
    // "X所看好的Y": a judgement inside a relative clause names Y, it asserts nothing.
    // ("表现最亮眼的是X": in a pseudo-cleft the relative is the predicate.)
    if (EVALUATIVE_WORD.test(t.word))
      return (
        words[i - 1]?.word !== '所' && (words[i + 1]?.word !== '的' || CLEFT_COPULA.test(words[i + 2]?.word ?? ''))
      );
    // "X的压力显而易见", "X的前景堪忧": an adjective or an idiom as the predicate of a company's
    // state or standing judges it, unless a figure measures it or 更/最/较 only compare.
    if (/^(a|i)$/.test(t.jiebaTag ?? '') && !figure && !/^(更|最|较|更加)$/.test(words[i - 1]?.word ?? '')) return true;
    // "X是最大的受益者之一", "手机仍是公司的基本盘": a role that judges, given by a copula.
    // (jieba may cut the noun in two: 基本/盘.)
    const role = EVALUATIVE_ROLE.test(t.word) || EVALUATIVE_ROLE.test(t.word + (words[i + 1]?.word ?? ''));
    if (role && words.slice(0, i).some((w) => /^(.?是|成为|成了|堪称|当属)$/.test(w.word))) return true;
    // "就像电影里的AI": a simile jieba cuts in two.
    if (t.word === '像' && /^(就|好|正)$/.test(words[i - 1]?.word ?? '')) return true;
    // "要先满足用户，才能…", "只有…才可以": a condition argued for, not a fact.
    if (t.word === '才' && /^(能|能够|可能|可以|会)$/.test(words[i + 1]?.word ?? '')) return true;
    if (t.word === '才能' && t.tag !== 'n') return true;
    // "并不稳固", "不理想": a negated gradable adjective (not 不同, 不少, 不断: no grading).
    if ((t.jiebaTag ?? t.tag) === 'a' && /^不(?!同|少|断|久|仅|止|再|过|光)../.test(t.word)) return true;
    // The same cut in two ("并/不/明显") or in one short word ("压力不小"), where no figure says how
    // much (不足10%, 不到一半 measure).
    const negatedAdjective =
      (/^(不|不算|算不上|称不上|谈不上)$/.test(t.word) && words[i + 1]?.tag === 'a') ||
      ((t.jiebaTag ?? t.tag) === 'a' && /^不(?!同|少|足|满|及|到|断|久)./.test(t.word));
    if (negatedAdjective && !figure) return true;
    // "走得小心翼翼", "卖得十分火爆": a complement of manner after 得 grades how it was done, the
    // writer's description of it, unless a figure measures it (涨得最多的是…12%).
    if (t.word === '得' && t.tag === 'ud' && /^(a|ad|i|l|z)$/.test(gradedWordAfter(words, i)?.tag ?? '') && !figure)
      return true;
    // "走得更激进", "来得不算快", "变得更加紧迫": a graded complement (更, 不算, 足够 before it) judges
    // too, whatever jieba tags the word graded; 来得, 变得, 显得 are one word to it.
    // (Not under a causative, "让机器人变得更聪明": the effect sought, not how it is judged.)
    const caused = words.slice(Math.max(0, i - 4), i).some((w) => /^(让|使|令|使得)$/.test(w.word));
    if (((t.word === '得' && t.tag === 'ud') || /^(来得|变得|显得)$/.test(t.word)) && !caused) {
      const graded = /^(更|更加|更为|越来越|不算|算不上|足够|还算|相当|十分|非常|颇为|极为|过于|太)$/;
      if (graded.test(words[i + 1]?.word ?? '') && /^(a|ad|i|l|z|v)$/.test(words[i + 2]?.tag ?? '') && !figure)
        return true;
    }
    const next = words[i + 1];
    // "颇受期待的X": a graded modifier inside a noun phrase describes X.
    const de = words.slice(i + 1, i + 4).findIndex((x) => x.word === '的');
    // ("相当数量的AI芯片": the head may be written in Latin letters.)
    const modifier = de >= 0 && /^(n|eng)/.test(words[i + 2 + de]?.tag ?? '');
    return (
      !figure &&
      !modifier &&
      DEGREE_ADVERB.test(t.word) &&
      !!next &&
      !next.entityId &&
      /^(a|ad|an|v|vn|i|l|z)/.test(next.tag)
    );
  });
}

/** The word after `i`, past a degree adverb grading it (得十分火爆 → 火爆). */
function gradedWordAfter(words: readonly Token[], i: number): Token | undefined {
  const next = words[i + 1];
  return next && DEGREE_ADVERB.test(next.word) ? words[i + 2] : next;
}

/** A number written in digits: a figure measures what the words around it say. */
const measured = (words: readonly Token[]) => words.some((t) => /^m/.test(t.tag) && /\d/.test(t.word));

function kindOf(
  tokens: Token[],
  figure: boolean,
  modality: Modality,
  attribution: Attribution,
  dated: boolean,
  /** The speaker's verb is one of belief (认为, 判断) or the source a view (研判, 比喻). */
  belief = false,
): ClaimKind | null {
  const framed = framedTokens(tokens);
  // A cue counts as a whole word, or inside a verb; not inside a noun (投资人) nor right after
  // 的 ("Sora的发布" names the event, it is not this clause's predicate); not
  // inside a frame of time ("在X问世之后") nor under a verb of trying, appealing or seeing
  // ("试图探索…落地", "呼吁…保护开源", "看到X问世"), where nothing has been launched.
  const verbal = (pattern: RegExp, asserted: (i: number) => boolean = () => true) => {
    const whole = wholeWord(pattern);
    return tokens.some((t, i) => {
      if (!asserted(i)) return false;
      // "可以看到X的身影" sees a person's presence (a noun cue), not an unrealized event.
      if (framed.has(i) || (!NOUN_CUE.test(t.word) && underIrrealis(tokens, i))) return false;
      // …nor inside a relative clause: "正式开放使用的时间表" names a timetable, it launches nothing.
      // …unless a light verb before it makes the event the predicate ("完成对X的收购").
      const lightVerb = tokens.slice(0, i).some((x) => LIGHT_VERB.test(x.word));
      const nominalized =
        (tokens[i - 1]?.word === '的' && /^v/.test(t.tag) && !lightVerb) || (isVerb(t) && opensRelative(tokens, i));
      const negated = negatedAt(tokens, i);
      // A cue word modifying a noun or listed with nouns ("投资、并购项目") names a kind of thing.
      const next = tokens[i + 1];
      // …unless the words after 、 go on with a verb ("投资、收购了X": two predicates, one object).
      const coordinated = next?.word === '、' && !!tokens[i + 2] && isVerb(tokens[i + 2]!);
      const modifies = !isVerb(t) && !!next && ((next.word === '、' && !coordinated) || /^n/.test(next.tag));
      const listed = next?.word === '、' && listedModifier(tokens, i);
      const isCueWord = whole.test(t.word) && (NOUN_CUE.test(t.word) || !modifies);
      return (
        !nominalized &&
        !negated &&
        !listed &&
        !notLaunch(tokens, i) &&
        (isCueWord || (isVerb(t) && pattern.test(t.word)))
      );
    });
  };
  // A denial jieba cuts in two ("不/实") still denies.
  const said = tokens.map((t) => t.word).join('');
  const cue = DENIAL_PREDICATE.test(said) ? 'denial' : (KIND_CUES.find(([, pattern]) => verbal(pattern))?.[0] ?? null);
  // A launch or a funding round is what the claim reports, whatever figures come with it (上线了X,
  // 上架了300个模型); a launch or a round still to come is one too, with the forecast modality.
  if (cue === 'denial') return cue;
  // A view framed by 认为, 判断, 看来 is an opinion, whatever it is about.
  if (belief) return 'opinion';
  if (cue === 'funding' || cue === 'event') return cue;
  // A company going public on an exchange (在港交所上市, 分拆上市) is a dated happening, not a product.
  if (cue === 'launch' && listsOnExchange(tokens)) return 'event';
  // A plan or a prediction (将推出, 计划投入…, 将在年底前出货) is a forecast in kind whatever it would
  // launch or measure (the editors' majority, tests/claims-eval/README.md: dev-3 … dev-6, and dev's
  // second editor 18 of 30); an announced deal, a layoff or a round keeps its kind, as above.
  if (modality === 'forecast') return 'forecast';
  // A launch with its price or size is still a launch ("推出X，售价…起"); only "已发布了79个",
  // which counts what was launched and names nothing, is a figure.
  if (cue === 'launch' && (!figure || !launchCounts(tokens))) return cue;
  // Money an investor puts into a company ("向X投入了…亿美元", "X对Y的100亿美元") is funding;
  // money spent ("投入400亿元建设数据中心") is a figure.
  if (figure && moneyInto(tokens)) return 'funding';
  // What the writer thinks will happen ("会让…") is a forecast too, even with a figure or a
  // ranking word in it.
  if (epistemicWill(tokens) && attribution.kind === 'article') return 'forecast';
  // A happening verb (签署, 辞职, 达成协议, 印发…) makes the proposition an event, whatever it counts.
  if (verbal(HAPPENING, (i) => !happeningAsTopic(tokens, i))) return 'event';
  // "X超越Y": a figure that ranks the subject against a named rival is a comparison.
  // "以约15%的份额排名第三", "以2500万月活位居第一": a rank is the claim, the figure its measure.
  if (figure && cue === 'comparison' && (ranksAgainstNamed(tokens) || ranksOrdinal(tokens))) return cue;
  // A view with a figure in it ("X坦言，成本可能高达数十亿美元") is still a view.
  if (figure && modality === 'opinion') return 'opinion';
  if (figure) return 'figure';
  if (cue) return cue;
  // A date makes a happening only when something took place on it: a date that opens a span
  // ("今年以来访问量持续攀升") dates a state, so does a habit ("每年推出一次"), and a negated
  // predicate ("并未在当天上线") a non-event.
  const happened = dated && !durative(tokens) && !habitual(tokens) && !firstPredicateNegated(tokens);
  // Someone's belief is an opinion; their words a statement, or an event when they state as a
  // fact what happened when ("X宣布，已于11月21日达成协议"); a view of theirs stays a statement.
  // A view is an opinion whoever holds it (the writer, 张明远表示…在于…, 有分析师指出…).
  if (modality === 'opinion') return 'opinion';
  if (attribution.kind === 'person' || attribution.kind === 'organization')
    return belief ? 'opinion' : happened && modality === 'fact' ? 'event' : 'statement';
  // Any other complete proposition: a dated event, or a statement of what is the case.
  return happened ? 'event' : 'statement';
}

/**
 * Verbs of a happening news reports as done on a day, a closed class by domain: people joining
 * and leaving (辞职, 出任, 罢免), agreements and partnerships (签署, 达成协议, 洽谈, 谈崩, 与X合作), rulings and rules issued
 * (印发, 出台, 颁布, 判决, 起诉), a corporate action (回购, 派发, 分拆, 退市, 停止, 关停), a
 * meeting held (召开, 举行). Launches, funding and acquisitions have their own cues.
 */
const HAPPENING =
  /辞职|离职|出任|任命|解雇|罢免|撤换|卸任|接任|当选|签署|签订|签约|达成协议|达成一致|谈崩|洽谈|谈判|结盟|合作|联手|携手|牵手|印发|出台|颁布|判决|裁定|起诉|处罚|罚款|立案|回购|派发|分红|分拆|退市|停牌|关停|停止|召开|举行|举办/;

/**
 * A happening word that is not what the clause asserts: named as a topic after a determiner
 * ("此次谈判破裂"), under a condition ("如果…", "一旦…"), or inside the complement of a copula
 * ("他是推动罢免X的董事之一" says who he is).
 */
function happeningAsTopic(tokens: Token[], i: number): boolean {
  const clause = clauseBefore(tokens, i);
  return (
    /^(此次|这次|本次|该|这场|那次|上述|此番)$/.test(tokens[i - 1]?.word ?? '') ||
    clause.some((x) => /^(如果|若|假如|一旦|倘若|要是|如若)$/.test(x.word)) ||
    clause.some(isCopula)
  );
}

/** The tokens of i's clause before it (a comma or a full stop ends a clause; 、 does not). */
function clauseBefore(tokens: Token[], i: number): Token[] {
  const before = tokens.slice(0, i);
  return before.slice(before.findLastIndex((x) => isPunct(x) && x.word !== '、') + 1);
}

/** Where a company lists: an exchange, a board or a market (在港交所上市, 登陆纳斯达克, 分拆上市). */
const LISTING_PLACE =
  /交易所|港交所|联交所|上交所|深交所|纳斯达克|纽交所|科创板|创业板|主板|a股|港股|美股|独立|分拆|挂牌|ipo|首次公开/;

/** "在港交所上市", "分拆并独立上市": 上市 of a company on a market, not a product on sale. */
function listsOnExchange(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.word === '上市' && tokens.slice(Math.max(0, i - 6), i).some((x) => LISTING_PLACE.test(x.word.toLowerCase())),
  );
}

/**
 * "已发布了12个大模型", "上线仅5天": the launch verb's clause names nothing it launched (no
 * entity, no written name such as Latin letters or a quoted title) but counts or times it, so the
 * figure is the point. "推出折叠手机Atlas，售价…" names its product and stays a launch.
 */
function launchCounts(tokens: Token[]): boolean {
  const launch = KIND_CUES.find(([kind]) => kind === 'launch')![1];
  // (jieba may tag the cue a noun: 上市/ns.)
  let at = tokens.findIndex((t) => isVerb(t) && wholeWord(launch).test(t.word));
  if (at < 0) at = tokens.findIndex((t) => wholeWord(launch).test(t.word));
  if (at < 0) return true;
  const end = tokens.findIndex((t, k) => k > at && isPunct(t) && !/^[“”"「」《》]$/.test(t.word));
  const object = tokens.slice(at + 1, end < 0 ? tokens.length : end);
  // "X正式上市，起售价…": a launch verb with nothing after it launches the name before it.
  const clauseStart = tokens.slice(0, at).findLastIndex((t) => isPunct(t) && !/^[“”"「」《》]$/.test(t.word)) + 1;
  const subject = object.length === 0 ? tokens.slice(clauseStart, at) : [];
  const named = [...object, ...subject].some(
    (t) => !!t.entityId || /^(eng|nz)$/.test(t.tag) || /^[“「《]$/.test(t.word),
  );
  return !named && (object.some((t) => /^m/.test(t.tag)) || !object.some((t) => /^n/.test(t.tag)));
}

/** A comparison verb with a named rival right after it ("首度超越微软"), not a threshold ("超过700人"). */
function ranksAgainstNamed(tokens: Token[]): boolean {
  const comparison = KIND_CUES.find(([kind]) => kind === 'comparison')![1];
  return tokens.some((t, i) => comparison.test(t.word) && !!tokens[i + 1]?.entityId);
}

/** A happening named by its own verb (签署, 辞职, 召开…), not only dated. */
function cueEvent(tokens: Token[]): boolean {
  return tokens.some((t, i) => isVerb(t) && HAPPENING.test(t.word) && !happeningAsTopic(tokens, i));
}

/** A verb of ranking with its place: 位列第一, 排名第三, 位居前五, 登上榜首. */
function ranksOrdinal(tokens: Token[]): boolean {
  const text = tokens.map((t) => t.word).join('');
  return /(位列|位居|排名|排在|名列|位于|居于|跻身|稳居|升至|跌至|降至|排)[^，,。；;]{0,10}?(第[一二三四五六七八九十两\d]+|前[一二三四五六七八九十两\d]+|榜首|首位|次席|末位)/.test(
    text,
  );
}

/** Aspect of a span, not a point: 以来, 至今, 持续, 一直 ("今年以来访问量持续攀升"). */
function durative(tokens: Token[]): boolean {
  return tokens.some((t) => /(以来|至今|迄今)$|^(持续|一直|始终)$/.test(t.word));
}

/** Every so often (每半年, 每年) before the verb, or 一次 after it: a habit, not one happening. */
const EVERY_PERIOD = /^每(半|个|一|两|隔)?(年|月|季度?|周|星期|天|日|小时)/;

function habitualAt(tokens: Token[], i: number): boolean {
  return clauseBefore(tokens, i).some((x) => EVERY_PERIOD.test(x.word)) || tokens[i + 1]?.word === '一次';
}

const habitual = (tokens: Token[]) => tokens.some((t, i) => isVerb(t) && habitualAt(tokens, i));

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

function firstPredicateNegated(tokens: Token[]): boolean {
  const first = tokens.findIndex((t, i) => isPredicate(tokens, i));
  return first >= 0 && negatedAt(tokens, first);
}

/** Indices of the tokens inside a frame of time or place ("在X问世之后", "自X推出以来"). */
function framedTokens(tokens: Token[]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((t, i) => {
    if (!FRAME_OPENER.test(t.word) || t.tag !== 'p') return;
    // jieba tags some event verbs as nouns (问世/n): any time localizer before the next comma closes it.
    for (let k = i + 1; k < tokens.length && !/^[，,。；;：:！!？?]$/.test(tokens[k]!.word); k++) {
      if (!TIME_LOCALIZER.test(tokens[k]!.word)) continue;
      for (let j = i; j <= k; j++) inside.add(j);
      return;
    }
  });
  return inside;
}

/**
 * Verbs whose complement has not happened or is only perceived: 试图/尝试 (trying), 呼吁/希望
 * (appealing, hoping), 筹备/准备/考虑 (preparing, weighing), 看到/见证/等待 (seeing, waiting). A launch word after one of them in the
 * same clause launches nothing.
 */
const IRREALIS_VERB =
  /^(试图|尝试|探索|呼吁|希望|寻求|争取|力图|企图|想要|期待|期望|渴望|看到|见证|等待|等到|筹备|准备|酝酿|筹划|考虑)$/;

function underIrrealis(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (isPunct(t) && t.word !== '、') return false;
    if (IRREALIS_VERB.test(t.word)) return true;
    // "原计划在3月发布": a plan put in the past launched nothing.
    if (pastPlanAt(tokens, k)) return true;
  }
  return false;
}

/** Nouns for a company or an institution: 初创公司, 企业, 机构. */
const ORGANIZATION_NOUN = /(公司|企业|创企|机构|实验室|团队)$/;

/** Verbs of putting money into something; with 向/对 an organization, an investment. */
const MONEY_INTO = /^(投入|注入|砸下|押注|投下)$/;

/** "向X投入了…", "X对Y的100亿美元": a sum given to a named counterpart. */
function moneyInto(tokens: Token[]): boolean {
  const counterpart = tokens.some((t, i) => {
    if (!/^(向|对)$/.test(t.word)) return false;
    // "向AI初创公司投入": an organization named by a noun is a counterpart too; "对X来说" is not.
    const phrase = tokens.slice(i + 1, i + 5);
    const end = phrase.findIndex((x) => isVerb(x) || x.word === '的' || isPunct(x));
    const object = end < 0 ? phrase : phrase.slice(0, end);
    if (/^(来说|而言)$/.test(tokens[i + 1 + object.length]?.word ?? '')) return false;
    return object.some((x) => !!x.entityId || ORGANIZATION_NOUN.test(x.word));
  });
  // The first predicate puts the money in ("投入了超过…"), or there is none ("一笔是X对Y的…").
  const verb = tokens.find((t, k) => isPredicate(tokens, k));
  return counterpart && (!verb || MONEY_INTO.test(verb.word));
}

/**
 * Epistemic 会 before a verb ("会让市场少一点虚火", "就会看到…"): what the writer expects, a
 * prediction of theirs.
 */
function epistemicWill(tokens: Token[]): boolean {
  // "尚未透露是否会推出X": 会 inside a yes-no question expects nothing; the question is asked.
  return tokens.some(
    (t, i) =>
      t.word === '会' &&
      /^v/.test(t.tag) &&
      !QUESTION_VERB.test(tokens[i - 1]?.word ?? '') &&
      !!tokens[i + 1] &&
      // ("会影响其供应", "会对X造成冲击": jieba tags a verb of effect a verbal noun, or a
      // prepositional phrase comes first; "会定期轮换" is a habit, not a prediction.)
      (isVerb(tokens[i + 1]!) || /^(d|p)$/.test(tokens[i + 1]!.tag) || EFFECT_VERB.test(tokens[i + 1]!.word)),
  );
}

/**
 * Whether a founding verb ends its clause with only a date or a time after it (成立于2021年3月,
 * 于去年正式成立): no name, no noun it founds, no later predicate (成立不到一年就跻身…).
 */
function foundsNothing(tokens: Token[], verb: Token): boolean {
  for (let k = tokens.indexOf(verb) + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A quoted or titled name opens what is founded: 成立了「X论坛」.)
    if (isPunct(t)) return !/^[“「『《"(（]/.test(t.word);
    if (t.entityId || !(/^(于|了|至今)$/.test(t.word) || /^(t|m|mq|q)$/.test(t.tag))) return false;
  }
  return true;
}

/** Verbs of founding: "成立于2018年" dates the company, it launches nothing this week. */
const FOUNDED = /^(成立|创立|创办|创建|设立|诞生)$/;

/** What is published when a document is: "发布内部信", "发布公告" say something, they launch nothing. */
const DOCUMENT_OBJECT =
  /^了?(一(封|份|篇|则|条|项|场|番|次))?(最新的?)?(内部信|全员信|公开信|公告|声明|通知|通告|财报|年报|报告|文章|博文|长文|帖子|微博|推文|评论|回应|名单|榜单|演讲|讲话|演说|看法|意见|观点|论文|致辞)/;

/** A launch cue that names no launch: a founding date ("成立于"), a document published ("发布内部信"). */
function notLaunch(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (FOUNDED.test(t.word) && foundsNothing(tokens, t)) return true;
  // "官宣停止…", like "宣布退出…": the verb announced decides what happened.
  if (t.word === '官宣' && next && isVerb(next)) return true;
  // "每半年就推出一次": a habit of launching, not a launch; "成为首个开放…的模型" says what it is.
  const launch = KIND_CUES.find(([kind]) => kind === 'launch')![1];
  if (launch.test(t.word) && (habitualAt(tokens, i) || clauseBefore(tokens, i).some(isCopula))) return true;
  // jieba cuts the noun 发表会/发布会 before a localizer ("在发表/会后"): a press event, not a launch.
  if (/^(发布|发表)$/.test(t.word) && /^会(?![让使把将])/.test(next?.word ?? '')) return true;
  if (/^(发布|公布|发出|发表)$/.test(t.word)) {
    const after = tokens.slice(i + 1, i + 6).map((x) => x.word);
    return DOCUMENT_OBJECT.test(after.join(''));
  }
  return false;
}

/** Drops a trailing comma or colon left by clause splitting; keeps sentence-final punctuation. */
function trimClause(text: string): string {
  return text.replace(/[,，:：、；;\s]+$/, '');
}
