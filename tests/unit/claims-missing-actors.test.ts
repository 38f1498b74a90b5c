/**
 * Actors a claim must not lose or give away: a pronoun going on with the topic rather than a
 * name that only completed the sentence before (an investor, a standard of comparison). Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('其 and 它 opening a sentence go on with its topic', () => {
  it('skips the investor the company got money from', () => {
    const claim = withText(
      '蓝鲸智能上周宣布获得云海集团的战略投资，金额未披露。据悉，交易完成后其估值已逼近50亿元。',
      '其估值',
    );
    expect(roles(claim)).toEqual({ initech: 'agent' });
    expect(claim!.text.startsWith('蓝鲸智能…')).toBe(true);
  });

  it('skips the lead investor of a round the topic closed', () => {
    const claim = withText(
      '据报道，星辰科技完成了新一轮融资，由远山资本领投，极光数据跟投。半年后，又有消息称，云海集团也已向其注资。',
      '向其注资',
    );
    expect(roles(claim)).toMatchObject({ acme: 'object', globex: 'agent' });
    expect(roles(claim).hooli).toBeUndefined();
  });

  it('skips a name that only compared with the topic before a semicolon', () => {
    const claim = withText(
      '去年3月，极光数据的营收首次超过蓝鲸智能，一度位列行业第二；今年一季度，其营收又超越了云海集团。',
      '其营收又',
    );
    expect(roles(claim)).toEqual({ hooli: 'agent', globex: 'object' });
  });

  it('keeps the subject of its own sentence when it comes later in it', () => {
    const claim = withText('星辰科技发布了Nova。云海集团随后宣布向其注资2亿元。', '注资');
    expect(roles(claim)).toMatchObject({ globex: 'agent', acme: 'object' });
  });
});

describe('a round and a pair say whom they stand for', () => {
  it('makes the company a round is about the topic, past an unknown incubator and the investors', () => {
    const claim = withText(
      '由某高校人工智能实验室孵化的蓝鲸智能宣布完成数千万元天使轮融资，远山资本领投，云海集团跟投。这已是该公司今年完成的第二轮融资。',
      '该公司',
    );
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it('reads 两家公司 as the last two companies, not the products they were last said to make', () => {
    const claim = withText(
      '星辰科技与云海集团走了另一条路。前者把新功能塞进了Nova和模型广场，后者则在Orion中加入了问答。业内人士认为，两家公司的长处在于自有的用户。',
      '两家公司',
    );
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
  });
});
