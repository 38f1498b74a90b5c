/**
 * Paragraph-level assembly: a paragraph cut into claim sentences (quotations, joint verbs,
 * comparatives), each read by sentenceClaimsOf with the paragraph's history, and the paragraph's
 * topic and investors carried to the next.
 */
import { unknownParties } from './unknown-parties';
import { ProductMakers } from './product-maker';
import { ArticlePeople } from './speakers';
import { ShortForms } from './short-forms';
import { defaultSegmenter, isPunct, type Segmenter, type Token } from './segment';
import { articleCurrencyAfter, findFigures } from './quantities';
import type {
  Attribution,
  ClaimDraft,
  ExtractContext,
  History,
  Investors,
  ParagraphCarry,
  SentenceMention,
} from './types';
import { claimClauses, claimSentences, LEADING_SPEAKER, openQuotations, QUOTATION_ONLY } from './quotes';
import { sentenceClaimsOf } from './sentence';
import { trimClause } from './drafting';
import { investorClause } from './investors';
import { COMITATIVE, JOINT_VERB } from './subject';
import { LIST_JOINERS } from './words';
import type { Sentence } from '../text/sentences';
import { classify } from './clauses';

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
  ) {
    // (A paragraph with nothing to read may still name the article's currency: 新台币 for later 元.)
    if (carry) carry.currency = articleCurrencyAfter(findFigures(paragraph), paragraph, carry.currency ?? null);
    return [];
  }
  const segmenter = context.segmenter ?? defaultSegmenter();
  const sentences = claimSentences(paragraph, folded);
  // jieba's words, tagged once per sentence: the sentence's tokens are made from them, and the
  // paragraph's words (for unknownParties) are theirs at paragraph offsets. The same words as
  // segmenting the whole paragraph: a sentence ends at a terminator (。！？；, a closing mark, 】)
  // and jieba cuts its input at every such mark and tags each run between on its own; the spaces
  // trimmed between sentences are no part of a name.
  const sentenceWords = sentences.map((s) => segmenter.words(folded.slice(s.start, s.end)));
  const paragraphWords = sentences.flatMap((s, n) =>
    sentenceWords[n]!.map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start })),
  );
  const history: History = {
    actors: [],
    unknownPersons: [],
    lastAgent: null,
    text: paragraph,
    unknownParties: unknownParties(paragraph, folded, mentions, paragraphWords),
    topics: [],
    claims: [],
    before: carry?.topic ?? null,
    pairBefore: carry?.pair ?? null,
    reportSource: carry?.report ?? null,
    lastSpeaker: carry?.speaker ?? null,
    rumoured: carry?.rumoured ?? null,
    rumourParties: carry?.rumourParties ?? null,
    people,
    makesProduct: (id) => products.makes(id),
    launchers: carry ? (carry.launchers ??= new Set()) : new Set(),
    deals: carry ?? {},
  };
  const out: ClaimDraft[] = [];
  const rumouredBefore = history.rumoured;
  for (const [n, s] of sentences.entries()) {
    // "“…。”X表示，…。": a quotation on its own is said by the speaker who opens the next sentence.
    const speakerAfter = QUOTATION_ONLY.test(folded.slice(s.start, s.end).trim())
      ? openingSpeaker(sentences[n + 1], sentenceWords[n + 1], paragraph, folded, mentions, segmenter, context, people)
      : null;
    if (speakerAfter) history.speakerBefore = speakerAfter;
    history.insideQuote = opensInsideQuote(folded, s.start);
    const inSentence = mentions
      .filter((m) => m.start >= s.start && m.end <= s.end)
      .map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
    const words = segmenter.tokens(folded.slice(s.start, s.end), inSentence, sentenceWords[n]);
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
    if (carry)
      carry.dataFrame = relayData(
        sentenceClaims,
        carry.dataFrame ?? null,
        citedData(s.text, folded.slice(s.start, s.end)),
        context,
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
    carry.pair = mentions.length ? lastPair(out, paragraph, mentions) : (carry.pair ?? null);
    carry.report = history.reportSource;
    carry.speaker = history.lastSpeaker ?? null;
    // (Only into the next paragraph: an answer follows its report closely.)
    carry.rumoured = rumouredHere ? history.rumoured : null;
    carry.rumourParties = rumouredHere ? history.rumourParties : null;
  }
  return out;
}

/**
 * The two parties the paragraph's last claim with two of them acts on (an agent and an object, or
 * two agents: A与B达成协议, A收购B), as named last in the paragraph: whom a 双方 or 两家 opening the
 * next paragraph stands for. None when its last claim with a party has only one, or names one of
 * them only once in the paragraph.
 */
function lastPair(
  claims: readonly ClaimDraft[],
  paragraph: string,
  mentions: readonly SentenceMention[],
): ParagraphCarry['pair'] {
  for (let k = claims.length - 1; k >= 0; k--) {
    const parties = [
      ...new Set(claims[k]!.entities.filter((e) => e.role === 'agent' || e.role === 'object').map((e) => e.id)),
    ];
    if (!parties.length) continue;
    if (parties.length !== 2) return null;
    // (Each a party the paragraph is about, named more than once: not a counterpart named once in
    // passing, "…签署协议，当中包括Y".)
    const named = parties.map((id) => {
      const all = mentions.filter((m) => m.entityId === id);
      const last = all[all.length - 1];
      return last && all.length >= 2 ? { id, name: paragraph.slice(last.start, last.end), at: last.start } : null;
    });
    if (named.some((n) => !n)) return null;
    return named.sort((a, b) => a!.at - b!.at).map((n) => ({ id: n!.id, name: n!.name }));
  }
  return null;
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
 * A market tracker's figures (IDC的报告显示，…；研調機構X的數據顯示，…) are relayed beyond the sentence
 * that names the source: the sentences after it that state a market share, a shipment count or a
 * rank in the article's own voice (其中，A以17%的份额排名第一。B的出货量同比增长13%。) pass on the
 * same data, in that paragraph and the next ones, until another source speaks (a speaker, a hedge,
 * another report), which ends the relay (or starts its own). These are measures of a market that
 * only a third party measures: a company's own report (财报, 公告) and its revenue or profit lines
 * relay nothing (editors keep those the article's after the sentence that cites the report), nor
 * does a law. Gives the frame after the sentence.
 */
function relayData(
  claims: ClaimDraft[],
  frame: Attribution | null,
  cited: Attribution | null,
  context: ExtractContext,
): Attribution | null {
  const tracker = (a: Attribution) =>
    !OWN_DOCUMENT.test(a.text) && !(a.entityId && context.typeOf?.(a.entityId) === 'regulation');
  if (!claims.length && cited) return tracker(cited) ? cited : null;
  for (const claim of claims) {
    const source = claim.attribution;
    if (source.kind === 'data') frame = tracker(source) ? source : null;
    else if (source.kind !== 'article') frame = null;
    else if (frame && claim.modality === 'fact' && MARKET_MEASURE.test(claim.text)) claim.attribution = frame;
  }
  return frame;
}

/**
 * The data a sentence opens by citing, whether or not it yields a claim (a market total names no
 * known actor): "IDC昨日发布的季度跟踪报告显示，…", "据IDC统计，…", "X的数据显示，…".
 */
function citedData(written: string, folded: string): Attribution | null {
  if (!CITES_DATA.test(folded)) return null;
  // (The source is the name that leads: what follows it says when it was published and what it is.)
  const name = CITING_NAME.exec(folded);
  const lead = (name?.[1] ?? '') + (name?.[2] ?? '');
  const source = name ? written.slice(lead.length, name[0].length) : '';
  return { kind: 'data', text: source };
}
const CITES_DATA = /^[^，,。；;“”「」]{1,48}?(?:数据|报告|统计|调查|调研)(?:显示|表明|指出)?[，,：:]/;
const CITING_NAME =
  /^(而|另)?(据|根据|依据)?([a-z][\w&.\- ]*[\w]|[\u4e00-\u9fff]{2,10}?)(?=[（(]|昨|今|近|日前|此前|最新|发布|公布|的|数据|报告|统计|调查|调研)/i;

/** A company's own documents: what they report is its own, not a tracker's. */
const OWN_DOCUMENT = /财报|財報|年报|年報|季报|季報|公告|招股书|招股書|业绩|業績|声明|聲明|计划|計劃|方案|办法|辦法/;
/** What a market tracker measures: a share, shipments, a rank (排名第三, 位居第一, 分列二、三位, 紧随其后). */
const MARKET_MEASURE =
  /份额|份額|市占率|市佔率|占有率|佔有率|出货量|出貨量|销量|銷量|第[一二三四五六七八九十\d]{1,2}(?:名|位)?|排名|排在|位居|位列|分列|紧随其后|緊隨其後|仅次于|僅次於|榜首|居首/;

/**
 * Whether the paragraph has a quotation open at `at` (more opening marks than closing ones before
 * it, in either script): a full stop inside a quotation ends a sentence of the quotation, and the
 * sentence after it is still the quoted speaker's (X表示：“A。B。”, X說：「A。B。」).
 */
function opensInsideQuote(folded: string, at: number): boolean {
  return openQuotations(folded.slice(0, at)) > 0;
}

/**
 * The speaker who opens a sentence ("X表示，…", "X在声明中称："), with the organization they speak
 * for (named with their title, or introduced before: speakers.ts), or null.
 */
function openingSpeaker(
  sentence: Sentence | undefined,
  sentenceWords: readonly Token[] | undefined,
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
  // The lead's words are the sentence's first words (`sentenceWords`, jieba's words of the whole
  // sentence): the lead ends at a comma or colon, where jieba cuts its input and tags each run on
  // its own (see extractParagraph), so no word runs across its end.
  const leadWords = sentenceWords?.filter((w) => w.end <= lead.length);
  const tokens = segmenter.tokens(folded.slice(sentence.start, end), inClause, leadWords);
  const clause = classify(0, lead.length, paragraph.slice(sentence.start, end), tokens, [], context);
  const attribution = clause.type === 'attribution' ? clause.attribution : undefined;
  if (!attribution || !/^(person|organization)$/.test(attribution.kind)) return null;
  const titledBy = tokens.find((t) => t.entityId && t.start === 0 && !attribution.entityId)?.entityId;
  const org = attribution.kind === 'person' && !attribution.entityId ? (titledBy ?? people.orgOf(lead)) : undefined;
  return { attribution, org: org ?? null };
}
