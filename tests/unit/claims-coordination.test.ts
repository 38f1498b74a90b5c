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

  it('cuts a reported sentence too, the source carried to the second part', () => {
    // (dev-6, dev-7, dev-8: the frame's attribution and modality carry to the later pieces.)
    const claims = claimsOf('据报道，星辰科技上月暂停了Nova的开发，随后关闭了研究院。');
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.modality)).toEqual(['reported', 'reported']);
    expect(claims.map((c) => roles(c).acme)).toEqual(['agent', 'agent']);
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

describe('a coordinated second act after a speaker, a time phrase or a mis-tagged head', () => {
  it('cuts what a speaker says it will do next, the speaker its subject and source', () => {
    const claims = claimsOf('星辰科技周二宣布，将在上海投资20亿元建设数据中心，并计划到2026年底培训5万名开发者。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('并计划到2026年底培训5万名开发者');
    expect(claims.map((c) => roles(c).acme)).toEqual(['agent', 'agent']);
    expect(claims[1]!.attribution.kind).toBe('organization');
    expect(claims[1]!.figures.map((f) => f.text)).toEqual(['5万名']);
  });

  it('cuts after 并在 + a time with its edge (年底前), 并 + a manner (免费), and the disposal 将', () => {
    const dated = claimsOf('蓝鲸智能将于下月举办开发者大会，并在年底前公布全年业绩。');
    expect(dated).toHaveLength(2);
    expect(dated[1]!.text).toContain('并在年底前公布全年业绩');
    const free = claimsOf('云海集团发布了三款新模型，并免费开放商用。');
    expect(free).toHaveLength(2);
    expect(roles(free[1])).toEqual({ globex: 'agent' });
    const disposal = claimsOf('星辰科技启动了一项安全计划，并将数据安全列为公司的首要任务。');
    expect(disposal).toHaveLength(2);
    expect(disposal[1]!.text).toContain('列为公司的首要任务');
  });

  it('keeps a part that only changes the figure before it (再翻一番), a fragment alone', () => {
    const claims = claimsOf('星辰科技预计，今年的芯片出货量将达到去年的两倍，并在2025年再翻一番。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('再翻一番');
  });

  it('never leaves a part with no one to read it of, nor cuts inside a quotation', () => {
    // The speaker's content has a subject the gazetteer lacks (这款芯片): not the speaker's own act.
    for (const c of claimsOf('星辰科技表示，这款芯片将优先供内部使用，并通过合作伙伴对外销售。'))
      expect(c.text).not.toMatch(/^[并並]/);
    expect(claimsOf('张明远说：“我们会继续扩大投资，并继续招聘研究人员。”')).toHaveLength(1);
  });
});
