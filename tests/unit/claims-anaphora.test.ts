/**
 * Full noun-phrase anaphora ("这家公司", "该初创公司", "该模型"): the phrase refers back to the
 * previous sentence's topic when it fits the phrase's type, not to whoever acted last. Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('demonstrative noun phrases take the topic', () => {
  it('skips the lead investor of the previous sentence', () => {
    const claim = withText(
      '蓝鲸智能昨日宣布完成3亿元C轮融资，本轮由远山资本领投，云海集团跟投。这家智能硬件厂商成立于2018年，总部位于深圳。',
      '这家智能硬件厂商',
    );
    expect(roles(claim)).toEqual({ initech: 'agent' });
    expect(claim!.text.startsWith('蓝鲸智能…')).toBe(true);
  });

  it('skips a counterpart named after the subject', () => {
    const claim = withText('星辰科技向云海集团出售了模型广场。这家公司随后宣布裁员200人。', '这家公司');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.text).toBe('星辰科技…这家公司随后宣布裁员200人。');
  });

  it('takes the company invested in when the investor is the subject', () => {
    const claim = withText('远山资本领投了蓝鲸智能的新一轮融资。该初创公司计划年内推出Nova。', '该初创公司');
    expect(roles(claim).initech).toBe('agent');
    expect(roles(claim).umbrella).toBeUndefined();
  });
});

describe('the latest actor when it is the right one', () => {
  it('keeps the subject of the last sentence over an earlier one', () => {
    const claim = withText(
      '星辰科技上月发布了Nova。随后，云海集团推出了Orion。这家公司随后完成了5亿元融资。',
      '这家公司',
    );
    expect(roles(claim).globex).toBe('agent');
    expect(roles(claim).acme).toBeUndefined();
  });

  it('keeps a company of the right type named earlier in the same sentence', () => {
    const claim = withText('远山资本去年投资了蓝鲸智能，该公司随后推出了Nova。', '该公司');
    expect(roles(claim).initech).toBe('agent');
  });

  it('passes over a topic of the wrong type (该模型 after a company)', () => {
    const claim = withText('云海集团今天开源了Orion。该模型在多项测试中超过Nova。', '该模型');
    expect(roles(claim)).toMatchObject({ orion: 'agent', nova: 'object' });
    expect(roles(claim).globex).toBeUndefined();
  });

  it('passes over a company topic for 该平台 when a product acted', () => {
    const claim = withText('星辰科技搭建了模型广场。开放两年来，该平台已有近百万名开发者。', '该平台');
    expect(roles(claim).hub).toBe('agent');
  });

  it('gives no known name the claim when the topic is a name the gazetteer does not know', () => {
    const paragraph =
      '青禾智能昨日宣布完成5亿元B轮融资，本轮由远山资本领投。这家机器人厂商成立于2019年，总部位于苏州。';
    expect(withText(paragraph, '这家机器人厂商')).toBeUndefined();
    // The funding itself is still the investor's claim, and a known topic still resolves.
    expect(roles(withText(paragraph, '远山资本领投')).umbrella).toBe('agent');
    const known = withText(paragraph.replace('青禾智能', '蓝鲸智能'), '这家机器人厂商');
    expect(roles(known)).toEqual({ initech: 'agent' });
  });
});
