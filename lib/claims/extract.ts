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
import { splitClauses, splitSentences, type Sentence } from '../text/sentences';
import { findDates, findFigures, isCutoff, isSpanBack, pointsBack, type DateRef, type Figure } from './quantities';
import { isoStart } from '../text/dates';
import { defaultSegmenter, isPunct, type Segmenter, type Token } from './segment';
import {
  ATTRIBUTION_LEAD,
  AUTHOR_VOICE,
  WRITER,
  CONTINUATION,
  COUNTERPART_PREPOSITION,
  COMMENTATOR,
  DATA_SOURCE,
  DEGREE_ADVERB,
  EVALUATIVE_WORD,
  FORECAST_VERB,
  FORECAST_WORDS,
  MEMBER_NOUN,
  NEUTRAL_SPEECH_VERB,
  KIND_CUES,
  OPINION_VERB,
  OPINION_WORDS,
  PRONOUN,
  pronounTypes,
  SCENE_PREPOSITION,
  SCENE_START,
  SPEECH_VERB,
  TEMPORAL_END,
  TEMPORAL_START,
  TYPE_PREFIX,
  TYPE_SUFFIX,
  INFORMED_SOURCE,
  UNNAMED_SOURCE,
  INLINE_HEDGE,
  INTENT_VERB,
  GRADED_RECEPTION,
  DOCUMENT_SOURCE,
  RESPONSE_VERB,
  PLAYS_DOWN,
  DENIED_CHARACTERIZATION,
  GUIDANCE,
} from './cues';

import {
  ATTRIBUTION_KINDS,
  OWNED_METRICS,
  PRODUCT_MAKER_TYPES,
  PRODUCT_TYPES,
  type ClaimKind,
  type Modality,
  type Role,
} from './vocabulary';
import {
  announcesReport,
  launchDetailLead,
  lineMetricLead,
  metricLead,
  metricOwner,
  type MetricLead,
} from './topic-chain';
import { ShortForms } from './short-forms';
import { ProductMakers } from './product-maker';
import { ArticlePeople, LEADING_TITLE } from './speakers';
import { OFFICER } from './titles';

export type { ClaimKind, Modality, Role };

export interface Attribution {
  kind: (typeof ATTRIBUTION_KINDS)[number];
  entityId?: string;
  /** As written: 据知情人士 → 知情人士; 根据PitchBook的数据 → PitchBook; '' for the article itself. */
  text: string;
}

export interface SentenceMention {
  /** Offsets within the sentence (or paragraph, for extractParagraph). */
  start: number;
  end: number;
  entityId: string;
}

export interface ClaimDraft {
  kind: ClaimKind;
  modality: Modality;
  attribution: Attribution;
  /** Offsets within the text given (sentence or paragraph). */
  start: number;
  end: number;
  /** The proposition as written; '…' joins a subject named earlier in the paragraph. */
  text: string;
  entities: Array<{ id: string; role: Role }>;
  figures: Figure[];
  dates: DateRef[];
}

export interface ExtractContext {
  articleDate: string | null;
  /** Entity type by id (company, person, model…), for pronoun agreement. */
  typeOf?: (entityId: string) => string | undefined;
  /** The group an entity belongs to (阿里云 → 阿里巴巴), which 集团 stands for. */
  parentOf?: (entityId: string) => string | undefined;
  /**
   * What the paragraph before was about, kept by the caller from one paragraph to the next of an
   * article: a paragraph opening with 这家公司 or 其 may refer to it. extractParagraph reads and
   * updates it.
   */
  carry?: ParagraphCarry;
  segmenter?: Segmenter;
  /** Dates of the article's paragraphs before this one (carryDates): what a later 次日 or 当天 goes back to. */
  earlierDates?: readonly DateRef[];
}

export interface ParagraphCarry {
  /** The last topic of the paragraph before, and its name as written there. */
  topic: { id: string; name: string } | null;
  /** Who the article's last report is from (据彭博社报道…): what a later "该报道指出" refers to. */
  report?: Attribution | null;
  /** The products the article has named and their makers (product-maker.ts). */
  products?: ProductMakers;
  /** Who the paragraph before reported a rumour about: a party that may answer it in this one. */
  rumoured?: string | null;
  /** The people the article has introduced with their organization (speakers.ts). */
  people?: ArticlePeople;
  /** The names the article has used that a class noun may stand for later (short-forms.ts). */
  shortForms?: ShortForms;
  /** Who the article has said launched something: the owners a launch's details may go on with. */
  launchers?: Set<string>;
  /** The last deal the article reported (X收购Y), for a later 这笔交易: its parties. */
  deal?: Deal | null;
  /** The company of the last funding round the article reported, for a later 本轮, as named there. */
  round?: { id: string; name: string } | null;
}

/** A deal's parties: the acquirer (named as written) and what it acquired, if a known entity. */
interface Deal {
  agent: { id: string; name: string };
  object: string | null;
}

const ARTICLE: Attribution = { kind: 'article', text: '' };
const ROLE_RANK: Record<Role, number> = { agent: 0, object: 1, listed: 2, mentioned: 3 };
const FIGURE_KINDS = new Set<Figure['kind']>(['money', 'quantity', 'percent']);
/** Units of a length of time: a clause of one alone (不到半年，) says when, as a date does. */
const DURATION_UNITS = new Set<Figure['unit']>(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);
const LIST_JOINERS = /^(、|和|与|及|以及|或|跟|同)$/;
const CONTRAST = /^(只是|但|但是|然而|不过|可是|而|却)/;
/** Characters a proposition says besides its names. */
const MIN_CONTENT = 5;
/** "没有…开放": a negated cue states that something did not happen. */
/** Words after a name that make it the model of a manner: 像 X 一样, 似 X 一般. */
const LIKENESS = /^(一样|一般|那样|这样|似的|般)$/;
/** Conjunctions that open a concession: 即使 X，也…; 尽管 X，仍…. */
const CONCESSIVE = /^(即使|即便|尽管|虽然|虽|哪怕|就算|纵然|纵使|不论|无论|不管)/;
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
const NEGATION = /^(没有|没|未|尚未|并未|从未|不|并不|未曾|不会|不再|无意)$/;

const isVerb = (t: Token) => /^v[dgilfx]?$/.test(t.tag);
/** 兼, 联合 before a title ("创始人兼CEO", "联合CEO") join titles; they are not a predicate. */
const TITLE_JOINER = /^(兼|联合|共同|首席|常务|执行|管理|高级|资深)$/;

/** The preposition token `i` is: 由 after 借 is 借由 (jieba cuts it 借 + 由), a means, not the doer 由 names. */
function prepositionAt(tokens: Token[], i: number): string {
  const word = tokens[i]!.word;
  return word === '由' && tokens[i - 1]?.word === '借' ? '借由' : word;
}

/** A verb that heads a predicate: not a title joiner, not inside a relative clause ("搭建的"). */
function isPredicate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isVerb(t) || t.word === '是' || opensInclusion(tokens, i)) return false;
  if (TITLE_JOINER.test(t.word) && MEMBER_NOUN.test(tokens[i + 1]?.word ?? '')) return false;
  return !opensRelative(tokens, i);
}
/**
 * A verb whose phrase ends in 的 before any other verb or comma modifies the noun after it
 * ("面向企业的模型", "针对场景精调的模型"): it is not the clause's predicate. A name or 了 in
 * between makes 的 a possessive instead ("推出了Nova的新版").
 */
function opensRelative(tokens: Token[], i: number): boolean {
  // "成为不小的风险", "成了最大的赢家": after a verb of becoming, an adjective's 的 phrase is its
  // object; the verb is the predicate.
  if (/^(成为|成了|变成|沦为)$/.test(tokens[i]!.word) && /^(a|ad|d)$/.test(tokens[i + 1]?.tag ?? '')) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j]!;
    if (t.word === '的') return true;
    // "上涨到如今的80亿": 的 after a time word belongs to the time, not to a relative clause.
    if (t.tag === 't' && tokens[j + 1]?.word === '的') return false;
    // A serial verb ("开放使用的") belongs to the same phrase.
    if (isVerb(t) && j === i + 1) continue;
    if (t.entityId || t.word === '了' || t.word === '着' || isPunct(t) || isVerb(t) || t.tag === 'p') return false;
  }
  return false;
}

interface Clause {
  start: number;
  end: number;
  tokens: Token[];
  /** aside: a comment with no name and no verb ("受众更小"), about something else. */
  type: 'time' | 'scene' | 'attribution' | 'topic' | 'content' | 'aside';
  /** Index in `tokens` where the content starts (after an inline "有消息称"). */
  from: number;
  attribution?: Attribution;
  opinion?: boolean;
  forecast?: boolean;
  /** "X就是一个例子": names what the next clause is about, and says nothing itself. */
  introduces?: boolean;
  /** 以X为例: X is the topic of what follows. */
  example?: boolean;
  /** 与X相比: a frame naming what the proposition is compared with. */
  comparison?: boolean;
  /** 即使/尽管…: a concession, which qualifies the proposition after it. */
  concessive?: boolean;
  /** A condition (若, 如果, 一旦) before the main clause: what follows is what would happen. */
  conditional?: boolean;
  /** "…，称“…”", "…，并表示…": a speech verb with no subject of its own; the proposition's subject speaks. */
  subjectSpeaks?: boolean;
  /** A medium reports it ("据X报道", "X报道称"): hearsay, whoever is named. */
  hearsay?: boolean;
  /** The source holds a belief (认为, 判断) or offers a view (研判, 比喻), rather than saying something. */
  belief?: boolean;
  /** A neutral verb of saying (表示, 指出, 说) introduces it: a view only if its words judge. */
  says?: boolean;
  /** A verb of announcing introduces it ("X宣布，…"): X makes known what it does. */
  announces?: boolean;
  /** A verb of answering a report introduces it (回应称, 澄清): an answer that plays it down denies it. */
  responds?: boolean;
  /** "该报道指出", "报道还称": the source is the report told before, whoever it was from. */
  refersToReport?: boolean;
  /** A verb of computing a figure (估算, 测算): a named estimator's figure is their view. */
  estimates?: boolean;
  /** "从财报看": the writer reading evidence, a view of theirs unless figures are given. */
  reading?: boolean;
}

interface History {
  /** Entities that acted (agent or object), in paragraph order, with their type. */
  actors: Array<{ id: string; at: number; end: number; role: Role }>;
  /** Paragraph offsets of person names jieba found that are not entities (他 may be one of them). */
  unknownPersons: number[];
  /** The paragraph, to tell whether two offsets are in one sentence. */
  text: string;
  /** The last proposition's agent and where its name was, for a sentence continuing it. */
  lastAgent: { id: string; start: number; end: number } | null;
  /**
   * Each sentence's topic: the subject of its first proposition (an investor excepted), where
   * its name was. A demonstrative noun phrase in a later sentence ("这家公司") refers back to it.
   */
  topics: Array<{ id: string; at: number; end: number; plural?: boolean }>;
  /** The paragraph's claims so far: kind, roles and where the agent is named, for 此举, 这笔投资. */
  claims: Array<{
    kind: ClaimKind;
    roles: Map<string, Role>;
    agent: { id: string; start: number; end: number } | null;
  }>;
  /** What the paragraph before was about, for a pronoun with no antecedent in this one. */
  before: { id: string; name: string } | null;
  /** Who spoke the last claim of the sentence before (a person or an organization), and for whom. */
  speakerBefore?: { attribution: Attribution; org: string | null } | null;
  /** The last titled speaker the gazetteer does not know ("X执行长王明"), with the organization X. */
  titledSpeaker?: { attribution: Attribution; org: string | null; at: number; end: number } | null;
  /** The last sentence's hearsay (据报道, 有消息称) and who it was about, for a sentence continuing it. */
  report?: { attribution: Attribution; agent: string } | null;
  /** Who the latest hearsay of this paragraph (or the one before) is about: who may answer it. */
  rumoured: string | null;
  /** Who the last report so far is from, in this paragraph or one before: "报道还称" is theirs. */
  reportSource: Attribution | null;
  /** The people the article introduced with their organization, and who was named last. */
  people: ArticlePeople;
  /** Whether the article named a product this entity makes (product-maker.ts). */
  makesProduct: (id: string) => boolean;
  /** Who the article has said launched something so far (agents of launch claims). */
  launchers: Set<string>;
  /** The article's carry, where the last deal reported is kept (ParagraphCarry.deal). */
  deals: { deal?: Deal | null; round?: ParagraphCarry['round'] };
  /**
   * The last claim of the sentence before, whose agent or object a clause opening on a metric
   * goes on about (topic-chain.ts); null when that sentence stated nothing, which breaks the chain.
   */
  chain?: { kind: ClaimKind; entities: Array<{ id: string; role: Role }> } | null;
}

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
 * Sentences for claims: a semicolon joins coordinate clauses that share their subject and frame
 * ("X营收为…；净利润为…"), so it ends a clause here, not a sentence.
 */
function claimSentences(paragraph: string, folded: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(paragraph)) {
    const last = out[out.length - 1];
    // "“…。”张明远说。": a speaker after a closing quote is the source of the quote before it.
    // (Its verb is read in Simplified: "…時說。" too.)
    // ("“A。”X说，“B。”": a speaker who goes on quoting after the full stop of the first half.)
    const speaker =
      TRAILING_SPEAKER.test(folded.slice(s.start, s.end)) || RESUMING_SPEAKER.test(folded.slice(s.start, s.end));
    if ((last && /[；;]$/.test(last.text)) || (last && /[”」』]$/.test(last.text) && speaker)) {
      last.end = s.end;
      last.text = paragraph.slice(last.start, s.end);
    } else out.push({ ...s });
  }
  return out;
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

/** A quoted sentence, with its own full stop inside the marks: “今天只是一个新的起点。” */
const QUOTED_SENTENCE = /^[“「『][^“”「」『』]{4,}[。！!][”」』]/;

/** A sentence that is one quotation and nothing else: “…。” or “…”。 */
const QUOTATION_ONLY = /^[“「『][^“”「」『』]+[”」』][。！!]?$/;

/** The verbs that name who said a quotation beside them ("张明远说", "X补充道"). */
const QUOTING_VERB = '说|说道|表示|称|强调|坦言|指出|补充道|补充说|写道|透露';

/** A clause opening a sentence that only names who speaks: "X表示，", "X在声明中称：". */
const LEADING_SPEAKER = new RegExp(`^[^“”「」『』，,。：:]{1,40}?(?:${QUOTING_VERB})[，,：:]`);

/** "张明远说。", "他补充道": a short clause that only names who said (or answered with) the quote before it. */
const TRAILING_SPEAKER = new RegExp(`^[^“”「」，,。：:]{1,24}(?:${QUOTING_VERB}|回应)[。.！!]?$`);

/** "X说，“B。”" after a closing quote: the speaker of the quotation before, quoting on. */
const RESUMING_SPEAKER = new RegExp(`^[^“”「」『』，,。：:]{1,24}(?:${QUOTING_VERB})[，,：:][“「『]`);

/** "“A，”X说，“B。”": an opening quotation (group 1), its speaker (group 2), and the quotation going on. */
const INTERRUPTED_QUOTE = new RegExp(
  `^([“「『][^“”「」『』]+[”」』][，,]?)([^“”「」『』，,。：:]{1,24}(?:${QUOTING_VERB})[，,：:])(?=[“「『])`,
);

/** Clauses of a claim sentence: split at commas, colons and semicolons, and before a trailing speaker. */
function claimClauses(sentence: string, folded: string): Sentence[] {
  // "“A，”X说，“B。”", "「A」，X表示，「B」": a quotation interrupted by its speaker. The speaker
  // is cut out as a clause of its own, between the two halves, so it is read as their source.
  const interrupted = INTERRUPTED_QUOTE.exec(folded);
  if (interrupted) {
    const speakerAt = interrupted[1]!.length;
    const resumeAt = speakerAt + interrupted[2]!.length;
    const first = claimClauses(sentence.slice(0, speakerAt), folded.slice(0, speakerAt));
    const rest = claimClauses(sentence.slice(resumeAt), folded.slice(resumeAt)).map((c) => ({
      ...c,
      start: c.start + resumeAt,
      end: c.end + resumeAt,
    }));
    return [...first, { text: sentence.slice(speakerAt, resumeAt), start: speakerAt, end: resumeAt }, ...rest];
  }
  // "“…。”X说。", "「…」，X在接受采访时说。", "『…』X表示。": the quote (in either script's marks, a
  // comma after it or not) is cut from the speaker who follows, and the speaker clause is its source.
  const quoteEnd = Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('」'), sentence.lastIndexOf('』'));
  const speakerAt = /^[，,]/.test(sentence.slice(quoteEnd + 1)) ? quoteEnd + 2 : quoteEnd + 1;
  if (quoteEnd > 0 && speakerAt < sentence.length && TRAILING_SPEAKER.test(folded.slice(speakerAt))) {
    const quote = claimClauses(sentence.slice(0, speakerAt), folded.slice(0, speakerAt));
    return [...quote, { text: sentence.slice(speakerAt), start: speakerAt, end: sentence.length }];
  }
  return splitClauses(sentence).flatMap((c) => {
    const parts: Sentence[] = [];
    let from = c.start;
    for (let i = c.start; i < c.end; i++) {
      if (/[；;]/.test(sentence[i]!) && i + 1 < c.end) {
        parts.push({ text: sentence.slice(from, i + 1), start: from, end: i + 1 });
        from = i + 1;
      }
    }
    parts.push({ text: sentence.slice(from, c.end), start: from, end: c.end });
    return parts;
  });
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
  /**
   * The party speaking a proposition whose content has no subject of its own ("X宣布，将在法国投资…"):
   * what it says it does is its own act, so a coordinated second act is its too.
   */
  const speakerActs = (p: Prop): EntitySubject | null => {
    if (p.subject || p.attribution.kind === 'article' || !p.attribution.entityId) return null;
    const first = clauses[p.content[0]!]!;
    const lead = first.tokens.slice(first.from).find((t) => !isPunct(t) && !/^(t|m|q|mq)$/.test(t.tag));
    return lead && !lead.entityId && /^(d|ad|v|vd|p|c)$/.test(lead.tag) ? speakingParty(p, clauses) : null;
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
      // (Its subject is the one before, or the party speaking of its own acts with no subject
      // of their own: "X表示，将…，并计划…"; never a subject the gazetteer lacks, whose piece would
      // open on 并 with no one to read it of.)
      (open.subject?.kind === 'pronoun' || !!lastSubject() || !!speakerActs(open)) &&
      (open.attribution.kind === 'article' || !withinQuote(sentence, clause.start)) &&
      !changeOnly(body) &&
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
          : null) ??
      (coordinated && open ? speakerActs(open) : null);
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

/** Passive markers: the subject before them undergoes the act after them (被罚, 遭到攻击). */
const UNDERGOING = /^(被|遭|遭到|遭受)$/;
/** Prepositions of cause and time that may frame a passive: X因违规被罚, X自去年起被调查. */
const PASSIVE_FRAME = /^(因|因为|由于|自|从|自从|在|于)$/;

/**
 * The passive 被 (遭) or the doer-marking 由 right after the subject (adverbs and times between; for
 * 被, also a frame of cause or time), or
 * null; "被视为/被称为" reads the subject as something, which it stays the topic of.
 */
function undergoerMarker(tokens: Token[], subjectEnd: number): '被' | '由' | null {
  let k = tokens.findIndex((t) => t.start >= subjectEnd);
  // ("由杭州起家的这家公司，自去年起被立案调查": a long subject may be set off by a comma before a
  // frame of the passive or its marker; "X，而今已不再被提起" opens a clause of its own.)
  const after = tokens[k + 1];
  if (
    k >= 0 &&
    /^[，,]$/.test(tokens[k]?.word ?? '') &&
    after &&
    (UNDERGOING.test(after.word) || (after.tag === 'p' && PASSIVE_FRAME.test(after.word)))
  )
    k++;
  while (k >= 0 && tokens[k] && /^(d|t|ad)$/.test(tokens[k]!.tag)) k++;
  if (tokens[k]?.word === '由') return '由';
  k = pastRelativeHead(tokens, k);
  // "X首次因违规被罚", "X自去年12月起被立案调查": a count of occasions and a frame of cause or
  // time (因…, 自…起, 在…) may stand between the subject and its passive marker; so may 遭/遭到,
  // the adversative passive (X遭到黑客攻击).
  let framed = false;
  for (; k >= 0 && tokens[k] && !UNDERGOING.test(tokens[k]!.word); k++) {
    const t = tokens[k]!;
    if (isPunct(t)) return null;
    if (!framed && t.tag === 'p' && PASSIVE_FRAME.test(t.word)) framed = true;
    // (A localizer closes a frame of time or place: 在发布会上回应…被罚 is the subject's own act.)
    else if (framed && (FRAME_CLOSER.test(t.word) || t.word === '起')) framed = false;
    else if (!framed && !/^(d|t|ad|m|mq)$/.test(t.tag)) return null;
  }
  if (k < 0 || !tokens[k]) return null;
  const construed = tokens.slice(k + 1, k + 5).some((t) => CONSTRUAL.test(t.word));
  // "X被传出有意收购Y", "X被曝正在…": what is reported of X is still X's act; X is not its object.
  const reported = /^(传出|传|曝出|曝|爆出|爆|爆料|指|指出|质疑|疑)$/.test(tokens[k + 1]?.word ?? '');
  // "X遭黑客入侵一事是…所致", "X被罚的消息": a passive closed by a noun it describes is no predicate.
  let end = k + 1;
  while (tokens[end] && !isPunct(tokens[end]!)) end++;
  const nominal = tokens.slice(k + 1, end).some((t) => /^(一事|此事|事件|的|是)$/.test(t.word));
  return construed || reported || nominal ? null : '被';
}

/**
 * "X专为中国市场推出的A800和H800均被纳入管制": when the subject X acts in a relative clause on a
 * head the gazetteer lacks, the head (its products, for which X stands) is what the predicate is
 * about; returns where the head ends, or `k` when no relative clause opens at `k`.
 */
function pastRelativeHead(tokens: Token[], k: number): number {
  let of = k;
  while (tokens[of] && !isPunct(tokens[of]!) && tokens[of]!.word !== '的' && !tokens[of]!.entityId) of++;
  if (tokens[of]?.word !== '的' || !tokens.slice(k, of).some(isVerb)) return k;
  let j = of + 1;
  while (
    tokens[j] &&
    !tokens[j]!.entityId &&
    (/^(n|nz|eng|m)$/.test(tokens[j]!.tag) || (/^(和|与|及|、)$/.test(tokens[j]!.word) && j > of + 1))
  )
    j++;
  return j > of + 1 ? j : k;
}

/** Verbs of a move of office: taking a post, leaving one, joining or leaving an organization. */
const PERSONNEL_MOVE =
  /^(离开|离职|辞职|辞任|卸任|加入|出任|接任|担任|重返|回归|履新|任职|就职|入职|供职|效力|加盟|跳槽|转投)$/;

/** What money goes into: a company or an organization, not a model or a product. */
const INVESTEE_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);

/**
 * "这已是X第三度注资Y。2019年，X首度投资10亿美元": an investing verb whose complement is only an
 * amount (or nothing) leaves the investee unsaid; it is the company the paragraph last named as a
 * counterpart (the investee of the sentence before).
 */
function unsaidInvestee(tokens: Token[]): boolean {
  // (Also the noun after a verb of adding: 追加投资, 继续投资.)
  const at = tokens.findIndex(
    (t, k) => INVESTOR_VERB.test(t.word) && (isPredicate(tokens, k) || (k > 0 && isVerb(tokens[k - 1]!))),
  );
  if (at < 0) return false;
  // "A获得…注资": the money the subject receives; it is the investee itself.
  if (tokens.slice(0, at).some((t) => /^(获|获得|得到|拿到|接受|迎来|获取)$/.test(t.word))) return false;
  // The amount ends the clause: "投资5亿元建设数据中心" puts money into a project, not a company.
  // (An amount may be hedged: 约3亿美元, 近5亿元.)
  let k = at + 1;
  if (tokens[k]?.word === '了') k++;
  while (
    tokens[k] &&
    (/^(m|q|mq|eng)$/.test(tokens[k]!.tag) || /^(约|近|逾|超|超过|共|合计|总计)$/.test(tokens[k]!.word)) &&
    !tokens[k]!.entityId
  )
    k++;
  return !tokens[k] || isPunct(tokens[k]!);
}

/**
 * Pronouns the proposition acts on or with, and the role each takes:
 * - right after a counterpart preposition (向其, 对该公司, 与它), and jieba's 与其 before a verb
 *   (与其存在差距, which is 与 + 其 there, not "rather than"): the counterpart, `object`;
 * - right after a verb or a disposal marker (要求其提供, 将其列入, 撼动其地位): what the act is
 *   done to, `object`; after a causative (使其成为) the one made to act, and after a verb of
 *   receiving a grant (获其注资) the giver: `agent`, as a name there would be (see causee and
 *   passiveFrame). A verb of saying (称其), a copula (是其) or one in a relative clause is no act on it.
 */
function counterpartPronouns(tokens: Token[]): Array<{ word: string; start: number; role: Role }> {
  const out: Array<{ word: string; start: number; role: Role }> = [];
  tokens.forEach((t, k) => {
    if (t.word === '与其' && tokens[k + 1] && isVerb(tokens[k + 1]!))
      out.push({ word: '其', start: t.start + 1, role: 'object' });
    // "落后于对方", "超过对方": 对方 is the other party wherever it stands after the subject.
    if (t.word === '对方' && k > 0) return void out.push({ word: t.word, start: t.start, role: 'object' });
    if (k === 0) return;
    const before = tokens[k - 1]!;
    const counterpart = COUNTERPART_PREPOSITION.test(before.word);
    const acted =
      (isPredicate(tokens, k - 1) || DISPOSAL.test(before.word)) &&
      !isCopula(before) &&
      !SPEECH_VERB.test(before.word) &&
      !/^(为|成为|作为|以|让|使)$/.test(before.word);
    const caused = CAUSATIVE.test(before.word);
    const granted = /^(获|获得|得到|拿到)$/.test(before.word) && GIVEN.test(tokens[k + 1]?.word ?? '');
    if (!counterpart && !acted && !caused) return;
    const pronoun = pronounAt(tokens, k);
    if (!pronoun || BARE_NOUN.test(pronoun.word) || PAIR.test(pronoun.word)) return;
    if (!counterpart) {
      // (After a verb, only a pronoun for a company or a thing, outside quoted words; and not the
      // subject of a clause the verb takes: "并称其综合性能已超过…", "令其中立性备受质疑", nor
      // what a construal characterizes: "把它视为…".)
      const quoted = tokens
        .slice(0, k)
        .reduce((d, x) => d + (/[“「『]/.test(x.word) ? 1 : /[”」』]/.test(x.word) ? -1 : 0), 0);
      if (!OBJECT_PRONOUN.test(pronoun.word) || quoted > 0) return;
      let n = k + pronoun.length;
      while (tokens[n] && /^(n|nz|vn|ng)$/.test(tokens[n]!.tag) && !tokens[n]!.entityId) n++;
      const next = tokens[n];
      if (n > k + pronoun.length && next && (isVerb(next) || /^(d|ad)$/.test(next.tag))) return;
      if (next && CONSTRUAL.test(next.word)) return;
    }
    out.push({ word: pronoun.word, start: t.start, role: caused || granted ? 'agent' : 'object' });
  });
  return out;
}

/** Pronouns that stand for a company or a thing as a verb's object: 其, 它, 该公司, 这家公司. */
const OBJECT_PRONOUN = /^(其|它|它们|该公司|这家公司|该企业|这家企业|该集团)$/;

/** Verbs of bringing a product out, which its product can be the subject of: "Y发布后". */
const BRING_OUT = /^(推出|发布|上线|亮相|问世|面世|登场|开源|上架|首发|发售|公测|内测)$/;
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
const MAKER_TYPES: ReadonlySet<string> = new Set(['company', 'organization', 'person']);
/** Entity types that act as a body: what they announce about a product is their own act. */
const ORGANIZATION_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);

/** Measure words of time: "上线3天" counts how long, it names nothing brought out. */
const TIME_MEASURE = /^(天|日|周|个月|月|年|小时|分钟|秒|周年)$/;

/**
 * Whether the bring-out verb at `k` has an object of its own ("Y已开源多款模型", "Y发布了新版本"):
 * then the product is the doer, not the thing brought out.
 */
function bringsOutAnObject(words: readonly Token[], k: number): boolean {
  let i = k + 1;
  while (words[i] && /^(了|过|着)$/.test(words[i]!.word)) i++;
  const next = words[i];
  if (!next) return false;
  if (next.entityId || /^(n|vn|eng)/.test(next.tag)) return true;
  if (next.tag === 'a') return /^(n|vn|eng)/.test(words[i + 1]?.tag ?? '');
  if (next.tag === 'm') return !TIME_MEASURE.test(words[i + 1]?.word ?? '') && words[i + 1]?.tag !== 't';
  return false;
}

/**
 * The maker of a product subject whose first verb brings it out, named as its owner right
 * before it ("X的(文生视频模型)Y…推出"); null when there is none.
 */
function launchedBy(
  tokens: Token[],
  prop: { subject: Subject | null; clauses: number[] },
  clauses: Clause[],
  context: ExtractContext,
): string | null {
  const subject = prop.subject;
  if (subject?.kind !== 'entity' || subject.ids.length !== 1 || !context.typeOf) return null;
  if (!PRODUCT_TYPES.has(context.typeOf(subject.ids[0]!) ?? '')) return null;
  const words = prop.clauses.flatMap((c) => clauses[c]!.tokens);
  const verbAt = words.findIndex((t, k) => t.start >= subject.end && isVerb(t) && !opensRelative(words, k));
  if (verbAt < 0 || !BRING_OUT.test(words[verbAt]!.word) || bringsOutAnObject(words, verbAt)) return null;
  // Only the product's modifiers (nouns, quotes) may stand between 的 and it.
  let k = tokens.findIndex((t) => t.start === subject.start) - 1;
  while (k >= 0 && !tokens[k]!.entityId && tokens[k]!.word !== '的' && /^(n|vn|eng|x|m|a|b|j|l)/.test(tokens[k]!.tag))
    k--;
  if (tokens[k]?.word !== '的') return null;
  const owner = tokens[k - 1];
  return owner?.entityId && MAKER_TYPES.has(context.typeOf(owner.entityId) ?? '') ? owner.entityId : null;
}

/**
 * "去年10月推出的Y": the product subject right after a relative clause of bringing out with no
 * name in it, at the head of the sentence; the maker is `last` when it is a company.
 */
function madeByTopic(tokens: Token[], subject: EntitySubject, last: string, context: ExtractContext): string | null {
  if (subject.ids.length !== 1 || !PRODUCT_TYPES.has(context.typeOf?.(subject.ids[0]!) ?? '')) return null;
  if (!MAKER_TYPES.has(context.typeOf?.(last) ?? '') || context.typeOf?.(last) === 'person') return null;
  const at = tokens.findIndex((t) => t.start === subject.start);
  if (at < 2 || tokens[at - 1]!.word !== '的' || !BRING_OUT.test(tokens[at - 2]!.word)) return null;
  // Nothing but time words and the relative verb before it in its clause.
  let from = at - 2;
  while (from > 0 && !isPunct(tokens[from - 1]!)) from--;
  return tokens.slice(from, at).some((t) => t.entityId) ? null : last;
}

/** Verbs that open an enumeration the next clauses may continue. */
const ENUMERATES = /^(包括|包含|涵盖|囊括|分别是|分别为|还有|有|如|比如|例如|其中有)$/;

/**
 * A clause with no predicate that goes on with an enumeration begun before it: it starts with a
 * list joiner (以及 D) or follows a clause that enumerates ("团队包括A和B，C，…").
 */
function continuesList(clause: Clause, previous: Clause): boolean {
  const body = clause.tokens.slice(clause.from).filter((t) => !isPunct(t));
  if (!body.length || body.some((t, k) => isVerb(t) && isPredicate(body, k) && !/^(有)$/.test(t.word))) return false;
  if (clause.attribution || CONCESSIVE.test(body[0]!.word)) return false;
  // "…，与A、B正面交锋": after 与/和 a word that is neither a name nor a kind (公司, 品牌) is a
  // predicate jieba tags a noun; the clause is a comitative phrase, not more of the list.
  const kindOrName = (t: Token) =>
    !!t.entityId ||
    LIST_JOINERS.test(t.word) ||
    /^(等|等等)$/.test(t.word) ||
    properName(t) ||
    /(公司|企业|品牌|厂商|机构|巨头|平台|产品|模型)$/.test(t.word);
  if (/^(和|与|跟|同)$/.test(body[0]!.word)) return body.slice(1).every(kindOrName);
  if (/^(以及|及|还有|以及其他|另有)$/.test(body[0]!.word)) return true;
  const words = previous.tokens.slice(previous.from);
  const opens = words.findIndex((t) => ENUMERATES.test(t.word));
  return opens >= 0 && !words.slice(opens + 1).some((t, k) => isPredicate(words.slice(opens + 1), k));
}

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
  return startsWithPredicate(rest) || coordinatedHead(rest, /[将將]$/.test(words[0].word) && k === 1);
}

/** Whether `at` lies inside a quotation opened before it in the sentence (“…, 「…). */
function withinQuote(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/[“「『]/g)?.length ?? 0) > (before.match(/[”」』]/g)?.length ?? 0);
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

/**
 * "Y领投", "Y和Z跟投", "W等参投": a clause that is only investors and their part in a round, which
 * belongs to the funding proposition before it. Returns the investors, or null. Fewer than three
 * named act, 等 or not; three or more are listed; either way the company raising becomes the
 * object of its round (the majority of editors: investee `object` whenever an investor is
 * named; only dev's editor keeps it the agent beside listed investors). The names counted are the list's, in the
 * gazetteer or not (A、Salesforce Ventures、B等跟投 is a list of three).
 */
function investorClause(tokens: Token[]): Investors | null {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  let k = 0;
  // "投资方为Y", "本轮投资方包括A、B和C": a noun for the investors, then who they are.
  let named = false;
  while (k < 3 && words[k] && !words[k]!.entityId && !INVESTOR_NOUN.test(words[k]!.word)) k++;
  if (INVESTOR_NOUN.test(words[k]?.word ?? '') && NAMES_AS.test(words[k + 1]?.word ?? '')) {
    k += 2;
    named = true;
  } else k = 0;
  const list = investorList(words, k);
  if (!list) return null;
  k = list.end;
  // (After the investors' noun, the names may end with a noun for them: 等机构.)
  if (named) return k >= words.length - 1 ? investorsAs(list.ids, list.names) : null;
  // "X、Y等老股东跟投", "…等科技巨头均有参投": a noun for the investors, adverbs, and 有.
  for (let n = 0; n < 3 && /^(n|nz|j|a)$/.test(words[k]?.tag ?? '') && !words[k]!.entityId; n++) k++;
  while (k < words.length && /^(d|ad)$/.test(words[k]!.tag) && !NEGATION.test(words[k]!.word)) k++;
  if (words[k]?.word === '有') k++;
  if (!INVESTOR_VERB.test(words[k]?.word ?? '')) return null;
  if (!words.slice(k + 1).every((t) => /^(了|投资)$/.test(t.word))) return null;
  return investorsAs(list.ids, list.names);
}

/** The longest name of a list the gazetteer may lack (Salesforce Ventures, 砺思资本), in words. */
const LIST_NAME_WORDS = 4;

/**
 * The names listed from `k` on (A、B和C, A、B等): how many, the gazetteer's among them, and where
 * the list ends. A name the gazetteer lacks counts only in a list of two or more (a lone word
 * before 跟投 may be anything); a gazetteer name followed by more words in its item
 * (前X执行长Y) is a modifier of someone else's name and not an investor. Null when no gazetteer
 * name invests.
 */
function investorList(words: Token[], k: number): { ids: string[]; names: number; end: number } | null {
  const items: Token[][] = [[]];
  for (; k < words.length; k++) {
    const t = words[k]!;
    if (/^等等?$/.test(t.word)) {
      k++;
      break;
    }
    if (t.word === '、' || (LIST_JOINERS.test(t.word) && !t.entityId)) {
      items.push([]);
      continue;
    }
    if (!t.entityId && (INVESTOR_VERB.test(t.word) || /^(d|ad)$/.test(t.tag) || t.word === '有')) break;
    items[items.length - 1]!.push(t);
  }
  // A joiner with no name after it ("A、B和…") is no list.
  if (items.some((item) => !item.length)) return null;
  const ids: string[] = [];
  for (const [n, item] of items.entries()) {
    const at = item.findIndex((t) => t.entityId);
    if (items.length === 1 || at < 0) {
      // One name alone must be the gazetteer's; in a list, another name is any short run of words.
      if (
        items.length === 1
          ? at !== 0
          : item.length > LIST_NAME_WORDS || item.some((t) => /^v/.test(t.tag) && t.word.length > 1)
      )
        return null;
    }
    if (at < 0) continue;
    // "X老股东" closing the list keeps X the investor: a noun for what it is, not someone else's name.
    const tail = item.slice(at + 1);
    const investor = !tail.length || (n === items.length - 1 && tail.every((t) => /^(n|a|j)$/.test(t.tag)));
    if (investor) ids.push(item[at]!.entityId!);
    else if (items.length === 1) return null;
  }
  if (!ids.length) return null;
  // (The loop stops on the word after the list, or after 等; a noun closing the last item is in it.)
  return { ids, names: items.length, end: k };
}

/** "X的投资方包括A和B", "X的投资者为Y": the investors named for X (the investee), or null. */
function investorsNamedFor(tokens: Token[]): (Investors & { investee: string }) | null {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  const owner = words.findIndex((t, k) => !!t.entityId && words[k + 1]?.word === '的');
  if (owner < 0 || owner > 2 || !INVESTOR_NOUN.test(words[owner + 2]?.word ?? '')) return null;
  const investors = investorClause(words.slice(owner + 2));
  return investors ? { ...investors, investee: words[owner]!.entityId! } : null;
}

/** Nouns for the investors of a round: 投资方, 领投方, 投资机构. */
const INVESTOR_NOUN = /^(投资方|投资者|投资人|出资方|领投方|跟投方|投资机构)$/;
/** What says who they are: 为, 是, 包括. */
const NAMES_AS = /^(为|是|包括|包含|有|分别为|分别是)$/;

/**
 * Up to two named investors act, 等 or not (A、B等跟投: two names are no enumeration); three and
 * more names are listed, counting those the gazetteer lacks.
 */
function investorsAs(ids: string[], names: number): Investors {
  const unique = [...new Set(ids)];
  const role: Role = Math.max(names, unique.length) >= 3 ? 'listed' : 'agent';
  return { ids: unique, role };
}

/** The investors an investor clause names, and their role in the round's claim. */
interface Investors {
  ids: string[];
  role: Role;
}

/** "由X开发的Y": the verb after the name at `k` opens a relative clause. */
function relativeAfter(tokens: Token[], k: number): boolean {
  let v = k + 1;
  while (tokens[v] && (tokens[v]!.entityId || LIST_JOINERS.test(tokens[v]!.word) || tokens[v]!.tag === 'd')) v++;
  return !!tokens[v] && isVerb(tokens[v]!) && opensRelative(tokens, v);
}

function startsAsContinuation(tokens: Token[]): boolean {
  // "过去一年更翻了两倍": a leading time does not stop the adverb from continuing the subject.
  const firstWord = tokens.find(
    (t) => !isPunct(t) && t.tag !== 't' && !/^[一二两三四五六七八九十\d]+(年|个月|天)$/.test(t.word),
  );
  if (!firstWord) return false;
  return CONTINUATION.test(firstWord.word);
}

type Subject =
  | {
      kind: 'entity';
      ids: string[];
      start: number;
      end: number;
      /** "X搭建的Y": the head noun Y of the relative clause X acts in. */
      head?: string[];
      /** "其背后是X": the pronoun whose antecedent X stands behind. */
      behind?: { word: string; start: number };
      /** "A与B合作": the counterpart 与 introduces before a verb of joint action. */
      partners?: string[];
      /** "X上线后用户数…": X only sets the time; it is what the clause is about when no one speaks for it. */
      framed?: boolean;
      /** "由X孵化的Y": the relative clause's doers were named by 由. */
      byDoer?: boolean;
      /**
       * "由X孵化的Y推出了Z", "X推出的Y上线首日…": the doers of a fronted relative clause that only
       * describes the subject, named before it; background, not actors (see `describedHead`).
       */
      described?: string[];
    }
  | { kind: 'pronoun'; word: string; start: number; end: number };

/**
 * "X在北京发布Y，由Z亲自站台演示", "X更换部门负责人，由W接掌": a 由-phrase after a comma that
 * follows a whole predicate of the subject's own (a verb and its object) names who carries out a
 * part of what the subject did; the subject still acts. (Not "X完成融资，由Y领投", a round's
 * investor: see the caller; nor "X成立于2018年，由Y创立", whose verb has no object.)
 */
function actedBefore(tokens: Token[], subjectEnd: number, by: number): boolean {
  let comma = by - 1;
  while (comma >= 0 && !/^[，,]$/.test(tokens[comma]!.word)) comma--;
  if (comma < 0 || tokens[comma]!.start < subjectEnd) return false;
  // (The 由 opens its clause: "其中「Y」由Z提供" has a subject of its own, which Z acts on.)
  if (tokens.slice(comma + 1, by).some((t) => !/^(d|c)$/.test(t.tag))) return false;
  const own = tokens.slice(0, comma).filter((t) => t.start >= subjectEnd);
  const verb = own.findIndex((t, k) => isPredicate(own, k));
  return verb >= 0 && own.slice(verb + 1).some((t) => !!t.entityId || /^(n|nz|eng|vn)$/.test(t.tag));
}

/** Whether the token at `k` follows a preposition (向X, 对X, 在X), which governs it. */
function governed(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && (before.tag === 'p' || (COUNTERPART_PREPOSITION.test(before.word) && before.tag !== 'c'));
}

function firstEntity(tokens: Token[], may: (k: number) => boolean = () => true): Subject | null {
  const ids = tokens.filter((t, k) => t.entityId && may(k) && !isTyped(tokens, t)).map((t) => t.entityId!);
  const first = tokens.find((t, k) => t.entityId && may(k));
  return first && ids.length ? { kind: 'entity', ids: [...new Set(ids)], start: first.start, end: first.end } : null;
}

/** A name used as a type or a quoted term ("类Sora", "国产Sora", “OpenAI公司”) names no actor. */
function isTyped(tokens: Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const lead = tokens
    .slice(Math.max(0, i - 3), i)
    .map((x) => x.word)
    .join('');
  // "新版X", "最新版X" are X itself, not a type of it.
  const bare = lead.replace(/[“”"「」『』‘’]/g, '');
  if (TYPE_PREFIX.test(bare) && !/(新版|最新版|升级版|正式版)$/.test(bare)) return true;
  // "清华系", "阿里系" make a type; "X系列", "X系统" are X's own line of products or X itself.
  if (after && TYPE_SUFFIX.test(after.word) && !/^系(列|统)/.test(after.word)) return true;
  // "像Nova、Orion一样": a name (or a list) a comparison of manner is made with.
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.entityId || LIST_JOINERS.test(tokens[k]!.word))) k++;
  if (LIKENESS.test(tokens[k]?.word ?? '')) return true;
  // Quotation marks name a product (打造了“绘蛙”); after 的 they set off a type ("一个…的“OpenAI公司”").
  if (before && /[“「『‘"]$/.test(before.word) && after && /^[”」』’"]/.test(after.word))
    return tokens[i - 2]?.word === '的';
  if (insideLongerQuote(tokens, i)) return true;
  return false;
}

/** Who may be named inside a work's title without being the work: companies, bodies and people. */
const TITLED_PARTY_TYPES: ReadonlySet<string> = new Set([...PRODUCT_MAKER_TYPES, 'person']);

/** Whether the name at `i` is one of several words inside book-title marks (《与X同行》, 《X十年》). */
function insideTitle(tokens: Token[], i: number): boolean {
  let open = i - 1;
  while (open >= 0 && !/[《》]/.test(tokens[open]!.word)) open--;
  let close = i + 1;
  while (close < tokens.length && !/[《》]/.test(tokens[close]!.word)) close++;
  return tokens[open]?.word === '《' && tokens[close]?.word === '》' && close - open > 2;
}

/** A name inside a quoted phrase (“中国有没有自己的ChatGPT”) is talked about, not acting. */
function insideLongerQuote(tokens: Token[], i: number): boolean {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const w = tokens[k]!.word;
    if (/[”」』]/.test(w)) depth--;
    if (/[“「『]/.test(w)) {
      depth++;
      // 表示：“…”: quoted words someone says are a sentence, and its names act in it.
      const before = tokens[k - 1]?.word ?? '';
      // A sentence that opens on a quoted sentence ("“…。”X说。") quotes someone too.
      if (depth > 0 && (/^[：:，,]$/.test(before) || SPEECH_VERB.test(before) || quotedSentence(tokens, k)))
        return false;
      // A clause that opens on a quotation with a verb after the name ("他直言，“X是…”") is
      // what someone says, cut from its speech verb by the comma.
      if (depth > 0 && k === 0 && quotedClause(tokens, i)) return false;
      if (depth > 0) return k < i - 1 || !/^[”」』]/.test(tokens[i + 1]?.word ?? '');
    }
  }
  return false;
}

/** The name at `i` is followed by its verb (adverbs between): the quotation is a sentence about it. */
function quotedClause(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // (A version after the name is part of it: "X 4.0是…".)
  while (tokens[k] && (/^(d|t|m)$/.test(tokens[k]!.tag) || /^[\w.\s]+$/.test(tokens[k]!.word))) k++;
  return !!tokens[k] && isVerb(tokens[k]!);
}

/** A quotation opening the sentence at `k` that ends on its own full stop: “…。” */
function quotedSentence(tokens: Token[], k: number): boolean {
  // (Offsets are the sentence's: the quotation must open the sentence, not a clause.)
  if (k !== 0 || tokens[k]!.start !== 0) return false;
  const close = tokens.findIndex((t, j) => j > k && /[”」』]/.test(t.word));
  return close > 0 && /[。！？!?]/.test(tokens[close - 1]!.word + tokens[close]!.word.slice(0, -1));
}

/**
 * A name that modifies a noun is not the actor: "OpenAI员工", "Sora背后的团队", and a name inside
 * a place phrase ("阿里云AI峰会上").
 */
function isModifier(tokens: Token[], t: Token): boolean {
  const at = tokens.indexOf(t);
  for (let i = at + 1; i < tokens.length; i++) {
    const after = tokens[i]!;
    // "X领先Y": a comparing word ends the noun phrase (jieba may tag it a noun).
    if (COMPARING.test(after.word)) return false;
    // "X前首席科学家Y", "X前研究副总裁Y": a former or acting title is X's member too.
    const title = tokens.slice(i + 1, i + 4);
    if (TENURE.test(after.word) && /^(首席|联合|董事会)|^[a-z]{3}$/i.test(title[0]?.word ?? '')) continue;
    if (TENURE.test(after.word) && title.some((x) => MEMBER_NOUN.test(x.word))) return true;
    // "X共同创办人Y": a title jieba cuts in two is still a member of X.
    if (after.word === '共同' && MEMBER_NOUN.test(tokens[i + 1]?.word ?? '')) return true;
    // "X员工人数": a count of X's people is a figure of X's.
    if (MEMBER_NOUN.test(after.word) && COUNT_NOUN.test(tokens[i + 1]?.word ?? '')) return false;
    // "星辰科技下一代Nova": an owner right before its product names whose product it is.
    if (after.entityId) return i - at <= 3 && !(at > 0 && tokens[at - 1]!.entityId);
    // A place localizer ("峰会上") makes it a place; a time one ("推出X以来") does not.
    // "X官方", "X方面" are X itself speaking or acting.
    if (SELF_NOUN.test(after.word)) return false;
    if ((after.tag === 'f' && !TIME_LOCALIZER.test(after.word)) || MEMBER_NOUN.test(after.word)) return true;
    // "X研究院助理教授周明": a person's name after X and the nouns of a post is X's member.
    // (jieba tags stray single characters nr too: 首/周; a name has two or more.)
    if (after.tag === 'nr' && after.word.length >= 2 && i > at + 1 && tokens[i - 1]!.tag === 'n') return true;
    // "欧盟政策制定者", "X开源模型榜首", "X代码链接": a head noun for people or a part of X.
    if (PART_NOUN.test(after.word)) return true;
    // "X开源模型榜首": a verb right before a noun modifies it inside the noun phrase.
    // ("X相关负责人" is still X's spokesperson, who speaks for X.)
    if (
      (isVerb(after) || after.tag === 'vn') &&
      /^(n|vn)$/.test(tokens[i + 1]?.tag ?? '') &&
      !tokens[i + 1]!.entityId &&
      !MEMBER_NOUN.test(tokens[i + 1]!.word)
    )
      continue;
    if (
      !/^(n[a-z]*|eng|m|q|x|t)$/.test(after.tag) ||
      /^[，,。；;：:、]$/.test(after.word) ||
      (after.tag === 'x' && after.word.trim())
    )
      return false;
  }
  return false;
}

/**
 * "X发言人", "X执行长周明", "X相关负责人": the name at `i` is followed (within the noun phrase) by a
 * serving officer's title and no other name, so the officer is X speaking or acting. A former
 * officer (X前CEO) no longer acts for X.
 */
function officerOf(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (/^(相关|的)$/.test(tokens[k]?.word ?? '')) k++;
  while (/^(首席|联合|高级|资深|集团|公司)$/.test(tokens[k]?.word ?? '')) k++;
  if (!OFFICER.test(tokens[k]?.word ?? '')) return false;
  // (A person the gazetteer knows after the title is the subject himself.)
  const after = tokens[k + 1];
  return !after?.entityId && !(after?.word === '兼' && tokens[k + 3]?.entityId);
}

/** Words that date a title: 前首席科学家, 原CEO, 时任董事长. */
const TENURE = /^(前|原|时任|现任|新任|首任|前任)$/;
/** Nouns that count what is before them: 员工人数, 用户数量. */
const COUNT_NOUN = /^(人数|数量|总数|规模|数|总量)$/;

/** Pronoun phrases span two tokens: 该 + 公司, 这家 + 大厂. */
function pronounAt(tokens: Token[], i: number): { word: string; length: number } | null {
  const t = tokens[i]!;
  // A mention is a name, even one written 后者 or 该产品 (a product standing for its maker).
  if (t.entityId) return null;
  const next = tokens[i + 1];
  // "这家企业数据服务商", "该初创公司": the whole noun phrase, whose nouns say what it stands for.
  const phrase = () => {
    let k = i + 2;
    while (k < tokens.length && /^(n|nz)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k++;
    return {
      word: tokens
        .slice(i, k)
        .map((x) => x.word)
        .join(''),
      length: k - i,
    };
  };
  if (next && /^(该|这家|这款|这一|此|这个)$/.test(t.word) && /^n/.test(next.tag) && PRONOUN.test(t.word + next.word))
    return phrase();
  // "该消息", "这个说法" point back to words, not to a named entity.
  if (next && /^(该|这家|这款|这个)$/.test(t.word) && /^n/.test(next.tag) && !NOT_ENTITY_NOUN.test(next.word))
    return phrase();
  // "该计划", "这份报告": a document or a policy named before, when one of its type was.
  if (next && /^(该|此|这|这项|这份|这一|这部|该项)$/.test(t.word) && DOCUMENT_NOUN.test(next.word))
    return { word: t.word + next.word, length: 2 };
  if (next && NOT_ENTITY_NOUN.test(next.word)) return null;
  if (PRONOUN.test(t.word) && (t.tag === 'r' || t.word.length > 1)) return { word: t.word, length: 1 };
  // "两者", "双方", "这两家公司": the two names before.
  if (PAIR.test(t.word)) return { word: t.word, length: 1 };
  // "这些公司", "三家公司", "这几家企业": several names before, as one subject.
  for (let length = 3; length >= 2; length--) {
    const words = tokens.slice(i, i + length);
    if (words.length === length && !words.some((x) => x.entityId) && PLURAL_NP.test(words.map((x) => x.word).join('')))
      return { word: words.map((x) => x.word).join(''), length };
  }
  const pairAt = t.word === '这' && next?.word === '两家' ? i + 1 : t.word === '两家' ? i : -1;
  if (pairAt >= 0 && /^(公司|企业|机构|厂商)$/.test(tokens[pairAt + 1]?.word ?? ''))
    return { word: '两家', length: pairAt + 2 - i };
  // "X的CEO宣布，公司将…": a bare 公司 or 团队 opening a clause is the organization named before,
  // as 该公司 is.
  // "这是公司首次…": after a demonstrative's copula, the bare noun is who did the act it names.
  const opens =
    i === 0 ||
    /^(这|此|这也|这已|这已经|这还)是$/.test(
      tokens
        .slice(0, i)
        .map((x) => x.word)
        .join(''),
    );
  if (opens && BARE_NOUN.test(t.word) && next && (isVerb(next) || /^(d|p|t|m)$/.test(next.tag)))
    return { word: t.word, length: 1 };
  // "公司股价…", "集团季度总营收为…": a bare 公司/集团 owning the subject noun is who it is about
  // (its people are not: "公司员工称").
  if (
    tokens.slice(0, i).every((x) => x.tag === 't' || isPunct(x)) &&
    /^(公司|集团)$/.test(t.word) &&
    next &&
    /^n/.test(next.tag) &&
    !next.entityId &&
    !MEMBER_NOUN.test(next.word) &&
    !RANK_AND_FILE.test(next.word) &&
    tokens.slice(i + 2).some((x) => isVerb(x) || /^(为|达|约为)$/.test(x.word))
  )
    return { word: t.word, length: 1 };
  return null;
}

/** The subject of a clause: the name or pronoun before its first predicate, outside a preposition. */
function findSubject(tokens: Token[]): Subject | null {
  let preposition: string | null = null;
  // A possessor ("Qwen2的72B模型") is the subject only when no better name follows.
  let possessor: Subject | null = null;
  // Who acts in a relative clause before the head noun ("X搭建的Y", "由X开发的Y").
  let relative: EntitySubject | null = null;
  let byAgents: Token[] = [];
  /** Where the verb of `relative`'s clause is. */
  let relativeVerb = -1;
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "最引人关注的是微软对OpenAI的…": past a copula with no subject before it.
    if (t.word === '是') {
      preposition = null;
      continue;
    }
    // "其背后是X", "Sora背后是OpenAI": X stands behind what comes before 背后, which it made.
    const behind = behindAt(tokens, i);
    if (behind) return behind;
    // "以X和Y为代表的头部公司仍…", "以X为首的厂商纷纷…": the names a class is led or represented
    // by stand for it, and are the subject.
    const led = representedAt(tokens, i);
    if (led) return led;
    // "交易完成后这家公司…", "发布时X…": a verb closed by a time localizer is a when-frame
    // inside the clause; the subject comes after it.
    if (isVerb(t) && whenFrameEnd(tokens, i) > 0) {
      i = whenFrameEnd(tokens, i);
      possessor = null;
      continue;
    }
    if (isVerb(t) && !EXISTENTIAL.test(t.word) && !opensInclusion(tokens, i)) {
      // A verb before 的 opens a relative clause ("阿里云推出的Qwen2"): its subject is not ours,
      // but "由X领衔策划的Y" names who made the head noun.
      if (opensRelative(tokens, i)) {
        if (byAgents.length) {
          relative = { ...entitySubject(byAgents), byDoer: true };
          relativeVerb = i;
        }
        byAgents = [];
        preposition = null;
        // (A name that set the time before it is still what the clause is about.)
        if (!(possessor?.kind === 'entity' && possessor.framed)) possessor = null;
        continue;
      }
      if (!isPredicate(tokens, i)) continue;
      break;
    }
    // "X领先Y" (领先/n): a comparing word is the predicate whatever jieba tags it.
    // ("不如预期的X" is a relative clause, as a verb's would be.)
    if (!isVerb(t) && COMPARING.test(t.word) && !preposition && !opensRelative(tokens, i)) break;
    if (
      !conjoinsUnknownName(tokens, i) &&
      (t.tag === 'p' ||
        (COUNTERPART_PREPOSITION.test(t.word) && (t.tag !== 'c' || comitativeOpening(tokens, i))) ||
        // ("将其列入": 其 after 将/把 is the disposed object, not the subject.)
        (DISPOSAL.test(t.word) && (tokens[i + 1]?.entityId || /^(其|它|它们)$/.test(tokens[i + 1]?.word ?? ''))))
    ) {
      preposition = prepositionAt(tokens, i);
      continue;
    }
    // ("由X研究院教授Y创立的Z": X only says where the doer Y works.)
    if (preposition === '由' && t.entityId && !isTyped(tokens, t) && !isModifier(tokens, t)) byAgents.push(t);
    // "在…被视为标杆的X", "面向C端的X": a prepositional phrase inside a modifier ends at its 的
    // (one with a verb; "与X的Y" is a possessive inside the phrase).
    if (preposition && t.word === '的' && modifierEnds(tokens, i)) {
      preposition = null;
      continue;
    }
    if (preposition) continue;
    const pronoun = pronounAt(tokens, i);
    // "责令其停止…", "要求其提供…": a pronoun right after a verb of ordering or asking (a pivot
    // verb, 兼语动词) is that verb's object and the doer of what follows, not the clause's subject.
    if (pronoun && /^(其|它|他|她)$/.test(pronoun.word) && PIVOT_VERB.test(tokens[i - 1]?.word ?? '')) continue;
    if (pronoun) {
      // "其背后的OpenAI亦…": a pronoun before a name is a possessor; the name is the subject.
      const rest = tokens.slice(i + pronoun.length);
      const verbAt = rest.findIndex((x, k) => (isVerb(x) || NEGATED_COPULA.test(x.word)) && rest[k + 1]?.word !== '的');
      const upToVerb = rest.slice(0, verbAt < 0 ? rest.length : verbAt);
      // …but "它还与X合作": a name after a preposition is its object, and the pronoun is the subject.
      const prepAt = upToVerb.findIndex(
        (x) => x.tag === 'p' || (COUNTERPART_PREPOSITION.test(x.word) && x.tag !== 'c'),
      );
      const nameBefore = upToVerb.slice(0, prepAt < 0 ? upToVerb.length : prepAt).some((x) => x.entityId);
      if (!nameBefore)
        return { kind: 'pronoun', word: pronoun.word, start: t.start, end: tokens[i + pronoun.length - 1]!.end };
      i += pronoun.length - 1;
      continue;
    }
    // "X旗下(的)平台Y已…": X owns the subject; with no known name after it (a product the
    // gazetteer lacks), X stands for it, as the possessor of X的Y does (README: a product
    // outside the gazetteer stands for its maker).
    if (t.entityId && tokens[i + 1]?.word === '旗下' && !isTyped(tokens, t)) {
      possessor ??= { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end };
      continue;
    }
    // "X发言人否认…", "X执行长周明曾在…签名": an officer the gazetteer does not know acts for X,
    // so X heads the subject (README: a company's executive outside the gazetteer is the company
    // acting).
    // "X股价…", "X账上的现金…": the owner of a metric heading the subject is what it is about.
    if (t.entityId && !isTyped(tokens, t) && ownsMetric(tokens, i)) {
      // ("X旗下的Y用户数…", "X的Y营收…": the metric is the named head's, and X only owns Y.)
      if (!possessor || ownerBefore(tokens, i, possessor))
        possessor = { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end };
      continue;
    }
    if (t.entityId && !isTyped(tokens, t) && officerOf(tokens, i))
      return relative ? { ...relative, head: [t.entityId] } : entitySubject([t]);
    if (!t.entityId || isTyped(tokens, t) || isModifier(tokens, t)) continue;
    // "X上线后申请试用的用户数量远超预期": a name whose verb closes a when-frame, with a noun
    // phrase after the frame, only says when; the noun phrase is the subject.
    const frame = tokens[i + 1] && isVerb(tokens[i + 1]!) ? whenFrameEnd(tokens, i + 1) : -1;
    if (frame > 0 && framesNounSubject(tokens, frame + 1)) {
      possessor ??= { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end, framed: true };
      i = frame;
      continue;
    }
    const next = tokens[i + 1];
    if (next?.word === '的' && tokens[i + 2]?.tag !== 'vn') {
      // "字节的友商们": the possessor of people is not the actor; nor is the object of a verbal
      // noun before it ("出售Nova的计划").
      if (!possessor && (!pluralHead(tokens, i + 2) || counted(tokens, i + 2)) && tokens[i - 1]?.tag !== 'vn')
        possessor = { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end };
      continue;
    }
    const members = [t];
    let j = i + 1;
    while (tokens[j] && LIST_JOINERS.test(tokens[j]!.word) && tokens[j + 1]?.entityId) {
      // "苹果Apple Intelligence、微软Copilot", "X的Nova和Y的Orion": an owner before its product
      // names whose it is; the product is the one joined.
      const k = tokens[j + 2]?.entityId
        ? j + 2
        : tokens[j + 2]?.word === '的' && tokens[j + 3]?.entityId
          ? j + 3
          : j + 1;
      members.push(tokens[k]!);
      j = k + 1;
    }
    // "A与B达成合作", "A和B签署协议": before a verb of joint action 与 introduces A's counterpart.
    let partners: string[] | undefined;
    // "A与B的差距", "A和B的合作": the gap or the tie between them is A's, with B as counterpart.
    // ("A与B的市值差距": nouns may say what the gap is in; "A与B之间的差距": 之间 says it is theirs.)
    const of = /^(之间|间)$/.test(tokens[j]?.word ?? '') ? j + 1 : j;
    let head = of + 1;
    // (jieba may cut the noun in two: 营/n 收/v.)
    while (
      head < of + 3 &&
      /^(n|v)/.test(tokens[head]?.tag ?? '') &&
      !tokens[head]!.entityId &&
      !RELATION_NOUN.test(tokens[head]!.word)
    )
      head++;
    const between = tokens[of]?.word === '的' && RELATION_NOUN.test(tokens[head]?.word ?? '');
    if (members.length === 2 && COMITATIVE.test(tokens[i + 1]!.word) && (between || jointAction(tokens, j))) {
      partners = [members.pop()!.entityId!];
    }
    // "X搭建的Y", "X所看好的Y": X acts in a clause that describes Y; Y is what it made or chose.
    let v = j;
    while (tokens[v] && (tokens[v]!.word === '所' || tokens[v]!.tag === 'd')) v++;
    if (tokens[v] && isVerb(tokens[v]!) && opensRelative(tokens, v)) {
      relative = entitySubject(members);
      relativeVerb = v;
      possessor = null;
      byAgents = [];
      i = v;
      continue;
    }
    if (relative)
      return describedHead(tokens, i, j)
        ? { ...entitySubject(members), described: relative.ids }
        : { ...relative, head: members.map((m) => m.entityId!) };
    return partners ? { ...entitySubject(members), partners } : entitySubject(members);
  }
  // "由X孵化的初创公司推出了…", "X投资的一家芯片企业宣布…": a head the gazetteer lacks, told by
  // where it comes from or who backs it, with a predicate of its own: X only describes it. (Not X推出的
  // 付费方案每月…: a product outside the gazetteer stands for its maker.)
  if (relative && i < tokens.length && relativeVerb >= 0 && ORIGIN.test(tokens[relativeVerb]!.word)) {
    const of = tokens.findIndex((t, k) => k > relativeVerb && t.word === '的');
    const head = tokens[of + 1];
    if (of > 0 && of < i && head && !head.entityId && /^(n|nz|nt|eng|j|vn)$/.test(head.tag))
      return { ...relative, described: relative.ids };
  }
  return relative ?? possessor;
}

/** Verbs that tell a company by its origin or its backers: 孵化, 创立, 投资, 控股, 看好. */
const ORIGIN =
  /^(孵化|创立|创办|创建|成立|投资|注资|入股|参股|控股|持股|收购|看好|青睐|支持|扶持|资助|背靠|孕育|分拆|剥离|闻名|著称)$/;

/**
 * "由X孵化的Y推出了Z", "以X闻名的Y宣布…", "X推出的Y上线首日用户破百万": when the head Y of a fronted
 * relative clause (named from `at` to before `after`) is followed by a predicate of its own in the
 * clause, the relative clause only describes Y, and the claim is Y's; the doers named in it are
 * background. Not a head with no predicate after it ("X所看好的Y": X's choice is the claim), nor
 * a work in a title, which stays what its authors made (由X执笔的《Y》一书…).
 */
function describedHead(tokens: Token[], at: number, after: number): boolean {
  if (tokens[at - 1]?.word === '《') return false;
  for (let k = after; k < tokens.length && !isPunct(tokens[k]!); k++) {
    if (tokens[k]!.entityId) return false;
    if (isPredicate(tokens, k) || COMPARING.test(tokens[k]!.word)) return true;
  }
  return false;
}

/** Whether the name at `i` is the named head of `owner` (X的Y, X旗下的Y, with X the owner). */
function ownerBefore(tokens: Token[], i: number, owner: Subject): boolean {
  if (owner.kind !== 'entity' || tokens[i - 1]?.word !== '的') return false;
  const k = tokens[i - 2]?.word === '旗下' ? i - 3 : i - 2;
  return !!tokens[k]?.entityId && tokens[k].start === owner.start;
}

/** Verbs of ordering, asking and allowing, whose object does what follows (兼语): 责令其停止. */
const PIVOT_VERB = /^(要求|责令|命令|勒令|敦促|督促|请求|要|叫|派|允许|禁止|准许|邀请|委托|授权|指示)$/;

/** Nouns for a policy or a document, which 该/这份 before them refer to: 该计划, 这份报告. */
const DOCUMENT_NOUN = /^(计划|行动|法案|政策|办法|条例|规定|法规|措施|报告|白皮书|规划|意见|通知)$/;

/** An organization noun standing alone for the one named before ("公司将…"); unresolved, it names no one. */
const BARE_NOUN = /^(公司|团队|集团)$/;

/**
 * "X称，公司与多家厂商均有交流": a company speaking calls itself 公司; the bare noun in its words
 * is the speaker, named before it in the sentence. (A person speaking, "X的CEO Y表示，公司将…",
 * is left to the usual antecedent.) Paragraph offsets, or null.
 */
function selfNamed(
  word: string,
  attribution: Attribution,
  tokens: Token[],
  from: number,
  before: number,
  context: ExtractContext,
  offset: number,
): { id: string; at: number; end: number } | null {
  const speaker = attribution.entityId;
  if (word !== '公司' || !speaker || !ORGANIZATION_TYPES.has(context.typeOf?.(speaker) ?? '')) return null;
  const named = tokens.filter((t) => t.entityId === speaker && t.start >= from && t.end <= before).slice(-1)[0];
  return named ? { id: speaker, at: offset + named.start, end: offset + named.end } : null;
}

/** Joiners that can also be a preposition of company (与X合作). */
const COMITATIVE = /^(与|和|跟|同)$/;

/**
 * "并与X合作", "还和X签约": 与 with no name before it in its clause joins nothing, so it is the
 * preposition of company, whatever jieba tags it, and X is the counterpart of a zero subject.
 */
function comitativeOpening(tokens: Token[], i: number): boolean {
  if (!COMITATIVE.test(tokens[i]!.word)) return false;
  return tokens.slice(0, i).every((t) => isPunct(t) || /^(c|d|ad|t)$/.test(t.tag));
}

/** The copula of a pseudo-cleft, after its headless relative: …的是X, …的还包括X, …的有X. */
const CLEFT_COPULA = /^(是|为|就是|正是|便是|包括|还包括|还有|有|当属|首推)$/;

/**
 * The names a pseudo-cleft focuses on ("表现最亮眼的是X", "参与联合印发的还包括A、B、C等部门"): a
 * headless relative clause with a verb and no name, closed by 的, then a copula (with adverbs
 * before it) and the names of the noun phrase after it; none when the clause is not one.
 */
function cleftFocus(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t));
  const de = words.findIndex((t) => t.word === '的');
  if (de < 1 || words.slice(0, de).some((t) => t.entityId) || !words.slice(0, de).some(isVerb)) return [];
  let k = de + 1;
  while (words[k] && /^(d|ad)$/.test(words[k]!.tag) && !CLEFT_COPULA.test(words[k]!.word)) k++;
  if (!CLEFT_COPULA.test(words[k]?.word ?? '')) return [];
  const names: string[] = [];
  // (A name after a preposition or a verb in the noun phrase is in a modifier: 基于X开发的…客户.)
  for (k++; words[k] && !isVerb(words[k]!) && words[k]!.tag !== 'p'; k++)
    if (words[k]!.entityId) names.push(words[k]!.entityId!);
  return [...new Set(names)];
}

/** Verbs that share a predicate out among the names before them: A与B分列第四、第五. */
const DISTRIBUTIVE = /^(分列|并列|同为|均为|皆为)$/;

/**
 * "传音与X分列第四、第五", "某厂与X均…": 与 after a name the gazetteer lacks (the clause's only
 * words before it) and before a name that an adverb or a verb of sharing makes one subject with
 * it joins two subjects; it is no preposition, and X is a subject.
 */
function conjoinsUnknownName(tokens: Token[], i: number): boolean {
  if (!COMITATIVE.test(tokens[i]!.word) || !tokens[i + 1]?.entityId || i === 0) return false;
  const before = tokens.slice(0, i).filter((t) => !isPunct(t));
  if (!before.length || !before.every((t) => !t.entityId && /^(n|nr|nrt|nrfg|ns|nz|nt|eng|j)$/.test(t.tag)))
    return false;
  const after = tokens[i + 2]?.word ?? '';
  return COLLECTIVE.test(after) || DISTRIBUTIVE.test(after);
}
/** Verbs of a joint action, which take a counterpart with 与: 合作, 联手, 签约, 竞争. */
const JOINT_VERB = /^(合作|联手|携手|结盟|合资|竞争|较量|谈判|洽谈|签约|合并|交手|角逐|和解|对簿公堂|牵手|联姻)$/;
/** What a light verb's object names when the action is joint: 达成合作, 签署协议, 建立伙伴关系. */
const JOINT_NOUN = /合作|协议|合约|联盟|伙伴|谈判|竞争|关系|合资/;
/** Nouns for what lies between two: 差距, 合作, 竞争. */
const RELATION_NOUN = /^(差距|距离|差异|合作|竞争|关系|分歧|纠纷|官司|谈判|合约|协议)$/;
/** Adverbs that make two joined names one subject: 都, 共同, 分别, 先后. */
const COLLECTIVE = /^(都|均|共同|一起|一同|分别|各自|先后|相继|同时|双双|联合|也)$/;

/**
 * Whether the predicate from `k` is a joint action (合作, 达成合作, 签署协议) with no adverb making
 * its two names one subject ("A和B都…", "A与B共同…").
 */
function jointAction(tokens: Token[], k: number): boolean {
  const adverbial = (t: Token) => /^(d|ad|t)$/.test(t.tag) || /^(宣布|正式|已|已经|将|正在)$/.test(t.word);
  for (; tokens[k] && (adverbial(tokens[k]!) || tokens[k]!.word === '在'); k++) {
    if (COLLECTIVE.test(tokens[k]!.word)) return false;
    // "A与B在上海签署协议", "A与B在云市场的竞争": a phrase of place runs to the verb or to 的.
    if (tokens[k]!.word !== '在') continue;
    while (tokens[k + 1] && !isVerb(tokens[k + 1]!) && tokens[k + 1]!.word !== '的' && !isPunct(tokens[k + 1]!)) k++;
    if (tokens[k + 1]?.word === '的') return RELATION_NOUN.test(tokens[k + 2]?.word ?? '');
  }
  const verb = tokens[k];
  if (!verb || verb.entityId) return false;
  if (JOINT_VERB.test(verb.word)) return true;
  if (!isVerb(verb)) return false;
  // "达成合作", "签署协议", "达成和解": a light verb whose object names the joint act.
  for (let m = k + 1; m < Math.min(tokens.length, k + 6) && !isPunct(tokens[m]!); m++)
    if (!tokens[m]!.entityId && (JOINT_NOUN.test(tokens[m]!.word) || JOINT_VERB.test(tokens[m]!.word))) return true;
  return false;
}

/** A clause of names only that goes on with a list: "以及D", "和E等". */
function continuesTopicList(clause: Clause): boolean {
  const body = clause.tokens.filter((t) => !isPunct(t));
  return (
    body.length > 1 &&
    /^(以及|及|和|与|还有|乃至|甚至)$/.test(body[0]!.word) &&
    body.slice(1).every((t) => t.entityId || LIST_JOINERS.test(t.word) || /^(等|等等)$/.test(t.word))
  );
}

/** Whether the noun phrase from `k` is people of the owner: 友商们, 投资人, 员工. */
function pluralHead(tokens: Token[], k: number): boolean {
  // The head is the phrase's last noun: "X的投资人" is people, "X的用户规模" a size.
  let head: Token | null = null;
  for (; k < tokens.length && !tokens[k]!.entityId && !isPunct(tokens[k]!); k++) {
    if (!/^(n|nz|vn|j|k)/.test(tokens[k]!.tag)) break;
    head = tokens[k]!;
  }
  return !!head && (/们$/.test(head.word) || MEMBER_NOUN.test(head.word));
}

/**
 * "X的用户已超过1亿", "X的员工数量达2万": the people of X counted by the predicate (a verb and a
 * number) or by a count noun are a figure of X's, not people acting.
 */
function counted(tokens: Token[], k: number): boolean {
  while (tokens[k] && /^(n|nz|vn|j|k)/.test(tokens[k]!.tag) && !tokens[k]!.entityId) {
    if (COUNT_NOUN.test(tokens[k]!.word)) return true;
    k++;
  }
  while (tokens[k] && /^(d|ad|t)$/.test(tokens[k]!.tag)) k++;
  if (!tokens[k] || !isVerb(tokens[k]!)) return false;
  const next = tokens[tokens[k + 1]?.word === '了' ? k + 2 : k + 1];
  return next?.tag === 'm';
}

/** Whether the 的 at `i` closes a modifier with a verb in it, after the last preposition. */
function modifierEnds(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (isVerb(t)) return true;
    if (t.tag === 'p' || isPunct(t)) return false;
  }
  return false;
}

/** "被称为“X”的Y": the verb at `k` is in a modifier that 的 closes before the clause ends. */
function modifiesNoun(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]!.word === '的') return true;
    if (/^[，,。；;：:！!？?]$/.test(tokens[j]!.word) || (isVerb(tokens[j]!) && j > k + 1)) return false;
  }
  return false;
}

/** After a verb at `i`, the index of a localizer closing a when-frame (V(了)后 + more), or -1. */
/**
 * What follows a when-frame at `k` is a subject noun phrase of its own: a noun, or a verb opening
 * a relative clause before one ("申请试用的用户"); not an adverb or a verb going on with the
 * frame's subject ("X发布后迅速登顶").
 */
function framesNounSubject(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.entityId) return false;
  if (/^n/.test(t.tag) && t.tag !== 'nr') return true;
  return isVerb(t) && opensRelative(tokens, k);
}

function whenFrameEnd(tokens: Token[], i: number): number {
  const k = tokens[i + 1]?.word === '了' ? i + 2 : i + 1;
  const after = tokens[k + 1];
  if (!/^(后|之后|以后|时|之时|之际)$/.test(tokens[k]?.word ?? '') || !after || isPunct(after)) return -1;
  return k;
}

/** A subject made of names in a row (A和B, A、B). */
type EntitySubject = Extract<Subject, { kind: 'entity' }>;

/** "其背后是X" / "Y背后(的)?是X" starting at `i`: X is the subject, Y (or 其's antecedent) its work. */
function behindAt(tokens: Token[], i: number): EntitySubject | null {
  const t = tokens[i]!;
  if (!t.entityId && !(t.tag === 'r' && /^(其|它)$/.test(t.word))) return null;
  let k = i + 1;
  if (tokens[k]?.word !== '背后') return null;
  k++;
  if (tokens[k]?.word === '的') k++;
  if (!/^(是|站着)$/.test(tokens[k]?.word ?? '')) return null;
  const x = tokens[k + 1];
  if (!x?.entityId) return null;
  const subject = entitySubject([x]);
  return t.entityId ? { ...subject, head: [t.entityId] } : { ...subject, behind: { word: t.word, start: t.start } };
}

/** "以X、Y为代表的N", "以X为首的N" starting at `i`: the names that lead the class N, or null. */
function representedAt(tokens: Token[], i: number): EntitySubject | null {
  if (tokens[i]!.word !== '以' || !tokens[i + 1]?.entityId) return null;
  const members = [tokens[i + 1]!];
  let j = i + 2;
  while (/^(、|和|与|及)$/.test(tokens[j]?.word ?? '') && tokens[j + 1]?.entityId) {
    members.push(tokens[j + 1]!);
    j += 2;
  }
  const words = `${tokens[j]?.word ?? ''}${tokens[j + 1]?.word ?? ''}`;
  const of = /^为首/.test(words) || /^为代表/.test(words) ? (tokens[j]!.word === '为' ? j + 2 : j + 1) : -1;
  return of > 0 && tokens[of]?.word === '的' ? entitySubject(members) : null;
}

function entitySubject(members: Token[]): EntitySubject {
  return {
    kind: 'entity',
    ids: [...new Set(members.map((m) => m.entityId!))],
    start: members[0]!.start,
    end: members[members.length - 1]!.end,
  };
}

/** 有, 还有: "不得不提的还有X" states that X exists; the name after it is still the topic. */
const EXISTENTIAL = /^(有|还有)$/;

/** "包括X在内的Y": 包括 opens a phrase inside the subject, not the predicate. */
function opensInclusion(tokens: Token[], i: number): boolean {
  if (!/^(包括|包含)$/.test(tokens[i]!.word)) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k]!.word === '在内') return true;
    if (isPunct(tokens[k]!) && tokens[k]!.word !== '、') return false;
  }
  return false;
}

function clauseRoles(
  clause: Clause,
  content: boolean,
  typeOf: ExtractContext['typeOf'],
  subject: Subject | null,
): Array<[string, Role]> {
  const tokens = clause.tokens;
  const out: Array<[string, Role]> = [];
  const listed = listMembers(tokens);
  let preposition: string | null = null;
  let afterVerb = false;
  /** The predicate verb the names after it depend on. */
  let verb: Token | null = null;
  let frameEnd = -1;
  // "为了给X提供…", "用于X的推理": names in a purpose phrase are what it is for, not who acts;
  // so are examples of a kind ("如X、Y等").
  let purpose = false;
  let denied = false;
  const inSubject = (t: Token) =>
    subject?.kind === 'entity' && subject.ids.includes(t.entityId!) && t.start >= subject.start && t.end <= subject.end;
  const isHead = (t: Token) => subject?.kind === 'entity' && !!subject.head?.includes(t.entityId!);
  const isPartner = (t: Token) => subject?.kind === 'entity' && !!subject.partners?.includes(t.entityId!);
  tokens.forEach((t, i) => {
    if (i < clause.from) {
      if (t.entityId) out.push([t.entityId, 'mentioned']);
      return;
    }
    // "在制定X时", "从Nova发布以来": what happens inside a frame of time or place only sets the scene;
    // "X自去年推出Y以来": a since-frame after the subject tells what the subject did.
    if (i > frameEnd && FRAME_OPENER.test(t.word) && t.tag === 'p' && !ownSince(tokens, i, subject))
      frameEnd = frameClose(tokens, i);
    // "成为继X之后第二家…": who came first only orders the subject's feat.
    if (t.word === '继' && /^(之后|以后|后)$/.test(tokens[i + 2]?.word ?? '')) frameEnd = i + 2;
    // "主要受X销量疲弱的消息拖累", "受X降价影响": a cause the subject undergoes is background.
    if (i > frameEnd && /^(受|受到)$/.test(t.word)) frameEnd = causeClose(tokens, i);
    if (i < frameEnd) {
      if (t.entityId) out.push([t.entityId, 'mentioned']);
      return;
    }
    if (PURPOSE.test(t.word)) purpose = true;
    // "…多款应用，如A、B等": names given as examples of a kind only illustrate it.
    if (EXAMPLE_LEAD.test(t.word) && !laterPredicate(tokens, i)) purpose = true;
    // "原因在于X未能…", "原因是X…": the clause after a reason frame explains; its names are
    // mentioned, not counterparts of the claim.
    if (/^(原因|主因)$/.test(tokens[i - 1]?.word ?? '') && /^(在于|是)$/.test(t.word)) purpose = true;
    // "并不是X，而是Y": what is denied in a contrast frame is only mentioned.
    if (NEGATED_COPULA.test(t.word)) denied = true;
    // "从ChatGPT到Sora": both ends of a range only say how far something goes.
    if (t.word === '到' && preposition === '从') return;
    // A copula (是) and a relative-clause verb (成立的) do not end the subject.
    if (isPredicate(tokens, i)) {
      afterVerb = true;
      verb = t;
      preposition = INSTRUMENT.test(t.word) && laterPredicate(tokens, i) ? t.word : null;
    }
    if (t.tag === 'p' || (COUNTERPART_PREPOSITION.test(t.word) && (t.tag !== 'c' || comitativeOpening(tokens, i))))
      preposition = prepositionAt(tokens, i);
    // (Traditional 藉由, which folding keeps, is one word jieba tags a name.)
    if (/^(藉由|借由|经由)$/.test(t.word)) preposition = '借由';
    // "针对商家的产品X": the preposition's object ends at 的; the noun after it is outside.
    // ("比X的Y": the phrase goes on to the named head Y, which X only owns.)
    if (t.word === '的' && !(tokens[i - 1]?.entityId && namedHeadAfter(tokens, i - 1))) preposition = null;
    // "X将Y收入囊中", "X把Y并入…": 把/将 before a name moves it to before the verb, as its object.
    if (DISPOSAL.test(t.word) && tokens[i + 1]?.entityId) preposition = '把';
    if (!t.entityId) return;
    const id = t.entityId;
    if (isTyped(tokens, t)) return out.push([id, 'mentioned']);
    // "在《与X同行》一文中", "《X十年》": a company or a person named inside a longer title is what
    // the work is about, not a party to the act (a work, law or product titled so is itself).
    if (insideTitle(tokens, i) && TITLED_PARTY_TYPES.has(typeOf?.(id) ?? '')) return out.push([id, 'mentioned']);
    if (listed.has(t)) return out.push([id, 'listed']);
    if (subject?.kind === 'entity' && subject.described?.includes(id) && !afterVerb) return out.push([id, 'mentioned']);
    if (!afterVerb && eventOwned(tokens, i)) return out.push([id, 'mentioned']);
    if (clause.type !== 'content' && inSubject(t)) return out.push([id, 'agent']);
    if (clause.type !== 'content' && isHead(t)) return out.push([id, 'object']);
    // (Before the predicate, X的Pi is the subject's owner, and X acts through it.)
    if (afterVerb && ownsUnlistedProduct(tokens, i)) return out.push([id, 'mentioned']);
    // "通过X的验证", "打进X的供应链", "对X的规则展开调查": X owns the other side's check, order or
    // standard that the subject passes, enters or acts on, so X is the counterpart (even when a
    // name only says what the head is for: 打进X的Nova供应链).
    if (content && clause.type === 'content' && !inSubject(t) && !purpose && !denied && ownsCounterpartAct(tokens, i))
      return out.push([id, 'object']);
    // "仅次于X的Y", "比X的Y晚", "超过X旗下的Y": the owner of a named head is named in passing; the
    // head takes the role (README: X的Y → X mentioned).
    if (namedHeadAfter(tokens, i) && !inSubject(t)) return out.push([id, 'mentioned']);
    if (clause.comparison) return out.push([id, 'object']);
    // "X超过Y", "X落后于Y的一半": the standard of a comparison is the counterpart.
    if (content && clause.type === 'content' && standardAt(tokens, i) && !inSubject(t)) return out.push([id, 'object']);
    if (!content || clause.type !== 'content') return out.push([id, 'mentioned']);
    if (inSubject(t) || (subject?.kind === 'entity' && subject.ids.includes(id) && !afterVerb))
      return out.push([id, 'agent']);
    if (isHead(t) || isPartner(t)) return out.push([id, 'object']);
    if (purpose || denied) return out.push([id, 'mentioned']);
    // "此举使X成为…", "价格战让X陷入亏损": with no named causer, the one made to act is the actor.
    if (causee(tokens, i) && subject?.kind !== 'entity') return out.push([id, 'agent']);
    // "传闻推动X股价走高", "将决定X下一轮的估值": the owner of a metric the clause is about is its
    // actor when no name is the subject, else the counterpart.
    if (ownsMetric(tokens, i)) return out.push([id, subject?.kind === 'entity' ? 'object' : 'agent']);
    // ("是X最有力的竞争对手": the tie is named after a stative verb, which is no relative clause.)
    if (tiedByCopula(tokens, i)) return out.push([id, 'object']);
    if (describesObject(tokens, i) || objectOfCountedRelative(tokens, i)) return out.push([id, 'mentioned']);
    if (inRelativeClause(tokens, i)) return out.push([id, 'mentioned']);
    if (preposition === '把' && !isModifier(tokens, t)) return out.push([id, 'object']);
    // "使用了X芯片打造…": what a serial verb uses is its means, not its counterpart.
    if (preposition && INSTRUMENT.test(preposition)) return out.push([id, 'mentioned']);
    // "由X领投", "由X开发的Y": 由 names who does it.
    if (preposition === '由' && !isModifier(tokens, t)) return out.push([id, 'agent']);
    // "开放给所有X使用者": a name modifying the preposition's object only describes it.
    if (preposition && COUNTERPART_PREPOSITION.test(preposition) && isModifier(tokens, t))
      return out.push([id, 'mentioned']);
    // "给X的前景带来…": X owns the counterpart (a plain noun), and is not it; before a verbal
    // noun ("对X的投资") X is what the act is done to.
    if (
      preposition &&
      COUNTERPART_PREPOSITION.test(preposition) &&
      tokens[i + 1]?.word === '的' &&
      tokens[i + 2]?.tag === 'n' &&
      !tokens[i + 2]!.entityId &&
      !JOINT_NOUN.test(tokens[i + 2]!.word) &&
      // ("与X的差距": what lies between is the tie, and X its counterpart.)
      !RELATION_NOUN.test(tokens[i + 2]!.word)
    )
      return out.push([id, 'mentioned']);
    if (preposition && COUNTERPART_PREPOSITION.test(preposition)) return out.push([id, 'object']);
    if (preposition && SCENE_PREPOSITION.test(preposition)) return out.push([id, 'mentioned']);
    if (isModifier(tokens, t)) return out.push([id, 'mentioned']);
    if (tiedByCopula(tokens, i)) return out.push([id, 'object']);
    if (afterVerb && namesKindOf(tokens, i, typeOf?.(id))) return out.push([id, 'mentioned']);
    if (afterVerb && ownerOnly(tokens, i, verb)) return out.push([id, 'mentioned']);
    if (afterVerb) return out.push([id, 'object']);
    return out.push([id, 'mentioned']);
  });
  return out;
}

/** Nouns of an entity's coming into being or into view: 出现, 发布, 问世, 爆红. */
const COMING_EVENT = /^(出现|发布|推出|成立|上线|问世|面世|爆火|爆红|走红|崛起|入局|诞生|横空出世|亮相|登场)$/;

/**
 * "X的出现等于发现新大陆", "X的发布，让…", "X的爆红带动了…": before the predicate, X的 and a noun of
 * its coming (then a comma, an adverb or a verb) make that event the subject; what the claim says is
 * what the event means or brings about, and X only owns it (README: 「X的爆紅」 and 从X发布至今 are
 * names in a non-actor sense).
 */
function eventOwned(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.word !== '的' || !COMING_EVENT.test(tokens[i + 2]?.word ?? '')) return false;
  // The predicate decides: an event likened to something (等于, 好比, 意味着) or one that makes a
  // named party act (让Y掌握…, Y then the actor) is not X's act; one that brings something about
  // with no party named (X的崛起带动了供应链) is still told of X, as editors annotate it.
  // (Set off by a comma, "X的成立，…", the event is the topic the clause after it comments on.)
  if (!tokens[i + 3] || isPunct(tokens[i + 3]!)) return true;
  for (let k = i + 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (LIKENING.test(t.word)) return true;
    if (CAUSATIVE.test(t.word)) return !!tokens[k + 1]?.entityId;
    if (isVerb(t) && !/^(d|c)$/.test(t.tag)) return false;
  }
  return false;
}

/** Predicates that liken or equate the subject to something: 等于, 好比, 意味着, 标志着. */
const LIKENING = /^(等于|等同于|好比|如同|犹如|相当于|意味着|标志着|象征着)$/;

/** Verbs of passing, entering or winning what another party sets or gives: 通过, 打进, 符合, 拿下. */
const PASSING =
  /^(通过|进|打进|进入|打入|挤进|切入|跻身|获得|获|拿下|拿到|赢得|取得|斩获|接获|收到|符合|满足|达到|达不到|不符合)$/;
/** Nouns for a party's check, order, supply chain or standard, which another passes, wins or meets. */
const COUNTERPART_ACT =
  /^(验证|认证|测试|审核|审查|批准|许可|核准|检测|评测|考核|订单|大单|采购|供应链|认可|要求|标准|规则|规定|规范|门槛)$/;

/**
 * "通过X的验证", "打进X的HBM供应链", "拿下X的大单", "符合X的要求", "对X的规则展开调查": after a
 * verb of passing, entering or winning (or the preposition 对/针对), X的 and a noun (a few
 * modifiers, a name among them, may come first) for X's check, order, supply chain or standard make X the party on
 * the other side of the act. A possessor of any other noun keeps its other readings.
 */
function ownsCounterpartAct(tokens: Token[], i: number): boolean {
  let v = i - 1;
  while (v >= 0 && /^(了|过)$/.test(tokens[v]!.word)) v--;
  const before = tokens[v];
  if (!before || !(PASSING.test(before.word) || (/^(对|针对)$/.test(before.word) && before.tag === 'p'))) return false;
  if (tokens[i + 1]?.word !== '的') return false;
  let k = i + 2;
  for (; k <= i + 4 && tokens[k] && /^(n|nz|eng|b|vn|v|a|an|ENT)$/.test(tokens[k]!.tag); k++)
    if (COUNTERPART_ACT.test(tokens[k]!.word)) return !/^(n[a-z]*|eng|vn|ENT)$/.test(tokens[k + 1]?.tag ?? '');
  return false;
}

/**
 * "这家源自X的公司", "一家背靠X的初创企业": after a demonstrative or a number and its classifier
 * a noun phrase opens, so "V X的" in it is a relative clause on the head noun (not V acting on
 * X's thing, as in 收购X的股份); X only describes the head and is mentioned.
 */
function objectOfCountedRelative(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const opener = tokens[i - 2];
  if (!verb || !isVerb(verb) || !opener || tokens[i + 1]?.word !== '的') return false;
  if (!/^(这|那|该|此|一)?(家|款|个|位|名|支|种)$/.test(opener.word) && opener.tag !== 'mq') return false;
  return /^(n[a-z]*|vn|eng)$/.test(tokens[i + 2]?.tag ?? '');
}

/**
 * "推出整合X技术的新版Y", "厂商获取X等芯片的渠道正在收窄": a verb, then the name (and nouns, 等),
 * then 的 and a head noun, is a relative clause on that head when it follows another verb (a verb
 * needs its object: 推出 [整合X技术的] Y) or another predicate follows it; the name only
 * describes the head. (With no such verb it is the predicate: 收购了X的股份.)
 */
function inRelativeClause(tokens: Token[], i: number): boolean {
  let v = i - 1;
  while (v >= 0 && /^(了|过)$/.test(tokens[v]!.word)) v--;
  const verb = tokens[v];
  if (!verb || !isVerb(verb) || INVESTING.test(verb.word)) return false;
  let k = i + 1;
  while (
    tokens[k] &&
    k <= i + 3 &&
    !tokens[k]!.entityId &&
    /^(n|nz|eng|u)$/.test(tokens[k]!.tag) &&
    tokens[k]!.word !== '的'
  )
    k++;
  const head = tokens[k + 1];
  if (tokens[k]?.word !== '的' || !head || !/^(n[a-z]*|eng|a|b|m)$/.test(head.tag)) return false;
  const before = tokens[/^(了|过)$/.test(tokens[v - 1]?.word ?? '') ? v - 2 : v - 1];
  const serial = !!before && isVerb(before) && !before.entityId;
  return serial || laterPredicate(tokens, k + 1);
}

/**
 * "X的Y", "X旗下的Y", "X的开源模型Y": after the name at `i` comes 的 and, within a few nouns that
 * say what it is, another name: X owns the named head.
 */
function namedHeadAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.word === '旗下') k++;
  if (tokens[k]?.word !== '的') return false;
  for (k++; k <= i + 5 && tokens[k]; k++) {
    if (tokens[k]!.entityId) return !isTyped(tokens, tokens[k]!);
    if (!/^(n[a-z]*|eng|b|vn)$/.test(tokens[k]!.tag)) return false;
  }
  return false;
}

/** Latin words that are common nouns of the trade, not product names: X的AI业务, X的GPU, X的CEO. */
const GENERIC_LATIN = /^(ai|aigc|api|app|apps|gpu|cpu|npu|tpu|ipo|ceo|cto|cfo|coo|it|pc|ip)$/i;

/**
 * "领先X的Claude与Y的Gemini": a name before 的 and a product name the gazetteer lacks (a Latin word,
 * not a size like 72B, a round's letter nor a common noun like AI) is that product's owner, named in passing; the
 * product is what the verb is about.
 */
function ownsUnlistedProduct(tokens: Token[], i: number): boolean {
  const head = tokens[i + 2];
  if (tokens[i + 1]?.word !== '的' || !head || head.tag !== 'eng' || head.entityId) return false;
  // A round's letter (X的B轮融资) is one letter; a product name is a word.
  return /^[a-z][a-z0-9]/i.test(head.word) && !GENERIC_LATIN.test(head.word);
}

/** Verbs of putting money in: a relative clause with one (由X领投的融资) names the round's investor. */
const INVESTING = /^(投资|注资|入股|领投|跟投|参投|战略投资)$/;

/**
 * "推出了专为X打造的芯片", "收购了由X孵化的公司": outside the subject, a name inside a relative
 * clause (a verb phrase closed by 的 before its head noun) only describes the thing the verb acts
 * on (also after a verb jieba tags a noun, 主打); the head is the counterpart and the name is
 * mentioned. A round named after 由X领投的 still
 * has X as its investor, and a 的 before any verb makes X an owner instead (X的新品).
 */
function describesObject(tokens: Token[], at: number): boolean {
  for (let j = at + 1; j < Math.min(tokens.length, at + 6); j++) {
    const t = tokens[j]!;
    // "X自研的" (jieba: 自/p 研/vn), "X去年推出的", "X所看好的", "X GPU组成的": only adverbs, time
    // words, 自/所 and a Latin product word stand between the doer of a relative clause and its
    // verb; "X在…的地位" is X's own.
    const verb = isVerb(t) || (t.tag === 'vn' && tokens[j + 1]?.word === '的');
    if (!verb) {
      // A verbal noun before the verb is its manner (混合/vn 组成).
      const manner = t.tag === 'vn' && !!tokens[j + 1] && isVerb(tokens[j + 1]!);
      if (manner || /^(d|t|eng)$/.test(t.tag) || /^(自|所|独立|联合)$/.test(t.word)) continue;
      return false;
    }
    if (INVESTING.test(t.word) || (isVerb(t) && !opensRelative(tokens, j))) return false;
    let k = j + 1;
    while (tokens[k] && tokens[k]!.word !== '的') k++;
    const head = tokens[k + 1];
    return !!head && (!!head.entityId || /^(n[a-z]*|vn|eng|m|q|a|b|r)$/.test(head.tag));
  }
  return false;
}

/** Causative verbs: the name after them does what the verb after it says (使X成为, 让X陷入). */
const CAUSATIVE = /^(使|使得|让|令|促使|迫使|导致|助力|帮助)$/;

/** Whether the name at `i` is made to act: a causative verb before it, a verb (or an adverb) after it. */
function causee(tokens: Token[], i: number): boolean {
  if (!CAUSATIVE.test(tokens[i - 1]?.word ?? '')) return false;
  // "使得X的估值缩水": X's figure or part is made to act, and so X is.
  let k = i + 1;
  if (tokens[k]?.word === '的')
    while (tokens[k + 1] && /^(n|vn|a)/.test(tokens[k + 1]!.tag) && !tokens[k + 1]!.entityId) k++;
  const next = tokens[k === i + 1 ? k : k + 1];
  return !!next && (isVerb(next) || /^(d|ad)$/.test(next.tag));
}

const METRIC_NOUNS = new Set([...OWNED_METRICS.flatMap((m) => m.nouns), '现金', '账上现金']);

/**
 * "X股价", "X的营收", "X账上的现金", "X下一轮的估值": the name at `i` owns the metric (a closed class:
 * OWNED_METRICS) the noun phrase after it heads. The figure is X's, so X takes the role the noun
 * phrase has, not a mere owner's mention.
 */
function ownsMetric(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // (Where it is kept, a period or a round between: X账上的现金, X下一轮的估值, X今年的营收.)
  while (
    k <= i + 3 &&
    tokens[k] &&
    !tokens[k]!.entityId &&
    (/^(账|账上|账面|账面上)$/.test(tokens[k]!.word) || /^(t|m|mq|f)$/.test(tokens[k]!.tag))
  )
    k++;
  if (tokens[k]?.word === '的') k++;
  return METRIC_NOUNS.has(tokens[k]?.word ?? '') && !/^(的|目标|预期|指引|占比)$/.test(tokens[k + 1]?.word ?? '');
}

/** Nouns for a tie to another party: 对手, 合作伙伴, 股东, 子公司. */
const TIE_NOUN =
  /^(对手|竞争对手|劲敌|伙伴|合作伙伴|盟友|客户|大客户|供应商|股东|大股东|投资方|投资者|投资人|子公司|母公司|继任者|竞品)$/;

/**
 * "Y是X最大的竞争对手", "Y是X的股东": after a copula, the name whose tie the subject is named by
 * is the subject's counterpart (a copula is no predicate for the names after it otherwise).
 */
function tiedByCopula(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // ("Y被视为X最有力的对手", "把Y看作X的伙伴": a verb of construal ties them as a copula does.)
  const construed = !!before && CONSTRUAL.test((tokens[i - 2]?.word ?? '') + before.word);
  if (!before || !(isCopula(before) || CONSTRUAL.test(before.word) || construed)) return false;
  // ("是X在华东最大的竞争对手": a phrase of place and adjectives may come between, and so may a
  // stative verb closed by 的: 最有力的.)
  for (let k = i + 1; k <= i + 6 && tokens[k]; k++) {
    if (TIE_NOUN.test(tokens[k]!.word)) return true;
    const modifying = isVerb(tokens[k]!) && tokens[k + 1]?.word === '的';
    if (tokens[k]!.entityId || isPunct(tokens[k]!) || (isVerb(tokens[k]!) && !modifying)) return false;
  }
  return false;
}

/** Verbs of using or acquiring a supply (使用, 采用, 搭载, 采购): the thing is used, its maker supplies it. */
const USING = /^(使用|采用|搭载|用上|调用|部署|引入|租用|购买|采购|获取|囤积|依赖)$/;

/**
 * "使用了X的芯片", "采购了X未来两年的产能": after a verb of using, a name before 的 (a time word
 * may come between) is the maker of what is used, named in passing; X's own version (X的新版本)
 * or a tie to X (X的对手) is still X.
 */
function ownerOnly(tokens: Token[], i: number, verb: Token | null): boolean {
  if (!verb || !USING.test(verb.word)) return false;
  let k = i + 1;
  while (tokens[k] && /^(t|m|q|mq)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k++;
  if (tokens[k]?.word !== '的') return false;
  const head: Token[] = [];
  for (k++; tokens[k] && /^(n[a-z]*|vn|eng|a|b|j|l|m|q)$/.test(tokens[k]!.tag); k++) head.push(tokens[k]!);
  if (!head.length || head.some((h) => h.entityId)) return false;
  return !head.some((h) => SELF_OR_STAKE.test(h.word) || /版本?$/.test(h.word) || RELATION_NOUN.test(h.word));
}

/** Nouns after a company's name that are the company itself, or a stake in it, or its standing. */
const SELF_OR_STAKE =
  /^(公司|集团|方面|官方|团队|本身|自身|股份|股权|股票|融资|投资|业务|资产|部门|地位|市值|市场|一方|双方)$/;

/**
 * "需要上万张X高端GPU", "整合X技术的新版Y", "获取A100等芯片": after the verb, a company named right
 * before a common noun says whose the thing is (a product named before 等 + noun says what kind);
 * the verb acts on the thing, and the name is mentioned in passing. "收购X公司", "X股份", "X地位"
 * are still X.
 */
function namesKindOf(tokens: Token[], i: number, type: string | undefined): boolean {
  let k = i + 1;
  const example = tokens[k]?.word === '等';
  if (example) k++;
  if (!(example ? !PRODUCT_MAKER_TYPES.has(type ?? '') : PRODUCT_MAKER_TYPES.has(type ?? ''))) return false;
  // An adjective may come first: X高端GPU.
  if (tokens[k]?.tag === 'a' && /^(n|eng)$/.test(tokens[k + 1]?.tag ?? '')) k++;
  if (!/^(n|eng)$/.test(tokens[k]?.tag ?? '')) return false;
  // The noun phrase: "X智能集团" is X's full name; "X手机的安全事件" is about X (its 的 makes a
  // phrase that X's name heads in meaning).
  for (; tokens[k] && /^(n|eng)$/.test(tokens[k]!.tag); k++) {
    const t = tokens[k]!;
    if (t.entityId || SELF_OR_STAKE.test(t.word) || MEMBER_NOUN.test(t.word) || PART_NOUN.test(t.word)) return false;
  }
  return tokens[k]?.word !== '的';
}

/** 把 and 将 before a name: the disposal construction, whose name is the verb's object. */
const DISPOSAL = /^(把|将)$/;

/** Verbs that present what comes before them as evidence of the clause after them. */
const EVIDENTIAL = /^(体现|体现出|表明|说明|证明|意味着|反映|反映出|显示出|证实|印证)$/;
/** Verbs of reading something as a fact, after 被: 被解读为, 被视为, 被看作. */
const CONSTRUAL = /^(解读|解读为|解读成|视为|看作|看成|理解为|认为是|称为|形容为)$/;

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

/** Words that make the name after them the doer of what happens to the subject. */
const PASSIVE = /^(被|遭|遭到|受到|获得|获|得到|赢得|拿到)$/;
/**
 * "获芯片商Intel注资", "获得红杉中国领投的…融资": after a verb of receiving, a proper name no entity
 * covers (a few common nouns saying what it is may come first) and then a verb of investing.
 */
function unnamedGiver(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (!/^(获|获得|得到|拿到)$/.test(t.word)) return false;
    let k = i + 1;
    while (k <= i + 2 && tokens[k]?.tag === 'n' && !tokens[k]!.entityId) k++;
    const name = k;
    while (k <= name + 1 && tokens[k] && !tokens[k]!.entityId && properName(tokens[k]!)) k++;
    if (k === name || GENERIC_LATIN.test(tokens[name]!.word)) return false;
    if (GIVEN_KIND.test(tokens[k]?.word ?? '')) k++;
    return INVESTING.test(tokens[k]?.word ?? '');
  });
}

/** Words for the kind of a stake before the act given: 获X战略投资, 获得X的追加投资. */
const GIVEN_KIND = /^(战略|追加|巨额|新一轮|首轮|天使|天使轮|种子轮|独家|联合)$/;
/** After 获得/得到 X 的, only these nouns make X a doer: "获得X的投资". */
const GIVEN = /^(投资|注资|入股|领投|战略投资|青睐|支持|加持|认可)$/;

/**
 * "被X收购", "遭到X的否认", "获得X的投资": the name after a passive marker does the act; the
 * kind comes from the act named after 的 when there is one.
 */
function passiveFrame(tokens: Token[]): { agent: string; agents: string[]; cue: ClaimKind | null } | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!PASSIVE.test(tokens[i]!.word)) continue;
    let j = /^(了|过)$/.test(tokens[i + 1]!.word) ? i + 2 : i + 1;
    const x = tokens[j];
    if (!x?.entityId) continue;
    // "拿到X和Y(的)投资": joined names give together.
    const agents = [x.entityId];
    while (/^(和|与|及|、)$/.test(tokens[j + 1]?.word ?? '') && tokens[j + 2]?.entityId) {
      agents.push(tokens[j + 2]!.entityId!);
      j += 2;
    }
    // "获得A、B等机构的投资": an open list and a noun for the givers.
    if (/^等等?$/.test(tokens[j + 1]?.word ?? '')) {
      j++;
      while (/^n/.test(tokens[j + 1]?.tag ?? '') && !tokens[j + 1]!.entityId && tokens[j + 2]?.word === '的') j++;
    }
    // "获得X的投资", and with the amount or the round between: "获得X 5亿元B轮投资", or none: "获得X投资".
    let a = j + 1;
    while (tokens[a] && a <= j + 4 && (/^(m|mq|q)$/.test(tokens[a]!.tag) || /轮$/.test(tokens[a]!.word))) a++;
    // ("获X战略投资", "获得X的追加投资": a word of the kind of stake may stand before the act.)
    if (GIVEN_KIND.test(tokens[a]?.word ?? '') && GIVEN.test(tokens[a + 1]?.word ?? '')) a++;
    const possessive = tokens[j + 1]?.word === '的' || GIVEN.test(tokens[a]?.word ?? '');
    const ofAt = GIVEN_KIND.test(tokens[j + 2]?.word ?? '') && GIVEN.test(tokens[j + 3]?.word ?? '') ? j + 3 : j + 2;
    const act = tokens[j + 1]?.word === '的' ? tokens[ofAt] : tokens[a];
    if (!act) continue;
    const granted = /^(获得|获|得到|赢得|拿到)$/.test(tokens[i]!.word);
    if (granted && !(possessive && GIVEN.test(act.word))) continue;
    const cue = KIND_CUES.find(([, pattern]) => pattern.test(act.word))?.[0] ?? null;
    return { agent: x.entityId, agents, cue: granted && !cue ? 'funding' : cue };
  }
  return null;
}

/** "比Nova慢", "比X高出一倍": 比 before a name compares with it; so do "是X的两倍" and "超过X". */
function comparesWith(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) => (t.word === '比' && !!tokens[i + 1]?.entityId) || ratioOf(tokens, i) !== null || standardAt(tokens, i),
  );
}

/**
 * Verbs (and adjectives used as verbs) that measure their subject against what follows them: "超过X",
 * "落后于X", "不及X的一半". A closed class matched by word, since jieba tags several as nouns or
 * adjectives (领先/n, 落后/a).
 */
const COMPARING =
  /^(超过|超越|超出|领先|落后|赶超|反超|高于|低于|优于|劣于|逊于|逊色于|不及|不如|胜过|击败|打败|战胜|险胜|力压|完胜|压过|比肩|媲美|追平|追上|赶上|强于|弱于|多于|少于|次于|仅次于)$/;

/**
 * Whether the name at `i` is the standard a comparing verb measures against: right after the verb
 * (its 于, 了 or 过 between), alone or as the owner of the figure compared ("超过X的市值").
 */
function standardAt(tokens: Token[], i: number): boolean {
  if (!tokens[i]?.entityId) return false;
  // "仅次于X的Y", "超过X的Y": the standard is the head Y; its owner X is named in passing.
  if (tokens[i + 1]?.word === '的' && tokens[i + 2]?.entityId) return false;
  let k = i - 1;
  if (tokens[k]?.word === '的' && tokens[k - 1]?.entityId) k -= 2;
  // "超过了X", "落后于X", "超过X和Y": an aspect particle, 于, or names joined before it.
  while (k >= 0 && (LIST_JOINERS.test(tokens[k]!.word) || tokens[k]!.entityId) && tokens[k - 1]?.entityId) k -= 2;
  while (k >= 0 && /^(了|过|于)$/.test(tokens[k]!.word)) k--;
  return k >= 0 && COMPARING.test(tokens[k]!.word);
}

/** "是X的两倍", "只有X的一半": at `i`, the name X a ratio is taken of, or null. */
function ratioOf(tokens: Token[], i: number): string | null {
  if (!/^(是|为|只有|仅有|相当于|达到)$/.test(tokens[i]!.word)) return null;
  const x = tokens[i + 1];
  if (!x?.entityId || tokens[i + 2]?.word !== '的') return null;
  const rest = tokens
    .slice(i + 3, i + 6)
    .map((t) => t.word)
    .join('');
  return /^([\d.]+|[一二两三四五六七八九十几数百]+)倍|^一半|^[\d.]+%/.test(rest) ? x.entityId : null;
}

/** A verb after 的 (and an adverb) names an event: "Nova的快速迭代". */
function nominalized(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before?.word === '的' || (!!before && /^(d|a|ad)$/.test(before.tag) && tokens[k - 2]?.word === '的');
}

/** A negated copula: "不是X", "并非X" says what something is not. */
const NEGATED_COPULA = /^(不是|并不是|并非|而非|不再是)$/;

/** Words that open a purpose phrase: what follows says what the action is for. */
const PURPOSE = /^(为了|用于|用来|以便|以求|旨在)$/;
/** Verbs of means in a serial-verb phrase: 利用X重塑Y, 借助X实现Y (用X生成 names what it uses, an object). */
const INSTRUMENT = /^(利用|借助|通过|依靠|凭借|借由|经由)$/;

function laterPredicate(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    if (isPunct(tokens[k]!) && tokens[k]!.word !== '、') return false;
    if (isPredicate(tokens, k)) return true;
  }
  return false;
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

/** "X自去年推出Y以来": a since-frame with no subject of its own, after the clause's subject. */
function ownSince(tokens: Token[], i: number, subject: Subject | null): boolean {
  if (!subject || subject.start > tokens[i]!.start || !/^(自|从|自从)$/.test(tokens[i]!.word)) return false;
  const close = frameClose(tokens, i);
  if (close < 0 || !/^(以来|起)$/.test(tokens[close]!.word)) return false;
  const firstVerb = tokens.findIndex((x, k) => k > i && isVerb(x));
  return !tokens.slice(i + 1, firstVerb < 0 ? close : firstVerb).some((x) => x.entityId);
}

/** Whether a 、 list goes on at `i` ("A同B、C…"). */
function listGoesOn(tokens: Token[], i: number): boolean {
  return tokens[i]?.word === '、' && !!tokens[i + 1]?.entityId;
}

/** Whether the enumeration going on from `i` has another owner–product pair (X的Y) in it. */
function pairsAhead(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word === '的') return !!tokens[k + 1]?.entityId;
    if (!t.entityId && !LIST_JOINERS.test(t.word) && !/^[“”「」"]$/.test(t.word)) return false;
  }
  return false;
}

const SELF_NOUN = /^(官方|方面)$/;
/** Members of an organization who do not speak for it. */
const RANK_AND_FILE = /^(员工|前员工|用户|粉丝|股东|网友|工程师|研究员)$/;
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
/** Head nouns that make a name before them a modifier: people of X, a rank or a link on X. */
const PART_NOUN = /(制定者|从业者|使用者|人员|人士|官员|榜首|榜单|榜|链接)$/;
/** Entity types that are documents: as a source, data rather than a speaker. */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['report', 'work']);
const TIME_LOCALIZER = /^(以来|以后|之后|后|以前|之前|前|起|期内)$/;

/** Localizers that end a place phrase: "X上", "X期间". */
const PLACE_END = /^(上|中|里|内|期间|现场|会上)$/;

/** Nouns after 该/这 that stand for something said or done, not for a named entity. */
/** Verbs of an investor's part in a round: its subject backs the topic, it is not the topic. */
const INVESTOR_VERB = /^(领投|跟投|参投|注资|投资|入股|出资|加注)$/;
const NOT_ENTITY_NOUN =
  /^(消息|说法|传闻|报道|事件|问题|方面|领域|行业|趋势|现象|情况|计划|政策|举措|行动|技术|方向|数据|观点|言论|声明|交易|合作|项目)$/;
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
/** "投资、并购项目的失败": words listed with 、 that end in 的 modify a noun; they state nothing. */
function listedModifier(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k]!;
    if (t.word === '的') return true;
    if (t.word === '了' || t.entityId || (isPunct(t) && t.word !== '、')) return false;
  }
  return false;
}

/** Cues that are nouns in their usual phrase ("看到X的身影", "估值达…"). */
const NOUN_CUE = /^(身影|估值)$/;
/** A clause that only introduces an example: "X就是一个例子", "X便是典型的案例". */
const EXAMPLE_OF =
  /(就|便|正|也)?是(一个|一家|其中的?)?(.{0,12}的)?(典型的?|很好的|最好的|鲜明的|实际)?(例子|案例|用例|代表|缩影|例证|典型)$/;
const EXAMPLE_LEAD = /^(如|比如|例如|譬如|诸如)$/;
const FRAME_OPENER = /^(在|当|于|从|自|自从|早在|趁)$/;
const FRAME_CLOSER = /^(时|时候|之时|后|之后|以后|前|之前|以前|中|之中|上|以来|至今|为止|之际|期间|里|当中|过程中)$/;

/** Verbs that close a cause frame opened by 受: 受X影响, 受X拖累, 受X带动. */
const CAUSE_CLOSER = /^(影响|拖累|冲击|带动|提振|推动|打压|波及|连累|牵连|刺激|拉动)$/;

/** Where a cause frame opened by 受 at `i` closes (its verb), or -1 when none closes it in the clause. */
function causeClose(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]!); k++) if (CAUSE_CLOSER.test(tokens[k]!.word)) return k;
  return -1;
}

/** Where a frame opened at `i` closes (the index of its localizer), or -1 when it does not. */
function frameClose(tokens: Token[], i: number): number {
  let verb = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t) && !/^[《》“”「」"]$/.test(t.word)) return -1;
    if (FRAME_CLOSER.test(t.word)) return verb ? k : -1;
    if (isVerb(t)) verb = true;
  }
  return -1;
}

/** Names in an enumeration of three or more (A、B、C等; A、B以及C) are listed. */
/**
 * A name jieba tags as proper, or a body's name it tags as a plain noun: 教育部, 工信部, 证监会
 * (a government body ends on 部, 委, 局, 署, 办 or 会).
 */
function properName(t: Token): boolean {
  return /^(nz|nr|nrt|nrfg|nt|ns|eng|j)$/.test(t.tag) || (t.tag === 'n' && /^..+(部|委|局|署|办|会)$/.test(t.word));
}

function listMembers(tokens: Token[]): Set<Token> {
  const members = new Set<Token>();
  let run: Token[] = [];
  // "A同B、C、D等": A joined by 同 (会同), the lead agency of a joint act, before a list of 、 leads it
  // and is not one of it; "A与B、C、D共同…" joins peers, all listed.
  let leader: Token | null = null;
  // "微软、Google、Meta、亚马逊等": names the gazetteer lacks still count as members.
  let unnamed = 0;
  const flush = () => {
    if (leader && run.length >= 4) run.shift();
    if (run.length + unnamed >= 3 && run.length >= 1) for (const t of run) members.add(t);
    run = [];
    unnamed = 0;
    leader = null;
  };
  /** A proper noun no entity covers, between list joiners or before 等. */
  const unnamedAt = (k: number) => {
    const w = tokens[k];
    const after = tokens[k + 1]?.word ?? '';
    return (
      !!w &&
      !w.entityId &&
      properName(w) &&
      LIST_JOINERS.test(tokens[k - 1]?.word ?? '') &&
      // ("A、B与Edge浏览器等": a common noun saying what it is may stand before 等.)
      (after === '、' ||
        /^等/.test(after) ||
        // ("A、B与C等": a member may end on the joiner before the last one.)
        (LIST_JOINERS.test(after) && (!!tokens[k + 2]?.entityId || properName(tokens[k + 2] ?? w))) ||
        (/^n$/.test(tokens[k + 1]?.tag ?? '') && /^等/.test(tokens[k + 2]?.word ?? '')))
    );
  };
  /**
   * "A、B、闲鱼、饿了么、C等App": between enumeration commas, a short item no entity covers is a
   * member whatever jieba makes of it (a common noun, or a name it cuts into pieces). Returns where
   * the item ends (at the next 、, joiner or 等), or -1.
   */
  const itemEnd = (k: number) => {
    let j = k;
    while (
      tokens[j] &&
      j - k < 3 &&
      !tokens[j]!.entityId &&
      !isPunct(tokens[j]!) &&
      !LIST_JOINERS.test(tokens[j]!.word)
    )
      j++;
    const end = tokens[j];
    const closes =
      !!end &&
      (end.word === '、' || /^等/.test(end.word) || (LIST_JOINERS.test(end.word) && !!tokens[j + 1]?.entityId));
    const length = tokens.slice(k, j).reduce((n, x) => n + x.word.length, 0);
    return j > k && closes && length <= 6 ? j : -1;
  };
  /**
   * "A、B和美团，": the last item of an enumeration, after its final joiner, may be a name jieba
   * cuts in pieces (美/ns 团/n); a short item opening on a proper noun and closed by punctuation
   * or the next verb is a member. Returns where it ends, or -1.
   */
  const lastItemEnd = (k: number) => {
    if (!tokens[k] || tokens[k].entityId || !properName(tokens[k])) return -1;
    let j = k + 1;
    if (tokens[j] && !tokens[j]!.entityId && /^(n|nz|ns|nr|eng|j)$/.test(tokens[j]!.tag)) j++;
    const length = tokens.slice(k, j).reduce((n, x) => n + x.word.length, 0);
    const next = tokens[j];
    // (What follows the list: punctuation, its verb, an adverb (均, 都), 的 or 等.)
    const closes = !next || isPunct(next) || isVerb(next) || /^(d|ad|uj|p)$/.test(next.tag) || /^等/.test(next.word);
    return closes && length <= 4 ? j : -1;
  };
  /** An unknown proper noun before 、 that a run of members (with a known name) goes on from. */
  const leadsList = (k: number) => {
    const w = tokens[k]!;
    if (w.entityId || !properName(w)) return false;
    // ("亚马逊、Meta及X": the last unknown one may be joined to the known name by 及/和/与.)
    if (LIST_JOINERS.test(tokens[k + 1]?.word ?? '') && tokens[k + 2]?.entityId && unnamed > 0) return true;
    if (tokens[k + 1]?.word !== '、') return false;
    for (let j = k + 2; j < tokens.length; j += 2) {
      if (tokens[j]!.entityId) return true;
      if (!properName(tokens[j]!)) return false;
      if (LIST_JOINERS.test(tokens[j + 1]?.word ?? '') && tokens[j + 2]?.entityId) return true;
      if (tokens[j + 1]?.word !== '、') return false;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.entityId) {
      // "苹果Apple Intelligence、微软Copilot": an owner right before its product is not a member.
      if (!tokens[i + 1]?.entityId) run.push(t);
      continue;
    }
    if (run.length && unnamedAt(i)) {
      unnamed++;
      continue;
    }
    // "联合发改委、教育部、A、B等": names the gazetteer lacks may open the list before a known one.
    if (!run.length && leadsList(i)) {
      unnamed++;
      i++; // its 、
      continue;
    }
    if (run.length && LIST_JOINERS.test(t.word) && unnamedAt(i + 1)) continue;
    if (run.length >= 2 && /^(和|与|及|以及)$/.test(t.word) && lastItemEnd(i + 1) > 0) {
      unnamed++;
      i = lastItemEnd(i + 1) - 1;
      continue;
    }
    if (run.length && t.word === '、' && !tokens[i + 1]?.entityId && itemEnd(i + 1) > 0) {
      unnamed++;
      i = itemEnd(i + 1) - 1;
      continue;
    }
    if (run.length && LIST_JOINERS.test(t.word) && tokens[i + 1]?.entityId) {
      if (run.length === 1 && /^(同|会同)$/.test(t.word) && listGoesOn(tokens, i + 2)) leader = run[0]!;
      continue;
    }
    if (run.length && t.word === '的' && tokens[i + 1]?.entityId) {
      // "阿里云的通义万相、华为云的盘古": owners and products in pairs are all in the list;
      // "星辰科技的Nova、Orion": one owner before its products names whose they are, and is not one.
      if (!pairsAhead(tokens, i + 1)) run.pop();
      continue;
    }
    flush();
  }
  flush();
  return members;
}

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
 * "对X而言，…", "对正在押注Y的X来说", "对X这样的公司来说": the frame names whom the proposition
 * after it is about. The name it ends on (not an example of a kind, X等) is who it is about.
 */
function aboutFrame(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t));
  if (!/^(对于|对)$/.test(words[0]?.word ?? '') || !/^(而言|来说)$/.test(words[words.length - 1]?.word ?? ''))
    return [];
  // ("对X这样的公司来说" is X itself, though X这样 alone makes a kind.)
  const names = words.filter(
    (t, k) =>
      t.entityId &&
      words[k + 1]?.word !== '等' &&
      (!isTyped(words, t) || /^(这样|这种|这类)$/.test(words[k + 1]?.word ?? '')),
  );
  return names.length ? [names[names.length - 1]!.entityId!] : [];
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
/** Prepositions of what something is about: 有关X的事件 is about X, which nothing there owns. */
const ABOUT = /^(有关|关于|针对|涉及)$/;

function ownersOfPatient(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t));
  const owners = new Set<string>();
  words.forEach((t, k) => {
    if (!t.entityId || isTyped(words, t)) return;
    if (k > 0 && (COUNTERPART_PREPOSITION.test(words[k - 1]!.word) || ABOUT.test(words[k - 1]!.word))) return;
    // (A number or a Latin word right after the name makes a product of its own: X 365个人版.)
    if (/^(m|eng)$/.test(words[k + 1]?.tag ?? '')) return;
    let j = k + 1;
    // (A frame of place may come between: X在游戏市场的实力.)
    if (words[j]?.word === '在') {
      const de = words.slice(j, j + 6).findIndex((x) => x.word === '的');
      if (de < 0) return;
      j += de;
    }
    let de = words[j]?.word === '的';
    if (de) j++;
    while (words[j] && /^(t|m|mq|a|b)$/.test(words[j]!.tag) && !words[j]!.entityId) j++;
    if (words[j]?.word === '的') {
      j++;
      de = true;
    }
    const head = words[j];
    // (After 的 a verb is a noun: X的下滑.)
    if (!head || head.entityId || !(/^(n|nz|ng|vn)$/.test(head.tag) || (de && head.tag === 'v'))) return;
    // (Nor a title further on: X智能集团董事长 is a post in X.)
    let n = j;
    while (words[n] && /^(n|nz|ng|vn)$/.test(words[n]!.tag) && !words[n]!.entityId) {
      if (MEMBER_NOUN.test(words[n]!.word) || PART_NOUN.test(words[n]!.word)) return;
      n++;
    }
    owners.add(t.entityId);
  });
  return owners.size === 1 ? [...owners] : [];
}

function topicOwners(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  let k = 0;
  while (words[k] && /^(d|t|c)$/.test(words[k]!.tag) && !words[k]!.entityId) k++;
  const inFrame = words[k]?.word === '在';
  if (inFrame) k++;
  const owners: string[] = [];
  while (words[k]?.entityId && !isTyped(words, words[k]!)) {
    owners.push(words[k]!.entityId!);
    k++;
    if (words[k]?.word !== '、' && words[k]?.word !== '和' && words[k]?.word !== '与') break;
    if (!inFrame) return [];
    k++;
  }
  if (!owners.length) return [];
  if (words[k]?.word === '的') k++;
  while (words[k] && /^(t|m|mq)$/.test(words[k]!.tag)) k++;
  if (words[k]?.word === '的') k++;
  const head = words[k];
  if (!head || head.entityId || !/^(n|nz|vn|ng)$/.test(head.tag) || MEMBER_NOUN.test(head.word)) return [];
  if (PART_NOUN.test(head.word) || pluralHead(words, k)) return [];
  // (A frame of place needs its localizer: 在X的营收中.)
  if (inFrame && !words.slice(k, k + 4).some((t) => /^(中|里|上|内)$/.test(t.word))) return [];
  return owners;
}

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

/** Whether `at` is inside a 《title》. */
function quotedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0);
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

/** jieba's tags for proper nouns (place, person, organization, other) and Latin words. */
const PROPER_TAG = /^(ns|nr|nt|nz|eng)$/;

/**
 * The name that opens a sentence as its subject when no entity covers it: a run of nouns with a
 * proper noun among them, then a time word, an adverb or a verb ("青木数据今天宣布", "Moonshot发布").
 */
function leadingUnknownName(tokens: readonly Token[]): { start: number; end: number } | null {
  let k = 0;
  while (k < tokens.length && (tokens[k]!.tag.startsWith('n') || tokens[k]!.tag === 'eng') && !tokens[k]!.entityId) k++;
  if (k === 0 || k >= tokens.length) return null;
  if (!tokens.slice(0, k).some((t) => PROPER_TAG.test(t.tag))) return null;
  const next = tokens[k]!;
  // ("美国财政部10日将…": a day of the month may come before its verb.)
  const day = next.tag === 'm' && /^(日|号)$/.test(tokens[k + 1]?.word ?? '');
  if (!/^(t|d|v)/.test(next.tag) && !day) return null;
  return { start: tokens[0]!.start, end: tokens[k - 1]!.end };
}

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

/** Pronouns for the two names before: 两者, 二者, 双方, (这)两家公司. */
const PAIR = /^(两者|二者|双方|两家)$/;

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

interface Antecedent {
  id: string;
  at: number;
  end: number;
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

/** Plural noun phrases that stand for several names before: 这些公司, 三家公司, 这几家企业, 上述厂商. */
const PLURAL_NP =
  /^(?:这些|上述|这批|这几家|几家|这?[三四五六七八九十]家)(公司|企业|厂商|机构|巨头|大厂|创企|模型|产品|平台)$/;
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
/** The claim's source speaks with a neutral verb of saying (指出, 表示, 说), not one of leaking (透露). */
/** A verb after 的 (and at most one modifier) and before a plain noun is that noun's modifier: X的回应时间. */
function modifiesNounAfterDe(words: readonly Token[], k: number): boolean {
  const next = words[k + 1];
  if (!next || next.entityId || !/^n(?!r|s|t)/.test(next.tag)) return false;
  const before =
    words[k - 1]?.word === '的' ? 1 : words[k - 2]?.word === '的' && /^(a|ad|b|d)$/.test(words[k - 1]!.tag) ? 2 : 0;
  return before > 0;
}

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

/** A passive of construal (被X解读为, 被视为, 被看作): the words say how someone reads it. */
function construed(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      /^(解读|解读为|解读成|视为|看作|看成|理解为|认为是|誉为|形容为)$/.test(t.word) &&
      tokens.slice(Math.max(0, i - 5), i).some((x) => x.word === '被'),
  );
}

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

/** 是, 成为, 正是: what follows says what the subject is, not what it did. */
const isCopula = (t: Token) => /^(是|正是|就是|便是|即是|成为|成了)$/.test(t.word);

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

/** A negation earlier in the same clause scopes over the verb ("没有面向公众开放使用X"). */
function negatedAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // ("一位不愿具名的员工透露": a negation before 的 is inside a modifier of a noun before the verb;
    // "并未回应外界…的猜测" still negates, the verb there being the noun 的 modifies.)
    if (isPunct(t) || (t.word === '的' && k < i - 1)) return false;
    if (NEGATION.test(t.word)) return true;
  }
  return false;
}

/** Drops a trailing comma or colon left by clause splitting; keeps sentence-final punctuation. */
function trimClause(text: string): string {
  return text.replace(/[,，:：、；;\s]+$/, '');
}
