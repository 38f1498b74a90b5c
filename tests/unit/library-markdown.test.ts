import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportArticleMarkdown } from '../../lib/library/markdown-export';
import { noteRecord } from '../fixtures/note-record';
import { claimRecord, savedArticle } from '../fixtures/saved-article';
import { dangerousMarkdown, htmlElements, markdownPayloadText } from './markdown-safety';

const PAYLOAD = '<img src=x onerror=alert(1)> [点我](javascript:alert(2)) ![t](https://t.example/p.png)\n```js\nx\n```';

describe('Markdown export of a saved article', () => {
  const article = savedArticle(1, {
    title: `标题 ${PAYLOAD}`,
    author: '<b>王</b>',
    paragraphs: ['# 不是标题', PAYLOAD, '正常的段落。'],
    claims: [
      claimRecord('lib:00000001', ['user:xinghe'], '星河智能发布了新模型。'),
      { ...claimRecord('lib:00000001', ['user:xinghe'], `据称${PAYLOAD}`), modality: 'reported' },
    ],
  });
  const notes = [
    noteRecord({ id: 'a', url: article.url, body: '**要点** [原文](https://news.example.com/a/1)', createdAt: 2 }),
    noteRecord({ id: 'b', url: article.url, body: PAYLOAD, createdAt: 1 }),
    noteRecord({ id: 'c', url: 'https://other.example/', body: '别的页面' }),
  ];
  const md = exportArticleMarkdown(article, notes, { entityName: (id) => (id === 'user:xinghe' ? '星河智能' : id) });

  it('holds the metadata, the claims with their tags, the notes on its page and the text', () => {
    expect(md).toMatch(/^# \[标题 .*\]\(https:\/\/news\.example\.com\/a\/1\)$/m);
    expect(md).toContain('*示例新闻 · &lt;b&gt;王&lt;/b&gt; · 2024-03-05 · saved ');
    expect(md).toContain('Entities: 星河智能、bytedance');
    expect(md).toContain('- 星河智能发布了新模型。 *(launch, 2024-03-05)*');
    expect(md).toMatch(/^- 据称.* \*\(launch, reported, 2024-03-05\)\*$/m);
    expect(md).toContain('**要点** [原文](https://news.example.com/a/1)');
    expect(md).not.toContain('别的页面');
    // Notes in the order they were written; the text after them, a "#" line staying text.
    expect(md.indexOf('&lt;img src=x onerror=alert(1)&gt; \\[点我\\]')).toBeLessThan(md.indexOf('**要点**'));
    expect(md).toContain('\\# 不是标题');
    expect(md.indexOf('## Text')).toBeGreaterThan(md.indexOf('## Notes'));
  });

  it('runs and loads nothing, as Markdown or as HTML, whatever the page held', () => {
    expect(dangerousMarkdown(md)).toEqual([]);
    expect(htmlElements(md)).toEqual([]);
    expect(exportArticleMarkdown({ ...article, url: 'javascript:alert(1)' }, [])).toMatch(/^# 标题/);
  });

  it('holds for any text in title, paragraphs and claims (property)', () => {
    const text = markdownPayloadText;
    fc.assert(
      fc.property(text, text, text, (title, paragraph, claim) => {
        const out = exportArticleMarkdown(
          savedArticle(2, {
            title,
            paragraphs: [paragraph],
            claims: [claimRecord('lib:2', ['x'], claim)],
          }),
          [],
        );
        expect(dangerousMarkdown(out)).toEqual([]);
        expect(htmlElements(out)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
