import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../lib/notes/markdown';

describe('light Markdown for notes', () => {
  it('parses paragraphs, lists, quotes, emphasis, code and web links', () => {
    const blocks = parseMarkdown('**字节**发布了*豆包*\n\n- 价格 `0.0008`\n- 见 [原文](https://36kr.com/p/1)\n> 引用');
    expect(blocks.map((b) => b.type)).toEqual(['p', 'li', 'li', 'quote']);
    expect(blocks[0]!.inlines).toEqual([
      { type: 'strong', text: '字节' },
      { type: 'text', text: '发布了' },
      { type: 'em', text: '豆包' },
    ]);
    expect(blocks[1]!.inlines[1]).toEqual({ type: 'code', text: '0.0008' });
    expect(blocks[2]!.inlines[1]).toEqual({ type: 'link', text: '原文', href: 'https://36kr.com/p/1' });
  });

  it('keeps HTML and script links as plain text', () => {
    const blocks = parseMarkdown('<img src=x onerror=alert(1)> [点我](javascript:alert(1))');
    expect(blocks[0]!.inlines.every((i) => i.type === 'text')).toBe(true);
    expect(blocks[0]!.inlines.map((i) => i.text).join('')).toBe(
      '<img src=x onerror=alert(1)> [点我](javascript:alert(1))',
    );
  });
});
