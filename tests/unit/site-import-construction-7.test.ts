/**
 * Rules of page construction found on the seventh development set (sites-7): each with the lines that
 * must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../lib/corpus/dateline';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import { foldText } from '../../lib/text/convert';
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

describe('furniture lines inside the body', () => {
  it('drops an editor credit in lenticular brackets, an ad slot’s label and a review’s verdict box', () => {
    for (const text of [
      '【编辑:惠小东】',
      '【責任編輯：林美玲】',
      'Advertisement',
      'Sponsored',
      '贊助廣告',
      'PCM 評分：8.5/10　優點：鈦金屬機身、AI 翻譯實用　缺點：售價偏高',
      '总评 4.5 / 5',
      '綜合評價：9/10',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences about editors, advertising and scores', () => {
    for (const text of [
      '【编辑部观察】这家公司今年的研发投入同比增长三成，占营收比例创下新高，管理层称还会加码。',
      '他告诉编辑：这本书会在明年春天出版。',
      'Advertisement revenue rose 20% in the quarter.',
      '广告收入同比增长20%，占公司总营收的七成以上。',
      '這款手機在多家媒體的評分為8.5/10，高於上代。',
      '该模型在测试中的得分为85/100，明显领先于上一代产品。',
    ])
      expect(furniture(text), text).toBe(false);
  });

  it('imports the page without them, every paragraph kept', () => {
    const extras = ['<div class="adEditor">【编辑:惠小东】</div>', '<div class="ad ad-inread">Advertisement</div>'];
    for (const extra of extras) expect(importedArticle(newsPage(extra, 'middle')).paragraphs, extra).toEqual(BODY);
    const verdict = '<div class="score-box">某某 評分：8.5/10　優點：機身輕巧　缺點：售價偏高</div>';
    expect(importedArticle(newsPage(verdict)).paragraphs).toEqual(BODY);
  });
});

describe('a dateline that is a desk’s name and 讯', () => {
  const split = (text: string) => splitDateline(text, foldText(text));

  it('splits "e公司讯，" and "中证网讯，" off the lead', () => {
    const lead = '美东时间6月18日，英伟达股价收涨3.51%，总市值超越微软成为全球市值最高的上市公司。';
    expect(split(`e公司讯，${lead}`)).toMatchObject({ text: 'e公司讯，', rest: lead });
    expect(split(`中证网讯，${lead}`)).toMatchObject({ text: '中证网讯，', rest: lead });
  });

  it('keeps a lead that opens with a word ending in 讯, or names its source with 据', () => {
    for (const text of [
      '腾讯，阿里和百度三家公司今年的资本开支合计超过千亿元，其中大部分投向了算力。',
      '通讯，是这家公司过去十年最重要的业务，如今占营收不到三成。',
      '他闻讯，立即赶回了公司总部，召集管理层开会。',
      '据某某讯，这家公司将在下月发布新品。',
    ])
      expect(split(text), text).toBeNull();
  });
});

describe('a video player with its title line', () => {
  it('marks the title under a <video> as its caption', () => {
    const box =
      '<div class="video-box"><video src="a.mp4" controls></video><p class="video-title">视频：3分钟看完发布会</p></div>';
    expect(line(`<p>${LEAD}</p>${box}<p>${SECOND}</p>`, '视频：3分钟看完发布会')).toMatchObject({ caption: true });
    expect(importedArticle(newsPage(box, 'middle')).paragraphs).toEqual(BODY);
  });

  it('keeps a paragraph that sits beside a video in the same block', () => {
    const block = `<div><video src="a.mp4" controls></video><p>${SECOND}</p></div>`;
    expect(line(`<p>${LEAD}</p>${block}`, SECOND)).toMatchObject({ caption: false });
  });
});

describe('metadata a page states only by reference or in its breadcrumb trail', () => {
  const graph = (
    author: string,
  ) => `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"https://x.cn/#org","name":"某某科技"},
    {"@type":"Person","@id":"https://x.cn/#/schema/person/a","name":"ZeR0"},
    {"@type":"NewsArticle","headline":"某公司财报超预期","author":${author},"publisher":{"@id":"https://x.cn/#org"}}]}</script>
    </head><body><h1>某公司财报超预期</h1></body></html>`;

  it('reads the author and publisher a JSON-LD @graph names by @id', () => {
    const meta = pageMetadata(document(graph('{"@id":"https://x.cn/#/schema/person/a"}')));
    expect(meta).toMatchObject({ author: 'ZeR0', site: '某某科技' });
    expect(pageMetadata(document(graph('[{"@id":"https://x.cn/#/schema/person/a"}]'))).author).toBe('ZeR0');
  });

  it('takes no name for a reference to nothing on the page', () => {
    expect(pageMetadata(document(graph('{"@id":"https://x.cn/#/schema/person/b"}'))).author).toBeNull();
  });

  const trail = (crumbs: string, menu = '<a>首页</a> <a>新车</a>') =>
    document(`<html><head><title>某车型上市首日</title></head><body><div class="header">${menu}</div>
      <div class="breadcrumb">${crumbs}</div><h1>某车型上市首日</h1><p>${LEAD}</p></body></html>`);

  it('takes the site from a breadcrumb trail that starts at the site’s name', () => {
    expect(pageMetadata(trail('<a>汽车之家</a> &gt; <a>车家号</a> &gt; 正文')).site).toBe('汽车之家');
    expect(pageMetadata(trail('当前位置：某某网 » 专访 » 正文')).site).toBe('某某网');
  });

  it('takes no site from a trail that starts at 首页, or at a section the menu lists', () => {
    expect(pageMetadata(trail('<a>首页</a> &gt; <a>新车</a> &gt; 正文')).site).toBeNull();
    expect(pageMetadata(trail('<a>新车</a> &gt; <a>评测</a> &gt; 正文')).site).toBeNull();
    expect(pageMetadata(trail('<a>汽车之家</a>')).site).toBeNull();
  });
});

describe('a writer credited by a Latin pen name beside an editor', () => {
  const byline = (credits: string) =>
    document(`<html><head><title>对话某公司CEO | 某某科技</title></head><body><h1>对话某公司CEO：推理芯片的窗口期只有两年</h1>
      <div class="post-meta">${credits}<span class="time">2024-03-21 07:30</span></div><p>${LEAD}</p><p>${SECOND}</p></body></html>`);

  it('takes the writer’s line, not the editor’s', () => {
    expect(pageMetadata(byline('<span>作者 | ZeR0</span> <span>编辑 | 漠影</span>')).author).toBe('ZeR0');
    expect(pageMetadata(byline('<span>作者：Kelvin Leung</span> <span>编辑：漠影</span>')).author).toBe('Kelvin Leung');
  });

  it('still takes the editor’s line when it is the only credit, and no sentence for a name', () => {
    expect(pageMetadata(byline('<span>编辑 | 漠影</span>'))).toMatchObject({ author: '漠影', authorIsEditor: true });
    expect(
      pageMetadata(byline('<span>作者 | This is a sentence about the chip market.</span>')).author ?? '',
    ).not.toMatch(/sentence/);
  });
});
