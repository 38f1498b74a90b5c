/**
 * Which words of a general word list can take a name's edge: those that cross its start or end
 * (北京 and 东三环 around 京东) or contain it (巧夺天工 around 天工), common enough to win a
 * segmentation, each with what the name's own reading then needs (为什么 crossing 华为 brings
 * 什么). Shared by the build, which slices jieba's dictionary for the bundled names
 * (lib/corpus/lexicon.ts), and the background, which slices the shipped word table for the
 * reader's names (lib/library/reader-names.ts). Pure strings.
 */
import { COST_SCALE, isHanCode, losesToSegmentation, NAME_COST, type LexiconData, type WordCosts } from './segment';

export interface LexiconName {
  /** Folded name. */
  key: string;
  /** An ambiguous name also loses to words that start with it (苹果汁 for 苹果). */
  ambiguous: boolean;
}

export interface Word {
  word: string;
  logp: number;
}

/**
 * A word list as the slicing reads it. The candidates (words of 2 to MAX_WORD_LENGTH characters
 * common enough to win) are indexed by how they can meet a name, so a name looks only at words
 * that can: a few hundred of the list's 31,000, even for its most common characters.
 */
export interface WordSource {
  /** Log probability of a word the list knows (the rest of a crossing word may be a rare one). */
  logp(word: string): number | undefined;
  /** Candidates holding these two characters side by side (any word containing a name holds its first two). */
  withPair(pair: string): readonly Word[];
  /** Candidates ending with this character (they may cross a name's start). */
  endingWith(ch: string): readonly Word[];
  /** Candidates starting with this character (they may cross a name's end). */
  startingWith(ch: string): readonly Word[];
  /** The most frequent single characters (function words, common morphemes), most frequent first. */
  singles: ReadonlyArray<[string, number]>;
}

/** Words rarer than this never win against a name on a news page. */
export const MIN_WORD_FREQ = 100;
export const MAX_WORD_LENGTH = 4;
/** Single characters shipped: the most frequent ones (so the other reading can be spelled out in words). */
export const SINGLE_CHARACTERS = 400;
/** Names longer than this are specific enough that a crossing word is no threat. */
export const MAX_CHECKED_NAME = 3;

export function isHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Names the slicing checks: Han, two or three characters. */
export function isCheckedName(key: string): boolean {
  return key.length >= 2 && key.length <= MAX_CHECKED_NAME && isHan(key);
}

/**
 * The words, with their log probabilities, that can make these names lose: each kept only if, in
 * the text made of it and the name alone, it would (with the cheapest single characters around):
 * a word that cannot win there cannot win anywhere. `excluded` are strings that must not become
 * words (names and blockers: they are the matcher's business). Also the names' own costs when the
 * list knows them as words, and the single characters the kept words use.
 */
export function crossingWords(
  source: WordSource,
  names: readonly LexiconName[],
  excluded: ReadonlySet<string>,
): Map<string, number> {
  const singles = source.singles.slice(0, SINGLE_CHARACTERS);
  const base = new Map<string, number>(singles);
  const nameKeys = names.filter((n) => isCheckedName(n.key));
  for (const { key } of nameKeys) {
    const p = source.logp(key);
    if (p !== undefined && p > NAME_COST) base.set(key, p);
  }
  const shipped = new Map(base);
  for (const { key, ambiguous } of nameKeys) {
    for (const { word, logp: p } of candidatesFor(source, key)) {
      if (word === key || excluded.has(word)) continue;
      const at = word.indexOf(key);
      let rest: string | null = null;
      if (at > 0) rest = word.slice(0, at) + word.slice(at + key.length);
      else if (at === 0) rest = ambiguous ? word.slice(key.length) : null;
      else {
        const before = overlap(word, key);
        const after = overlap(key, word);
        if (before) rest = word.slice(0, word.length - before);
        else if (after) rest = word.slice(after);
      }
      if (rest === null) continue;
      // The name's own reading of the same text needs the rest as a word too (为什么 crossing
      // 华为 leaves 什么), or it would lose for lack of a word the slice left out.
      const restLogp = source.logp(rest);
      // Already shipped with what this name's reading needs: nothing to decide.
      if (shipped.has(word) && (restLogp === undefined || shipped.has(rest))) continue;
      // Shipped only if, in the text made of it and the name, it weighs against the name at all
      // (it may need a word on the name's other side to make it lose: 温度 and 加热 around 度加).
      const costs: WordCosts = {
        maxLength: MAX_WORD_LENGTH,
        cost: (w) => (w === word ? p : w === rest ? restLogp : base.get(w)),
      };
      const text =
        at >= 0
          ? word
          : word.endsWith(key[0]!)
            ? word + key.slice(overlap(word, key))
            : key + word.slice(overlap(key, word));
      const start = text.indexOf(key);
      if (!losesToSegmentation(text, start, start + key.length, costs, 0)) continue;
      shipped.set(word, p);
      if (restLogp !== undefined) shipped.set(rest, restLogp);
    }
  }
  // Single characters matter only where they can sit in a window: in a name or a shipped word.
  const used = new Set<string>();
  for (const word of [...shipped.keys(), ...nameKeys.map((n) => n.key)])
    if (word.length > 1) for (const ch of word) used.add(ch);
  for (const [ch] of singles) if (!used.has(ch)) shipped.delete(ch);
  return shipped;
}

/**
 * Each word that contains the name, ends with a beginning of it or starts with an ending of it,
 * once: a word is taken under the way it meets the name that the slicing reads first
 * (containment, then its end on the name's start, then its start on the name's end).
 */
function* candidatesFor(source: WordSource, key: string): Generator<Word> {
  for (const w of source.withPair(key.slice(0, 2))) if (w.word.includes(key)) yield w;
  for (let k = 1; k < key.length; k++)
    for (const w of source.endingWith(key[k - 1]!)) if (!w.word.includes(key) && overlap(w.word, key) === k) yield w;
  for (let k = 1; k < key.length; k++)
    for (const w of source.startingWith(key[key.length - k]!))
      if (!w.word.includes(key) && !overlap(w.word, key) && overlap(key, w.word) === k) yield w;
}

/** Length of the longest proper overlap of a's end with b's start (0: none). */
function overlap(a: string, b: string): number {
  // Compared by code unit, without slicing: the reader's names ask this millions of times.
  next: for (let k = Math.min(a.length, b.length) - 1; k >= 1; k--) {
    const from = a.length - k;
    for (let i = 0; i < k; i++) if (a.charCodeAt(from + i) !== b.charCodeAt(i)) continue next;
    return k;
  }
  return 0;
}

/** A word source over log probabilities: words of 2 to MAX_WORD_LENGTH characters at least `minLogp` are candidates. */
export function wordSource(logp: ReadonlyMap<string, number>, minLogp: number): WordSource {
  const byPair = new Map<string, Word[]>();
  const byLast = new Map<string, Word[]>();
  const byFirst = new Map<string, Word[]>();
  const add = (index: Map<string, Word[]>, at: string, entry: Word) => {
    const list = index.get(at);
    if (list) list.push(entry);
    else index.set(at, [entry]);
  };
  const singles: Array<[string, number]> = [];
  for (const [word, p] of logp) {
    if (word.length === 1) singles.push([word, p]);
    if (word.length < 2 || word.length > MAX_WORD_LENGTH || p < minLogp) continue;
    const entry = { word, logp: p };
    for (const pair of new Set(Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2))))
      add(byPair, pair, entry);
    add(byLast, word[word.length - 1]!, entry);
    add(byFirst, word[0]!, entry);
  }
  singles.sort((a, b) => b[1] - a[1]);
  const none: Word[] = [];
  return {
    logp: (word) => logp.get(word),
    withPair: (pair) => byPair.get(pair) ?? none,
    endingWith: (ch) => byLast.get(ch) ?? none,
    startingWith: (ch) => byFirst.get(ch) ?? none,
    singles,
  };
}

/** Decodes a shipped lexicon or word table into word → log probability. */
export function lexiconCosts(data: LexiconData): Map<string, number> {
  const costs = new Map<string, number>();
  data.forEach((bucket, i) => {
    if (bucket) for (const word of bucket.split(' ')) if (word) costs.set(word, -i / COST_SCALE);
  });
  return costs;
}
