/**
 * Who says a claim and what modality its voice gives it (session 12 checklist: scope and voice):
 * news outlets named without a medium word, whose account a clause follows (按照X的说法), results
 * someone published (X公布的…结果显示). Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0];

describe('news outlets named without a medium word', () => {
  it('reads any name before a verb of reporting (据X报道, X报导, X援引) as an outlet: organization, reported', () => {
    for (const paragraph of [
      '据36氪报道，星辰科技已完成新一轮融资。',
      '据路透报道，云海集团已关闭在美国的办公室。',
      '据晚点LatePost报道，蓝鲸智能已完成新一轮融资。',
    ]) {
      const claim = first(paragraph);
      expect(claim?.attribution.kind).toBe('organization');
      expect(claim?.modality).toBe('reported');
    }
    expect(first('据36氪报道，星辰科技已完成新一轮融资。')?.attribution.text).toBe('36氪');
  });

  it('reads an outlet of the closed class, or a name ending in a medium word, speaking with 称 as reporting', () => {
    const bare = first('日经称，蓝鲸智能已关闭在美国的办公室。');
    expect(bare).toMatchObject({ modality: 'reported', attribution: { kind: 'organization', text: '日经' } });
    const press = first('彭博社称，云海集团计划出售旗下云业务。');
    expect(press).toMatchObject({ modality: 'reported', attribution: { kind: 'organization' } });
  });

  it('keeps media no one names, and an outlet citing informed people, unnamed', () => {
    expect(first('有媒体报道称，星辰科技已完成新一轮融资。')?.attribution.kind).toBe('unnamed');
    expect(first('彭博引述知情人士称，云海集团计划出售旗下云业务。')?.attribution.kind).toBe('unnamed');
  });

  it('does not take a company speaking for an outlet', () => {
    const claim = first('星辰科技称，Orion的用户已突破一亿。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(claim?.modality).toBe('fact');
  });
});

describe('whose account a clause follows', () => {
  it('reads 按照X的说法 and 用X的话说 as X speaking', () => {
    expect(first('按照星辰科技的说法，Orion的推理速度是Nova的两倍。')?.attribution).toMatchObject({
      kind: 'organization',
      entityId: 'acme',
    });
    expect(first('用张明远的话说，Orion是公司十年来最重要的产品。')?.attribution).toMatchObject({
      kind: 'person',
      entityId: 'zhang',
    });
  });

  it('does not read 按照计划 or 按照规定 as anyone speaking', () => {
    expect(first('按照计划，星辰科技将在下月发布Orion。')?.attribution.kind).toBe('article');
    expect(first('按照规定，星辰科技需在30天内完成整改。')?.attribution.kind).toBe('article');
  });

  it('reads the results someone published (X公布的测试结果显示, X发布的评测显示) as X’s, one claim', () => {
    const claims = claimsOf('星辰科技公布的测试结果显示，Orion在多项基准上超过Nova。');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(first('云海集团发布的评测显示，Nova的得分为85分，高于Orion的80分。')?.attribution).toMatchObject({
      entityId: 'globex',
    });
  });
});

describe('analysts’ and brokers’ forecasts', () => {
  it('reads what an analyst, a broker or Taiwan’s 法人 says is to come (將, 可望) as their forecast', () => {
    expect(first('法人預估星辰科技今年營收將成長三成。')?.modality).toBe('forecast');
    expect(first('有分析师指出，星辰科技明年可望扭亏为盈。')?.modality).toBe('forecast');
  });

  it('keeps what an informed source passes on (供应链人士透露) hearsay', () => {
    expect(first('据供应链人士透露，星辰科技今年的芯片采购额可望突破百亿元。')?.modality).toBe('reported');
  });
});

describe('a plan called off', () => {
  it('reads calling off a planned event (已取消原定于下月…, 叫停了…) as a fact, not a forecast', () => {
    expect(first('星辰科技已取消原定于下月举行的发布会。')?.modality).toBe('fact');
    expect(first('星辰科技取消了原定于12月在上海举行的开发者大会。')?.modality).toBe('fact');
    expect(first('云海集团已叫停原计划明年投产的工厂项目。')?.modality).toBe('fact');
  });

  it('keeps a cancellation still to come, and a plan put back to a later date, forecasts', () => {
    expect(first('星辰科技将取消下月的发布会。')?.modality).toBe('forecast');
    expect(first('星辰科技原定11月发布Orion，现已推迟至明年。')?.modality).toBe('forecast');
  });
});

describe('a thing expected, not a speaker', () => {
  it('reads a deal or a project pointed back to before 预计 (该交易预计, 这一项目预计) as what is expected', () => {
    const claims = claimsOf('有消息称，星辰科技将收购蓝鲸智能。该交易预计将于年底完成。');
    expect(claims[1]?.attribution.kind).toBe('article');
    expect(claims[1]?.modality).toBe('forecast');
    expect(claimsOf('星辰科技的新工厂已开工，这一项目预计投资50亿元。')[1]?.attribution.kind).toBe('article');
  });

  it('keeps a company pointed back to before 预计 a speaker', () => {
    expect(first('该公司预计，Orion的用户数将在年底突破一亿。')?.attribution.kind).not.toBe('article');
  });
});

describe('someone described speaking of what is to come', () => {
  it('reads a described source’s “will” told on the record (告诉记者) as their forecast', () => {
    expect(first('一位跨境电商从业者告诉记者，未来两年，星辰科技将不得不在海外自建仓储。')?.modality).toBe('forecast');
  });
});

describe('where a speaker posts what they say', () => {
  it('reads 在社群平台表示 and 发布微博称 as the speaker’s frame, not the article’s words', () => {
    expect(first('星辰科技资深副总裁洛克海默则在社群平台表示，下一版Orion将原生支援卫星连线。')?.attribution.kind).toBe(
      'person',
    );
    expect(first('星辰科技发布微博称，公司将全面自查。')?.attribution).toMatchObject({
      kind: 'organization',
      entityId: 'acme',
    });
  });
});

describe('guidance and plans a company published', () => {
  it('reads guidance X gave (X给出的财测是…) as X’s forecast, over the clauses after it', () => {
    const claims = claimsOf('对于第三季，星辰科技给出的财测是营收季增13%至15%，毛利率介于18%至20%之间。');
    for (const claim of claims) {
      expect(claim.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
      expect(claim.modality).toBe('forecast');
    }
  });

  it('reads a plan cited by 根据 (根据该方案, 根据X公布的计划) as the source, not a claim of its own', () => {
    expect(first('根据该方案，星辰科技将拆分为六大业务集团。')?.attribution.kind).toBe('data');
    const claims = claimsOf('根据星辰科技5月公布的计划，Orion将于未来12个月内完成分拆上市。');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.attribution).toMatchObject({ entityId: 'acme' });
  });
});

describe('a speaker named anew after ；', () => {
  it('does not carry the subject before ； into the words of a speaker named after it', () => {
    const claims = claimsOf(
      '据外媒报道，星辰科技正与卫星业者洽谈合作；云海集团副总裁洛克海默则表示，下一版Nova将原生支援卫星连线。',
    );
    const last = claims[claims.length - 1];
    expect(last?.entities.map((e) => e.id)).not.toContain('acme');
    expect(last?.attribution.kind).toBe('person');
    const company = claimsOf('据外媒报道，星辰科技正与卫星业者洽谈合作；云海集团表示，下一版Nova将原生支援卫星连线。');
    expect(company[company.length - 1]?.entities.map((e) => e.id)).not.toContain('acme');
  });
});

describe('Hong Kong and Taiwan 料', () => {
  it('reads 料 after an analyst or a broker as their forecast, after a name as what the name is expected to do', () => {
    expect(first('分析師料星辰科技下半年營收將回升。')).toMatchObject({
      modality: 'forecast',
      attribution: { kind: 'unnamed' },
    });
    expect(first('券商料云海集团下半年毛利率将回升。')?.attribution.kind).toBe('unnamed');
    expect(first('云海集团料將在下半年推出Nova。')).toMatchObject({
      modality: 'forecast',
      attribution: { kind: 'article' },
    });
  });
});

describe('the writer weighing', () => {
  it('reads 不难发现 and an inference (反映了) as the writer’s view', () => {
    expect(first('不难发现，星辰科技正在从技术公司转向平台公司。')?.modality).toBe('opinion');
    expect(first('这一数字远低于外界的预期，也反映了星辰科技在海外市场的困境。')?.modality).toBe('opinion');
  });

  it('does not take 外界 in 低于外界的预期 for a source', () => {
    expect(first('这一数字远低于外界的预期，也反映了星辰科技在海外市场的困境。')?.attribution.kind).toBe('article');
  });

  it('reads a question that what is at stake decides (将决定其能否…) as a view, not a forecast', () => {
    expect(first('对星辰科技而言，Orion的成败将决定其能否在行业中立足。')?.modality).toBe('opinion');
  });
});

describe('the writer’s inference after a fact', () => {
  it('cuts …，可见… / …，这意味着… / …，这说明… from the fact before, which stays a fact', () => {
    for (const paragraph of [
      '星辰科技上月推出Orion，可见其在大模型领域的投入之大。',
      '星辰科技宣布裁员一成，这意味着公司的扩张期已经结束。',
      '星辰科技的营收连续三个季度下滑，这说明其核心业务正面临压力。',
    ]) {
      const claims = claimsOf(paragraph);
      expect(claims).toHaveLength(2);
      expect(claims[0]?.modality).toBe('fact');
      expect(claims[1]?.modality).toBe('opinion');
      expect(claims[1]?.entities.map((e) => e.id)).toContain('acme');
    }
  });

  it('reads an inference a figure gives (这意味着…翻了一番) as a computed fact', () => {
    const claims = claimsOf('去年同期，星辰科技单月交付量仅为2.4万辆左右，这意味着其12月交付量同比翻了一番。');
    expect(claims.map((c) => c.modality)).toEqual(['fact', 'fact']);
  });

  it('leaves 说明 as a verb of explaining with its own subject alone', () => {
    const claims = claimsOf('星辰科技发布公告说明了Orion的定价方案。');
    expect(claims).toHaveLength(1);
  });
});
