/**
 * Role direction read in the thirteenth session from a checklist of constructions of Chinese news
 * language (contests lost, sources of a supply, orders and commissions, investors taken in, fronted
 * frames of what a proposition deals with), on sentences written for these tests (not corpus
 * sentences), in both scripts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('losing to a rival: 不敌X, 败给X (segment.ts NEWS_VERBS)', () => {
  it('makes the winner the counterpart of the loser', () => {
    const [lost] = claimsOf('星辰科技不敌云海集团，排名跌至第二。');
    expect(roles(lost)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [traditional] = claimsOf('星辰科技不敵云海集团，屈居第二。');
    expect(roles(traditional)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('从X/自X with a verb of obtaining or buying names the source (roles.ts takenFrom)', () => {
  it('makes the source the object', () => {
    const [order] = claimsOf('星辰科技从云海集团拿到了一笔服务器订单。');
    expect(roles(order)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [bought] = claimsOf('星辰科技去年从云海集团采购了大批芯片。');
    expect(roles(bought)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [licence] = claimsOf('蓝鲸智能自星辰科技取得專利授權。');
    expect(roles(licence)).toMatchObject({ initech: 'agent', acme: 'object' });
  });

  it('leaves 从X as a scene before other verbs', () => {
    const [scene] = claimsOf('星辰科技从云海集团的经验中看到了机会。');
    expect(roles(scene)?.globex).not.toBe('object');
  });
});

describe('a party’s supply chain or check entered without 的 (roles.ts ownsCounterpartAct)', () => {
  it('makes the owner of the supply chain the object', () => {
    const [entered] = claimsOf('蓝鲸智能成功打入星辰科技供应链。');
    expect(roles(entered)).toMatchObject({ initech: 'agent', acme: 'object' });
    const [passed] = claimsOf('云海集團的晶片通過星辰科技認證。');
    expect(roles(passed)?.acme).toBe('object');
  });
});

describe('ordering, suing and commissioning: 责令X, 状告X, 委托X (roles.ts ORDERING)', () => {
  it('makes the one ordered or commissioned the object, whatever noun follows it', () => {
    const [ordered] = claimsOf('星辰科技责令云海集团限期整改。');
    expect(roles(ordered)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [commissioned] = claimsOf('星辰科技委托蓝鲸智能开发一款芯片。');
    expect(roles(commissioned)).toMatchObject({ acme: 'agent', initech: 'object' });
    const [sued] = claimsOf('云海集团状告星辰科技不正当竞争。');
    expect(roles(sued)).toMatchObject({ globex: 'agent', acme: 'object' });
  });

  it('makes the company ordered by a body outside the gazetteer the object', () => {
    const [ordered] = claimsOf('监管部门责令星辰科技停止新用户注册。');
    expect(roles(ordered)?.acme).toBe('object');
  });
});

describe('由X研发: the developer named after 由 acts (segment.ts NEWS_VERBS)', () => {
  it('gives a claim with the product the object', () => {
    const [developed] = claimsOf('Orion由蓝鲸智能研发。');
    expect(roles(developed)).toMatchObject({ orion: 'object', initech: 'agent' });
  });
});

describe('taking in an investor: 引入X作为战略投资者 (roles.ts admittedInvestor, investors.ts unnamedGiver)', () => {
  it('makes the investor the agent and the company the object', () => {
    const [named] = claimsOf('云海集团引入星辰科技作为战略投资者。');
    expect(roles(named)).toMatchObject({ globex: 'object', acme: 'agent' });
    expect(named?.kind).toBe('funding');
    const [traditional] = claimsOf('蓝鲸智能引進远山资本為新股東。');
    expect(roles(traditional)).toMatchObject({ initech: 'object', umbrella: 'agent' });
  });

  it('makes the company the investee of investors the gazetteer lacks, named after it', () => {
    const [counted] = claimsOf('蓝鲸智能此次共引入8名基石投资者，包括两家主权基金和三家保险公司。');
    expect(roles(counted)).toMatchObject({ initech: 'object' });
  });

  it('leaves the company the agent of its round when no investor is named', () => {
    const [unnamed] = claimsOf('蓝鲸智能今年第二次引入重磅战略投资者。');
    expect(roles(unnamed)).toMatchObject({ initech: 'agent' });
  });

  it('leaves taking in a technology the subject’s own act', () => {
    const [technology] = claimsOf('云海集团引入星辰科技的技术。');
    expect(roles(technology)?.globex).toBe('agent');
  });
});

describe('a fronted frame of what is dealt with: 针对X的…，对于X，关于X的… (roles.ts aboutTopicFrame)', () => {
  it('makes the name in the frame the counterpart of the one who acts', () => {
    const [answered] = claimsOf('对于蓝鲸智能，星辰科技表示双方将继续合作。');
    expect(roles(answered)).toMatchObject({ initech: 'object', acme: 'agent' });
    const [silent] = claimsOf('關於云海集团的收購傳聞，星辰科技不予置評。');
    expect(roles(silent)).toMatchObject({ globex: 'object', acme: 'agent' });
  });

  it('makes the topic of a probe by an unnamed body the object', () => {
    const [probe] = claimsOf('针对云海集团的数据安全问题，监管部门已展开调查。');
    expect(roles(probe)?.globex).toBe('object');
  });

  it('leaves the names of a rumour or an event answered in the frame mentioned', () => {
    const [rumour] = claimsOf('对于网传Nova调用了海外模型的说法，星辰科技回应称并非事实。');
    expect(roles(rumour)?.nova).toBe('mentioned');
  });

  it('leaves a frame of viewpoint (对X而言) to its own reading', () => {
    const [view] = claimsOf('对云海集团而言，这次降价意味着利润下滑。');
    expect(roles(view)?.globex).not.toBe('object');
  });
});

describe('an appositive title before a name: 搜索巨头X, 外送龙头X (segment.ts APPOSITIVE_HEAD)', () => {
  it('keeps the name the subject of its own act, the verb in the title no predicate', () => {
    const [results] = claimsOf('国内搜索巨头星辰科技昨日公布第三季度财报。');
    expect(roles(results)).toMatchObject({ acme: 'agent' });
    const [traditional] = claimsOf('外送龍頭云海集团29日盤後公布財報。');
    expect(roles(traditional)).toMatchObject({ globex: 'agent' });
  });
});

describe('a finding with no named finder: 法官裁定X构成垄断 (roles.ts foundToAct)', () => {
  it('makes the company found to act the agent of the conduct', () => {
    const [ruling] = claimsOf('法官裁定星辰科技在搜索市场构成垄断。');
    expect(roles(ruling)).toMatchObject({ acme: 'agent' });
    const [found] = claimsOf('调查认定云海集团存在数据违规。');
    expect(roles(found)).toMatchObject({ globex: 'agent' });
  });

  it('leaves a named finder the agent and the one found against its counterpart', () => {
    const [named] = claimsOf('星辰科技认定云海集团侵犯了其专利。');
    expect(roles(named)?.acme).toBe('agent');
  });
});

describe('X由Y + verb with a doer the gazetteer lacks (sentence.ts byUnnamed)', () => {
  it('makes the named subject the object of its founding', () => {
    const [founded] = claimsOf('星辰科技由三位前研究员创办。');
    expect(roles(founded)).toMatchObject({ acme: 'object' });
  });

  it('leaves a subject made up of others (由A、B组成) as it was', () => {
    const [made] = claimsOf('智算产业联盟由多家芯片企业组成。');
    expect(roles(made)?.alliance).not.toBe('object');
  });
});

describe('由X before a verb of moving names whence (words.ts prepositionAt)', () => {
  it('makes the company left the object and the person who moves the agent', () => {
    const [moved] = claimsOf('张明远由云海集团转投星辰科技。');
    expect(roles(moved)).toMatchObject({ zhang: 'agent', globex: 'object' });
  });
});

describe('a fraction taken of a name: 只有X的三分之一, 仅为X的零头 (subject.ts ratioNameAt)', () => {
  it('makes the name the fraction is taken of the counterpart', () => {
    const [third] = claimsOf('Nova的参数量只有Orion的三分之一。');
    expect(roles(third)).toMatchObject({ nova: 'agent', orion: 'object' });
    const [tenth] = claimsOf('Nova的價格僅為Orion的十分之一。');
    expect(roles(tenth)).toMatchObject({ nova: 'agent', orion: 'object' });
    const [tiny] = claimsOf('Nova的价格仅为Orion的零头。');
    expect(roles(tiny)).toMatchObject({ nova: 'agent', orion: 'object' });
  });
});
