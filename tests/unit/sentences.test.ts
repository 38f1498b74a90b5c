import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../lib/text/sentences';

describe('splitSentences', () => {
  it('splits at sentence ends and keeps closing quotes with their sentence', () => {
    const p = '李彥宏也曾多次強調,“沒有應用,基礎模型一文不值。”然而,目前AI應用的發展還遠未達到。';
    const s = splitSentences(p);
    expect(s.map((x) => x.text)).toEqual([
      '李彥宏也曾多次強調,“沒有應用,基礎模型一文不值。”',
      '然而,目前AI應用的發展還遠未達到。',
    ]);
    for (const x of s) expect(p.slice(x.start, x.end)).toBe(x.text);
  });

  it('ends a 【headline】 opening a digest item as a sentence of its own, and only there', () => {
    const p = '【星辰科技或更换负责人】有媒体援引知情人士称，星辰科技正考虑调整管理层。';
    const s = splitSentences(p);
    expect(s.map((x) => x.text)).toEqual([
      '【星辰科技或更换负责人】',
      '有媒体援引知情人士称，星辰科技正考虑调整管理层。',
    ]);
    for (const x of s) expect(p.slice(x.start, x.end)).toBe(x.text);
    // A bracket inside a sentence is not a headline.
    expect(splitSentences('星辰科技发布了【Nova】模型。').map((x) => x.text)).toEqual(['星辰科技发布了【Nova】模型。']);
  });

  it('splits at semicolons and question marks, never inside 《》', () => {
    const p =
      '先是智譜,宣布完成了融資;緊接著,字節跳動推出了豆包。《“數據要素×”三年行動計劃(2024—2026年)?》發布了嗎?是的';
    expect(splitSentences(p).map((x) => x.text)).toEqual([
      '先是智譜,宣布完成了融資;',
      '緊接著,字節跳動推出了豆包。',
      '《“數據要素×”三年行動計劃(2024—2026年)?》發布了嗎?',
      '是的',
    ]);
  });
});

describe('splitClauses', () => {
  it('splits at commas outside quotes and titles, with offsets', () => {
    const s = '2019年,微軟向OpenAI注資10億美元,開創了“先河,與合作”的局面';
    const c = splitClauses(s);
    expect(c.map((x) => x.text)).toEqual(['2019年,', '微軟向OpenAI注資10億美元,', '開創了“先河,與合作”的局面']);
    for (const x of c) expect(s.slice(x.start, x.end)).toBe(x.text);
  });
});
