/**
 * paragraph.ts tags jieba's words once per claim sentence and reads the paragraph's words
 * (unknownParties) from them at paragraph offsets. That is the same as segmenting the whole
 * paragraph because a sentence ends at a mark jieba cuts its input at (。！？；, a closing quote or
 * bracket, 】). Paragraphs written for this test, with names jieba does not know.
 */
import { describe, expect, it } from 'vitest';
import { Segmenter } from '../../lib/claims/segment';
import { claimSentences } from '../../lib/claims/quotes';
import { unknownParties } from '../../lib/claims/unknown-parties';

const segmenter = new Segmenter(['星辰科技', '云海集团']);

const words = (text: string) => segmenter.words(text).filter((w) => w.word.trim() !== '');

function bySentence(text: string) {
  return claimSentences(text, text).flatMap((s) =>
    segmenter
      .words(text.slice(s.start, s.end))
      .map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start }))
      .filter((w) => w.word.trim() !== ''),
  );
}

const PARAGRAPHS = [
  '飞鸿航空昨日宣布裁员。瑞丰集团随后表示，将收购其30%股份！双方何时完成交易？目前尚无定论；知情人士称，交易额约为3.5亿元。',
  '【星辰科技发布新芯片】据悉，该芯片由Zentrix公司代工。“我们很满意。”星辰科技首席执行官说。',
  '云海集团的股价上涨了12%。  一家德国芯片公司（Bosfeld Inc）也宣布入局。瑞丰证券分析师认为“这并不意外”。',
];

describe('a paragraph’s jieba words, tagged sentence by sentence', () => {
  it('are the words of the whole paragraph, at the same offsets', () => {
    for (const text of PARAGRAPHS) expect(bySentence(text)).toEqual(words(text));
  });

  it('give unknownParties the same parties', () => {
    for (const text of PARAGRAPHS)
      expect(unknownParties(text, text, [], bySentence(text))).toEqual(
        unknownParties(text, text, [], segmenter.words(text)),
      );
  });
});
