/**
 * Where a sentence is cut into claims at a coordinated second predicate (并, 并于, 同时, 随后,
 * 此后): each part keeps its own verb, figures and dates, the subject carried over (zero anaphora,
 * or the same pronoun); only in the article's own voice. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a coordinated second predicate is a claim of its own', () => {
  it('cuts at 并于 with a date of its own, carrying the subject', () => {
    const claims = claimsOf('早在2019年，星辰科技就成立了研究院，并于2021年3月宣布开源Nova。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toBe('早在2019年，星辰科技就成立了研究院');
    expect(claims[1]!.text).toContain('并于2021年3月宣布开源Nova');
    expect(claims.map((c) => roles(c).acme)).toEqual(['agent', 'agent']);
    expect(claims[1]!.dates.map((d) => d.iso)).toEqual(['2021-03']);
  });

  it('cuts at 随后 and at 并 followed by a verb', () => {
    const later = claimsOf('蓝鲸智能去年推出了三款芯片，随后裁减了两成员工。');
    expect(later.map(roles)).toEqual([{ initech: 'agent' }, { initech: 'agent' }]);
    const and = claimsOf('云海集团收购了一家芯片公司，并调整了业务架构。');
    expect(and).toHaveLength(2);
    expect(and[1]!.text).toContain('并调整了业务架构');
  });

  it('carries a pronoun subject to the coordinated part', () => {
    const claims = claimsOf('蓝鲸智能发布了新款芯片。该公司已先后推出四款模型，并于上月底通过了安全评估。');
    const filed = claims.find((c) => c.text.includes('通过了安全评估'));
    expect(filed && roles(filed)).toEqual({ initech: 'agent' });
    expect(filed!.text).not.toContain('推出四款模型');
  });

  it('keeps a published report with the news it frames (发布财报，同时宣布…)', () => {
    expect(claimsOf('蓝鲸智能昨日发布第三季度财报，同时宣布分拆芯片业务。')).toHaveLength(1);
  });

  it('leaves a reported sentence whole, under its source', () => {
    const claims = claimsOf('据报道，星辰科技上月暂停了Nova的开发，随后关闭了研究院。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.modality).toBe('reported');
  });

  it('never cuts off a part without a verb of its own', () => {
    // 同时 + 还有 (existential) and 并非 are not a second predicate.
    expect(claimsOf('蓝鲸智能推出了新款芯片，同时还有配套软件。')).toHaveLength(1);
    expect(claimsOf('星辰科技推出了Nova，并非为了取代旧产品。')).toHaveLength(1);
    const verbless = /^[^…]*…?(并|并于|同时|随后|此后)[^，。]{0,6}[。]?$/;
    for (const c of claimsOf('早在2019年，星辰科技就成立了研究院，并于2021年3月宣布开源Nova。'))
      expect(c.text).not.toMatch(verbless);
  });
});
