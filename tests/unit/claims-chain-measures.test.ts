/**
 * A topic chain going on after a figure (lib/claims/topic-chain.ts): a volume named by its verb for
 * a period of its own, metrics in Taiwan and Hong Kong wording, and a silence after a statement are
 * each a claim of their own, owned by the topic; the standing the figure gives it stays with it.
 * Sentences written for these tests, with the fictional names of claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import { specLead, verbMetricLead } from '../../lib/claims/topic-chain';
import { carryCurrency, findFigures } from '../../lib/claims/quantities';

describe('a volume named by its verb', () => {
  it('reads a volume for a period, or in total, as a measure of its own', () => {
    expect(verbMetricLead('一季度累计交付约5.6万辆')?.anew).toBe(true);
    expect(verbMetricLead('上半年出货1200万台')).not.toBeNull();
    expect(verbMetricLead('累计售出300万台')).not.toBeNull();
    // (With no period of its own, the verb goes on with the clause before; a noun is metricLead's.)
    expect(verbMetricLead('交付4.9万辆')).toBeNull();
    expect(verbMetricLead('全年交付量超过13万辆')).toBeNull();
    expect(verbMetricLead('同比增长8%')).toBeNull();
  });

  it('cuts it from the month before it, but not a change from its figure', () => {
    const claims = claimsOf('星辰科技3月交付新车约2.1万辆，环比增长约8%，一季度累计交付约5.6万辆。');
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技3月交付新车约2.1万辆，环比增长约8%',
      '星辰科技…一季度累计交付约5.6万辆。',
    ]);
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
    expect(claimsOf('星辰科技3月交付新车约2.1万辆，环比增长约8%。')).toHaveLength(1);
  });
});

describe('the standing a figure gives its topic', () => {
  it('stays with the figure it qualifies, as a change does: alone it would not say of what', () => {
    // (Editors split here; 星辰科技…仅次于云海集团 on a card does not say in what.)
    // (The market value is a level of its own after the price, lib/claims/chain-cuts.ts; the ranking
    // stays with it.)
    const claims = claimsOf('截至昨日收盘，星辰科技股价报120港元，总市值约3000亿港元，仅次于云海集团。');
    expect(claims.map((c) => c.text)).toEqual([
      '截至昨日收盘，星辰科技股价报120港元',
      '星辰科技…总市值约3000亿港元，仅次于云海集团。',
    ]);
    expect(claimsOf('星辰科技全年累计交付约40万辆，在新势力中仅次于云海集团。')).toHaveLength(1);
  });
});

describe('a specification list of a product', () => {
  it('reads a specification only in a chain already stating one', () => {
    expect(specLead('半精度FP16算力为128 TFLOPS', 'Nova采用5纳米制程，')?.noun).toBe('算力');
    expect(specLead('FP16算力为128 TFLOPS', '星辰科技营收增长20%，')).toBeNull();
    expect(specLead('同比增长20%', 'Nova采用5纳米制程，')).toBeNull();
  });

  it('cuts one claim per measure, owned by the product', () => {
    const claims = claimsOf('Nova采用5纳米制程，INT8算力达512 TOPS，FP16算力为256 TFLOPS。');
    expect(claims.map((c) => c.text)).toEqual([
      'Nova采用5纳米制程',
      'Nova…INT8算力达512 TOPS',
      'Nova…FP16算力为256 TFLOPS。',
    ]);
    expect(claims.map((c) => roles(c))).toEqual([{ nova: 'agent' }, { nova: 'agent' }, { nova: 'agent' }]);
  });
});

describe('metrics in Taiwan and Hong Kong wording', () => {
  it('cuts each measure with its change, in the currency the sentence named', () => {
    const claims = claimsOf(
      '星辰科技第三季合併營收為新台幣1,200億元，年增15%，稅後純益300億元，年增20%，每股純益5.2元。',
    );
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技第三季合併營收為新台幣1,200億元，年增15%',
      '星辰科技…稅後純益300億元，年增20%',
      '星辰科技…每股純益5.2元。',
    ]);
    expect(claims[1]!.figures.filter((f) => f.kind === 'money').map((f) => f.unit)).toEqual(['TWD']);
    expect(claims[2]!.figures.map((f) => f.unit)).toEqual(['TWD']);
  });

  it('carries a currency named first to a bare 元, never past a conversion or 人民币', () => {
    const units = (s: string) => carryCurrency(findFigures(s), s).map((f) => f.unit);
    expect(units('集资约59.9亿港元（约7.7亿美元），每股3.85元')).toEqual(['HKD', 'USD', 'HKD']);
    expect(units('售价新台币2,190元，约合人民币500元，另一款300元')).toEqual(['TWD', 'CNY', 'CNY']);
    expect(units('营收100亿元，净利20亿元')).toEqual(['CNY', 'CNY']);
  });
});

describe('a silence after a statement', () => {
  it('is a claim of its own, the silent party the agent, in the article’s voice', () => {
    const claims = claimsOf('云海集团回应称，将与蓝鲸智能继续推进合作，但未披露具体方案。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toBe('云海集团…但未披露具体方案。');
    expect(claims[1]!.kind).toBe('statement');
    expect(claims[1]!.modality).toBe('fact');
    expect(claims[1]!.attribution.kind).toBe('article');
    expect(roles(claims[1])).toEqual({ globex: 'agent' });
    const data = claimsOf('星辰科技回应表示该数字并不准确，但未提供具体数据。');
    expect(data.map((c) => c.text)).toContain('星辰科技…但未提供具体数据。');
  });

  it('reads a bare noun of the party (公司, 官方) and a habit (一贯) before the silence', () => {
    const claims = claimsOf('星辰科技的直播观看人次较去年翻了两番，但公司一贯不公布成交总额。');
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技的直播观看人次较去年翻了两番',
      '星辰科技…但公司一贯不公布成交总额。',
    ]);
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
    expect(claims[1]!.kind).toBe('statement');
  });

  it('leaves a service not provided with what was said', () => {
    expect(claimsOf('星辰科技表示营收增长，但未提供新服务。')).toHaveLength(1);
  });
});

describe('a revenue line after 其中, or named with a prefix', () => {
  it('cuts each line with its change, owned by the company', () => {
    const claims = claimsOf(
      '星辰科技总收入120亿元，同比增长5%；其中广告收入80亿元，同比下降2%，非广告收入40亿元，同比增长21%。',
    );
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技总收入120亿元，同比增长5%',
      '星辰科技…其中广告收入80亿元，同比下降2%',
      '星辰科技…非广告收入40亿元，同比增长21%。',
    ]);
    expect(claims.map((c) => roles(c))).toEqual([{ acme: 'agent' }, { acme: 'agent' }, { acme: 'agent' }]);
  });
});
