/**
 * Names a sentence only mentions though they stand where an actor or a counterpart would (session
 * 13, "overclaim"): a maker before 旗下 and its product, a foil of contrast, a model built into
 * another's product, a place of origin, the owner of a copula's complement, a part inside
 * 包括…在内的. Sentences written for these tests, in both scripts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('X旗下Y with no 的 (subject.ts ownerBefore)', () => {
  it('makes the product the agent of its metric and the maker mentioned', () => {
    const [downloads] = claimsOf('星辰科技旗下Nova的下载量突破1000万次。');
    expect(roles(downloads)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
    const [users] = claimsOf('星辰科技旗下Nova本月用戶數增長三成。');
    expect(roles(users)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
  });

  it('still reads X旗下的Y as before', () => {
    const [owned] = claimsOf('星辰科技旗下的Nova下载量突破1000万次。');
    expect(roles(owned)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
  });
});

describe('a frame of contrast or likeness (clauses.ts CONTRAST_FRAME)', () => {
  it('joins 不像X / 有別於X to the clause after it, X mentioned', () => {
    const claims = claimsOf('不像星辰科技，蓝鲸智能没有降价。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toMatchObject({ acme: 'mentioned', initech: 'agent' });
    const [differs] = claimsOf('有別於星辰科技，蓝鲸智能選擇開源。');
    expect(roles(differs)).toMatchObject({ acme: 'mentioned', initech: 'agent' });
    const [alike] = claimsOf('和星辰科技相似，蓝鲸智能也宣布了降价。');
    expect(roles(alike)).toMatchObject({ acme: 'mentioned', initech: 'agent' });
  });
});

describe('a model built into another’s product (passing.ts integratedTool)', () => {
  it('makes another maker’s model built in mentioned', () => {
    const [plugged] = claimsOf('星辰科技宣布将Lyra接入旗下办公软件。');
    expect(roles(plugged)).toMatchObject({ acme: 'agent', lyra: 'mentioned' });
    const [integrated] = claimsOf('星辰科技宣布其搜索引擎集成Lyra。');
    expect(roles(integrated)).toMatchObject({ acme: 'agent', lyra: 'mentioned' });
    const [all] = claimsOf('星辰科技旗下產品已全面接入Lyra。');
    expect(roles(all)).toMatchObject({ acme: 'agent', lyra: 'mentioned' });
    const [chips] = claimsOf('据报道，云海集团使用了上万张Lyra芯片打造超算平台。');
    expect(roles(chips)).toMatchObject({ globex: 'agent', lyra: 'mentioned' });
  });

  it('keeps a maker’s own model, or one whose maker is unknown, the object of building it in', () => {
    const [unknown] = claimsOf('星辰科技把Nova接入了模型广场。');
    expect(roles(unknown)).toMatchObject({ acme: 'agent', nova: 'object' });
    const [own] = claimsOf('蓝鲸智能把Lyra接入了内部的众多业务。');
    expect(roles(own)).toMatchObject({ initech: 'agent', lyra: 'object' });
  });
});

describe('a place of origin (passing.ts originOnly)', () => {
  it('makes where a team comes from mentioned', () => {
    const [members] = claimsOf('蓝鲸智能的核心成员多来自星辰科技。');
    expect(roles(members)).toMatchObject({ initech: 'agent', acme: 'mentioned' });
    const [founders] = claimsOf('蓝鲸智能的創始團隊出身於星辰科技，去年獲得遠山資本投資。');
    expect(roles(founders)?.acme).toBe('mentioned');
  });

  it('leaves an act that comes from X to X', () => {
    const [invested] = claimsOf('蓝鲸智能获得了来自星辰科技的投资。');
    expect(roles(invested)?.acme).not.toBe('mentioned');
  });
});

describe('the owner inside a copula’s complement (passing.ts ownerInComplement)', () => {
  it('makes X of 成为X…的Y mentioned when a named subject is what the claim is about', () => {
    const [engine] = claimsOf('Lyra有望成为蓝鲸智能今年业绩的重要增长引擎。');
    expect(roles(engine)).toMatchObject({ lyra: 'agent', initech: 'mentioned' });
    const [product] = claimsOf('Lyra已成為蓝鲸智能最重要的產品。');
    expect(roles(product)).toMatchObject({ lyra: 'agent', initech: 'mentioned' });
  });

  it('keeps a tie the counterpart, and X the topic of an unnamed subject', () => {
    const [client] = claimsOf('蓝鲸智能成为星辰科技最大的客户。');
    expect(roles(client)).toMatchObject({ initech: 'agent', acme: 'object' });
    const [home] = claimsOf('折叠屏市场同样是星辰科技的主场。');
    expect(roles(home)?.acme).toBe('agent');
  });
});

describe('a part inside 包括…在内的 (subject.ts inThingInclusion)', () => {
  it('makes the product mentioned and its owner the agent of the revenue', () => {
    const [revenue] = claimsOf('包括Lyra订阅在内的服务收入为420亿元，同比增长30%。');
    expect(roles(revenue)).toMatchObject({ initech: 'agent', lyra: 'mentioned' });
  });

  it('keeps members of a set of parties acting', () => {
    const [firms] = claimsOf('包括星辰科技在内的多家公司宣布降价。');
    expect(roles(firms)?.acme).toBe('agent');
    const [models] = claimsOf('包括Lyra在内的多款模型宣布降价。');
    expect(roles(models)?.lyra).toBe('agent');
  });
});

describe('what stands behind a name (subject.ts isTyped)', () => {
  it('makes the head after X背后的 the agent and X mentioned', () => {
    const [behind] = claimsOf('Nova背后的星辰科技宣布降价。');
    expect(roles(behind)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
    const [long] = claimsOf('Nova视频生成模型背后的星辰科技宣布降价。');
    expect(roles(long)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
  });
});

describe('users, venues and pedigrees (passing.ts usersOf, venueOf; subject.ts isTyped)', () => {
  it('makes the company whose users or developers are reached mentioned', () => {
    const [developers] = claimsOf('蓝鲸智能向星辰科技开发者开放了Lyra的接口。');
    expect(roles(developers)).toMatchObject({ initech: 'agent', acme: 'mentioned' });
    const [owners] = claimsOf('蓝鲸智能為星辰科技車主提供免費升級。');
    expect(roles(owners)?.acme).toBe('mentioned');
  });

  it('makes the owner of a store or platform arrived on mentioned', () => {
    const [store] = claimsOf('蓝鲸智能入驻星辰科技的应用商店。');
    expect(roles(store)).toMatchObject({ initech: 'agent', acme: 'mentioned' });
    const [platform] = claimsOf('蓝鲸智能登陸星辰科技平台，首日銷售額破億元。');
    expect(roles(platform)).toMatchObject({ initech: 'agent', acme: 'mentioned' });
  });

  it('makes a pedigree and a supply chain kinds, not the company', () => {
    const [pedigree] = claimsOf('有星辰科技背景的蓝鲸智能去年营收增长30%。');
    expect(roles(pedigree)).toMatchObject({ initech: 'agent', acme: 'mentioned' });
    const [chain] = claimsOf('多家星辰科技供應鏈企業股價大漲。');
    expect(roles(chain)?.acme).toBe('mentioned');
  });

  it('makes the maker of the chip a model is fitted to mentioned', () => {
    const [fitted] = claimsOf('蓝鲸智能的新模型适配星辰科技的芯片。');
    expect(roles(fitted)).toMatchObject({ initech: 'agent', acme: 'mentioned' });
  });

  it('keeps a company that is itself the counterpart', () => {
    const [staff] = claimsOf('蓝鲸智能向星辰科技员工抛出橄榄枝。');
    expect(roles(staff)?.acme).toBe('object');
    const [moves] = claimsOf('星辰科技供应链向东南亚转移。');
    expect(roles(moves)?.acme).not.toBe('mentioned');
  });
});
