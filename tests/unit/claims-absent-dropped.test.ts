/**
 * Claims the extractor dropped before drafting, by four closed causes (session 20, "absent"):
 * - a noun and a time word ending their clause ("上市首日，") are a time frame, not a leading name
 *   the gazetteer lacks (jieba tags 上市 a place name), so a later 该公司 still finds the topic;
 * - 归属(于)母公司(股东)净利 without 的 is a reading of the owner's metric, as 归属于…的净利 is;
 * - in a source's words a noun subject and an adjective ending the clause state something
 *   (X方面称，新车的续航在同级产品中最长), where before the clause was taken for an aside;
 * - a pronoun or bare company noun speaking "在技术报告中" speaks in a document, not as data;
 * - 其中 and a metric (with a market: 其中海外销量) and its figure state the part's figure;
 * - 后者 after the one known name that ends the clause before it, someone unknown acting first.
 * Fictional sentences only (see claims-fixture.ts), Simplified and Traditional.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const claims = (paragraph: string) => claimsOf(paragraph, '2024-03-15');
const find = (all: ReturnType<typeof claims>, text: string) => all.find((c) => c.text.includes(text));

describe('a noun and a time word ending their clause are a time frame', () => {
  it('上市首日 before the subject: the next sentence’s 该公司 is that subject', () => {
    const all = claims('上市首日，星辰科技股价高开12.5%。该公司市值约7亿元。');
    expect(roles(find(all, '该公司市值'))).toEqual({ acme: 'agent' });
    expect(find(all, '该公司市值')!.text.startsWith('星辰科技…')).toBe(true);
  });

  it('Traditional: 上市首日，…。該公司…', () => {
    const all = claims('上市首日，星辰科技股價高開8%。該公司市值約300億港元。');
    expect(roles(find(all, '該公司市值'))).toEqual({ acme: 'agent' });
  });

  it('a name the gazetteer lacks, then a time word and its verb, is still the subject 该公司 stands for', () => {
    const all = claims('星辰科技发布了新模型。青木数据今天宣布完成融资。该公司估值约10亿元。');
    expect(find(all, '该公司估值')).toBeUndefined();
  });
});

describe('归属母公司净利 is the reporting company’s metric', () => {
  it('a paragraph opening on it goes on about the company of the paragraph before', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日公布第二季财报，当季营收19亿美元，年增21.8%。', '2024-03-15', carry);
    const profit = claimsOf('获利方面，归属母公司净利为1.65亿美元，年减59.1%。', '2024-03-15', carry);
    expect(profit).toHaveLength(1);
    expect(roles(profit[0])).toEqual({ acme: 'agent' });
    expect(profit[0]!.kind).toBe('figure');
  });

  it('Traditional: 歸屬母公司淨利', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日公布第二季財報，當季營收19億美元，年增21.8%。', '2024-03-15', carry);
    const profit = claimsOf('獲利方面，歸屬母公司淨利為1.65億美元，年減59.1%。', '2024-03-15', carry);
    expect(roles(profit[0])).toEqual({ acme: 'agent' });
  });

  it('a metric with its own owner named stays that owner’s', () => {
    const all = claims('星辰科技昨日公布财报，营收增长8%。云海集团归属母公司净利则下滑5%。');
    expect(roles(find(all, '云海集团归属'))).toEqual({ globex: 'agent' });
  });
});

describe('an adjective predicate in a source’s words', () => {
  it('X方面称，新车的续航在同级产品中最长: the speaker’s statement', () => {
    const all = claims('云海集团方面称，新车的续航在同级产品中最长。');
    expect(all).toHaveLength(1);
    expect(roles(all[0])).toEqual({ globex: 'agent' });
    expect(all[0]!.attribution.kind).toBe('organization');
  });

  it('Traditional: X稱，新車的續航最長', () => {
    const all = claims('星辰科技稱，新車的續航最長。');
    expect(roles(all[0])).toEqual({ acme: 'agent' });
  });

  it('a noun and its adjective after a clause that is no source stay an aside of that claim', () => {
    const all = claims('星辰科技发布了新车，受众群体更小。');
    expect(all).toHaveLength(1);
    expect(all[0]!.kind).toBe('launch');
  });
});

describe('a company noun speaking in a document', () => {
  it('该公司在技术报告中表示: the company speaks, and acts in what it says', () => {
    const all = claims('星辰科技昨日发布新模型。该公司在技术报告中表示，未来将继续迭代。');
    const said = find(all, '技术报告');
    expect(roles(said)).toEqual({ acme: 'agent' });
    expect(said!.attribution.kind).toBe('organization');
  });

  it('Traditional: 該公司在年報中表示', () => {
    const all = claims('星辰科技昨日發布新模型。該公司在年報中表示，未來將繼續迭代。');
    expect(find(all, '年報')?.attribution.kind).toBe('organization');
  });

  it('a report cited with 据 stays data', () => {
    const all = claims('据报告显示，星辰科技的营收增长了8%。');
    expect(all[0]!.attribution.kind).toBe('data');
  });
});

describe('其中 and a metric of the owner’s', () => {
  it('其中海外销量为…: a figure of its own, the company its agent', () => {
    const all = claims('星辰科技去年销量为427万辆，同比增长41%，其中海外销量为41.7万辆，同比增长逾七成。');
    const part = find(all, '其中海外销量');
    expect(roles(part)).toEqual({ acme: 'agent' });
    expect(part!.kind).toBe('figure');
    expect(find(all, '427万辆')!.text).not.toContain('海外');
  });

  it('Traditional: 其中海外銷量為…', () => {
    const all = claims('星辰科技去年銷量為427萬輛，其中海外銷量為41.7萬輛，同比增長逾七成。');
    expect(roles(find(all, '其中海外銷量'))).toEqual({ acme: 'agent' });
  });

  it('其中 and a named party keeps its own subject', () => {
    const all = claims('星辰科技完成新一轮融资，共获得20亿元，其中云海集团认购约5亿元。');
    expect(roles(find(all, '其中云海集团'))).not.toEqual({ acme: 'agent' });
  });
});

describe('后者 after the one known name', () => {
  it('someone unknown informs X, 后者…: X', () => {
    const all = claims('国务院在6月中旬察觉异常并通报星辰科技，后者直到7月11日才公开披露此事。');
    expect(roles(find(all, '后者直到'))).toEqual({ acme: 'agent' });
  });

  it('Traditional: 後者', () => {
    const all = claims('國務院在6月中旬察覺異常並通報星辰科技，後者直到7月11日才公開揭露此事。');
    expect(roles(find(all, '後者直到'))).toEqual({ acme: 'agent' });
  });

  it('the known name acting first, someone unknown last: 后者 is not the known name', () => {
    expect(find(claims('星辰科技通报了监管部门，后者随即展开调查。'), '后者随即')).toBeUndefined();
    const all = claims('星辰科技以69亿美元收购网通芯片商Mellanox，后者如今已是其网络产品的核心。');
    expect(find(all, '后者如今')).toBeUndefined();
  });
});
