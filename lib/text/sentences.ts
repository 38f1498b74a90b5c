/**
 * Sentence splitting for Chinese news text. A sentence ends at 。！？!? or ；; (and … at the end
 * of a quote), with closing quotes and brackets kept on the sentence they close. Text inside
 * 《》 titles never splits. Offsets are into the paragraph.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"]);

export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let titleDepth = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    if (ch === '《') titleDepth++;
    else if (ch === '》') titleDepth = Math.max(0, titleDepth - 1);
    if (titleDepth > 0 || !TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < paragraph.length && (TERMINATORS.has(paragraph[end]!) || CLOSERS.has(paragraph[end]!))) end++;
    push(paragraph, start, end, sentences);
    start = end;
    i = end - 1;
  }
  push(paragraph, start, paragraph.length, sentences);
  return sentences;
}

function push(paragraph: string, start: number, end: number, into: Sentence[]): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) into.push({ text, start: start + lead, end: start + lead + text.length });
}

/** Clauses inside a sentence (split at commas and colons), with offsets into the sentence. */
export function splitClauses(sentence: string): Sentence[] {
  const clauses: Sentence[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if ('《“「(（'.includes(ch)) depth++;
    else if ('》”」)）'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ',，:：'.includes(ch)) {
      push(sentence, start, i + 1, clauses);
      start = i + 1;
    }
  }
  push(sentence, start, sentence.length, clauses);
  return clauses;
}
