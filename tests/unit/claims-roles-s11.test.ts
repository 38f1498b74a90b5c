/**
 * Roles read in the eleventh session from a checklist of agent/object constructions of Chinese news
 * language, on sentences written for these tests (not corpus sentences).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('the literary passive 为X所V names its doer (roles.ts passiveFrame)', () => {
  it('makes X the agent and the subject the object, in both scripts', () => {
    const [simplified] = claimsOf('星辰科技去年为云海集团所收购。');
    expect(roles(simplified)).toMatchObject({ globex: 'agent', acme: 'object' });
    expect(simplified?.kind).toBe('event');
    const [traditional] = claimsOf('星辰科技最終為云海集团所併購。');
    expect(roles(traditional)).toMatchObject({ globex: 'agent', acme: 'object' });
  });
});

describe('获X + an act of granting other than money (roles.ts GRANTED_ACT)', () => {
  it('makes the grantor the agent and gives no funding kind', () => {
    const [licence] = claimsOf('星辰科技获云海集团授权使用其全部专利。');
    expect(roles(licence)).toMatchObject({ globex: 'agent', acme: 'object' });
    expect(licence?.kind).not.toBe('funding');
    const [invited] = claimsOf('蓝鲸智能獲得云海集团邀請，加入其开发者计划。');
    expect(roles(invited)).toMatchObject({ globex: 'agent', initech: 'object' });
  });

  it('leaves an approval to the approved company', () => {
    const [approved] = claimsOf('星辰科技的并购案获云海集团批准。');
    expect(roles(approved)?.globex).not.toBe('agent');
  });

  it('still reads 获X投资 as a round', () => {
    const [round] = claimsOf('星辰科技获远山资本投资2亿元。');
    expect(round?.kind).toBe('funding');
    expect(roles(round)).toMatchObject({ umbrella: 'agent', acme: 'object' });
  });
});

describe('从X + a verb of taking makes X the counterpart (roles.ts takenFrom)', () => {
  it('reads 从X挖角 and 從X手中收购 as acts on X', () => {
    const [poached] = claimsOf('星辰科技从云海集团挖角了多名芯片工程师。');
    expect(roles(poached)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [bought] = claimsOf('星辰科技從云海集团手中收購了其雲端業務。');
    expect(roles(bought)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('leaves 从X as a source or a starting point mentioned', () => {
    const [source] = claimsOf('星辰科技从云海集团的经验中得到启发，推出了Nova。');
    expect(roles(source)?.globex).toBe('mentioned');
  });
});

describe('X同款 and X平替 name a likeness, not X (subject.ts isTyped)', () => {
  it('leaves the product only mentioned', () => {
    const [same] = claimsOf('星辰科技推出了Nova同款功能。');
    expect(roles(same)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
    const [cheap] = claimsOf('蓝鲸智能发布了一款Orion平替模型。');
    expect(roles(cheap)).toMatchObject({ initech: 'agent', orion: 'mentioned' });
  });
});

describe('a contract is a joint act with a counterpart (subject.ts JOINT_NOUN)', () => {
  it('makes the second name of 与/同X签订合同 the object', () => {
    const [contract] = claimsOf('星辰科技与云海集团签订了采购合同。');
    expect(roles(contract)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [memo] = claimsOf('星辰科技同云海集团簽署了合作備忘錄。');
    expect(roles(memo)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('keeps both agents when 共同 joins them', () => {
    const [joint] = claimsOf('星辰科技与云海集团共同签订了采购合同。');
    expect(roles(joint)).toMatchObject({ acme: 'agent', globex: 'agent' });
  });
});

describe('X投资的Y: a verb jieba tags a noun still opens a relative clause on Y (words.ts verbalRelative)', () => {
  it('makes Y the subject of the main clause and X only mentioned, with the main clause kind', () => {
    const [claim] = claimsOf('远山资本投资的星辰科技发布了新模型Nova。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', umbrella: 'mentioned' });
    expect(claim?.kind).toBe('launch');
  });

  it('still reads X的投资 as a round', () => {
    const [claim] = claimsOf('星辰科技获得了远山资本的投资。');
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', acme: 'object' });
  });
});

describe('a move of office: the company left is the object, the one joined the agent (moves.ts)', () => {
  it('makes the past employer the object and the company joined the agent', () => {
    const [past] = claimsOf('曾任星辰科技技术负责人的王浩已加盟云海集团。');
    expect(roles(past)).toMatchObject({ acme: 'object', globex: 'agent' });
    const [former] = claimsOf('星辰科技前副總裁已加盟云海集团。');
    expect(roles(former)).toMatchObject({ acme: 'object', globex: 'agent' });
    const [hopped] = claimsOf('原星辰科技研究员李明加入云海集团，出任首席科学家。');
    expect(roles(hopped)).toMatchObject({ acme: 'object', globex: 'agent' });
  });

  it('makes the company whose officers leave the object, with a count of officers between', () => {
    const [count] = claimsOf('星辰科技多名高管相继离职。');
    expect(roles(count)).toMatchObject({ acme: 'object' });
    const [three] = claimsOf('蓝鲸智能三位联合创始人已先后離職。');
    expect(roles(three)).toMatchObject({ initech: 'object' });
  });

  it('does not read a count of staff as officers leaving (X约770名员工中…辞职)', () => {
    const [claim] = claimsOf('星辰科技约3000名员工中，超过2000人联名签署公开信，要求董事会辞职。');
    expect(roles(claim)?.acme).not.toBe('object');
  });

  it('leaves a company joining an alliance the agent', () => {
    const [claim] = claimsOf('星辰科技宣布加入智算产业联盟。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', alliance: 'object' });
  });
});

describe('在X看来 frames a view held by X, as X认为 does (clauses.ts)', () => {
  it('makes X the source, and the agent when the view names no actor', () => {
    const [claim] = claimsOf('在星辰科技看来，大模型价格战已经结束。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(roles(claim)).toMatchObject({ acme: 'agent' });
    expect(claim?.modality).toBe('opinion');
  });

  it('leaves X mentioned when the view is about another company', () => {
    const [claim] = claimsOf('在星辰科技看來，云海集团的降價難以持續。');
    expect(roles(claim)).toMatchObject({ acme: 'mentioned', globex: 'agent' });
  });
});

describe('对X的 + a noun qualifying an act: X is what the act is done to (roles.ts actAfterModifier)', () => {
  it('makes X the object of 对X的全资收购 and 对X的专利诉讼', () => {
    const [bought] = claimsOf('云海集团完成了对星辰科技的全资收购。');
    expect(roles(bought)).toMatchObject({ globex: 'agent', acme: 'object' });
    const [sued] = claimsOf('云海集团对星辰科技的专利诉讼仍在进行。');
    expect(roles(sued)).toMatchObject({ globex: 'agent', acme: 'object' });
  });

  it('leaves X the owner of a plain noun (给X的业务) mentioned', () => {
    const [claim] = claimsOf('云海集团给星辰科技的业务带来了冲击。');
    expect(roles(claim)?.acme).toBe('mentioned');
  });
});

describe('a causative with a named causer acts on the causee (roles.ts)', () => {
  it('makes Y the object of X的降价让Y…, also through a subject-predicate phrase', () => {
    const [pressed] = claimsOf('星辰科技的降价让云海集团压力倍增。');
    expect(roles(pressed)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [forced] = claimsOf('星辰科技的降價迫使云海集团跟進。');
    expect(roles(forced)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('still makes the causee the agent when no name causes it', () => {
    const [claim] = claimsOf('此举让云海集团压力倍增。');
    expect(roles(claim)).toMatchObject({ globex: 'agent' });
  });
});

describe('a dispute is a joint act with a counterpart (subject.ts JOINT_NOUN)', () => {
  it('makes the second name of A与B爆发纠纷 / 陷入官司 the object', () => {
    const [dispute] = claimsOf('星辰科技與云海集团爆發專利糾紛。');
    expect(roles(dispute)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [suit] = claimsOf('星辰科技和云海集团陷入了一场官司。');
    expect(roles(suit)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('前者 / 后者 / 对方 speaking are their antecedents (antecedents.ts SPEAKING_PRONOUN)', () => {
  it('makes 后者回应称 the company named last the speaker and agent', () => {
    const [, answer] = claimsOf('云海集团起诉星辰科技。后者回应称，将于下月推出Nova。');
    expect(answer?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(roles(answer)).toMatchObject({ acme: 'agent' });
  });

  it('makes 前者表示 the first of the two', () => {
    const [, said] = claimsOf('云海集团起诉星辰科技。前者表示，将追加索赔金额至2亿元。');
    expect(said?.attribution).toMatchObject({ entityId: 'globex' });
    expect(roles(said)).toMatchObject({ globex: 'agent' });
  });
});

describe('由A与B…: names joined after 由 are doers together (roles.ts)', () => {
  it('makes both the agents of 由A与B联合开发 / 共同开发', () => {
    const [joint] = claimsOf('Nova由星辰科技与云海集团联合开发。');
    expect(roles(joint)).toMatchObject({ nova: 'object', acme: 'agent', globex: 'agent' });
    const [together] = claimsOf('Nova由星辰科技和云海集团共同開發。');
    expect(roles(together)).toMatchObject({ nova: 'object', acme: 'agent', globex: 'agent' });
  });

  it('still makes the partner of A与B联合开发 an agent and A与B签约 a counterpart', () => {
    const [fused] = claimsOf('星辰科技与云海集团联合开发了Nova。');
    expect(roles(fused)).toMatchObject({ acme: 'agent', globex: 'agent', nova: 'object' });
    const [signed] = claimsOf('星辰科技与云海集团签约。');
    expect(roles(signed)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('获X选为 / 評為: jieba cuts 选/为, X still chooses (roles.ts passiveFrame)', () => {
  it('makes X the agent and the subject the object', () => {
    const [claim] = claimsOf('星辰科技獲云海集团選為核心合作夥伴。');
    expect(roles(claim)).toMatchObject({ globex: 'agent', acme: 'object' });
  });
});

describe('the word after a counterpart preposition and its name is the predicate (segment.ts retagVerbs)', () => {
  it('reads 向X供应/vn and 给X供应/vn as verbs acting on X', () => {
    const [supply] = claimsOf('星辰科技已向云海集团供应HBM芯片。');
    expect(roles(supply)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [give] = claimsOf('星辰科技給云海集团供應晶片。');
    expect(roles(give)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('leaves 对X的 + noun to its owner reading', () => {
    const [claim] = claimsOf('云海集团给星辰科技的业务带来了冲击。');
    expect(roles(claim)?.acme).toBe('mentioned');
  });
});

describe('跳槽至Y and a field before the title (segment.ts NEWS_VERBS, moves.ts)', () => {
  it('makes the company left the object and the one joined the agent', () => {
    const [claim] = claimsOf('星辰科技技术负责人已跳槽至云海集团。');
    expect(roles(claim)).toMatchObject({ acme: 'object', globex: 'agent' });
  });
});
