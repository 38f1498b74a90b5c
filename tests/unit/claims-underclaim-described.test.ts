/**
 * Agents and objects a claim must not lose: a subject described before it (成立于…的X, 这家成立仅两年的X,
 * 身为…的X，…) and an object named by a verb of naming (名为X的Y). Fictional sentences only (see
 * claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('a subject described by a relative clause before it', () => {
  it('reads V于 (成立于, 诞生于) as the relative clause verb, not a preposition governing the name', () => {
    expect(roles(withText('成立于2016年的蓝鲸智能昨日宣布完成B轮融资。', '融资'))).toEqual({ initech: 'agent' });
    expect(roles(withText('诞生于前年的极光数据本周推出了Orion。', 'Orion'))).toEqual({
      hooli: 'agent',
      orion: 'object',
    });
    expect(roles(withText('創立於2018年的星辰科技上月發表了Nova。', 'Nova'))).toEqual({
      acme: 'agent',
      nova: 'object',
    });
  });

  it('keeps a date after V于 whose 的 heads a time as the predicate', () => {
    const claim = withText('星辰科技成立于2012年的秋天，总部在杭州。', '成立');
    expect(roles(claim).acme).toBe('agent');
  });

  it('reads 这家 before a relative clause and a name as that name', () => {
    expect(roles(withText('这家成立不到三年的极光数据已获得远山资本的投资。', '投资'))).toMatchObject({
      hooli: 'object',
      umbrella: 'agent',
    });
    expect(roles(withText('这家创立仅五年的星辰科技上周发布了Nova。', 'Nova'))).toEqual({
      acme: 'agent',
      nova: 'object',
    });
  });

  it('makes the name a role frame (身为/作为…的X，) ends on the subject of the clause after', () => {
    expect(roles(withText('身为国内搜索龙头的云海集团，本周也上线了Orion。', 'Orion'))).toEqual({
      globex: 'agent',
      orion: 'object',
    });
    expect(roles(withText('作為最早投入晶片研發的星辰科技，昨日宣佈收購Orion。', '收購'))).toEqual({
      acme: 'agent',
      orion: 'object',
    });
    // (A common noun heading the frame leaves its name mentioned.)
    expect(roles(withText('作为云海集团的老对手，星辰科技也发布了Nova。', 'Nova'))).toEqual({
      acme: 'agent',
      nova: 'object',
    });
  });

  it('makes a name a relative clause alone describes, before a comma, the subject after it', () => {
    const claims = claimsOf('总部位于广州的蓝鲸智能，近日收购了极光数据。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ initech: 'agent', hooli: 'object' });
  });

  it('leaves a name after a copula to the copula (no topic of its own)', () => {
    const claims = claimsOf('该规定的依据，是去年起施行的数据行动计划。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ plan: 'agent' });
  });
});

describe('an object named by a verb of naming', () => {
  it('makes 名为X的Y the object of the predicate', () => {
    expect(roles(withText('星辰科技上周推出了名为Nova的对话模型。', 'Nova'))).toEqual({
      acme: 'agent',
      nova: 'object',
    });
    expect(roles(withText('云海集团收购了一家名叫极光数据的初创公司。', '收购'))).toEqual({
      globex: 'agent',
      hooli: 'object',
    });
    expect(roles(withText('一款名为Orion的新模型上周正式上线。', 'Orion'))).toEqual({ orion: 'agent' });
    expect(roles(withText('蓝鲸智能發佈了一款名為「Lyra」的模型。', 'Lyra'))).toEqual({
      initech: 'agent',
      lyra: 'object',
    });
  });
});

describe('a subject the doer-marking 由 follows', () => {
  it('makes a named subject undergo the act whoever 由 names', () => {
    expect(roles(withText('蓝鲸智能由两名前高校教师于2019年创办。', '创办')).initech).toBe('object');
    expect(roles(withText('成立于2020年的极光数据，由一群资深工程师共同创立。', '创立')).hooli).toBe('object');
  });
});

describe('a name another name describes in a relative clause, before a comma', () => {
  it('is the topic of the clause after, the describing doer only mentioned', () => {
    const claim = withText('云海集团去年推出的Orion，目前月活已超过2000万。', '月活');
    expect(roles(claim)).toEqual({ globex: 'mentioned', orion: 'agent' });
  });

  it('leaves a ranking before 的 (仅次于X的Y) to the comparison', () => {
    const claim = withText('Nova的下载量位列第二，仅次于云海集团的Orion。', '仅次于');
    expect(roles(claim).nova).toBe('agent');
  });
});

describe('a bare party speaking after its own sentence named the topic (Y，官方披露…)', () => {
  it('speaks for that topic, not for a name before the sentence', () => {
    const claims = claimsOf('蓝鲸智能上月发布了Lyra。星辰科技的Nova，官方披露训练成本仅约500万美元。');
    const claim = claims.find((c) => c.text.includes('官方'));
    expect(roles(claim)).toEqual({ acme: 'mentioned', nova: 'agent' });
    expect(claim!.text.startsWith('星辰科技的Nova')).toBe(true);
    expect(claim!.modality).toBe('fact');
  });
});
