/**
 * Rules of page construction found on the sixth development set (sites-6): each with the lines that
 * must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import { BODY, document, importedArticle, LEAD, line, lines, newsPage, SECOND } from '../fixtures/page-construction';

describe('a spec sheet whose values list a few specs', () => {
  it('marks the cells of a two-column sheet with a longer value', () => {
    const value = '6.1 吋 Super Retina XDR，ProMotion 120Hz，2,000 尼特峰值亮度';
    const sheet = `<table><tr><td>螢幕</td><td>${value}</td></tr><tr><td>重量</td><td>187g</td></tr></table>`;
    expect(line(`<p>${LEAD}</p>${sheet}<p>${SECOND}</p>`, value)).toMatchObject({ tableCell: true });
  });

  it('keeps a table whose cells are sentences, or longer than a list of values', () => {
    const long = `${LEAD.slice(0, 30)}${SECOND.slice(0, 40)}`.replace(/[。！？]/g, '');
    const prose = `<table><tr><td>第一季度</td><td>${long}</td></tr><tr><td>第二季度</td><td>营收持平</td></tr></table>`;
    expect(line(prose, long)).toMatchObject({ tableCell: false });
    const sentence = `<table><tr><td>第一季度</td><td>${SECOND}</td></tr><tr><td>第二季度</td><td>营收持平</td></tr></table>`;
    expect(line(sentence, SECOND)).toMatchObject({ tableCell: false });
  });
});

describe('an embedded post from another platform', () => {
  const tweet =
    '<blockquote class="twitter-tweet"><p lang="en">We’re excited to introduce our most capable model yet.</p>— Someone (@someone) <a href="https://twitter.com/someone/status/1">December 6, 2023</a></blockquote>';

  it('is not body: the post’s text and its signature line go, the story around it stays', () => {
    const article = importedArticle(newsPage(tweet, 'middle'));
    expect(article.paragraphs).toEqual(BODY);
    for (const embed of [
      '<blockquote class="instagram-media"><p>A post shared by 某某 (@mou)</p></blockquote>',
      '<blockquote class="text-post-media"><p>今天发布新产品，欢迎大家试用</p></blockquote>',
      '<div class="weibo-embed"><p>今天发布新产品</p></div>',
    ])
      expect(importedArticle(newsPage(embed, 'middle')).paragraphs, embed).toEqual(BODY);
  });

  it('keeps a quote the story sets in a plain blockquote, and a container named embedded', () => {
    const quote = '他在社交媒体上写道：“我们会在明年推出更强的版本，开发者可以免费试用三个月，企业版另行定价。”';
    expect(importedArticle(newsPage(`<blockquote>${quote}</blockquote>`, 'middle')).paragraphs).toContain(quote);
    const about = `<div class="embedded-systems"><p>${quote}</p></div>`;
    expect(importedArticle(newsPage(about, 'middle')).paragraphs).toContain(quote);
    // A whole article in a block an embed's name would fit is the article, not an embed.
    const article = [...BODY, ...BODY, ...BODY].map((p) => `<p>${p}</p>`).join('');
    expect(lines(`<div class="post-embed">${article}</div>`).some((l) => l.embed)).toBe(false);
  });
});

describe('an author card beside the body on a page whose metadata names the author', () => {
  it('drops the card’s name, the line about the writer and its follow button', () => {
    for (const card of [
      '<div class="author-card"><img src="a.jpg" alt=""><p class="author-name">王小明</p><p>長期關注半導體與美股科技公司財報。</p></div>',
      '<div class="author_box"><div><b>王小明</b><p>某某新报记者，关注AI与新创生态。</p><a href="/author/1">+ 关注作者</a></div></div>',
      '<section class="article-byline"><span>王小明</span><span>2024-05-23 07:40</span></section>',
    ]) {
      const article = importedArticle(newsPage(card));
      expect(article.paragraphs, card).toEqual(BODY);
      expect(article.author).toBe('王小明');
    }
  });

  it('keeps a paragraph with an author’s name in an inline span, and a long block named so', () => {
    const inline = `<p>公司创始人<span class="author">王大同</span>在发布会上表示，新芯片已经开始量产，下季度开始向客户交货。</p>`;
    expect(importedArticle(newsPage(inline, 'middle')).paragraphs).toContain(
      '公司创始人王大同在发布会上表示，新芯片已经开始量产，下季度开始向客户交货。',
    );
    // A column's whole text in a block its CMS names after the columnist.
    const html = newsPage('').replace('<div class="content">', '<div class="content author-column">');
    expect(importedArticle(html).paragraphs).toEqual(BODY);
  });
});

describe('a self-media post that states no site or author in its metadata', () => {
  const post = (header: string, byline: string) =>
    `<html><head><title>某公司发布新模型，这一次能追上对手吗？</title></head><body>
      <header>${header}<nav><a href="https://www.example.cn/">要闻</a><a href="https://www.example.cn/user_interested">湃客</a></nav></header>
      <main><div class="left"><h1>某公司发布新模型，这一次能追上对手吗？</h1><div class="by">${byline}<span>2023-12-07 15:22</span></div>
      <div class="text"><p>${LEAD}</p><p>${SECOND}</p></div></div></main></body></html>`;
  const logo = '<a href="https://www.example.cn/"><img src="logo.png" alt="某某新闻"></a>';

  it('takes the site from the top bar’s home link that is only the logo’s image, and the writer from a profile link by id', () => {
    const meta = pageMetadata(document(post(logo, '<a href="https://www.example.cn/user_2291734">硅谷观察室</a>')));
    expect(meta.site).toBe('某某新闻');
    expect(meta.author).toBe('硅谷观察室');
    expect(pageMetadata(document(post(logo, '<a href="/author-268">吴品萱</a>'))).author).toBe('吴品萱');
  });

  it('takes no menu item that links home in words, and no link to a page of the site named like a profile', () => {
    const meta = pageMetadata(document(post('', '<a href="https://www.example.cn/user_guide">使用指南</a>')));
    expect(meta.site).toBeNull();
    expect(meta.author).toBeNull();
    // An image linking elsewhere than the site's home is a banner, not the logo.
    const banner = '<a href="https://ads.example.com/campaign"><img src="ad.png" alt="双十一大促"></a>';
    expect(pageMetadata(document(post(banner, ''))).site).toBeNull();
  });
});
