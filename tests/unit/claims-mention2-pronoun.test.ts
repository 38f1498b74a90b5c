/**
 * 其 as a subject before a prepositional phrase that opens its predicate (drafting.ts pronounRoles'
 * caller): it goes on with the last subject, as 它 does, not with a counterpart named after that
 * subject; 其 owning a noun stays the latest actor's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, words: string) => claimsOf(paragraph).find((c) => c.text.includes(words));

describe('其 before a preposition opening its predicate', () => {
  it('goes on with the subject, not the counterpart of a 除…外 frame', () => {
    const also = withText(
      '云海集团近年来在AI上持续加码：除向星辰科技累计投资40亿美元外，其还在内部推进代号为“北极星”的大模型研发。',
      '北极星',
    );
    expect(roles(also)).toMatchObject({ globex: 'agent' });
    expect(roles(also).acme).toBeUndefined();
    const built = withText('云海集团向星辰科技注资10亿元，其还在北京设立了研发中心。', '研发中心');
    expect(roles(built)).toMatchObject({ globex: 'agent' });
  });

  it('leaves 其 that a verb of saying takes with the latest actor', () => {
    const claimed = withText('云海集团发布Nova，并宣称其在多项测评中超过Orion。', '测评');
    expect(roles(claimed)).toMatchObject({ nova: 'agent', orion: 'object' });
  });

  it('leaves 其 that owns a noun (其在华的营收, 其估值) with the latest actor', () => {
    const owned = withText('云海集团向星辰科技注资10亿元，其在华的营收也随之增长。', '营收');
    expect(roles(owned)).toMatchObject({ acme: 'agent' });
    const valued = withText('云海集团向星辰科技注资10亿元，其估值达到100亿元。', '估值');
    expect(roles(valued)).toMatchObject({ acme: 'agent' });
  });
});

describe("a demonstrative phrase after the clause's own agent, opening a new paragraph (antecedents.ts)", () => {
  /** The claims of the last of consecutive paragraphs. */
  const lastOf = (...texts: string[]) => {
    const carry: ParagraphCarry = { topic: null };
    return texts.map((p) => claimsOf(p, '2024-03-15', carry)).pop() ?? [];
  };

  it('leaves a company acting on the phrase to other rules (离开这家公司 is not a tie)', () => {
    const [left] = lastOf('云海集团完成新一轮融资。', '星辰科技首席科学家张明远宣布离开这家公司。');
    expect(roles(left).globex).toBeUndefined();
  });

  it('stands for the topic of the paragraph before, the counterpart of the tie', () => {
    const [holder] = lastOf('蓝鲸智能完成新一轮融资。', '云海集团是这家公司最大的外部股东。');
    expect(roles(holder)).toMatchObject({ globex: 'agent', initech: 'object' });
    const [platform] = lastOf(
      '招股书显示，蓝鲸智能共引入多名基石投资者，合计认购约25亿美元。',
      '云海集团是这家短视频平台最大的外部股东。',
    );
    expect(roles(platform)).toMatchObject({ globex: 'agent', initech: 'object' });
  });

  it('still takes a name acting before it in its own paragraph over the paragraph before', () => {
    const claims = lastOf('蓝鲸智能完成新一轮融资。', '星辰科技上月发布了Nova，云海集团是这家公司最大的外部股东。');
    const tie = claims.find((c) => c.text.includes('股东'));
    expect(roles(tie)).toMatchObject({ globex: 'agent', acme: 'object' });
    expect(roles(tie).initech).toBeUndefined();
  });
});
