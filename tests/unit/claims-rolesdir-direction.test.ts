/**
 * Who acts and who is acted on (session 16, branch rolesdir), on sentences written for these
 * tests (not corpus sentences): the company whose officers leave, the one ordered by a verb of
 * ordering, the owner of the whole a share is taken of, and a name that ends its clause.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('officers counted before a split title leave their company (moves.ts titled)', () => {
  it('makes the company whose core officers leave the object', () => {
    const [left] = claimsOf('星辰科技至少三名核心高层相继离职。');
    expect(roles(left)?.acme).toBe('object');
    const [resigned] = claimsOf('云海集团两名核心成员上月先后辞职。');
    expect(roles(resigned)?.globex).toBe('object');
  });

  it('makes a company named by a pronoun subject whose officers leave the object (moves.ts subjectLeftBy)', () => {
    const claims = claimsOf('星辰科技近况不佳。据媒体报道，公司至少三名核心高层在过去两个月内相继离职。');
    expect(roles(claims.find((c) => c.text.includes('离职')))?.acme).toBe('object');
    const traditional = claimsOf('云海集团近況不佳。該公司兩名聯合創始人已相繼離職。');
    expect(roles(traditional.find((c) => c.text.includes('離職')))?.globex).toBe('object');
  });

  it('leaves a company that takes people on the agent', () => {
    const [hired] = claimsOf('星辰科技近日迎来两名新高管，公司将扩充研发团队。');
    expect(roles(hired)?.acme).toBe('agent');
  });
});

describe('the one a verb of ordering names is no owner of what follows it (roles.ts ownersOfPatient)', () => {
  it('keeps the company ordered by a body outside the gazetteer the object', () => {
    const [sell] = claimsOf('监管部门要求星辰科技出售其广告业务。');
    expect(roles(sell)?.acme).toBe('object');
    const [fix] = claimsOf('法院责令云海集团限期整改。');
    expect(roles(fix)?.globex).toBe('object');
    const [reported] = claimsOf('分析指，司法部早前已要求蓝鲸智能剥离搜索业务。');
    expect(roles(reported)?.initech).toBe('object');
  });

  it('keeps a named orderer the agent', () => {
    const [asked] = claimsOf('星辰科技要求云海集团赔偿损失。');
    expect(roles(asked)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('a name ending its clause owns nothing in the next one (roles.ts ownersOfPatient)', () => {
  it('keeps the company an unnamed person leaves the object', () => {
    const [left] = claimsOf('王某去年9月突然宣布离开星辰科技，当天首席研究官李某也相继请辞。');
    expect(roles(left)?.acme).toBe('object');
  });
});

describe('a quarter after the name is a period, not a product (roles.ts ownersOfPatient)', () => {
  it('makes the owner of the whole a share is taken of the agent', () => {
    const [share] = claimsOf('云服务产品占星辰科技第三季营收约46%。');
    expect(roles(share)?.acme).toBe('agent');
    const [part] = claimsOf('海外業務約占云海集团第二季營收的三成。');
    expect(roles(part)?.globex).toBe('agent');
  });
});

describe('the one a causative with no named causer makes act is the actor (roles.ts causee)', () => {
  it('reads 有助于 and 有利于 as causatives', () => {
    const [helps] = claimsOf('也有分析师认为，削减开支有助于星辰科技保住现金流。');
    expect(roles(helps)?.acme).toBe('agent');
    const [favours] = claimsOf('新规有利于云海集团扩大市场份额。');
    expect(roles(favours)?.globex).toBe('agent');
  });

  it('lets an adjective as adverb or an opening quote stand before the verb', () => {
    const [forced] = claimsOf('此举迫使星辰科技尽快调整价格。');
    expect(roles(forced)?.acme).toBe('agent');
    const [quoted] = claimsOf('王某表示，新团队将帮助蓝鲸智能“加快打造智能体”。');
    expect(roles(quoted)?.initech).toBe('agent');
  });

  it('keeps the one a named causer makes act the object', () => {
    const [named] = claimsOf('云海集团帮助星辰科技重新设计芯片。');
    expect(roles(named)).toMatchObject({ globex: 'agent', acme: 'object' });
  });
});

describe('其 before a measure or a verdict owns it (roles.ts counterpartPronouns)', () => {
  it('makes the one 其 stands for the agent when no name acts before it', () => {
    const claims = claimsOf('星辰科技今年营收大增。多家华尔街机构在财报后下调其目标价。');
    expect(roles(claims.find((c) => c.text.includes('目标价')))?.acme).toBe('agent');
  });
});

describe('a list inside a fronted frame of what is dealt with is its topic (roles.ts aboutTopicFrame)', () => {
  it('makes every name of 针对X、Y等平台的问题 the object, the last one too', () => {
    const [probe] = claimsOf('针对星辰科技、云海集团等平台的“二选一”问题，监管部门也已在收集材料。');
    expect(roles(probe)).toMatchObject({ acme: 'object', globex: 'object' });
  });
});
