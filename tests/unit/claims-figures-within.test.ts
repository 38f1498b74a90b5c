/**
 * Figures a card shows: a span of time closed by 内 is a ceiling; a tenth's third (二成中段) and
 * 低双位数 are ranges; a model number before 起售价 is no count. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/claims/quantities';

const sums = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('a span of time closed by 内 is at most that long (quantities.ts withinCeiling)', () => {
  it('reads N天内 / N个月内 / N分鐘內 as a ceiling from 0 (内 outside the figure text)', () => {
    expect(sums('星辰App上线后三天内涌入超过50万名新用户。')).toEqual([
      ['三天', 0, 3, 'days'],
      ['超过50万名', 500000, null, 'users'],
    ]);
    expect(sums('监管机构要求云海集团须在六个月内完成整改。')).toEqual([['六个月', 0, 6, 'months']]);
    expect(sums('新車開賣後，15分鐘內訂單即告售罄。')).toEqual([['15分鐘', 0, 15, 'minutes']]);
    expect(sums('Nova在约30秒内生成了一份报告。')).toEqual([['约30秒', 0, 30, 'seconds']]);
    expect(sums('蓝鲸智能承诺五年之内实现盈利。')).toEqual([['五年', 0, 5, 'years']]);
  });

  it('reads two neighbouring digits (两三年内) as a ceiling at the higher one', () => {
    expect(sums('這項功能將在兩三年內成為旗艦手機的標配。')).toEqual([['兩三年', 0, 3, 'years']]);
  });

  it('reads a vague span (几分钟内, 数天内) as at most nine of it', () => {
    expect(sums('首批限量版在几分钟内即告售罄。')).toEqual([['几分钟', 0, 9, 'minutes']]);
    expect(sums('股價有望在數天內收復失地。')).toEqual([['數天', 0, 9, 'days']]);
  });

  it('leaves the window after an event (…后的48小时内) exact', () => {
    expect(sums('在星辰科技宣布收购后的48小时内，股价累计上涨15%。')[0]).toEqual(['48小时', 48, 48, 'hours']);
  });

  it('leaves a range joined by 到 / 至 and a bare span without 内 as they were', () => {
    expect(sums('储备的芯片足以支撑Nova在未来一到两年内的升级。')).toEqual([['一到两年', 1, 2, 'years']]);
    expect(sums('云海集团预计3至5年内盈利。')).toEqual([['3至5年', 3, 5, 'years']]);
    expect(sums('这次停机持续了三天，影响约2万家企业。')[0]).toEqual(['三天', 3, 3, 'days']);
  });

  it('reads no figure in a vague time ahead (未来几周内) or a vague span without 内', () => {
    expect(sums('即时翻译功能将在未来几周内开放。')).toEqual([]);
    expect(sums('几分钟后，页面恢复正常。')).toEqual([]);
  });
});

describe('a model number before 起售价 is no count (quantities.ts CLASSIFIER_NOT_BEFORE)', () => {
  it('reads no count in Zeta 7起售價 (起 begins 起售價), and keeps the price as written', () => {
    expect(sums('Zeta 7起售價為人民幣5,499元。')).toEqual([['人民幣5,499元', 5499, 5499, 'CNY']]);
    expect(sums('Nova 12起价699美元。').map((f) => f[3])).toEqual(['USD']);
  });

  it('still counts events with 起 (12起融资, 3起诉讼)', () => {
    expect(sums('今年共发生12起融资事件。')).toEqual([['12起', 12, 12, 'count']]);
    expect(sums('该公司去年卷入3起诉讼。')).toEqual([['3起', 3, 3, 'count']]);
  });
});

describe('a third of a tenth and 低双位数 (quantities.ts TENTH_THIRD, DIGIT_COUNT_RANGE)', () => {
  it('reads 约二成中段 as 24–26 percent and 三成高段 as 37–39', () => {
    expect(sums('云海集团全年营收可望年增约二成中段。')).toEqual([['约二成中段', 24, 26, 'percent']]);
    expect(sums('毛利率維持在三成高段。')).toEqual([['三成高段', 37, 39, 'percent']]);
  });

  it('reads 低双位数 in a share as 10–13 percent', () => {
    expect(sums('资本开支占收入的比例将在低双位数区间。')).toEqual([['低双位数', 10, 13, 'percent']]);
  });

  it('keeps a plain tenth and a tenth with its digit (三成五) as they were', () => {
    expect(sums('营收增长三成。')).toEqual([['三成', 30, 30, 'percent']]);
    expect(sums('毛利率为三成五。')).toEqual([['三成五', 35, 35, 'percent']]);
  });
});
