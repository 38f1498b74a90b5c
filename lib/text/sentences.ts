/**
 * Sentence splitting for Chinese news text. A sentence ends at 。！？!? or ；; (and … at the end
 * of a quote), with closing quotes and brackets kept on the sentence they close, and after a
 * 【headline】 that opens a paragraph. Text inside 《》 titles never splits. Offsets are into the paragraph.
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
    // "【X发布Y】据悉，…": a headline in 【】 opening a digest's item is a sentence of its own; the
    // item's first sentence starts after it.
    if (ch === '】' && titleDepth === 0 && paragraph.slice(start, i).trimStart().startsWith('【')) {
      push(paragraph, start, i + 1, sentences);
      start = i + 1;
      continue;
    }
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

/** A comma grouping a number's digits by thousands ("9,000万", "1,234,567"), at `i`. */
function digitGroupComma(sentence: string, i: number): boolean {
  return sentence[i] === ',' && /\d/.test(sentence[i - 1] ?? '') && /^\d{3}(?!\d)/.test(sentence.slice(i + 1, i + 5));
}

/**
 * Clauses inside a sentence (split at commas and colons, not at the comma inside a number), with
 * offsets into the sentence.
 */
export function splitClauses(sentence: string): Sentence[] {
  const clauses: Sentence[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if ('《“「(（'.includes(ch)) depth++;
    else if ('》”」)）'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ',，:：'.includes(ch) && !digitGroupComma(sentence, i)) {
      push(sentence, start, i + 1, clauses);
      start = i + 1;
    }
  }
  push(sentence, start, sentence.length, clauses);
  return clauses;
}
