/**
 * Who acts when a subject names an owner and its unit, or a class by its instances (subject.ts):
 * X旗下 + a descriptor + a known name Y makes Y the subject and X only its owner; "A、B这样的N"
 * names N's members, who act. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('an owner, 旗下 and a descriptor before a known name (subject.ts describedUnitAt)', () => {
  it('makes the named unit act and leaves its owner mentioned, with or without 的', () => {
    const [bare] = claimsOf('本周，云海集团旗下自动驾驶出行服务平台模型广场在武汉投放了500辆新车。');
    expect(roles(bare)).toMatchObject({ hub: 'agent', globex: 'mentioned' });
    const [framed] = claimsOf('继上月牵手蓝鲸智能之后，云海集团旗下出行服务平台模型广场又找到一位海外合作伙伴。');
    expect(roles(framed)).toMatchObject({ hub: 'agent', globex: 'mentioned' });
    const [withDe] = claimsOf('云海集团旗下的游戏公司模型广场宣布裁员。');
    expect(roles(withDe)).toMatchObject({ hub: 'agent', globex: 'mentioned' });
  });

  it('makes a named model the owner of its figure, its maker mentioned', () => {
    const [usage] = claimsOf('云海集团旗下大模型Nova的日均调用量突破1万亿次。');
    expect(roles(usage)).toMatchObject({ nova: 'agent', globex: 'mentioned' });
  });

  it('keeps the owner acting where a predicate, not a descriptor, stands before the name', () => {
    const [infringes] = claimsOf('云海集团旗下多款手机侵犯星辰科技一项专利。');
    expect(roles(infringes)).toMatchObject({ globex: 'agent', acme: 'object' });
    const [holds] = claimsOf('云海集团旗下拥有模型广场等多个平台。');
    expect(roles(holds)?.globex).toBe('agent');
    // A unit the gazetteer lacks stands for its owner.
    const [unknown] = claimsOf('云海集团旗下芯片设计公司海星科技宣布裁员。');
    expect(roles(unknown)).toMatchObject({ globex: 'agent' });
  });
});

describe('names before 这样的 and a noun (subject.ts namesExamples)', () => {
  it('makes the names the subject when nothing opens a comparison', () => {
    const [pair] = claimsOf('星辰科技、云海集团这样的老牌厂商不得不跟进降价。');
    expect(roles(pair)).toMatchObject({ acme: 'agent', globex: 'agent' });
    const [one] = claimsOf('价格战打响后，蓝鲸智能这样的头部公司率先宣布降价。');
    expect(roles(one)).toMatchObject({ initech: 'agent' });
  });

  it('keeps a comparison of manner (像X这样, X一样) naming no actor', () => {
    const like = claimsOf('像星辰科技这样的老牌厂商不得不跟进降价。');
    expect(like.flatMap((c) => c.entities.filter((e) => e.role === 'agent'))).toEqual([]);
    const [same] = claimsOf('云海集团希望像星辰科技一样成为平台。');
    expect(roles(same)).toMatchObject({ globex: 'agent', acme: 'mentioned' });
  });
});
