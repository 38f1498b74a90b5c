/**
 * Rules of page construction found on the eleventh development set (sites-11): each with the lines that
 * must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BODY, furniture, importedArticle, line, newsPage } from '../fixtures/page-construction';

describe('desk credits with only a space between role and name', () => {
  it('drops a line of role–name pairs', () => {
    for (const text of ['编辑 李某 责任编辑 冯某某', '責任編輯 王小明', '编辑 张三 校对 李四 主编 欧阳明月'])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences that speak of editors', () => {
    for (const text of [
      '编辑 李某表示，这组报道花了三个月时间。',
      '责任编辑制度在报社已经实行了二十年。',
      '他告诉编辑 王某，稿件要在周五前交付。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe('a row of bracketed buttons and credits', () => {
  it('drops it', () => {
    for (const text of ['【纠错】 【责任编辑：张某】', '【打印】【关闭】', '[纠错] [责任编辑：张某]'])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps a bracketed label before a sentence, and a single bracketed subhead', () => {
    for (const text of ['【观察】【独家】某公司今天宣布，新工厂将在明年投产，预计新增就业两千人。', '【第一幕】'])
      expect(furniture(text), text).toBe(false);
  });
});

describe('the byline row with the day and time but no year', () => {
  it('drops it when it carries a byline label', () => {
    for (const text of ['某观察员11-07 08:15来源：某某号', '作者：王某 03-25 07:30', '11/07 08:15 发布于 北京'])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps a live blog entry and a sentence with a clock time', () => {
    for (const text of [
      '11-07 08:15 奥特曼登台',
      '11-07 08:15，奥特曼登台，来源于现场的消息称发布会推迟。',
      '发布会在03-25 07:30开始，作者签名环节随后进行。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe('a related-reading label after a block mark', () => {
  it('drops it with its headline', () => {
    for (const text of [
      '▌推荐阅读：某公司发布新模型，创始人：综合能力不输对手',
      '■相关阅读',
      '● 延伸閱讀：某公司新廠動工',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps a marked paragraph that only mentions reading', () => {
    for (const text of ['▌推荐阅读这本书的人，多半也做过产品经理。', '■ 阅读量最高的文章，是关于大模型价格战的分析。'])
      expect(furniture(text), text).toBe(false);
  });

  it('imports the page without the linked line, every paragraph kept', () => {
    const line = '<p>▌推荐阅读：<a href="/article/1">某公司发布新模型，创始人：综合能力不输对手</a></p>';
    expect(importedArticle(newsPage(line, 'middle')).paragraphs).toEqual(BODY);
  });
});

describe("the text's note on its names", () => {
  it('drops the bracketed note', () => {
    for (const text of [
      '（应受访者要求，文中老周、林姓商人为化名）',
      '（文中人物均为化名）',
      '(受访者均为化名)',
      '应受访者要求，文中受访者均为化名。',
      '文中人物使用化名',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps a paragraph naming someone by a pseudonym', () => {
    for (const text of [
      '住在台中的陳太太（化名）去年接到「女兒」的視訊電話。',
      '李明（化名）终于等到了他预订的两台服务器。',
      '化名是记者保护消息来源的常见做法。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe("a table's title or note under its label", () => {
  it('drops it', () => {
    for (const text of [
      '表：主流训练数据集语种构成（来源：某研究院）',
      '表2 各地补贴标准',
      '附表1：2023年各季度出货量',
      '圖表：各品牌市占率',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences that open with 表', () => {
    for (const text of [
      '表示：公司将继续加大研发投入。',
      '表1显示，去年营收增长了三成，利润率也明显改善。',
      '表面上看，价格战已经结束。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe('the note under a data table', () => {
  const table =
    '<table><tr><th>语种</th><th>占比</th></tr><tr><td>英文</td><td>约46%</td></tr><tr><td>中文</td><td>不到5%</td></tr></table>';

  it("is the table's, not a paragraph, when it opens with a note's label or closes with the source", () => {
    for (const note of [
      '某数据集语种构成（来源：某研究院）',
      '单位：亿元',
      '資料來源：某研究院',
      '注：占比按词元数计算',
    ])
      expect(line(`<div>${table}<p>${note}</p></div>`, note)?.tableCell, note).toBe(true);
  });

  it('leaves a subhead, a paragraph and a note away from any table as they are', () => {
    const sentence = '记者调查发现，中文数据在主流训练数据集中的占比不到5%。';
    for (const text of ['二、市场：谁在买单', sentence, '中文语料仍然稀缺'])
      expect(line(`<div>${table}<p>${text}</p></div>`, text)?.tableCell, text).toBe(false);
    expect(line(`<div><p>${sentence}</p><p>单位：亿元</p></div>`, '单位：亿元')?.tableCell).toBe(false);
    expect(line(`<div>${table}<h3>来源：谁在供给语料</h3></div>`, '来源：谁在供给语料')?.tableCell).toBe(false);
  });

  it('imports the page without it, every paragraph kept', () => {
    const extra = `${table}<p>单位：亿元（来源：某研究院）</p>`;
    expect(importedArticle(newsPage(extra, 'middle')).paragraphs).toEqual(BODY);
  });
});

describe("a follow prompt for the outlet's account", () => {
  it('drops it', () => {
    for (const text of ['关注某科技微信公众号（abc），获取更多数码评测。', '歡迎關注某某視頻號', '请关注本报官方账号'])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences about following an account', () => {
    for (const text of [
      '关注该公众号后，用户可以免费领取三个月会员。',
      '关注公众号的用户已超过两千万，比去年增长一倍。',
      '市民关注某某微信公众号，就能查到办理进度。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe("a live page's note that it is still being written", () => {
  it('drops it', () => {
    for (const text of ['本文持續更新中，請重新整理頁面。', '（持续更新中）', '本文将持续更新', '【直播持续更新中】'])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences about updates', () => {
    for (const text of [
      '系统会持续更新，用户无需手动下载。',
      '不断更新的模型让开发者疲于应付。',
      '持续更新的地图数据，是自动驾驶的基础。',
    ])
      expect(furniture(text), text).toBe(false);
  });
});
