/**
 * Who the agent is and who is only mentioned, read in the twelfth session from a checklist of
 * constructions of Chinese news language (owners inside the subject, speakers and what they say,
 * subjects inside a when-frame, names only mentioned, lists), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a predicate of rank ending on 后 or 前 is no time (cues.ts TEMPORAL_END)', () => {
  it('keeps the subject of 紧随其后 and 落后 the agent, in both scripts', () => {
    const [behind] = claimsOf('星辰科技以17.0%的份额紧随其后，出货量同比大增110%。');
    expect(roles(behind)).toMatchObject({ acme: 'agent' });
    const [traditional] = claimsOf('星辰科技以兩成的份額緊隨其後，出貨量年增三成。');
    expect(roles(traditional)).toMatchObject({ acme: 'agent' });
    const [lagging] = claimsOf('星辰科技以两成的份额落后，云海集团则位居第一。');
    expect(roles(lagging)).toMatchObject({ acme: 'agent' });
  });

  it('still reads a clause closed by 之后 as a time', () => {
    const [after] = claimsOf('在星辰科技发布Nova之后，云海集团也推出了Orion。');
    expect(roles(after)).toMatchObject({ globex: 'agent', acme: 'mentioned' });
  });
});

describe('an owner inside a coordinated subject (subject.ts findSubject)', () => {
  it('makes the unit after X旗下的 the agent and X only mentioned', () => {
    const [joined] = claimsOf('星辰科技、云海集团旗下的云海智算也在评估新一轮降价。');
    expect(roles(joined)).toMatchObject({ acme: 'agent', 'globex-cloud': 'agent', globex: 'mentioned' });
    const [reported] = claimsOf('有消息稱，星辰科技、云海集团旗下的云海智算也在評估降價。');
    expect(roles(reported)).toMatchObject({ acme: 'agent', 'globex-cloud': 'agent', globex: 'mentioned' });
  });
});

describe('a relative clause of origin with a verb after it (subject.ts findSubject)', () => {
  it('makes X of X分拆上市的时间表 the agent', () => {
    const [listing] = claimsOf('有分析师认为，云海智算分拆上市的时间表可能出现变数。');
    expect(roles(listing)).toMatchObject({ 'globex-cloud': 'agent' });
  });

  it('leaves the incubator of a head with a predicate of its own mentioned', () => {
    const [incubated] = claimsOf('由云海集团孵化的初创公司推出了一款新芯片。');
    expect(roles(incubated)).toMatchObject({ globex: 'mentioned' });
  });
});

describe('a gazetteer person announcing for the company (roles.ts speaksForCompany)', () => {
  it('makes the company the agent of a fact he announces, the person mentioned', () => {
    const [cut] = claimsOf('星辰科技创始人张明远在演讲中宣布，两款新模型的价格较此前版本大幅下调。');
    expect(roles(cut)).toMatchObject({ acme: 'agent', zhang: 'mentioned' });
    const [published] = claimsOf('星辰科技创始人张明远在发布会上公布，两款新模型的價格較此前版本下調五成。');
    expect(roles(published)).toMatchObject({ acme: 'agent', zhang: 'mentioned' });
  });

  it('leaves a named product the agent, and his own views and acts his', () => {
    const [product] = claimsOf('星辰科技创始人张明远宣布，Nova的价格下调50%。');
    expect(roles(product)).toMatchObject({ nova: 'agent', acme: 'mentioned', zhang: 'mentioned' });
    const [view] = claimsOf('张明远认为，大模型价格战还会持续很久。');
    expect(roles(view)).toMatchObject({ zhang: 'agent' });
    const [judged] = claimsOf('星辰科技创始人张明远曾公开表示，开源模型会越来越落后，闭源才是正确方向。');
    expect(roles(judged)).toMatchObject({ zhang: 'agent', acme: 'mentioned' });
    const [plan] = claimsOf('张明远表示，明年将推出三款新模型。');
    expect(roles(plan)).toMatchObject({ acme: 'agent', zhang: 'mentioned' });
    const [own] = claimsOf('星辰科技创始人张明远宣布，他将卸任首席执行官。');
    expect(roles(own)?.zhang).toBe('agent');
    expect(roles(own)?.acme).not.toBe('agent');
  });
});

describe('a product another maker is known for is not the topic’s (roles.ts madeByTopic)', () => {
  it('keeps the product the subject of its own clause', () => {
    const claims = claimsOf('云海集团表现强劲。不过，若下半年发布的Lyra能用上新功能，市场格局仍有变数。');
    const lyra = claims.find((c) => c.text.includes('Lyra'));
    expect(roles(lyra)).toMatchObject({ lyra: 'agent' });
    expect(roles(lyra)?.globex).toBeUndefined();
  });

  it('still gives the topic a product it launched', () => {
    const claims = claimsOf('蓝鲸智能表现强劲。去年10月推出的Lyra上线首周用户破百万。');
    expect(roles(claims.find((c) => c.text.includes('Lyra')))).toMatchObject({ initech: 'agent' });
  });
});

describe('the actor of a fronted when-clause when the main clause names no one (roles.ts whenClauseActor)', () => {
  it('makes X of X…之后 and 随着X… the agent', () => {
    const [after] = claimsOf('业内人士认为，星辰科技以低价开源模型搅动市场之后，国内大模型的价格战已转向比拼性能。');
    expect(roles(after)).toMatchObject({ acme: 'agent' });
    const [along] = claimsOf('隨著云海集团下調價格，行業利潤率大幅下滑。');
    expect(roles(along)).toMatchObject({ globex: 'agent' });
  });

  it('leaves a name whose coming only tells the time mentioned', () => {
    for (const text of [
      '从Nova发布到现在，大模型赛道融资事件只有21起。',
      '自Nova问世以来，大模型赛道持续升温。',
      '隨著Nova問世，大模型賽道持續升溫。',
    ]) {
      const [claim] = claimsOf(text);
      expect(Object.values(roles(claim))).not.toContain('agent');
    }
  });

  it('leaves the main clause’s own subject the agent', () => {
    const [own] = claimsOf('星辰科技推出Nova之后，云海集团也跟进降价。');
    expect(roles(own)).toMatchObject({ globex: 'agent', acme: 'mentioned' });
  });
});

describe('a list member written as a name and a product word (roles.ts listMembers)', () => {
  it('counts X清言 as one of three', () => {
    const [list] = claimsOf('星辰科技、云海集团清言、蓝鲸智能等App紧随其后，彼此间的差距并不大。');
    expect(roles(list)).toMatchObject({ acme: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('counts a service named by its verb and items closed by 等 the gazetteer lacks', () => {
    const [rivals] = claimsOf('在云海集团App下架期间，星辰科技打车、高德打车、曹操出行等竞争对手纷纷加大补贴力度。');
    expect(roles(rivals)).toMatchObject({ acme: 'listed', globex: 'mentioned' });
    const [two] = claimsOf('星辰科技打车与曹操出行等平台纷纷加大补贴力度。');
    expect(roles(two)?.acme).not.toBe('listed');
  });
});

describe('names only mentioned, as the checklist found them already read', () => {
  it('reads 继X之后, 与X不同, 和X一样, 类X and X概念股 as mentions', () => {
    expect(roles(claimsOf('繼星辰科技之後，云海集团也宣佈降價。')[0])).toMatchObject({
      globex: 'agent',
      acme: 'mentioned',
    });
    expect(roles(claimsOf('与星辰科技不同，云海集团选择了开源路线。')[0])).toMatchObject({
      globex: 'agent',
      acme: 'mentioned',
    });
    expect(roles(claimsOf('和星辰科技一样，蓝鲸智能也下调了API价格。')[0])).toMatchObject({
      initech: 'agent',
      acme: 'mentioned',
    });
    expect(roles(claimsOf('蓝鲸智能推出了一款类Nova的视频生成模型。')[0])).toMatchObject({
      initech: 'agent',
      nova: 'mentioned',
    });
    expect(roles(claimsOf('云海集团昨日大涨5%，星辰科技概念股也跟涨。')[0])).toMatchObject({
      globex: 'agent',
      acme: 'mentioned',
    });
  });
});
