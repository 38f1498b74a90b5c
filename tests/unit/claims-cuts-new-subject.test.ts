/**
 * Cuts at a comma where a new overt subject starts its own proposition (session 12 checklist,
 * lib/claims/new-subject.ts): a second party's reaction named before its own verb of saying
 * (…，Y方面也表示…, …，Y随后表示…, …，而Y则强调…), a ranking right after the one before
 * (…，Y以N的份额紧随其后: a clause, not a time, whose 其 is the party ahead). Each piece is about
 * its own party and reads alone; a frame whose party answers it (至于X是否…，X方面表示…) stays one
 * claim. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const texts = (claims: ClaimDraft[]) => claims.map((c) => c.text);

describe('a second party speaking after a comma', () => {
  it("cuts a rival's silence off a figure, the rival its agent", () => {
    const claims = claimsOf('星辰科技上季度营收增长20%，云海集团方面也表示不予置评。');
    expect(claims.map(roles)).toEqual([{ acme: 'agent' }, { globex: 'agent' }]);
    expect(claims[0]!.text).not.toContain('云海集团');
    expect(claims[1]!.text).toBe('云海集团方面也表示不予置评。');
  });

  it('cuts a later act a second party announces, as that party’s forecast', () => {
    const claims = claimsOf('蓝鲸智能上季度营收增长20%，星辰科技随后表示将下调价格。');
    expect(claims.map(roles)).toEqual([{ initech: 'agent' }, { acme: 'agent' }]);
    expect(claims[1]!.modality).toBe('forecast');
    expect(claims[1]!.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('cuts after a contrast (而…则) and after a report, the hedge not carried to the new speaker', () => {
    const contrast = claimsOf('星辰科技上季度营收增长20%，而云海集团则强调自己在云计算领域的优势。');
    expect(contrast.map(roles)).toEqual([{ acme: 'agent' }, { globex: 'agent' }]);
    const reported = claimsOf('据外媒报道，星辰科技正洽谈收购极光数据，云海集团对此表示不予置评。');
    expect(reported.map(roles)).toEqual([{ acme: 'agent', hooli: 'object' }, { globex: 'agent' }]);
    expect(reported.map((c) => c.modality)).toEqual(['reported', 'fact']);
    expect(reported[1]!.text).toBe('云海集团对此表示不予置评。');
  });

  it('keeps the speaker of the proposition before, and a frame its own party answers, in one claim', () => {
    // (The same party speaking on is not a new subject.)
    const same = claimsOf('星辰科技上季度营收增长20%，星辰科技方面表示将继续扩产。');
    expect(same.every((c) => roles(c).acme === 'agent')).toBe(true);
    expect(same.some((c) => c.text.includes('营收增长20%'))).toBe(true);
    const framed = claimsOf('至于云海集团是否会跟进降价，云海集团方面表示目前没有可对外说明的计划。');
    expect(framed).toHaveLength(1);
  });
});

describe('a ranking right after the one before (紧随其后)', () => {
  it('cuts Y以N的份额紧随其后 off X位居第一: a comparison with X as its standard', () => {
    for (const sentence of [
      '星辰科技以21%的份额位居第一，云海集团以17%的份额紧随其后。',
      '星辰科技以21%的份額位居第一，蓝鲸智能以17%的份額緊隨其後。',
    ]) {
      const claims = claimsOf(sentence);
      expect(claims).toHaveLength(2);
      expect(claims[0]!.text).not.toMatch(/紧随|緊隨/);
      expect(claims[1]!.kind).toBe('comparison');
      expect(claims[1]!.entities.find((e) => e.role === 'object')?.id).toBe('acme');
      expect(claims[1]!.entities.find((e) => e.role === 'agent')?.id).not.toBe('acme');
    }
  });

  it('still cuts the measure after it, the ranked party carried', () => {
    const claims = claimsOf('星辰科技以21%的份额居首；云海集团以17%的份额紧随其后，出货量同比大增110%。');
    expect(texts(claims).some((t) => t.endsWith('出货量同比大增110%。'))).toBe(true);
    const measure = claims.find((c) => c.text.endsWith('出货量同比大增110%。'))!;
    expect(roles(measure)).toEqual({ globex: 'agent' });
  });
});

describe('an officer outside the gazetteer, named with the title, after a comma', () => {
  it('cuts each officer of a personnel change into a claim about the company, in both scripts', () => {
    for (const sentence of [
      '星辰科技昨日宣布高层调整，首席执行官赵立群将于下月卸任，执行副总裁孙海接任首席执行官。',
      '星辰科技昨日宣佈高層調整，執行長趙立群將於下月卸任，執行副總裁孫海接任。',
    ]) {
      const claims = claimsOf(sentence);
      expect(claims).toHaveLength(3);
      expect(claims.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }, { acme: 'agent' }]);
      // (Each piece carries the company before the officer, the way cuts render.)
      expect(claims[1]!.text).toMatch(/^星辰科技…(首席执行官赵立群|執行長趙立群)/);
      expect(claims[2]!.text).toMatch(/^星辰科技…(执行副总裁孙海|執行副總裁孫海)/);
      expect(claims[1]!.modality).toBe('forecast');
    }
  });

  it('reads a joined title (董事会主席兼首席执行官) and an officer after 则, under the announcer', () => {
    const joined = claimsOf('星辰科技宣布高层换班，董事会主席兼首席执行官赵立群将卸任，执行副主席孙海接任董事会主席。');
    expect(texts(joined).some((t) => t.endsWith('执行副主席孙海接任董事会主席。'))).toBe(true);
    expect(texts(joined).some((t) => t.includes('赵立群将卸任') && !t.includes('孙海'))).toBe(true);
    const announced = claimsOf('星辰科技宣布，董事长赵立群将卸任，首席财务官孙海则出任董事长。');
    expect(announced.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }]);
    expect(announced[1]!.text).toBe('星辰科技…首席财务官孙海则出任董事长。');
  });

  it('does not cut a title without a name, nor a speaker with a title (创始人A表示…)', () => {
    const unnamed = claimsOf('星辰科技宣布，董事长赵立群将卸任，另一位高管则转任顾问。');
    expect(unnamed).toHaveLength(1);
    const speaker = claimsOf('星辰科技上月完成融资，创始人赵立群表示资金将用于研发。');
    expect(speaker).toHaveLength(1);
  });
});

describe('a pronoun subject with a copula after a comma (后者是…, 该公司是…)', () => {
  it("cuts what the antecedent is into a claim of its own, about the pronoun's party", () => {
    const latter = claimsOf('星辰科技收购了极光数据，后者是国内最大的数据服务商之一。');
    expect(latter.map(roles)).toEqual([{ acme: 'agent', hooli: 'object' }, { hooli: 'agent' }]);
    expect(latter[0]!.text).toBe('星辰科技收购了极光数据');
    const company = claimsOf('星辰科技去年营收达120亿元，该公司是国内第二大云服务商。');
    expect(company.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }]);
    expect(company[1]!.text).toBe('星辰科技…该公司是国内第二大云服务商。');
  });

  it('leaves no dangling piece when the antecedent is not a known party, and reads a fused copula (如今已是)', () => {
    const claims = claimsOf('2020年4月，星辰科技以69亿美元完成收购芯片商Mellanox，后者如今已是其网络产品的核心。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).not.toContain('后者');
  });
});

describe("a speaker's second thing said, about a noun of its own", () => {
  it("cuts it off the first, the speaker's party carried and the speaker kept", () => {
    const claims = claimsOf('星辰科技首席执行官张明远表示，12英寸产能仍然吃紧，部分成熟制程的价格已开始小幅上调。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toBe('星辰科技首席执行官张明远表示，12英寸产能仍然吃紧');
    expect(claims[1]!.text).toMatch(/…部分成熟制程的价格已开始小幅上调。$/);
    expect(claims.map((c) => c.attribution.kind)).toEqual(['person', 'person']);
    const company = claimsOf('星辰科技表示，公司营收增长强劲，海外业务已占三成。');
    expect(company.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }]);
    expect(company[1]!.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('keeps a noun pointing back (原因在于…) and what the verb of announcing takes (宣布，A将…) in one claim', () => {
    const cause = claimsOf('张明远分析，需求不如预期的主要是高端机型，原因在于新功能未能按时推出。');
    expect(cause).toHaveLength(1);
    const announced = claimsOf('星辰科技宣布，新工厂将于明年投产。');
    expect(announced).toHaveLength(1);
  });

  it('leaves the article’s own voice alone (no speaker, no cut at a noun)', () => {
    const claims = claimsOf('星辰科技第三季度营收增长20%，用户的交易频次也持续提升。');
    expect(claims).toHaveLength(1);
  });
});
