/**
 * Rules of page construction found on the tenth development set (sites-10): each with the lines that
 * must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { REPORTER_LINE } from '../../lib/corpus/credit-lines';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import {
  BODY,
  document,
  furniture,
  importedArticle,
  LEAD,
  line,
  newsPage,
  SECOND,
} from '../fixtures/page-construction';

describe("an editor's note under its label", () => {
  it('drops it', () => {
    for (const text of [
      '編按：某公司海外布局進入收成期，新廠是第一座開幕的工廠。記者走訪當地，記錄一座小鎮如何迎接晶圓廠。',
      '编者按：人工智能的浪潮之下，算力成为新的石油。本报记者历时三个月调查了这门生意。',
      '【编者按】本文是“芯片观察”系列报道的第三篇。',
      '（编者注：本文作者为某研究院研究员。）',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences that speak of an editor’s note', () => {
    for (const text of [
      '这段编者按引起了不少读者讨论，有人认为它过于乐观。',
      '编者按语在报纸上很常见，他说，这是编辑和读者对话的方式。',
      '他在编者按中写道，这组报道花了记者三个月时间。',
      '（编者注：本文写于2023年）某公司今天宣布，新工厂将在明年投产，预计新增就业两千人。',
    ])
      expect(furniture(text), text).toBe(false);
  });

  it('imports the page without it, every paragraph kept', () => {
    const note = '<div class="note">編按：某公司海外布局進入收成期。記者走訪當地，記錄一座小鎮如何迎接新廠。</div>';
    expect(importedArticle(newsPage(note, 'middle')).paragraphs).toEqual(BODY);
  });
});

describe('a headline with an ideographic space', () => {
  const page = (h1: string) =>
    `<html><head><title>某公司新廠開幕\u3000小鎮的新日常 | 某某工程</title>
    <meta property="og:title" content="某公司新廠開幕\u3000小鎮的新日常"></head>
    <body><article><h1>${h1}</h1><div class="content"><p>${LEAD}</p><p>${SECOND}</p><p>${LEAD}${SECOND}</p></div></article></body></html>`;

  it('is the headline Readability kept, not a paragraph, however its space is written', () => {
    for (const h1 of ['某公司新廠開幕\u3000小鎮的新日常', '某公司新廠開幕 小鎮的新日常']) {
      const article = importedArticle(page(h1));
      expect(article.title).toBe('某公司新廠開幕\u3000小鎮的新日常');
      expect(article.paragraphs[0], h1).toBe(LEAD);
    }
  });
});

describe("a paper's credit line with its web address and the reporter's place", () => {
  it('drops it and reads the reporter', () => {
    for (const [text, names] of [
      ['某某时报（www.example.com.cn）记者 王小明 北京报道', '王小明'],
      ['某某經營報記者 張三 李四 上海報導', '張三 李四'],
      ['记者 欧阳明月 报道', '欧阳明月'],
    ] as const) {
      expect(furniture(text), text).toBe(true);
      expect(REPORTER_LINE.exec(text)?.[1], text).toBe(names);
    }
  });

  it('keeps sentences about reporters and reports', () => {
    for (const text of [
      '某某时报记者在北京报道了这场发布会，现场来了三百多人。',
      '记者 王小明 北京报道称，某公司将在明年上市。',
      '据某某时报（www.example.com.cn）报道，某公司已完成新一轮融资。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe("a forum script's profile link beside the headline", () => {
  const page = (href: string, where: 'header' | 'replies' = 'header') =>
    document(
      `<html><head><title>某手機開箱實測 - 某某論壇</title></head><body><div class="wrap">` +
        `<div class="heading"><h1>某手機開箱實測</h1>${where === 'header' ? `<div class="info"><a href="${href}">阿明</a> 2023-09-22 08:00</div>` : ''}</div>` +
        `<article><p>${LEAD}</p><p>${SECOND}</p></article>` +
        `${where === 'replies' ? `<div class="reply"><a href="${href}">阿明</a> 2023-09-22 09:13<br>寫得好</div>` : ''}</div></body></html>`,
    );

  it('names the writer when the id is in the query', () => {
    for (const href of [
      'https://forum.example.com/userinfo.php?id=2231459',
      '/member.php?u=12',
      'https://bbs.example.cn/home.php?mod=space&uid=5',
    ])
      expect(pageMetadata(page(href)).author, href).toBe('阿明');
  });

  it('names no one from a topic list, a search or a reply', () => {
    for (const href of [
      'https://forum.example.com/topiclist.php?f=383',
      '/search.php?q=阿明',
      '/forum.php?id=16',
      '/home.php?id=3',
    ])
      expect(pageMetadata(page(href)).author, href).toBeNull();
    expect(pageMetadata(page('/userinfo.php?id=2231459', 'replies')).author).toBeNull();
  });
});

describe('a key-points box under the headline', () => {
  const POINT_A = '★一台服务器的价格从年初的约100万元涨到200万元左右，还要全款预付。';
  const POINT_B = '★买不到卡的企业转向算力租赁，一些原本做挖矿的公司也闻风而动。';
  const page = (box: string) =>
    `<article><h1>某某生意调查</h1><div class="by">某某记者 王小明</div>${box}<div class="text"><p>${LEAD}</p><p>${SECOND}</p></div></article>`;

  it('is not body when its points sit between the header and the body’s own block', () => {
    for (const box of [
      `<div class="top"><p>${POINT_A}</p><p>${POINT_B}</p></div>`,
      `<ul><li>${POINT_A}</li><li>${POINT_B}</li></ul>`,
    ]) {
      expect(line(page(box), POINT_A)?.summary, box).toBe(true);
      expect(line(page(box), POINT_B)?.summary, box).toBe(true);
      expect(line(page(box), LEAD)?.summary, box).toBe(false);
    }
  });

  it('stays body inside the body’s block, without a shared mark, or when its items are paragraphs', () => {
    const inBody = `<article><h1>某某生意调查</h1><div class="text"><p>${LEAD}</p><div><p>${POINT_A}</p><p>${POINT_B}</p></div><p>${SECOND}</p></div></article>`;
    expect(line(inBody, POINT_A)?.summary).toBe(false);
    // A post whose headline, lead and list share one block: the list comes after the lead.
    const afterLead = `<div class="post"><h1>某某生意调查</h1><p>${LEAD}</p><ul><li>${POINT_A}</li><li>${POINT_B}</li></ul><p>${SECOND}</p></div>`;
    expect(line(afterLead, POINT_A)?.summary).toBe(false);
    const mixed = page(`<div class="top"><p>${POINT_A}</p><p>${POINT_B.replace('★', '●')}</p></div>`);
    expect(line(mixed, POINT_A)?.summary).toBe(false);
    const long = `★${LEAD}${SECOND}${LEAD}`;
    expect(line(page(`<div class="top"><p>${long}</p><p>${POINT_B}</p></div>`), long)?.summary).toBe(false);
    // A digest page: its marked items are the whole story, nothing else of length on the page.
    expect(
      line(`<article><h1>今日要闻</h1><div><p>${POINT_A}</p><p>${POINT_B}</p></div></article>`, POINT_A)?.summary,
    ).toBe(false);
  });
});

describe("readers' replies in a block named so", () => {
  const replies =
    '<div class="c-reply"><h3>回覆 (128)</h3><div class="reply"><b>tech_fan88</b> 2023-09-22 09:13<br>重量真的有感，終於不會手痠了</div>' +
    '<div class="reply"><b>moon_walker</b> 3小時前<br>等降價再說</div></div>';

  it('are not body', () => {
    expect(importedArticle(newsPage(replies)).paragraphs).toEqual(BODY);
    expect(
      importedArticle(newsPage(`<ul class="reply-list"><li>user1 10:42 写得好</li><li>user2 11:05 期待后续</li></ul>`))
        .paragraphs,
    ).toEqual(BODY);
  });

  it('stay body when the block holds no time it was posted, or most of the page', () => {
    const answer = '<div class="reply"><p>吴启明：最直接的变化是咨询量，客户询价比过去一个月还多。</p></div>';
    expect(importedArticle(newsPage(answer, 'middle')).paragraphs).toContain(
      '吴启明：最直接的变化是咨询量，客户询价比过去一个月还多。',
    );
    // A forum that files its first post as a reply too: only the menu and the thread's title come before it.
    const forum = `<html><head><title>某手機開箱實測 - 某某論壇</title></head><body><nav><a href="/">首頁</a><a href="/m">手機</a></nav><h1>某手機開箱實測</h1>
      <div class="reply"><b>阿明</b> 2023-09-22 08:00${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
      ${BODY.map((p, i) => `<div class="reply"><b>reader${i}</b> 2023-09-22 09:1${i}<p>回覆樓上：${p}</p></div>`).join('')}</body></html>`;
    expect(importedArticle(forum).paragraphs.slice(0, 4)).toEqual(BODY);
    const body = BODY.map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>某公司财报超预期 - 某某新报</title></head><body><h1>某公司财报超预期</h1><div id="reply-wrap">${body}<p>2024-05-23 07:40</p></div></body></html>`;
    expect(importedArticle(html).paragraphs.slice(0, 4)).toEqual(BODY);
  });
});
