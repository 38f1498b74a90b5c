/**
 * Rules of page construction found on the twelfth development set (sites-12): each with the lines that
 * must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../lib/corpus/clean';
import { splitDateline } from '../../lib/corpus/dateline';
import { normalizeDate, pageMetadata } from '../../lib/corpus/page-metadata';
import { foldText } from '../../lib/text/convert';
import { BODY, document, furniture, importedArticle, newsPage } from '../fixtures/page-construction';

describe('a date box whose parts are set apart by markup', () => {
  const page = (dateBox: string, caption = '') =>
    document(`<html><head><title>某部门发布通信业数据</title></head><body>
      ${dateBox}<div class="source">来源：某某网</div><h1>某部门发布通信业数据</h1>
      <div id="detail"><p>${BODY[0]}</p><p>${BODY[1]}</p>${caption}<p>${BODY[2]}</p></div></body></html>`);

  it('reads year, day and time from their own elements', () => {
    const box =
      '<div class="header-time"><span class="year"><em>2024</em></span><span class="day"><em>01</em>/<em>19</em></span><span class="time">16:12:45</span></div>';
    expect(pageMetadata(page(box)).date).toBe('2024-01-19T16:12');
  });

  it('reads the form with a dash before the month', () => {
    expect(normalizeDate('2024-01/19 16:12:45')).toBe('2024-01-19T16:12');
    expect(normalizeDate('2024 01/19')).toBe('2024-01-19');
  });

  it("takes the box's date over a caption's date in the body", () => {
    const box = '<div class="header-time"><span>2024</span><span>01/19</span><span>16:12:45</span></div>';
    const caption = '<p class="pic-note">这是在某市拍摄的基站（2023年10月12日摄）。某社记者 李某某 摄</p>';
    expect(pageMetadata(page(box, caption)).date).toBe('2024-01-19T16:12');
  });

  it('still takes an unmarked byline row under the headline over a date above it', () => {
    const html = `<html><head><title>某部门发布通信业数据</title></head><body>
      <div class="top-date">2024年1月1日</div><h1>某部门发布通信业数据</h1>
      <div>2024年01月19日16:12 | 来源：某某网</div><div id="detail"><p>${BODY[0]}</p><p>${BODY[1]}</p></div></body></html>`;
    expect(pageMetadata(document(html)).date).toBe('2024-01-19T16:12');
  });
});

describe("an outlet's 讯 before a time zone's name and the day", () => {
  const split = (text: string) => splitDateline(text, foldText(text));
  const lead = '美东时间6月5日，某公司股价收涨5.16%，市值首次突破3万亿美元大关。';

  it('splits "某某日报网讯 " off the lead, the time zone kept with the day', () => {
    expect(split(`某某日报网讯 ${lead}`)).toMatchObject({ rest: lead });
    expect(split(`某某网讯 当地时间3月1日，某公司宣布裁员。`)).toMatchObject({
      rest: '当地时间3月1日，某公司宣布裁员。',
    });
  });

  it('keeps a lead that names a company ending in 讯 before a time', () => {
    expect(split('腾讯美东时间6月5日发布公告，宣布回购股份。')).toBeNull();
    expect(split('某某网讯飞当地时间3月1日宣布，将推出新款学习机。')).toBeNull();
  });
});

describe('an author card Readability rewrites as a bare paragraph', () => {
  it('imports the page without the card, every paragraph kept', () => {
    const card =
      '<div class="author-card"><b>王小明</b> 关注半导体与AI，写科技新闻十年。<a href="#" class="follow">+ 追蹤</a></div>';
    expect(importedArticle(newsPage(card)).paragraphs).toEqual(BODY);
  });

  it('keeps a sentence naming its author in an inline mark, and a long block named for the author', () => {
    const inline = '<p>本文作者<span class="author">王小明</span>曾在某晶圆厂工作五年，熟悉先进封装的产线流程。</p>';
    expect(importedArticle(newsPage(inline)).paragraphs).toEqual([
      ...BODY,
      '本文作者王小明曾在某晶圆厂工作五年，熟悉先进封装的产线流程。',
    ]);
    const text =
      '作者走访了三家封装厂，发现先进封装的产能仍然吃紧，排队的订单已经排到明年第二季度，部分客户开始转向其他地区的代工厂寻找替代产能，价格也随之上涨了一到两成，不少中小客户只能等待下一批产能释放后再下单，交货周期也被拉长到半年以上。';
    expect(importedArticle(newsPage(`<div class="author-content">${text}</div>`)).paragraphs).toContain(text);
  });
});

describe("a row of readers' reactions and view counts", () => {
  it('drops it', () => {
    for (const text of [
      '推 128 噓 6',
      '讚 126',
      '人氣 23,518 回應 64',
      '2.1k 瀏覽',
      '閱讀 3.6萬',
      '点赞 1.2万 评论 88',
      '浏览量：12680',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences and subheads with a count in them', () => {
    for (const text of [
      '点赞100万次的视频，多半出自这家公司。',
      '阅读量 3.6万，这篇文章只用了两天。',
      '推 5 款新机',
      '分享 3 个实用技巧',
      '回复 2 条意见后，监管部门没有再提出问题。',
    ])
      expect(furniture(text), text).toBe(false);
  });

  it('imports the page without it, every paragraph kept', () => {
    expect(
      importedArticle(newsPage('<div class="good-bad"><span>推 128</span> <span>噓 6</span></div>')).paragraphs,
    ).toEqual(BODY);
  });
});

describe('a copyright notice opening with its mark', () => {
  it('drops it, with the reprint note after it', () => {
    for (const text of [
      'Copyright © 某某網. 本文由某某網取得授權刊登，轉載請洽某某網。',
      '© 2024 某某科技 版权所有',
      'Copyright 2024 Example Media Inc.',
      '©某某新闻网',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences about copyright', () => {
    for (const text of [
      '版权方认为，这家平台未经许可使用了三万多张图片，索赔金额高达百万元。',
      'Copyright Office 今年裁定，完全由AI生成的图像不受著作权保护。',
      '© 符号在中国大陆没有法律效力，真正起作用的是著作权登记。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe("short lines after the desk's credit that closes the article", () => {
  const clean = (lines: string[]) => cleanArticle(lines.join('\n'), { repairs: [], foldLine: foldText }).paragraphs;

  it('drops an advertisement, a gallery heading and its items after it', () => {
    expect(clean([...BODY, '责任编辑：王某', '广告 某某节 手机爆款低至5折', '精彩图集', '新款折叠屏真机图赏'])).toEqual(
      BODY,
    );
  });

  it('keeps a sentence after the credit, and short lines before it or above the lead', () => {
    const note = '更正：本文此前将该公司的营收误写为三百亿元，现已更正。';
    expect(clean([...BODY, '责任编辑：王某', note])).toEqual([...BODY, note]);
    expect(clean(['责任编辑：王某', '一、市场：谁在买单', ...BODY])).toEqual(['一、市场：谁在买单', ...BODY]);
    expect(clean([BODY[0]!, '二、产能仍然吃紧', BODY[1]!])).toEqual([BODY[0], '二、产能仍然吃紧', BODY[1]]);
  });

  it('imports the page without them, every paragraph kept', () => {
    const extra =
      '<div class="editor">责任编辑：王某</div><div class="ad"><span class="adtag">广告</span> 某某节 手机爆款低至5折</div>' +
      '<div class="hot-pic"><h3>精彩图集</h3><ul><li>新款折叠屏真机图赏</li></ul></div>';
    expect(importedArticle(newsPage(extra)).paragraphs).toEqual(BODY);
  });
});
