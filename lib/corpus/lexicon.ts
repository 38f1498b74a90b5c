/**
 * Build time: the slices of a general Chinese word list (jieba's dict.txt, "word freq tag" per
 * line) that word boundaries around names need (lib/match/segment.ts).
 * - The bundled names' lexicon, which the content script ships: only words that cross a name's
 *   start or end or contain it, common enough to win a segmentation, and the most frequent
 *   single characters (lib/match/crossing-words.ts). Shipping the whole list (349k words) would
 *   make the content script ten times its budget.
 * - The word table the background keeps to slice the same for the reader's names when they
 *   change: every word common enough to win (about 31,000 of 2–4 characters) and every single
 *   character as common, about 260 KB, never sent to a page.
 */
import { encodeLexicon, type LexiconData } from '../match/segment';
import { crossingWords, isHan, MAX_WORD_LENGTH, MIN_WORD_FREQ, wordSource, type LexiconName } from '../match/crossing-words';

export type { LexiconName } from '../match/crossing-words';

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

/** The lexicon slice for these names. `excluded` are strings that must not become words (other names and blockers). */
export function buildLexicon(wordList: string, names: readonly LexiconName[], excluded: ReadonlySet<string>): LexiconData {
  const { logp, total } = parseWordList(wordList);
  return encodeLexicon(crossingWords(wordSource(logp, Math.log(MIN_WORD_FREQ / total)), names, excluded));
}

/** Every word of the list common enough to win a segmentation, single characters included: the background's table. */
export function buildWordTable(wordList: string): LexiconData {
  const { logp, total } = parseWordList(wordList);
  const minLogp = Math.log(MIN_WORD_FREQ / total);
  const kept = new Map([...logp].filter(([word, p]) => p >= minLogp && word.length <= MAX_WORD_LENGTH));
  return encodeLexicon(kept);
}
