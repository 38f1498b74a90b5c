/**
 * The other party of a comparison, an investment and an integration: the start of a change of
 * value after 由 names no doer (words.ts prepositionAt); a hedge before a round's amount leaves the
 * round's owner the investee (modifiers.ts describesObject); reaching a level like X's is on a par
 * with X (roles.ts likenessModifier); quoted words of comparison are no term (quotes.ts); one
 * house's products built into each other are the two sides of the act (roles.ts foreignTool).
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('由 before a figure starts a change of value', () => {
  it('the company cutting prices stays the agent', () => {
    const claim = withText('星辰科技上月宣布旗下多款手机降价，其中入门款由3999元降至2999元。', '降价');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('also with a currency before the number (由人民币…降至)', () => {
    const claim = withText('云海集团宣布下调会员费，年费由人民币300元下调至199元。', '会员费');
    expect(roles(claim)).toEqual({ globex: 'agent' });
  });

  it('a doer after 由 still makes the subject undergo the act', () => {
    const claim = withText('星辰科技由三位前研究员创办。', '创办');
    expect(roles(claim)).toEqual({ acme: 'object' });
  });
});

describe('the owner of a round after an investing verb', () => {
  it('a hedged amount before 的融资 leaves the owner the investee', () => {
    const claim = withText('云海集团上月领投了星辰科技超过5亿元的融资。', '领投');
    expect(roles(claim)).toEqual({ globex: 'agent', acme: 'object' });
    expect(claim!.kind).toBe('funding');
  });

  it('a name inside a relative clause before the head is still only mentioned', () => {
    const claim = withText('云海集团收购了由星辰科技孵化的公司。', '收购');
    expect(roles(claim)).toMatchObject({ globex: 'agent', acme: 'mentioned' });
  });
});

describe('the standard of a comparison', () => {
  it('reaching a level like X’s: X is the object', () => {
    const claim = withText('星辰科技称，Orion在多项评测中达到与Nova相当的水平。', '相当的水平');
    expect(roles(claim)).toMatchObject({ nova: 'object' });
  });

  it('getting a thing like X’s only describes it: X is mentioned', () => {
    const claim = withText('星辰科技的用户获得与云海集团相若的保护水平。', '保护水平');
    expect(roles(claim).globex).toBe('mentioned');
  });

  it('quoted words of nearing X are a claimed comparison, X the object', () => {
    const claim = withText('张明远此前称，Orion在多项测评中“已接近Nova”。', '已接近Nova');
    expect(roles(claim)).toMatchObject({ nova: 'object' });
  });

  it('a quoted 对标 keeps the name mentioned', () => {
    const claim = withText('星辰科技称，Orion的整体能力“对标Nova”。', '对标Nova');
    expect(roles(claim).nova).toBe('mentioned');
  });
});

describe('one house’s products built into each other', () => {
  it('the host product of the same maker is the object', () => {
    const claim = withText('Lyra已接入鲸语助手。', '接入');
    expect(roles(claim)).toMatchObject({ whale: 'object' });
  });

  it('another maker’s model built in stays mentioned', () => {
    const claim = withText('星辰科技宣布将Lyra接入旗下办公软件。', '接入');
    expect(roles(claim)).toMatchObject({ acme: 'agent', lyra: 'mentioned' });
  });
});

describe('a comparing verb fused with a degree adverb (远高于, 略低于)', () => {
  it('the name after it is the standard, not the subject of the clause', () => {
    const claims = claimsOf('星辰科技去年的市占率约为37.9%，远高于云海集团的17.2%。');
    expect(claims.some((c) => roles(c).globex === 'agent')).toBe(false);
    expect(claims.some((c) => roles(c).globex === 'object')).toBe(true);
  });

  it('the plain verb keeps reading as before', () => {
    const claims = claimsOf('星辰科技去年的市占率约为37.9%，高于云海集团的17.2%。');
    expect(claims.some((c) => roles(c).globex === 'agent')).toBe(false);
  });
});
