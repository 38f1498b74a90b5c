/**
 * Rules of page construction found on the eighth development set (sites-8): each with the lines that
 * must go and the sentences that must stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../lib/corpus/article-text';
import { splitDateline } from '../../lib/corpus/dateline';
import { foldText } from '../../lib/text/convert';
import { furniture, LEAD, line, SECOND } from '../fixtures/page-construction';

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
