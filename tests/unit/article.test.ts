import { describe, expect, it } from 'vitest';
import { ArticleFormatError, parseArticle, serializeArticle } from '../../lib/corpus/article';
import { importRawArticle } from '../../lib/corpus/import';
import { foldText, toTraditionalChars } from '../../lib/text/convert';

const good = `---
id: sample
title: 标题
site: 本站
date: 2023-08-12T15:00
dateSource: stated in the byline
script: zh-Hans
---

第一段。

第二段,
续行。
`;

describe('article files', () => {
  it('parse front matter and paragraphs', () => {
    const a = parseArticle(good, 'sample.md');
    expect(a).toMatchObject({
      id: 'sample',
      title: '标题',
      datePrecision: 'minute',
      script: 'zh-Hans',
      titleDerived: false,
      url: null,
    });
    expect(a.paragraphs).toEqual(['第一段。', '第二段,续行。']);
  });

  it('round-trip through serialize', () => {
    const a = parseArticle(good, 'sample.md');
    expect(parseArticle(serializeArticle(a), 'again.md')).toEqual(a);
  });

  it('name the file and the problem when malformed', () => {
    expect(() => parseArticle('no front matter', 'x.md')).toThrow(/x\.md: missing front matter/);
    expect(() => parseArticle(good.replace('2023-08-12T15:00', 'last week'), 'x.md')).toThrow(ArticleFormatError);
    expect(() => parseArticle(good.replace('script: zh-Hans', 'script: latin'), 'x.md')).toThrow(/script/);
    expect(() => parseArticle(good.replace('id: sample', 'id: "Not OK"'), 'x.md')).toThrow(/id/);
    expect(() => parseArticle(good.replace('title: 标题\n', ''), 'x.md')).toThrow(/"title"/);
  });
});

describe('importRawArticle', () => {
  const options = { id: 'raw', seed: 'raw.txt', repairs: [], foldLine: foldText, toTraditional: toTraditionalChars };

  it('takes a short first line as the title and reads the byline', () => {
    const raw =
      '大模型的混沌年代:矛盾、分化與未來\n\n2023-08-12 15:00 巴比特\n\n經歷了大半年的狂飆,中國大模型行業進入了一個新的周期。\n地址:https://example.com/a.html';
    const { article } = importRawArticle(raw, options);
    expect(article).toMatchObject({
      title: '大模型的混沌年代：矛盾、分化與未來',
      titleDerived: false,
      date: '2023-08-12T15:00',
      site: '巴比特',
      url: 'https://example.com/a.html',
      script: 'zh-Hant',
    });
    expect(article.paragraphs).toEqual(['經歷了大半年的狂飆，中國大模型行業進入了一個新的周期。']);
  });

  it('marks a derived title when the source has none, and detects Simplified', () => {
    const raw =
      '力大飞砖卷研发,到向下竞低卷价格,全球视野下的大模型与生成式AI已然走过创新扩散的兴趣阶段,行至社会评估其创新可行性的卡点。\n第二段说明这个问题。\n2024-10-14 03:26:01回复';
    const { article, report } = importRawArticle(raw, options);
    expect(article.titleDerived).toBe(true);
    expect(article.script).toBe('zh-Hans');
    expect(article.date).toBeNull();
    expect(report.boilerplateLines).toEqual(['2024-10-14 03:26:01回复']);
  });
});
