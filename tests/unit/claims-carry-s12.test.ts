/**
 * What a claim a reader is shown carries from its sentence (session 12 checklist: tags, figures
 * and dates of pieces): an estimate of a period still running, a negated comparison as a bound,
 * "will" before a preposition or a modifier, a condition after a semicolon. Fictional sentences
 * only (see claims-fixture.ts); the article is dated 2024-03-15.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0];
const bounds = (paragraph: string) => first(paragraph)?.figures.map((f) => [f.min, f.max]);

describe('an estimate of a period still running is a forecast', () => {
  it('reads 预估 / 估计 of this quarter or this year as a forecast', () => {
    expect(first('针对本季，星辰科技预估毛利率约为40%，较上季的42%下滑。')?.modality).toBe('forecast');
    expect(first('星辰科技预估今年出货量约为500万台。')?.modality).toBe('forecast');
    expect(first('云海集团估计全年营收约为80亿元。')?.modality).toBe('forecast');
    expect(first('蓝鲸智能預估本季營收約為12億元。')?.modality).toBe('forecast');
  });

  it('keeps an estimate of a period that has ended what it was', () => {
    expect(first('星辰科技预估去年出货量约为500万台。')?.modality).not.toBe('forecast');
    expect(first('云海集团估计去年营收约为80亿元。')?.modality).toBe('opinion');
  });
});

describe('a negated comparison is a bound', () => {
  it('reads 不得超过, 不高于, 不会超过 as a ceiling (min 0)', () => {
    expect(bounds('星辰科技的市场份额不得超过35%。')).toEqual([[0, 35]]);
    expect(bounds('星辰科技的持股比例不高于20%。')).toEqual([[0, 20]]);
    expect(bounds('云海集团今年的裁员人数不会超过500人。')).toEqual([[0, 500]]);
  });

  it('reads 不得低于, 不能少于 as a floor (no top)', () => {
    expect(bounds('星辰科技的毛利率不得低于10%。')).toEqual([[10, null]]);
    expect(bounds('云海集团每年的采购额不能少于5亿元。')).toEqual([[500000000, null]]);
  });
});

describe('"will" before a preposition or a modifier of manner', () => {
  it('reads 将自…起 and 将 + a distinguishing adjective + verb as will, whatever the date', () => {
    expect(first('2月13日，星辰科技宣布Orion将自3月1日起免费开放。')?.modality).toBe('forecast');
    expect(first('如果Orion在2025年达到销量目标，星辰科技将额外获得5亿元。')?.modality).toBe('forecast');
  });

  it('keeps 将 before a noun phrase 把', () => {
    expect(first('星辰科技去年将总部迁至杭州。')?.modality).toBe('fact');
  });
});

describe('a condition after a semicolon', () => {
  it('joins …；若X，Y还将… into one claim that carries the condition and its date', () => {
    const claims = claimsOf(
      '星辰科技将向云海集团发行约500万股；若Orion在2025年达到销量目标，星辰科技还将额外发行最多约100万股。',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]?.text).toMatch(/^若Orion在2025年达到销量目标，星辰科技还将/);
    expect(claims[1]?.dates.map((d) => d.iso)).toContain('2025');
    expect(claims.some((c) => /^若[^，]*$/.test(c.text.replace(/。$/, '')))).toBe(false);
  });
});

describe('a grade of performance no figure measures', () => {
  it('reads 表现平平, 欠佳, 可圈可点 as the writer’s view', () => {
    expect(first('云海集团同期上线的多款新品表现平平。')?.modality).toBe('opinion');
    expect(first('蓝鲸智能去年的海外业务表现欠佳。')?.modality).toBe('opinion');
    expect(first('Orion上线首月的表现可圈可点。')?.modality).toBe('opinion');
  });

  it('keeps a data firm’s estimate of the running quarter its view, not a forecast', () => {
    expect(first('数据机构Lumen估计，星辰科技今年一季度的GMV约为50亿美元。')?.modality).toBe('opinion');
  });
});

describe('a forecast for a time of its own after a figure', () => {
  it('cuts …，今年预计增长20% and …，第四季有望达到… off the fact before, as a forecast', () => {
    const claims = claimsOf('星辰科技去年营收为100亿元，今年预计增长20%。');
    expect(claims.map((c) => c.modality)).toEqual(['fact', 'forecast']);
    expect(claims[0]?.figures.map((f) => f.min)).toEqual([10000000000]);
    const quarters = claimsOf('云海集团第三季营收增长18%，第四季有望达到60亿元。');
    expect(quarters.map((c) => c.modality)).toEqual(['fact', 'forecast']);
  });

  it('keeps a change with no word of expectation with the figure before', () => {
    expect(claimsOf('星辰科技去年营收为100亿元，今年一季度增长20%。')).toHaveLength(1);
  });
});

describe('more than half a span', () => {
  it('reads 半年多 as a lower bound of six months, as 一年多 is one of a year', () => {
    expect(bounds('星辰科技与云海集团的谈判持续了半年多。')).toEqual([[6, null]]);
    expect(bounds('星辰科技的Orion已上线一年多。')).toEqual([[1, null]]);
    expect(bounds('蓝鲸智能的整改持续了半年。')).toEqual([[6, 6]]);
  });
});
