/**
 * How clause structure decides who acts, on sentences written for these tests (not corpus
 * sentences): titles, owners before products, likeness frames, scene frames, reported speech,
 * concessions, negation scope, leading comments and enumerations that run over several clauses.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('who acts', () => {
  it('makes the person after an organization and a title the actor, not the organization', () => {
    const [claim] = claimsOf('星辰科技创始人兼CEO张明远发布内部信，宣布公司全面转向大模型。');
    expect(roles(claim)).toMatchObject({ zhang: 'agent', acme: 'mentioned' });
  });

  it('does not make the owner named right before its product an actor of its own', () => {
    const [claim] = claimsOf('据分析师李思源透露，星辰科技下一代Nova模型有望在年底发布。');
    expect(roles(claim)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
    expect(claim!.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
  });

  it('keeps names in a likeness frame (像X一样) out of the roles that count', () => {
    const [claim] = claimsOf('国内的创新并不需要像Nova、Orion一般惊艳全球。');
    expect(roles(claim)).toMatchObject({ nova: 'mentioned', orion: 'mentioned' });
  });

  it('treats a name inside a 在…时 frame as scene, whatever verb the frame holds', () => {
    const [claim] = claimsOf('多家机构正呼吁监管部门在制定《未来报告》时保护开源创新。');
    expect(roles(claim).report).toBe('mentioned');
  });
});

describe('reported speech', () => {
  it('makes the speaker of 正如X所言 the agent, and his organization only mentioned', () => {
    const [claim] = claimsOf('正如云海集团联合CEO张明远所言，大模型的竞争已经进入下半场。');
    expect(roles(claim)).toMatchObject({ zhang: 'agent', globex: 'mentioned' });
    expect(claim!.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    expect(claim!.modality).toBe('opinion');
  });

  it('takes the speaker, not the work where it was said, as the attribution', () => {
    const [claim] = claimsOf('正如远山资本在《未来报告》中指出的，应用层的更大问题是证明自身的价值。');
    expect(claim!.attribution).toMatchObject({ entityId: 'umbrella' });
    expect(roles(claim).umbrella).toBe('agent');
  });
});

describe('concession and negation', () => {
  it('hands the name a concession ends on to the main clause as its subject', () => {
    const [claim] = claimsOf('即使背靠云海集团的星辰科技，也没有向公众开放Nova。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', globex: 'mentioned', nova: 'object' });
  });

  it('does not read a negated launch verb as a launch, however far the negation is', () => {
    const [claim] = claimsOf('即使背靠云海集团的星辰科技，也没有面向公众开放使用Nova。');
    expect(claim!.kind).not.toBe('launch');
  });
});

describe('clause boundaries', () => {
  it('leaves a leading comment about something else out of the claim', () => {
    const [claim] = claimsOf('受众更小，目前星辰科技仅向开发者开放Nova。');
    expect(claim!.text).toBe('目前星辰科技仅向开发者开放Nova。');
    expect(roles(claim).acme).toBe('agent');
  });

  it('keeps an enumeration that runs over several clauses whole, each member listed', () => {
    const [claim] = claimsOf('星辰科技的核心团队包括研发负责人张明远和李思源，系统负责人王海川，以及12名工程师。');
    expect(claim!.text).toContain('王海川，以及12名工程师');
    expect(roles(claim)).toMatchObject({ zhang: 'listed', li: 'listed', wang: 'listed' });
  });

  it('keeps a leading span of time (在…后的72小时内) as the when of the claim after it', () => {
    const claims = claimsOf('在云海集团宣布收购后的72小时内，星辰科技的股价累计上涨了15%。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toMatch(/^在云海集团宣布收购后的72小时内，/);
    expect(claims[0]!.figures.map((f) => f.text)).toEqual(['72小时', '15%']);
    expect(roles(claims[0]).acme).toBe('agent');
  });

  it('dates a coordinated clause by the date an earlier clause of its sentence states, unless it sets its own', () => {
    const claims = claimsOf('星辰科技3月12日发布了Nova，蓝鲸智能也随即推出了Orion。', '2024-03-15');
    const follow = claims.find((c) => c.text.startsWith('蓝鲸智能'));
    expect(follow!.dates.map((d) => d.iso)).toEqual(['2024-03-12']);
    // 日前 frames what follows as a day does, shown as written.
    const recent = claimsOf('星辰科技日前在模型广场推出限时优惠，蓝鲸智能的Orion套餐降价逾30%。');
    expect(recent.find((c) => c.text.startsWith('蓝鲸智能'))!.dates.map((d) => [d.text, d.iso])).toEqual([
      ['日前', ''],
    ]);
    // The last date before it frames it, even one that cannot be resolved (a fiscal quarter):
    // 同期 is that quarter, shown with it.
    const fiscal = claimsOf('星辰科技前天公布2025财年第二季财报，蓝鲸智能的营收同期增长30%。', '2024-03-15');
    expect(fiscal.find((c) => c.text.startsWith('蓝鲸智能'))!.dates.map((d) => [d.text, d.iso])).toEqual([
      ['同期', ''],
      ['2025财年第二季', ''],
    ]);
    const later = claimsOf('2019年，星辰科技投资了蓝鲸智能，蓝鲸智能目前估值约30亿元。', '2024-03-15');
    expect(later.find((c) => c.text.startsWith('蓝鲸智能'))!.dates).toEqual([]);
  });

  it('keeps what a source says going past a nameless topic frame after a semicolon (…；留存方面，…)', () => {
    const [claim] = claimsOf('极光数据显示，头部应用活跃率低，均在20%以下；忠诚度方面，次周留存均在50%以下。');
    expect(claim!.text).toContain('忠诚度方面，次周留存均在50%以下');
    expect(claim!.figures.map((f) => f.text)).toEqual(['20%以下', '50%以下']);
  });

  it('keeps the basis a figure is computed on (按照…计算，) with the claim and its figure', () => {
    const [claim] = claimsOf('按照行业此前0.08元/千tokens以上的报价计算，Nova的新价格意味着1元可以买到100万tokens。');
    expect(claim!.text).toMatch(/^按照行业此前/);
    expect(claim!.figures.map((f) => [f.text, f.min, f.max])).toContainEqual(['0.08元', 0.08, null]);
  });

  it('never cuts a list off after a comma inside it', () => {
    for (const claim of claimsOf('投资方包括远山资本、极光数据，以及云海集团。')) {
      expect(claim.text).toContain('以及云海集团');
      expect(claim.text).toContain('包括');
    }
  });
});

describe('predicates jieba tags as nouns, and words that are not names', () => {
  it('reads a clause-final cue after a place or a time as the predicate (在香港上市)', () => {
    const [claim] = claimsOf('据知情人士透露，云海集团计划明年在香港上市。');
    expect(claim).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
    expect(roles(claim).globex).toBe('agent');
  });

  it('reads a denial cut into pieces (不实) as a denial, and 该消息 as no pronoun', () => {
    const [claim] = claimsOf('星辰科技回应称，该消息不实。');
    expect(claim).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('keeps a pronoun for a product pointing back to it', () => {
    const found = claimsOf('星辰科技发布了Nova。该模型支持多模态输入。');
    const second = found.find((c) => c.text.includes('该模型'));
    expect(roles(second).nova).toBe('agent');
  });
});

describe('owners and examples', () => {
  it('does not list one owner with its products, and keeps owner–product pairs listed', () => {
    const [one] = claimsOf('星辰科技的Nova、Orion都是在预训练路线上进行的工程创新。');
    expect(roles(one)).toMatchObject({ acme: 'mentioned', nova: 'agent', orion: 'agent' });
    const [pairs] = claimsOf('此后，星辰科技的Nova、云海集团的Orion、蓝鲸智能的模型广场相继发布。');
    expect(roles(pairs)).toMatchObject({ acme: 'listed', nova: 'listed', globex: 'listed', orion: 'listed' });
  });

  it('makes an example clause (如X与Y合作…) a proposition with its own agent', () => {
    const found = claimsOf('尽管大模型技术在某些领域取得了进展，如星辰科技与知名导演合作，用Nova生成电影短片。');
    const claim = found.find((c) => roles(c).acme);
    expect(roles(claim)).toMatchObject({ acme: 'agent', nova: 'object' });
  });

  it('ends a preposition at 的: the named product after it is what is made', () => {
    const [claim] = claimsOf('有消息称，星辰科技正在打造一款针对商家的电商产品“模型广场”。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', hub: 'object' });
    expect(claim!.modality).toBe('reported');
  });
});

describe('由 names who does it', () => {
  it('makes the investor after 由 the agent and the company raising money the object', () => {
    const [claim] = claimsOf('星辰科技昨日宣布完成5亿元B轮融资，由远山资本领投。');
    expect(claim!.kind).toBe('funding');
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', acme: 'object' });
  });
});

describe('comparison frames', () => {
  it('makes 与X相比 a comparison with X as the counterpart, not a claim of its own', () => {
    const found = claimsOf('与云海集团相比，星辰科技的研发投入更高。');
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('comparison');
    expect(roles(found[0])).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('modality and kind from the clause', () => {
  it('reads an unnamed speaker giving a view as opinion, and an unnamed source as a report', () => {
    const [view] = claimsOf('某大厂模型业务负责人表示，星辰科技的Nova还远没有达到商用水平。');
    expect(view!.modality).toBe('opinion');
    const [rumour] = claimsOf('据知情人士透露，星辰科技正在研发Nova 2。');
    expect(rumour!.modality).toBe('reported');
  });

  it('keeps the writer (前面提到，) as the attribution, not an unnamed source', () => {
    const [claim] = claimsOf('前面提到，星辰科技的Nova再次证明了规模的价值。');
    expect(claim!.attribution.kind).toBe('article');
  });

  it('does not read a negated launch, nor a serial verb before 的, as a launch', () => {
    const [claim] = claimsOf(
      '即使背靠云海集团的星辰科技，也没有面向公众开放使用Nova，就连正式开放使用的时间表都欠奉。',
    );
    expect(claim!.kind).not.toBe('launch');
  });

  it('does not read a cue inside a relative clause (开放使用的时间表) as a launch', () => {
    const [claim] = claimsOf('星辰科技至今没有公布Nova正式开放使用的时间表。');
    expect(claim!.kind).not.toBe('launch');
  });
});

describe('semicolons', () => {
  it('gives a metric after a semicolon the subject it shares, as a figure claim of its own', () => {
    // Editors make each metric after a semicolon its own claim (topic chains, lib/claims/topic-chain.ts).
    const [revenue, profit] = claimsOf('星辰科技去年营收为300亿元，同比增长20%；净利润为30亿元。');
    expect(revenue!.text).toBe('星辰科技去年营收为300亿元，同比增长20%');
    expect(revenue!.figures.map((f) => f.min)).toEqual([3e10, 20]);
    expect(profit!.text).toBe('星辰科技…净利润为30亿元。');
    expect(profit!.entities).toEqual([{ id: 'acme', role: 'agent' }]);
    expect(profit!.figures.map((f) => f.min)).toEqual([3e9]);
  });

  it('starts a new claim after a semicolon at a new subject', () => {
    const found = claimsOf('星辰科技发布了Nova；云海集团则推出了Orion。');
    expect(found.map((c) => c.text)).toEqual(['星辰科技发布了Nova', '云海集团则推出了Orion。']);
  });
});

describe('cue words used as nouns', () => {
  it('does not read 投资、并购项目的失败 as a funding, and reads its explanation as an opinion', () => {
    const [claim] = claimsOf('星辰科技不少投资、并购项目的失败，很大程度上是因为绝对的控制。');
    expect(claim!.kind).toBe('opinion');
    expect(claim!.modality).toBe('opinion');
  });

  it('still reads listed funding verbs with their objects as a funding', () => {
    const [claim] = claimsOf('远山资本先后投资、收购了蓝鲸智能和极光数据。');
    expect(claim!.kind).toBe('funding');
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', initech: 'object', hooli: 'object' });
  });
});

describe('a clause that introduces an example', () => {
  it('resolves the pronoun after "X就是一个例子" to X and shows the claim without the lead-in', () => {
    const found = claimsOf(
      '云海集团发布了Orion。Nova就是一个例子，它背后的团队包括研发负责人张明远、李思源，以及系统负责人王海川。',
    );
    const team = found.find((c) => c.text.includes('它背后的团队'));
    expect(team!.text.startsWith('Nova…它背后的团队')).toBe(true);
    expect(roles(team)).toMatchObject({ nova: 'agent', zhang: 'listed', li: 'listed', wang: 'listed' });
    expect(roles(team).globex).toBeUndefined();
  });
});
