/**
 * Build time: the slice of a general Chinese word list (jieba's dict.txt, "word freq tag" per
 * line) that the content script needs to tell word boundaries around the gazetteer's names
 * (lib/match/segment.ts). Only words that cross a name's start or end (北京 and 东三环 around
 * 京东) or contain it, that are common enough to win a segmentation, and the most frequent single
 * characters (so the other reading can be spelled out in words). Shipping the whole list (349k
 * words) would make the content script ten times its budget.
 */
import { encodeLexicon, isHanCode, losesToSegmentation, NAME_COST, type LexiconData, type WordCosts } from '../match/segment';

export interface LexiconName {
  /** Folded name. */
  key: string;
  /** An ambiguous name also loses to words that start with it (苹果汁 for 苹果). */
  ambiguous: boolean;
}

/** Words rarer than this never win against a name on a news page. */
const MIN_WORD_FREQ = 100;
const MAX_WORD_LENGTH = 4;
/** Single characters shipped: the most frequent ones (function words, common morphemes). */
const SINGLE_CHARACTERS = 400;
/** Names longer than this are specific enough that a crossing word is no threat. */
const MAX_CHECKED_NAME = 3;

interface Word {
  word: string;
  logp: number;
}

function isHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Log probabilities of the Han words in a word list, against the count of all its words. */
export function parseWordList(text: string): { logp: Map<string, number>; total: number } {
  const freq = new Map<string, number>();
  let total = 0;
  for (const line of text.split('\n')) {
    const [word, count] = line.split(' ');
    const n = Number(count);
    if (!word || !Number.isFinite(n) || n <= 0) continue;
    total += n;
    if (isHan(word)) freq.set(word, (freq.get(word) ?? 0) + n);
  }
  const logp = new Map<string, number>();
  for (const [word, n] of freq) logp.set(word, Math.log(n / total));
  return { logp, total };
}

/**
 * The lexicon slice for these names. `excluded` are strings that must not become words (other
 * names and blockers: they are the matcher's business). A word is kept only if, in the text made
 * of it and the name alone, it would make the name lose (with the cheapest single characters
 * around): a word that cannot win there cannot win anywhere.
 */
export function buildLexicon(wordList: string, names: readonly LexiconName[], excluded: ReadonlySet<string>): LexiconData {
  const { logp, total } = parseWordList(wordList);
  const minLogp = Math.log(MIN_WORD_FREQ / total);
  const singles = [...logp].filter(([w]) => w.length === 1).sort((a, b) => b[1] - a[1]).slice(0, SINGLE_CHARACTERS);
  const words: Word[] = [];
  const byChar = new Map<string, Word[]>();
  for (const [word, p] of logp) {
    if (word.length < 2 || word.length > MAX_WORD_LENGTH || p < minLogp) continue;
    if (excluded.has(word)) continue;
    const entry = { word, logp: p };
    words.push(entry);
    for (const ch of new Set(word)) {
      const list = byChar.get(ch) ?? [];
      list.push(entry);
      byChar.set(ch, list);
    }
  }
  const base = new Map<string, number>(singles);
  const nameKeys = names.filter((n) => n.key.length >= 2 && n.key.length <= MAX_CHECKED_NAME && isHan(n.key));
  for (const { key } of nameKeys) {
    const p = logp.get(key);
    if (p !== undefined && p > NAME_COST) base.set(key, p);
  }
  const shipped = new Map(base);
  for (const { key, ambiguous } of nameKeys) {
    const candidates = new Set<Word>();
    for (const ch of new Set(key)) for (const w of byChar.get(ch) ?? []) candidates.add(w);
    for (const { word, logp: p } of candidates) {
      if (word === key || p < minLogp) continue;
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
      const restLogp = logp.get(rest);
      // Shipped only if, in the text made of it and the name, it weighs against the name at all
      // (it may need a word on the name's other side to make it lose: 温度 and 加热 around 度加).
      const costs: WordCosts = {
        maxLength: MAX_WORD_LENGTH,
        cost: (w) => (w === word ? p : w === rest ? restLogp : base.get(w)),
      };
      const text = at >= 0 ? word : word.endsWith(key[0]!) ? word + key.slice(overlap(word, key)) : key + word.slice(overlap(key, word));
      const start = text.indexOf(key);
      if (!losesToSegmentation(text, start, start + key.length, costs, 0)) continue;
      shipped.set(word, p);
      if (restLogp !== undefined) shipped.set(rest, restLogp);
    }
  }
  // Single characters matter only where they can sit in a window: in a name or a shipped word.
  const used = new Set<string>();
  for (const word of [...shipped.keys(), ...nameKeys.map((n) => n.key)]) if (word.length > 1) for (const ch of word) used.add(ch);
  for (const [ch] of singles) if (!used.has(ch)) shipped.delete(ch);
  return encodeLexicon(shipped);
}

/** Length of the longest proper overlap of a's end with b's start (0: none). */
function overlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length) - 1; k >= 1; k--) if (a.endsWith(b.slice(0, k))) return k;
  return 0;
}
