/**
 * Rules of page construction found on the eighth development set (sites-8): each with the lines that
 * must go and the sentences that must stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../lib/corpus/article-text';
import { splitDateline } from '../../lib/corpus/dateline';
import { importHtmlArticle } from '../../lib/corpus/html-import';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import { splitTitle } from '../../lib/corpus/site-title';
import { foldText } from '../../lib/text/convert';
import { document, furniture, LEAD, line, options, SECOND } from '../fixtures/page-construction';

describe('furniture lines inside the body', () => {
  it('drops a bilingual ad label and a plain-text menu between bars', () => {
    for (const text of [
      '廣告 Advertisement',
      '广告 Advertisement',
      '关于我们 | 广告服务 | 联系我们',
      '首頁｜新聞｜財經｜科技',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences about advertising, and a line with bars that is a sentence', () => {
    for (const text of [
      '广告 Advertisement 收入同比增长20%，占公司总营收的七成以上。',
      '这款产品分为标准版 | 高配版两种配置，售价相差一千元，高配版先行开售。',
      '他表示，关于我们的产品 | 服务 | 价格，市场上有很多误解，公司会逐一回应。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe('an editor’s lead-in box above the body', () => {
  const box = (cls: string) =>
    `<div class="${cls}"><b>【某某导读】</b>某公司发布视频生成模型，可生成一分钟的视频。</div><div class="content"><p>${LEAD}</p><p>${SECOND}</p></div>`;

  it('marks a summary-box or lead-box as a summary', () => {
    for (const cls of ['summary-box', 'lead-box', 'news_summary_wrap'])
      expect(line(box(cls), '【某某导读】某公司发布视频生成模型，可生成一分钟的视频。'), cls).toMatchObject({
        summary: true,
      });
  });

  it('keeps the body paragraphs beside it, and a box whose class only contains the word', () => {
    expect(line(box('lead-box'), LEAD)).toMatchObject({ summary: false });
    expect(line(box('summary-list-item'), '【某某导读】某公司发布视频生成模型，可生成一分钟的视频。')).toMatchObject({
      summary: false,
    });
  });
});

describe('a dateline with place, day and 讯', () => {
  const split = (text: string) => splitDateline(text, foldText(text));
  const lead = '当地时间3月1日，英伟达股价收涨4%，市值首次以收盘价站上2万亿美元关口。';

  it('splits "某某网北京3月2日讯 " off the lead as "…日电" is', () => {
    expect(split(`中国经济网北京3月2日讯 ${lead}`)).toMatchObject({ rest: lead, day: 2, month: 3 });
    expect(split(`某某网上海5日讯，${lead}`)).toMatchObject({ rest: lead, day: 5 });
  });

  it('keeps a lead whose day is followed by a word made with 讯', () => {
    expect(split('某公司3月2日讯飞合作发布会上宣布，将推出新款学习机。')).toBeNull();
    expect(split('某某网3月2日讯飞宣布，将推出新款学习机。')).toBeNull();
  });
});

describe('a byline written "by X"', () => {
  it('gives the name without the label', () => {
    expect(cleanByline('by Dennis')).toBe('Dennis');
    expect(cleanByline('By 王小明')).toBe('王小明');
  });

  it('keeps a name that starts with the letters', () => {
    expect(cleanByline('Byron')).toBe('Byron');
  });
});

describe('a site’s slogan after its name in the <title>', () => {
  const context = { siteNames: [], bylineNames: [], sections: new Set<string>(), shownHeadlines: [] };

  it('drops the slogan after a Chinese dash, so the name is the last tail', () => {
    expect(splitTitle('英伟达市值首次突破2万亿美元_某某经济网——国家经济门户', context, true)).toEqual({
      head: '英伟达市值首次突破2万亿美元',
      tails: ['某某经济网'],
    });
  });

  it('keeps a headline’s own dash', () => {
    expect(splitTitle('华为发布新机——鸿蒙终于独立了_某某网', context, true).head).toBe('华为发布新机——鸿蒙终于独立了');
    expect(splitTitle('华为发布新机——鸿蒙终于独立了', context, true).head).toBe('华为发布新机——鸿蒙终于独立了');
  });
});

describe('a column page: site and sections before the headline, a kicker over it, a name and time as the byline', () => {
  const column = (kicker: string, byline = '王小明 | 2024/02/05 16:45') =>
    `<html><head><title>某某網 - 專欄 - 科網追擊 - 蘋果頭戴裝置上市 空間運算能走多遠</title></head><body>
    <div class="hdr"><div class="column-name">${kicker}</div><h2>蘋果頭戴裝置上市 空間運算能走多遠</h2>
    <div class="author-line">${byline}</div></div>
    <div class="content"><p>${LEAD}</p><p>${SECOND}</p></div></body></html>`;

  it('takes the headline from the end of the <title>, the site from its start and the date from the byline row', () => {
    expect(pageMetadata(document(column('科網追擊')))).toMatchObject({
      title: '蘋果頭戴裝置上市 空間運算能走多遠',
      site: '某某網',
      date: '2024-02-05T16:45',
    });
  });

  it('reads no date from a dated sentence under the headline', () => {
    expect(
      pageMetadata(document(column('科網追擊', '他說，2024/02/05 16:45 的那場發布會改變了一切。'))).date,
    ).toBeNull();
  });

  it('drops the kicker with the headline, and keeps a lead-length first line', () => {
    expect(importHtmlArticle(column('科網追擊'), 'page.html', options).article.paragraphs).toEqual([LEAD, SECOND]);
    // A sentence before the headline is no kicker: it stays, and so does the headline after it.
    const sentence = '蘋果上週宣布，頭戴裝置在美國開賣。';
    const page = column('科網追擊').replace(
      `<div class="content"><p>`,
      `<div class="content"><p>${sentence}</p><p>蘋果頭戴裝置上市 空間運算能走多遠</p><p>`,
    );
    expect(importHtmlArticle(page, 'page.html', options).article.paragraphs[0]).toBe(sentence);
  });
});
