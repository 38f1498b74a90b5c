/**
 * A clause whose subject is a common noun phrase for a plant, unit, product or metric of the
 * paragraph's one party (antecedents.ts: partSubjectTopic) is about that party: 第二座厂将导入…
 * after a sentence about 星辰科技 has 星辰科技 as agent, its name leading the text. A second party,
 * a noun phrase naming a party, a possessor or a set of things leaves the claim out. Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

const withText = (paragraph: string, part: string, carry?: ParagraphCarry) =>
  claimsOf(paragraph, '2024-03-15', carry).find((c) => c.text.includes(part));

describe('a part of the paragraph’s one party as subject', () => {
  it('a plant: the party is the agent, its name leading the text', () => {
    const claim = withText('星辰科技上月在苏州新建了两座工厂。第二座厂将导入5纳米制程。', '导入5纳米');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.text.startsWith('星辰科技…')).toBe(true);
  });

  it('a product with a predicate naming a figure', () => {
    const claim = withText('星辰科技昨日发布两款新芯片。旗舰处理器则提供32GB内存。', '32GB');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('a metric after a frame of the angle (获利方面)', () => {
    const claim = withText('蓝鲸智能昨日发布年报。获利方面，净利为3.2亿元，同比下降12%。', '净利为');
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it('in a paragraph naming no one, the party the paragraph before was about', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日宣布在越南新建工厂。', '2024-03-15', carry);
    const claim = withText('第一座厂原订今年量产。', '原订今年', carry);
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });
});

describe('no part to hand to the party', () => {
  it('when the paragraph named two acting parties', () => {
    const claim = withText('星辰科技与云海集团昨日签署合作协议，各自新建工厂。第二座厂将导入5纳米制程。', '导入5纳米');
    expect(roles(claim)).not.toEqual({ acme: 'agent' });
  });

  it('when the noun phrase names a party of its own (大厂, 客户)', () => {
    expect(withText('星辰科技上月推出新款芯片。多家大厂将导入这款芯片。', '将导入')).toBeUndefined();
    expect(withText('星辰科技上月推出新款芯片。海外客户营收预计明年翻倍。', '明年翻倍')).toBeUndefined();
  });

  it('when a possessor names whose metric it is (数据的规模)', () => {
    expect(withText('星辰科技上月推出新款芯片。数据的规模成为最大的门槛。', '最大的门槛')).toBeUndefined();
  });

  it('when the noun is no part, product, plant or metric', () => {
    expect(withText('星辰科技上月推出新款芯片。天气预计明年转暖。', '转暖')).toBeUndefined();
  });
});
