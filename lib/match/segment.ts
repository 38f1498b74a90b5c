/**
 * Word boundaries around a name, the way a dictionary segmenter (jieba, HanLP) finds them: the
 * text 北京东三环 reads 北京/东三环 far more probably than 北/京东/三环, so 京东 there is no
 * name. The lexicon is a small slice of a general word list, chosen at build time: only the
 * words that cross a gazetteer name's start or end or contain it, plus the most frequent single
 * characters, each with its log probability (lib/corpus/lexicon.ts).
 *
 * The check leans towards the name. Characters the slice does not explain cost more on the other
 * reading's side than on the name's, and the slice carries, with each crossing word, what the
 * name's reading needs instead (为什么 crossing 华为 comes with 什么). So a name loses only to a
 * clearly better reading, never to a gap in the slice: 华为什么时候 keeps 华为.
 */

/** Shipped form: words grouped by cost; bucket i holds the words of cost -i / COST_SCALE. */
export type LexiconData = string[];

export const COST_SCALE = 2;
/** Log probability of a name the word list does not know (about a word of frequency 1,000). */
export const NAME_COST = -11;
/** Cost of a character the slice does not explain, on the name's side (about a common character). */
const NAME_SIDE_ORPHAN = -8;
/** The same on the other reading's side: stricter, so a gap in the slice never makes a name lose. */
const OTHER_SIDE_ORPHAN = -10;
/** How much more probable (log) the other reading must be: e^3 ≈ 20 times. */
export const SEGMENT_MARGIN = 3;

export function isHanCode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

export interface WordCosts {
  readonly maxLength: number;
  cost(word: string): number | undefined;
  /**
   * Whether some word has these two characters side by side: a word that crosses a name's
   * boundary or contains the name has the two characters around that boundary. A fast no.
   */
  joins?(first: number, second: number): boolean;
}

/** Bits per adjacent character pair in the pair filter: about 6% of false yeses. */
const PAIR_FILTER_BITS_PER_PAIR = 16;
const MIN_PAIR_FILTER_SHIFT = 12;

export class Lexicon implements WordCosts {
  private readonly costs = new Map<string, number>();
  /**
   * The pairs of characters side by side in some word, hashed into bits: a fast no for
   * `joins`, where a false yes only costs the full check. A set of the pairs themselves took
   * most of a content script's start with the reader's crossing words (20,000 words).
   */
  private readonly pairBits: Uint32Array;
  private readonly pairShift: number;
  readonly maxLength: number;

  constructor(data: LexiconData) {
    let max = 1;
    let pairs = 0;
    data.forEach((bucket, i) => {
      if (!bucket) return;
      for (const word of bucket.split(' ')) {
        if (!word) continue;
        this.costs.set(word, -i / COST_SCALE);
        if (word.length > max) max = word.length;
        pairs += word.length - 1;
      }
    });
    this.maxLength = max;
    const bits = Math.max(MIN_PAIR_FILTER_SHIFT, Math.ceil(Math.log2(Math.max(1, pairs) * PAIR_FILTER_BITS_PER_PAIR)));
    this.pairShift = 32 - bits;
    this.pairBits = new Uint32Array(2 ** (bits - 5));
    for (const bucket of data)
      for (let k = 1; k < bucket.length; k++) {
        const first = bucket.charCodeAt(k - 1);
        const second = bucket.charCodeAt(k);
        if (first === 0x20 || second === 0x20) continue;
        const bit = this.pairBit(first, second);
        this.pairBits[bit >>> 5]! |= 1 << (bit & 31);
      }
  }

  private pairBit(first: number, second: number): number {
    return Math.imul((first << 16) | second, 0x9e3779b1) >>> this.pairShift;
  }

  get size(): number {
    return this.costs.size;
  }

  cost(word: string): number | undefined {
    return this.costs.get(word);
  }

  joins(first: number, second: number): boolean {
    const bit = this.pairBit(first, second);
    return (this.pairBits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

export function encodeLexicon(costs: ReadonlyMap<string, number>): LexiconData {
  const buckets: string[][] = [];
  for (const [word, cost] of [...costs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const i = Math.max(0, Math.round(-cost * COST_SCALE));
    (buckets[i] ??= []).push(word);
  }
  return Array.from(buckets, (b) => (b ? b.join(' ') : ''));
}

/**
 * Whether the name at text[start, end) loses to a clearly more probable segmentation of the
 * text around it. Only Han names are checked (Latin names have word boundaries already).
 */
export function losesToSegmentation(
  text: string,
  start: number,
  end: number,
  lexicon: WordCosts,
  margin = SEGMENT_MARGIN,
): boolean {
  if (
    lexicon.joins &&
    !(start > 0 && lexicon.joins(text.charCodeAt(start - 1), text.charCodeAt(start))) &&
    !(end < text.length && lexicon.joins(text.charCodeAt(end - 1), text.charCodeAt(end)))
  )
    return false;
  for (let i = start; i < end; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  const reach = lexicon.maxLength - 1;
  let lo = start;
  while (lo > start - reach && lo > 0 && isHanCode(text.charCodeAt(lo - 1))) lo--;
  let hi = end;
  while (hi < end + reach && hi < text.length && isHanCode(text.charCodeAt(hi))) hi++;
  if (lo === start && hi === end) return false;

  // Lexicon words in the window: edges[i] lists [length, cost] of words starting at lo + i.
  const width = hi - lo;
  const edges: Array<Array<[number, number]>> = [];
  let crossing = false;
  for (let i = 0; i < width; i++) {
    const list: Array<[number, number]> = [];
    for (let len = 1; len <= lexicon.maxLength && i + len <= width; len++) {
      const from = lo + i;
      const to = from + len;
      if (from === start && to === end) continue;
      const cost = lexicon.cost(text.slice(from, to));
      if (cost === undefined) continue;
      list.push([len, cost]);
      if ((from < start && to > start) || (from < end && to > end)) crossing = true;
    }
    edges.push(list);
  }
  if (!crossing) return false;
  const nameCost = lexicon.cost(text.slice(start, end)) ?? NAME_COST;

  /**
   * Best cost of segmenting [from, to) (window offsets) into lexicon words and unexplained
   * characters at `orphan` each, never landing on `avoid` (-1: anywhere).
   */
  const segment = (from: number, to: number, orphan: number, avoid = -1): number => {
    const best = new Array<number>(to - from + 1).fill(-Infinity);
    best[0] = 0;
    for (let i = from; i < to; i++) {
      const here = best[i - from]!;
      if (here === -Infinity || (i === avoid && i !== from)) continue;
      if ((i + 1 !== avoid || i + 1 === to) && best[i + 1 - from]! < here + orphan) best[i + 1 - from] = here + orphan;
      for (const [len, cost] of edges[i]!) {
        const j = i + len;
        if (j > to || (j === avoid && j !== to)) continue;
        if (here + cost > best[j - from]!) best[j - from] = here + cost;
      }
    }
    return best[to - from]!;
  };

  const s = start - lo;
  const e = end - lo;
  for (let l = 0; l <= s; l++) {
    for (let r = e; r <= width; r++) {
      if (l === s && r === e) continue;
      // The other reading must cross the name's start or its end.
      const other = Math.max(
        l < s ? segment(l, r, OTHER_SIDE_ORPHAN, s) : -Infinity,
        r > e ? segment(l, r, OTHER_SIDE_ORPHAN, e) : -Infinity,
      );
      const named = segment(l, s, NAME_SIDE_ORPHAN) + nameCost + segment(e, r, NAME_SIDE_ORPHAN);
      if (other - named > margin) return true;
    }
  }
  return false;
}
