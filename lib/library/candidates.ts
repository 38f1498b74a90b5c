/**
 * New-entity candidates in a saved article: names the lens does not know yet, found by the ways
 * Chinese news introduces a name — a Latin product or company name, a name in 「」“” quotes
 * introduced as a product, a 《》 title the context calls a report, regulation or game, a name
 * before 公司 / 集团 / 科技 / 资本 / 基金 / 研究院 / 大模型 / 模型 / App, a person after a title
 * (创始人兼CEO陈明永), a company named by its role words where its edges are clear (月之暗面创始人,
 * 由深度求索开发, AI公司智谱华章宣布). Pure: no DOM, no browser.*; runs in Node and the extension.
 *
 * Given jieba's words (options.words, as processArticle passes them), the rules respect word
 * boundaries and parts of speech: a name before a suffix is a run of name-like words, never a
 * predicate (纷纷发力大模型), a measure phrase (一款…模型) or a modifier (科技圈); an abbreviation
 * (MAU) is a name only where it acts as one. Without words, the text rules alone run (less precise).
 *
 * Script-blind: the caller's fold (lib/text/fold.ts with its table) makes 騰訊混元 and 腾讯混元 one
 * candidate; it must keep lengths, so offsets in folded text are offsets in the paragraph.
 */
import type { EntityType } from '../core/entity-type';
import { splitSentences } from '../text/sentences';
import { atWordBoundary } from '../text/word-boundary';
import {
  AFTER_NAME,
  APPOSITION_ENDS,
  APPOSITION_HEADS,
  LEFT_EDGE_WORDS,
  LEGAL_FORMS,
  MAKER_VERBS,
  OWNER_ROLES,
  GENERIC_WORDS,
  LATIN_TERMS,
  LEFT_STOPS,
  MODEL_CUES,
  NAME_SUFFIXES,
  NOT_NAME_START,
  PERSON_TITLES,
  PLACE_PREFIXES,
  PRODUCT_CUES,
  QUOTE_FOLLOWERS,
  NOUN_INTRODUCERS,
  QUOTE_INTRODUCERS,
  REGULATION_ENDINGS,
  REPORT_ENDINGS,
  SURNAMES,
  TITLE_PRODUCT_CUES,
  VERSION_WORDS,
  WORK_CUES,
} from './candidate-words';

/** How a candidate was introduced in the text (the first rule that found it is listed first). */
export type CandidateRule = 'latin' | 'suffix' | 'quoted' | 'title' | 'person' | 'role';

export interface Span {
  start: number;
  end: number;
}

export interface CandidateSentence extends Span {
  paragraph: number;
  text: string;
}

export interface EntityCandidate {
  /** The form the article uses most often. */
  name: string;
  /** Folded form: the key for dismissals and for merging the two scripts. */
  key: string;
  /** Every written form seen (both scripts, any case). */
  forms: string[];
  type: EntityType;
  rules: CandidateRule[];
  /** Occurrences in the article (outside known names). */
  count: number;
  occurrences: Array<Span & { paragraph: number }>;
  sentences: CandidateSentence[];
}

export interface CandidateOptions {
  /** Length-preserving fold (Traditional → Simplified, case, width): lib/text/fold.ts. */
  fold: (text: string) => string;
  /** Spans of names the lens already recognizes in a paragraph (e.g. the recognizer's matches). */
  knownSpans: (paragraph: string, index: number) => readonly Span[];
  /** Folded names the reader dismissed. */
  dismissed?: ReadonlySet<string>;
  /**
   * jieba's words of a folded paragraph, as claims see them (lib/claims/segment.ts
   * Segmenter.tokens with no mentions: news verbs re-tagged). With them, a name before 公司 /
   * 科技 / 模型 must be name-like words starting at a word boundary.
   */
  words?: (folded: string) => ReadonlyArray<{ word: string; tag: string; start: number; end: number }>;
}

interface Proposal extends Span {
  paragraph: number;
  type: EntityType;
  rule: CandidateRule;
}

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
const isLatinOrDigit = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

type Word = { word: string; tag: string; start: number; end: number };

export function findCandidates(paragraphs: readonly string[], options: CandidateOptions): EntityCandidate[] {
  const { fold, knownSpans, dismissed = new Set<string>(), words } = options;
  const folded = paragraphs.map((p) => {
    const f = fold(p);
    if (f.length !== p.length) throw new Error('findCandidates: the fold function must keep the text length');
    return f;
  });
  const known = paragraphs.map((p, i) => knownSpans(p, i));
  const knownKeys = new Set(
    known.flatMap((spans, i) => spans.map((s) => normalizeKey(folded[i]!.slice(s.start, s.end)))),
  );

  const proposals: Proposal[] = [];
  paragraphs.forEach((text, paragraph) => {
    const f = folded[paragraph]!;
    const push = (start: number, end: number, type: EntityType, rule: CandidateRule) => {
      // Trim spaces and stray punctuation the rules may leave at the edges.
      while (start < end && /[\s·\-.]/.test(text[start]!)) start++;
      while (end > start && /[\s·\-.]/.test(text[end - 1]!)) end--;
      if (end - start >= 2) proposals.push({ paragraph, start, end, type, rule });
    };
    const tokens = words?.(f);
    latinNames(text, f, push, tokens);
    suffixNames(text, f, known[paragraph]!, push, tokens);
    quotedNames(f, push);
    titledNames(f, push);
    personNames(text, f, push, tokens);
    roleCuedNames(f, known[paragraph]!, push, tokens);
  });

  // Group by folded name; drop known, dismissed and generic names.
  const groups = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const key = normalizeKey(folded[p.paragraph]!.slice(p.start, p.end));
    if (knownKeys.has(key) || dismissed.has(key) || isGeneric(key)) continue;
    if (known[p.paragraph]!.some((k) => k.start <= p.start && p.end <= k.end)) continue;
    const group = groups.get(key) ?? [];
    group.push(p);
    groups.set(key, group);
  }

  const sentencesOf = paragraphs.map(splitSentences);
  const candidates: EntityCandidate[] = [];
  for (const [key, group] of groups) {
    const occurrences = occurrencesOf(key, folded, known);
    if (occurrences.length === 0) continue;
    const forms = new Map<string, number>();
    for (const o of occurrences) {
      const form = paragraphs[o.paragraph]!.slice(o.start, o.end);
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    const name = [...forms].sort((a, b) => b[1] - a[1])[0]![0];
    const sentences: CandidateSentence[] = [];
    for (const o of occurrences) {
      const sentence = sentencesOf[o.paragraph]!.find((s) => s.start <= o.start && o.end <= s.end);
      if (!sentence) continue;
      if (!sentences.some((s) => s.paragraph === o.paragraph && s.start === sentence.start))
        sentences.push({ paragraph: o.paragraph, ...sentence });
    }
    candidates.push({
      name,
      key,
      forms: [...forms.keys()],
      type: majorityType(group),
      rules: [...new Set(group.map((p) => p.rule))],
      count: occurrences.length,
      occurrences,
      sentences,
    });
  }
  const firstAt = (c: EntityCandidate) => c.occurrences[0]!.paragraph * 1e7 + c.occurrences[0]!.start;
  return candidates.sort((a, b) => b.count - a.count || firstAt(a) - firstAt(b));
}

/** Folded name with runs of spaces made one (Llama  3.1 and Llama 3.1 are one name). */
function normalizeKey(folded: string): string {
  return folded.replace(/\s+/g, ' ').trim();
}

/** The person rule outranks the others (a name after a title is a person), then the most common type. */
function majorityType(group: readonly Proposal[]): EntityType {
  if (group.some((p) => p.rule === 'person')) return 'person';
  const votes = new Map<EntityType, number>();
  for (const p of group) votes.set(p.type, (votes.get(p.type) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Every occurrence of a folded name outside known names, Latin names only at word boundaries. */
function occurrencesOf(key: string, folded: readonly string[], known: ReadonlyArray<readonly Span[]>) {
  const out: Array<Span & { paragraph: number }> = [];
  folded.forEach((text, paragraph) => {
    const spaced = text.replace(/\s/g, ' ');
    for (let at = spaced.indexOf(key); at >= 0; at = spaced.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (!atWordBoundary(text, at, end)) continue;
      if (known[paragraph]!.some((k) => k.start < end && at < k.end && !(at <= k.start && k.end <= end))) continue;
      out.push({ paragraph, start: at, end });
    }
  });
  return out;
}

/** Generic: made only of generic words and digits (人工智能, 多家科技, 开源, 2024年). */
export function isGeneric(foldedName: string): boolean {
  const s = foldedName.replace(/[\s\d年月日]+/g, '');
  if (!s) return true;
  if (LATIN_TERMS.has(s)) return true;
  // Can s be cut into generic words? (dynamic programming over prefixes)
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - 6); start < end && !ok[end]; start++) {
      if (ok[start] && GENERIC_WORDS.has(s.slice(start, end))) ok[end] = true;
    }
  }
  return ok[s.length]!;
}

type Push = (start: number, end: number, type: EntityType, rule: CandidateRule) => void;

// A Latin name: a token that looks like a name (capital, inner capital or digit: Perplexity,
// xAI, DeepSeek-V3, Emu3), then further capitalized words or version parts (Mistral AI,
// Llama 3.1, Claude 3.5 Sonnet, Andreessen Horowitz).
const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[-.+&][A-Za-z0-9]+)*/y;
const FOLLOWER = / ([A-Za-z0-9]+(?:[-.+][A-Za-z0-9]+)*)(?![A-Za-z0-9])/y;

function looksLikeName(token: string): boolean {
  if (token.length < 2) return false;
  return /^[A-Z]/.test(token) || /[A-Z]/.test(token.slice(1)) || /\d/.test(token);
}

/** A business term made like a name: an all-capitals abbreviation (MAU, NPC, BAT), or …aaS (MaaS). */
const ABBREVIATION = /^[A-Z]{2,5}$/;
const AS_A_SERVICE = /aaS$/;
/** Words before a Latin name that make it a source or an actor: 据IDC, 根据Gartner, 来自Meta. */
const SOURCE_BEFORE = /(据|根据|来自)\s*$/;

/**
 * With jieba's words, whether the text treats a term-like Latin name (an abbreviation, or a phrase
 * that opens with a term: AI Infra) as a name: a source (据IDC), an actor (IDC预测, BAT宣布: a
 * verb right after it) or a name with a suffix (ABC公司). Otherwise it is vocabulary (的MAU, 做BD).
 */
function actsAsName(folded: string, start: number, end: number, words: readonly Word[]): boolean {
  if (SOURCE_BEFORE.test(folded.slice(Math.max(0, start - 3), start))) return true;
  const after = folded.slice(end).trimStart();
  if (NAME_SUFFIXES.some((s) => after.startsWith(s.word))) return true;
  const next = words.find((w) => w.start >= end && w.word.trim() !== '');
  return !!next && next.start - end <= 1 && /^v/.test(next.tag) && next.word.length > 1;
}

function latinNames(text: string, folded: string, push: Push, words?: readonly Word[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!/[A-Za-z]/.test(text[i]!) || isLatinOrDigit(text[i - 1])) continue;
    LATIN_TOKEN.lastIndex = i;
    const first = LATIN_TOKEN.exec(text)!;
    const start = i;
    let end = i + first[0].length;
    i = end - 1;
    if (!looksLikeName(first[0]) || isTitleWord(first[0])) continue;
    // Followers after a space: capitalized words, numbers and version words, not titles.
    for (;;) {
      FOLLOWER.lastIndex = end;
      const next = FOLLOWER.exec(text);
      if (!next) break;
      const word = next[1]!;
      if (isTitleWord(word) || !(/^[A-Z0-9]/.test(word) || VERSION_WORDS.has(word))) break;
      end += next[0].length;
    }
    i = end - 1;
    const name = folded.slice(start, end);
    if (name.split(' ').every((w) => LATIN_TERMS.has(w)) || /^[qh][1-4]$/.test(name)) continue;
    const written = text.slice(start, end);
    if (AS_A_SERVICE.test(written)) continue;
    const termLike = ABBREVIATION.test(written) || LATIN_TERMS.has(name.split(' ')[0]!);
    if (words && termLike && !actsAsName(folded, start, end, words)) continue;
    push(start, end, latinType(folded, start, end), 'latin');
  }
}

function isTitleWord(word: string): boolean {
  return PERSON_TITLES.includes(word.toLowerCase());
}

/** Model, product, person or (by default) company, from the words around a Latin name. */
function latinType(folded: string, start: number, end: number): EntityType {
  const before = folded.slice(Math.max(0, start - 8), start);
  const after = folded.slice(end, end + 6).trimStart();
  const name = folded.slice(start, end);
  if (PERSON_TITLES.some((t) => before.trimEnd().endsWith(t)) && /^[a-z]+ [a-z]+$/.test(name)) return 'person';
  const suffix = NAME_SUFFIXES.find((s) => after.startsWith(s.word));
  if (suffix) return suffix.type;
  if (PRODUCT_CUES.some((c) => before.endsWith(c) || after.startsWith(c))) return 'product';
  if (MODEL_CUES.some((c) => before.includes(c) || after.startsWith(c))) return 'model';
  if (/\d/.test(name)) return 'model';
  if (/(推出|发布|上线|公布)[了的]?\S{0,4}$/.test(before)) return 'product';
  return 'company';
}

/** The start of a Chinese name that ends at `end`: after punctuation, a stop word or a place. */
function hanStemStart(folded: string, end: number, limit: Span[]): number {
  let start = end;
  while (start > 0 && end - start < 10 && isHan(folded[start - 1])) start--;
  // A known name before the stem ends it (字节跳动豆包 → 豆包), unless the stem extends it (腾讯混元).
  for (const k of limit) if (k.end > start && k.end < end && k.start <= start) start = k.start;
  // The last stop word in the run: the stem starts after it.
  let cut = start;
  for (let i = start; i < end; i++) {
    for (const stop of LEFT_STOPS) {
      if (folded.startsWith(stop, i) && i + stop.length <= end - 1) cut = Math.max(cut, i + stop.length);
    }
  }
  start = cut;
  for (const place of PLACE_PREFIXES) {
    if (folded.startsWith(place, start) && end - start - place.length >= 2) {
      start += place.length;
      break;
    }
  }
  return start;
}

/**
 * jieba's parts of speech that never belong to a name before 公司 / 科技 / 模型: punctuation,
 * particles, prepositions, conjunctions, pronouns, adverbs, numerals, measure words, time and
 * place-relation words. Nouns, names, and the single characters jieba splits an unknown name into
 * (whatever their tag: 无/v 问/n 芯/ng 穹/n) may.
 */
const NEVER_IN_NAME = /^(x|w|u\w*|p|c|r\w*|d|m|q|t|f|s|y|e|o|zg)$/;
/**
 * Multi-character words of these kinds end a name on their left: verbs (要比拼大模型, 作为模型),
 * adjectives and idioms (新锐公司). A name that holds a verb word (深度求索) is missed: the price
 * of not proposing every predicate before 模型.
 */
const NOT_NAME_WORD = /^(v|vd|vi|vf|vx|a|ad|an|l|i)$/;
/** Tags of a whole word that is a proper name with its suffix inside (联想集团/nt). */
const PROPER_NAME = /^(nt|nz)$/;

/**
 * With jieba's words: the start of a name that ends where the suffix begins, or -1 for none.
 * The suffix must begin at a word boundary (母公司, 高科技 hold no name) unless one proper-name
 * word holds both (联想集团); the stem is the run of name-like words before it (see
 * NEVER_IN_NAME), stopping at a stop word, a known name or a place prefix. A stem that starts with
 * a verb right after a noun or an adverb is a predicate (巨头发力大模型, 纷纷发力), and one that is
 * the tail of a generic word is no name (多模态模型).
 */
function wordStemStart(
  words: readonly Word[],
  folded: string,
  at: number,
  after: number,
  known: readonly Span[],
): number {
  const whole = words.find((w) => w.start < at && w.end === after && PROPER_NAME.test(w.tag));
  if (whole) return whole.start;
  let i = words.findIndex((w) => w.end === at);
  if (i < 0) return -1;
  let start = at;
  for (; i >= 0; i--) {
    const w = words[i]!;
    const han = isHan(w.word[0]);
    if (!han && !isLatinOrDigit(w.word[0])) break;
    // A single Han numeral or bound morpheme is part of a name (零一万物, 千问, 蓝/nr 湾/zg);
    // a numeral word (一些, 多家) is not.
    const morpheme = han && w.word.length === 1 && /^(m|zg)$/.test(w.tag);
    if (NEVER_IN_NAME.test(w.tag) && !morpheme) break;
    if (w.word.length > 1 && NOT_NAME_WORD.test(w.tag)) break;
    if (LEFT_STOPS.includes(w.word)) break;
    if (at - w.start > 10) break;
    if (w.word.length > 1 && w.tag === 'b') break;
    // A known name right before the stem extends it (腾讯混元) and ends it on the left.
    const name = known.find((k) => k.end === w.end);
    if (name) {
      if (start < at) start = name.start;
      break;
    }
    start = w.start;
  }
  if (start === at) return -1;
  const first = words.find((w) => w.start === start)!;
  const before = words[words.indexOf(first) - 1];
  // A stem that opens with a verb is a predicate (最初发力模型), a name seldom starts so.
  if (first.tag === 'v') return -1;
  // A stray character before a generic word (是指底层模型: 指 + 底层) is no name's start.
  if (first.word.length === 1 && at - first.end >= 2 && isGeneric(folded.slice(first.end, at))) return -1;
  if (before && before.end === start) {
    if (/^v/.test(first.tag) && /^(n|a|d)/.test(before.tag)) return -1;
    // After a numeral or measure word the stem describes a thing (一款创新性视频模型, 一个专属模型).
    if (/^(m|q)/.test(before.tag)) return -1;
    if (isGeneric(folded.slice(before.start, at))) return -1;
  }
  const place = PLACE_PREFIXES.find(
    (p) => folded.startsWith(p, start) && words.some((w) => w.start === start && w.end === start + p.length),
  );
  if (place && at - start - place.length >= 2) start += place.length;
  return start;
}

/**
 * With jieba's words, whether the suffix ends a name here: it ends at a word boundary (科技史
 * holds no 科技), and a suffix that is part of the name (科技, 资本) is not modifying the next
 * word (科技巨头, 科技圈, 资本市场).
 */
function suffixEndsName(words: readonly Word[], keep: boolean, after: number): boolean {
  const next = words.find((w) => w.start === after);
  if (!next && after < (words[words.length - 1]?.end ?? 0)) return false;
  // A plural (创业公司们) is a kind of company, not one.
  if (next?.word === '们') return false;
  return !(keep && next && (/^(n|q|k)/.test(next.tag) || /^(圈|界|股|业|史|版)$/.test(next.word)));
}

function suffixNames(text: string, folded: string, known: readonly Span[], push: Push, words?: readonly Word[]): void {
  for (let at = 0; at < folded.length; at++) {
    const suffix = NAME_SUFFIXES.find((s) => folded.startsWith(s.word, at));
    if (!suffix) continue;
    const after = at + suffix.word.length;
    // App is a word of its own (夸克App), not the end of WhatsApp.
    if (suffix.word === 'app' && (isLatinOrDigit(folded[at - 1]) || isLatinOrDigit(folded[after]))) continue;
    let start: number;
    if (isLatinOrDigit(folded[at - 1]) || (folded[at - 1] === ' ' && isLatinOrDigit(folded[at - 2]))) {
      // A Latin stem (Humane公司, OpenAI 公司): the Latin run before the suffix.
      let s = folded[at - 1] === ' ' ? at - 1 : at;
      while (s > 0 && /[A-Za-z0-9 .-]/.test(text[s - 1]!)) s--;
      // A parameter count (72B模型, 7b大模型) is a size, not a name.
      start = /^\s*\d+(\.\d+)?[bmkt]\s*$/i.test(text.slice(s, at)) ? -1 : s;
    } else if (words) {
      start = suffixEndsName(words, suffix.keep, after) ? wordStemStart(words, folded, at, after, known) : -1;
    } else {
      start = hanStemStart(folded, at, [...known]);
    }
    const stemLength = at - start;
    const end = suffix.keep ? after : at;
    // The stem alone must not be generic (人工智能公司, 多家科技公司, 开源大模型).
    if (start >= 0 && stemLength >= 2 && stemLength <= 6 && !isGeneric(folded.slice(start, at)))
      push(start, end, suffix.type, 'suffix');
    else if (!words) continue;
    // Found or not, the shorter suffix inside this one is no other name's (大模型 → 模型).
    at = after - 1;
  }
}

const QUOTE_PAIRS: Record<string, string> = { '「': '」', '“': '”', '『': '』', '"': '"' };

function quotedNames(folded: string, push: Push): void {
  for (let open = 0; open < folded.length; open++) {
    const close = QUOTE_PAIRS[folded[open]!];
    if (!close) continue;
    const end = folded.indexOf(close, open + 1);
    if (end < 0) break;
    const inner = folded.slice(open + 1, end);
    const next = end;
    open = end;
    // A name, not a quoted sentence: short, no sentence punctuation.
    if (inner.length < 2 || inner.length > 12 || /[，。！？；：、,!?;:]/.test(inner)) continue;
    // Events and slogans in quotes (「双11」, “百模大战”, “618”) are not entities.
    // A quoted phrase ending in 的 / 地 modifies what follows (“上帝般的”模型): no name.
    if (/^[双\d]+\d+$|[节日季周]$|大战$|战$|[的地]$/.test(inner) || isGeneric(inner)) continue;
    const before = folded.slice(Math.max(0, open - inner.length - 1 - 8), open - inner.length - 1);
    const after = folded.slice(next + 1, next + 5);
    const follower = QUOTE_FOLLOWERS.find((f) => after.startsWith(f.word));
    // After a verb (推出的“豆包”) or 旗下 a quoted name may follow 的; after a noun, 的 makes the
    // quote an attribute in scare quotes (产品的“中间态”, 模型的“黑箱”), not a name.
    const introducer = QUOTE_INTRODUCERS.find((w) =>
      new RegExp(`${w}${NOUN_INTRODUCERS.has(w) ? '' : '[了的]?'}(一个|一款|了)?$`).test(before),
    );
    if (follower) push(open - inner.length, next, follower.type, 'quoted');
    else if (introducer) push(open - inner.length, next, /模型/.test(introducer) ? 'model' : 'product', 'quoted');
  }
}

function titledNames(folded: string, push: Push): void {
  for (let open = folded.indexOf('《'); open >= 0; open = folded.indexOf('《', open + 1)) {
    const close = folded.indexOf('》', open + 1);
    if (close < 0) return;
    const inner = folded.slice(open + 1, close);
    if (inner.length < 2 || inner.length > 40) continue;
    const before = folded.slice(Math.max(0, open - 8), open);
    const after = folded.slice(close + 1, close + 5);
    // Books, films and songs are not tech entities, whatever their title says.
    if (WORK_CUES.some((w) => before.includes(w) || after.startsWith(w))) continue;
    const bare = inner.replace(/[（(][^）)]*[）)]$/, '');
    if (REPORT_ENDINGS.some((e) => bare.endsWith(e))) push(open + 1, close, 'report', 'title');
    else if (bare.length >= 6 && REGULATION_ENDINGS.some((e) => bare.endsWith(e)))
      push(open + 1, close, 'regulation', 'title');
    else if (TITLE_PRODUCT_CUES.some((w) => before.endsWith(w) || after.startsWith(w)))
      push(open + 1, close, 'product', 'title');
  }
}

/** Titles chained with 兼 or 、 (创始人兼CEO, 联合创始人、首席科学家), then a name. */
/** jieba's tags of a word that cannot open a person's name after a title (负责人无奈表示, 创始人不懂…). */
const NOT_PERSON_START = /^(d|v|vd|a|ad|c|p|r|u\w*|m|t|f)$/;

function personNames(text: string, folded: string, push: Push, words?: readonly Word[]): void {
  const titleAt = (i: number) =>
    PERSON_TITLES.find((t) => folded.startsWith(t, i) && !(/[a-z]/.test(t) && isLatinOrDigit(folded[i + t.length])));
  for (let i = 0; i < folded.length; i++) {
    let title = titleAt(i);
    if (!title || (/[a-z]/.test(title) && isLatinOrDigit(folded[i - 1]))) continue;
    let at = i + title.length;
    while ((folded[at] === '兼' || folded[at] === '、') && (title = titleAt(at + 1))) at += 1 + title.length;
    i = at - 1;
    if (folded[at] === ' ') at++;
    // A Latin name after a title (CEO Sam Altman) is the Latin rule's; typed person there.
    if (!isHan(folded[at]) || NOT_NAME_START.has(folded[at]!)) continue;
    const opening = words?.find((w) => w.start === at);
    // A surname jieba reads as another word (余 "more than", 万 "ten thousand") still opens a name.
    const surnameFirst = opening?.word.length === 1 && SURNAMES.has(opening.word);
    if (opening && !surnameFirst && NOT_PERSON_START.test(opening.tag)) continue;
    const start = at;
    let end: number;
    const surname = SURNAMES.has(folded.slice(at, at + 2)) ? 2 : SURNAMES.has(folded[at]!) ? 1 : 0;
    if (surname > 0 && !folded.slice(at, at + 6).includes('·')) {
      // Surname plus one or two given-name characters: a third stops at the verb after a name.
      end = at + surname + 1;
      if (isHan(folded[end]) && !AFTER_NAME.has(folded[end]!)) end++;
    } else {
      // A transliterated name (萨姆·奥尔特曼, 奥特曼): up to the word after it.
      end = at;
      while (
        end < folded.length &&
        end - at < 10 &&
        (isHan(folded[end]) || folded[end] === '·') &&
        !AFTER_NAME.has(folded[end]!)
      )
        end++;
      if (end - at > 6 && !folded.slice(at, end).includes('·')) continue;
    }
    if (!isHan(text[end - 1])) continue;
    push(start, end, 'person', 'person');
    i = end - 1;
  }
}

/** Where a name may start: the paragraph's start, after punctuation or a space. */
const CLAUSE_EDGE = /[\s，。；：！？、“”「」『』（）(),.;:!?]/;
/** Characters that open a pronoun or a determiner phrase (该公司, 这家, 其旗下, 它将所投): no name. */
const DETERMINER_START = new Set('该这那其本此各每某诸它他她我你您咱'.split(''));
/** A span ending in these is a person or a part of one (业内人士, 相关负责人, 技术部门); 工信部, 数据局 are bodies. */
const PERSON_OR_PART_END = /(?:人|人士|员|者|方|部门|处|团队)$/;
/** jieba's tags of a word a company name built of ordinary words never holds (pronoun, time, numeral, adverb…). */
const NEVER_IN_ROLE_NAME = /^(r\w*|t|m|mq|q|d|p|c|u\w*|f|s|x|w|y|e|o)$/;

/**
 * Company names made of ordinary words (深度求索, 月之暗面, 智谱华章), which the suffix rule's
 * stem of name-like words misses (求索 is a verb, 之 a particle), found where news gives them two
 * clear edges: on the left the clause's start, a preposition or conjunction (由, 据, 与), or a
 * kind noun in apposition (人工智能公司深度求索); on the right a role word (创始人, 旗下), a legal
 * form (公司), a maker verb after 由 (由X开发), or after an apposition the next verb or stop.
 */
function roleCuedNames(folded: string, known: readonly Span[], push: Push, words?: readonly Word[]): void {
  const boundaries = words ? new Set(words.flatMap((w) => [w.start, w.end])) : null;
  const edge = (at: number) => !boundaries || boundaries.has(at);
  for (let start = 0; start < folded.length; start++) {
    if (!isHan(folded[start]) || !edge(start)) continue;
    const before = folded.slice(Math.max(0, start - 4), start);
    const head = APPOSITION_HEADS.find((h) => before.endsWith(h));
    const clause = start === 0 || CLAUSE_EDGE.test(folded[start - 1]!);
    const leftWord = LEFT_EDGE_WORDS.find((w) => before.endsWith(w));
    // 由 must be a word of its own (由于 is "because").
    const byWord = !!leftWord && edge(start - leftWord.length) && folded[start] !== '于';
    // A kind noun counted or pointed at (多家企业, 这家公司) is not followed by a name.
    const byHead =
      !!head &&
      !DETERMINER_START.has(folded[start - head.length - 1] ?? '') &&
      !/[家个些]/.test(folded[start - head.length - 1] ?? '');
    if (!clause && !byWord && !byHead) continue;
    for (let end = start + 3; end <= start + 6 && end <= folded.length; end++) {
      if (!isHan(folded[end - 1])) break;
      const rest = folded.slice(end);
      const role = OWNER_ROLES.find((r) => rest.startsWith(r) || rest.startsWith(`的${r}`));
      // Before a legal form, a name of plain nouns is the suffix rule's, and a kind (生物医药公司) looks the same.
      const legal =
        !!words &&
        end - start === 4 &&
        (clause || byWord) &&
        LEGAL_FORMS.some((f) => rest.startsWith(f)) &&
        !plainNouns(words, start, end);
      const maker = leftWord === '由' && MAKER_VERBS.some((v) => rest.startsWith(v));
      const apposed = byHead && APPOSITION_ENDS.some((e) => rest.startsWith(e));
      if (!role && !legal && !maker && !apposed) continue;
      if (!edge(end)) break;
      if (isRoleName(folded, start, end, known, words))
        push(start, end, roleNameType(folded.slice(start, end)), 'role');
      break;
    }
  }
}

/** The segmenter's words wholly inside [start, end). */
function wordsWithin(words: readonly Word[], start: number, end: number): Word[] {
  return words.filter((w) => w.start >= start && w.end <= end);
}

/** Whether the words of [start, end) are all nouns of two or more characters (生物/n 医药/n). */
function plainNouns(words: readonly Word[], start: number, end: number): boolean {
  const inside = wordsWithin(words, start, end);
  return inside.every((w) => w.word.length > 1 && /^n/.test(w.tag) && w.tag !== 'nr');
}

/** A public body named the same way (由国家发改委牵头) is an organisation, not a company. */
function roleNameType(span: string): EntityType {
  return /(?:委|部|局|署|院|会|所|中心|办|大学|学院)$/.test(span) ? 'organization' : 'company';
}

function isRoleName(
  folded: string,
  start: number,
  end: number,
  known: readonly Span[],
  words?: readonly Word[],
): boolean {
  const span = folded.slice(start, end);
  if (DETERMINER_START.has(span[0]!) || NOT_NAME_START.has(span[0]!) || PERSON_OR_PART_END.test(span)) return false;
  // The edge word is not the name's (据面壁智能…, 与零一万物…), nor is a title (公司董事长表示).
  if (LEFT_EDGE_WORDS.includes(span[0]!) || PERSON_TITLES.some((t) => span.includes(t))) return false;
  if (APPOSITION_HEADS.some((h) => span.endsWith(h))) return false;
  if (isGeneric(span) || known.some((k) => k.start < end && start < k.end)) return false;
  // A stop word inside (…收购, 今年…, 发布…) makes it a phrase; single characters (之, 一) may belong to a name.
  if (LEFT_STOPS.some((stop) => stop.length > 1 && span.includes(stop))) return false;
  if (!words) return !/[的了是在和与及也都就还又把被将从对向给让等]/.test(span);
  const inside = wordsWithin(words, start, end);
  if (inside.length === 1 && /^(ns|nr|t|r|m|v|a|d)/.test(inside[0]!.tag)) return false;
  // A name opens with no verb word (计划收购, 加速布局).
  if (inside[0] && inside[0].word.length > 1 && /^v/.test(inside[0].tag)) return false;
  return !inside.some((w) => w.word.length > 1 && NEVER_IN_ROLE_NAME.test(w.tag));
}
