/**
 * Rules of page construction found on the fifth development set (sites-5): each with the lines that
 * must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pageMetadata, shownHeadline } from '../../lib/corpus/page-metadata';
import { document, furniture, LEAD, line, SECOND } from '../fixtures/page-construction';

describe('a columnist’s note, a breadcrumb and a dated 发自 byline', () => {
  it('drops them', () => {
    for (const text of [
      '（作者為本地科技公司創辦人）',
      '（作者系资深媒体人，长期关注半导体产业）',
      '(作者现为某大学经济系教授)',
      '当前位置：首页 > 专栏 > 正文',
      '您的位置：某某之家 > 新闻 > 评测 > 正文',
      '首页 > 科技 > 正文',
      '端傳媒記者 何思穎 發自台北 2023-11-30',
      '某某 发自 凹非寺',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences with the same words', () => {
    for (const text of [
      '作者为此走访了十多家代工厂，发现新产线的良率仍在爬坡。',
      '（作者为这篇报道采访了二十多位工程师。）他们大多认为，良率还要一年才能追上。',
      '他说，公司当前位置在行业第二，明年的目标是追上第一。',
      '首页/推荐页改版带来的变化',
      '首页改版之后，用户停留时间增加了两成，广告收入也随之上升。',
      '这些话都发自内心，他说，自己从没想过离开这家公司。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe('a standfirst under the headline', () => {
  const DECK = '从一个低调的研究预览到每周一亿用户，它用一年时间重塑了科技业的版图。';
  it('is not body when the header holds it alone and the body sits in a block of its own', () => {
    const html = `<div class="head"><h1>某产品一周年</h1><p>${DECK}</p><div class="by">某某</div></div>
      <div class="content"><p>${LEAD}</p><p>${SECOND}</p></div>`;
    expect(line(html, DECK)?.summary).toBe(true);
    expect(line(html, LEAD)?.summary).toBe(false);
  });

  it('stays body in a post whose headline and paragraphs share one block, or when it is long', () => {
    expect(line(`<div><h1>某产品一周年</h1><p>${LEAD}</p><p>${SECOND}</p></div>`, LEAD)?.summary).toBe(false);
    const long = LEAD + SECOND + LEAD;
    const html = `<div class="head"><h1>某产品一周年</h1><p>${long}</p></div><div><p>${LEAD}</p><p>${SECOND}</p></div>`;
    expect(line(html, long)?.summary).toBe(false);
    // A flash item: the headline and its one paragraph, nothing else of length on the page.
    expect(line(`<div><h1>某产品一周年</h1><p>${DECK}</p></div><footer><p>版权所有</p></footer>`, DECK)?.summary).toBe(
      false,
    );
  });
});

describe('a page without an <h1>', () => {
  const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

  it('finds its byline date and its writer’s link under a headline set in an <h3> or a <div>', () => {
    const div = page(
      '<title>某手机评测：轻了19克 - 某某之家</title>',
      `<div class="bt">某手机评测：轻了19克</div><div class="info">2023-09-21 21:00:05\u3000出处：某某之家\u3000作者：秦淮</div><p>${LEAD}</p>`,
    );
    expect(pageMetadata(document(div)).date).toBe('2023-09-21T21:00');
    const h3 = page(
      '<title>陈某：一部手机的意义</title><link rel="canonical" href="https://www.example.cn/ChenMou/2023_09_05_707316.shtml">',
      `<div class="main"><h3>陈某：一部手机的意义</h3><div class="intro"><p><a href="/ChenMou">陈某</a></p></div><p>${LEAD}</p></div>`,
    );
    expect(pageMetadata(document(h3)).author).toBe('陈某');
  });

  it('takes no sentence of the body, and no short word, for the headline', () => {
    expect(
      shownHeadline(document(page('<title>某公司发布新模型</title>', `<p>${LEAD}</p><div>某公司</div>`))),
    ).toBeNull();
    const shown = shownHeadline(
      document(page('<title>某公司发布新模型 - 某某网</title>', `<div>某公司发布新模型</div><p>${LEAD}</p>`)),
    );
    expect(shown?.textContent).toBe('某公司发布新模型');
  });
});

describe('the site named by its logo, the writer by a reprint credit', () => {
  const page = (logo: string, extra = '') =>
    `<html><head><title>某公司发布新模型</title><link rel="canonical" href="https://www.example.cn/tech/2024/1.html"></head>
      <body><div class="header">${logo}</div><h1>某公司发布新模型</h1>${extra}<p>${LEAD}</p></body></html>`;

  it('names the site by the logo linking to its home page when nothing else does', () => {
    expect(pageMetadata(document(page('<a class="logo" href="https://www.example.cn/">某某网</a>'))).site).toBe(
      '某某网',
    );
    expect(pageMetadata(document(page('<a class="logo" href="/"><img src="l.png" alt="某某网"></a>'))).site).toBe(
      '某某网',
    );
  });

  it('takes no section link, home word or other site for the site', () => {
    expect(pageMetadata(document(page('<a class="logo" href="/tech/">科技</a>'))).site).toBeNull();
    expect(pageMetadata(document(page('<a class="logo" href="/">首页</a>'))).site).toBeNull();
    expect(
      pageMetadata(document(page('<a class="logo" href="https://other.example.com/">别家网</a>'))).site,
    ).toBeNull();
  });

  it('names the writer a reprint credit over the lead names, over the account that posted it', () => {
    const html = page(
      '',
      '<a class="author-name" href="/author/x">产业观察社</a><div class="note">本文来自微信公众号“产业观察社”，作者：周晴，某某经授权发布。</div>',
    );
    expect(pageMetadata(document(html)).author).toBe('周晴');
    expect(pageMetadata(document(page('', '<a class="author-name" href="/author/x">王小明</a>'))).author).toBe(
      '王小明',
    );
  });

  it('takes no breadcrumb section for the writer', () => {
    const html = page(
      '',
      '<div id="breadcrumb"><a href="/tech">科技频道</a></div><span class="author">作者：<a href="/author/wzy">黄志远</a></span>',
    );
    expect(pageMetadata(document(html)).author).toBe('黄志远');
  });
});
