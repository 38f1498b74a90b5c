import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../lib/notes/anchor';

const para = (i: number) => `第${i}段：字节跳动在本周发布了新的豆包模型，价格再次下调，行业竞争进一步加剧。`;

describe('anchoring a note quote', () => {
  it('finds a unique exact quote', () => {
    const text = [para(1), '阿里云则更新了通义千问，推理速度提升一倍。', para(2)].join('\n');
    const a = anchorQuote(text, { exact: '阿里云则更新了通义千问', prefix: '', suffix: '' })!;
    expect(a.exact).toBe(true);
    expect(text.slice(a.start, a.end)).toBe('阿里云则更新了通义千问');
  });

  it('chooses among repeats by context, then by position', () => {
    const text = '甲说：价格下调。乙说：价格下调。丙说：价格下调。';
    const byContext = anchorQuote(text, { exact: '价格下调', prefix: '乙说：', suffix: '。丙' })!;
    expect(byContext.start).toBe(text.indexOf('乙说：') + 3);
    const byPosition = anchorQuote(text, {
      exact: '价格下调',
      prefix: '',
      suffix: '',
      position: { start: 19, end: 23 },
    })!;
    expect(byPosition.start).toBe(19);
  });

  it('still finds a quote after the text moved (paragraphs reordered, position stale)', () => {
    const before = [para(1), '阿里云则更新了通义千问。', para(2), '结尾。'].join('\n');
    const quote = {
      exact: '阿里云则更新了通义千问',
      prefix: '加剧。\n',
      suffix: '。\n第2段',
      position: { start: before.indexOf('阿里云'), end: before.indexOf('阿里云') + 11 },
    };
    const after = [
      '新的导语放在最前面，篇幅很长很长很长。',
      '结尾。',
      para(2),
      para(1),
      '阿里云则更新了通义千问。',
    ].join('\n');
    const a = anchorQuote(after, quote)!;
    expect(after.slice(a.start, a.end)).toBe('阿里云则更新了通义千问');
  });

  it('finds a quote with small edits fuzzily', () => {
    const quote = { exact: '字节跳动在本周发布了新的豆包模型，价格再次下调', prefix: '', suffix: '' };
    const edited = '开头。字节跳动在本週发布了新的豆包大模型,价格再次下调。结尾。';
    const a = anchorQuote(edited, quote)!;
    expect(a.exact).toBe(false);
    expect(edited.slice(a.start, a.end)).toMatch(/^字节跳动.*下调$/);
  });

  it('returns null when the quote is gone, and for an empty quote', () => {
    const text = [para(1), para(2)].join('\n');
    expect(anchorQuote(text, { exact: '百度发布文心一言4.0版本', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(text, { exact: '  ', prefix: '', suffix: '' })).toBeNull();
  });

  it('anchors long quotes by their ends', () => {
    const long = Array.from({ length: 8 }, (_, i) => para(i)).join('');
    const text = `前言。${long.replace('第3段', '第三段')}后记。`;
    const a = anchorQuote(text, { exact: long, prefix: '', suffix: '' })!;
    expect(a.exact).toBe(false);
    expect(a.start).toBe(3);
    expect(a.end).toBe(text.length - 3);
  });

  it('handles a megabyte of text', () => {
    const text = para(0).repeat(27_000) + '目标句子就在这里。' + para(1);
    expect(text.length).toBeGreaterThan(1_000_000);
    const a = anchorQuote(text, { exact: '目标句子就在这里', prefix: '', suffix: '' })!;
    expect(text.slice(a.start, a.end)).toBe('目标句子就在这里');
    const fuzzy = anchorQuote(text, { exact: '目标句子就在那里', prefix: '', suffix: '' })!;
    expect(text.slice(fuzzy.start, fuzzy.end)).toMatch(/^目标句子就在.里$/);
  });
});
