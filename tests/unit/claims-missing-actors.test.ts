/**
 * Actors a claim must not lose or give away: a pronoun going on with the topic rather than a
 * name that only completed the sentence before (an investor, a standard of comparison). Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
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

describe('money whose recipient the clause leaves unsaid', () => {
  it('puts a hedged amount into the company the paragraph is about', () => {
    const claim = withText(
      '极光数据与星辰科技的合作由来已久。去年春天，星辰科技宣布把极光数据选为首选云服务商；据媒体报道，极光数据当时还投资了约2亿美元，换取约8%的股份。',
      '当时还投资',
    );
    expect(roles(claim)).toMatchObject({ hooli: 'agent', acme: 'object' });
  });

  it('reads a verb of adding before the investing noun (追加投资) as the same unsaid investment', () => {
    const claim = withText(
      '这已是远山资本第二次注资蓝鲸智能。2020年，远山资本首次投资5亿元；去年又追加投资，金额未披露。',
      '追加投资',
    );
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', initech: 'object' });
  });

  it('leaves money the subject receives with the subject', () => {
    const [, claim] = claimsOf(
      '远山资本上月领投了云海集团的新一轮融资。这是半年内，蓝鲸智能第二次获得大型机构的注资。',
    );
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });
});

describe('本轮 stands for the round the article reported last', () => {
  it('makes the company of that round the object beside the investors of a later paragraph', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('蓝鲸智能周一宣布，已完成30亿元B轮融资，投后估值达150亿元。', '2024-03-15', carry);
    const [led] = claimsOf('本轮由星辰科技领投，云海集团、极光数据跟投。', '2024-03-15', carry);
    expect(roles(led)).toEqual({ acme: 'agent', globex: 'agent', hooli: 'agent', initech: 'object' });
    expect(led!.text.startsWith('蓝鲸智能…')).toBe(true);
    const [share] = claimsOf('星辰科技与云海集团合计出资约占本轮四成，其余由多家基金认购。', '2024-03-15', carry);
    expect(roles(share)).toEqual({ acme: 'agent', globex: 'agent', initech: 'object' });
  });

  it('gives no company to 本轮 before any round was reported', () => {
    const [claim] = claimsOf('星辰科技与云海集团合计出资约占本轮四成。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
  });
});
