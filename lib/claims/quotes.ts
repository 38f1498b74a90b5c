/**
 * Quotations and quoted speakers: a sentence that is all quotation, a speaker before or after a
 * quote (“…”X说), a quote interrupted by its speaker, and the claim sentences and clauses a
 * paragraph's quotations cut it into.
 */
import { type Sentence, splitClauses, splitSentences } from '../text/sentences';
import type { Token } from './segment';
import { SPEECH_VERB } from './cues';
import { isVerb } from './words';
import { COMPARING } from './modifiers';

/**
 * How many quotations the text leaves open: opening marks less closing ones, in either script
 * (“…”, 「…」, 『…』). Above 0 after “A。 — the text ends inside a quotation; below 0 for 。B。” —
 * it starts inside one.
 */
export function openQuotations(text: string): number {
  return (text.match(/[“「『]/g)?.length ?? 0) - (text.match(/[”」』]/g)?.length ?? 0);
}

/**
 * Sentences for claims: a semicolon joins coordinate clauses that share their subject and frame
 * ("X营收为…；净利润为…"), so it ends a clause here, not a sentence.
 */
export function claimSentences(paragraph: string, folded: string): Sentence[] {
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

/** A quoted sentence, with its own full stop inside the marks: “今天只是一个新的起点。” */
export const QUOTED_SENTENCE = /^[“「『][^“”「」『』]{4,}[。！!][”」』]/;

/** A sentence that is one quotation and nothing else: “…。” or “…”。 */
export const QUOTATION_ONLY = /^[“「『][^“”「」『』]+[”」』][。！!]?$/;

/** The verbs that name who said a quotation beside them ("张明远说", "X补充道"). */
const QUOTING_VERB = '说|说道|表示|称|强调|坦言|指出|补充道|补充说|写道|透露';

/** A clause opening a sentence that only names who speaks: "X表示，", "X在声明中称：". */
export const LEADING_SPEAKER = new RegExp(`^[^“”「」『』，,。：:]{1,40}?(?:${QUOTING_VERB})[，,：:]`);

/** "张明远说。", "他补充道": a short clause that only names who said (or answered with) the quote before it. */
export const TRAILING_SPEAKER = new RegExp(`^[^“”「」，,。：:]{1,24}(?:${QUOTING_VERB}|回应)[。.！!]?$`);

/**
 * "…，IDC数据显示。", "…，据IDC统计。", "…，有第三方机构估算。", "…，據集邦調查。": a short last clause
 * naming the data or the report a sentence rests on (a lead, a source, a noun of data or a verb of
 * showing, estimating or reporting, and nothing after it) is its source, as a trailing speaker is.
 */
export const TRAILING_SOURCE =
  /^(?:而|另)?(?:据|根据|依据|有)?[^“”「」，,。：:；;]{1,20}?(?:(?:的)?(?:数据|资料|统计|报告|研报|调查|调研)(?:显示|指出|称|表明)?|显示|表明|统计|估算|测算|推算|估计|调查|报道|报导|分析)[。.！!]?$/;

/** "X说，“B。”" after a closing quote: the speaker of the quotation before, quoting on. */
const RESUMING_SPEAKER = new RegExp(`^[^“”「」『』，,。：:]{1,24}(?:${QUOTING_VERB})[，,：:][“「『]`);

/** "“A，”X说，“B。”": an opening quotation (group 1), its speaker (group 2), and the quotation going on. */
const INTERRUPTED_QUOTE = new RegExp(
  `^([“「『][^“”「」『』]+[”」』][，,]?)([^“”「」『』，,。：:]{1,24}(?:${QUOTING_VERB})[，,：:])(?=[“「『])`,
);

/** Clauses of a claim sentence: split at commas, colons and semicolons, and before a trailing speaker. */
export function claimClauses(sentence: string, folded: string): Sentence[] {
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

/** A name inside a quoted phrase (“中国有没有自己的ChatGPT”) is talked about, not acting. */
export function insideLongerQuote(tokens: Token[], i: number): boolean {
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
      // (“已接近X”, 「全面超越X」: quoted words that measure against the name with a verb of comparison
      // are a claimed comparison, X its standard, and no term.)
      if (depth > 0 && tokens.slice(k + 1, i).some((x) => COMPARING.test(x.word) || x.word === '接近')) return false;
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

/** Whether `at` is inside a 《title》. */
export function quotedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0);
}
