/**
 * The existential verb with an adverb grown onto it (已有, 也有, 另有, 仍有: jieba writes each as one
 * verb): "已有X等多家厂商接入Y" says that X and others did; the names after it are the doers of the
 * verb that follows, as after a bare 有 or 还有. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('names after 已有/也有/另有 (subject.ts EXISTENTIAL)', () => {
  it('makes the named members of a class after 已有 the doers of the verb that follows', () => {
    const [joined] = claimsOf('目前已有星辰科技、蓝鲸智能等厂商接入Nova。');
    expect(roles(joined)).toMatchObject({ acme: 'agent', initech: 'agent', nova: 'object' });
    const [included] = claimsOf('已有包括星辰科技、蓝鲸智能在内的多家厂商接入Orion。');
    expect(roles(included)).toMatchObject({ acme: 'agent', initech: 'agent', orion: 'object' });
    const [also] = claimsOf('也有星辰科技等公司向云海集团发出了收购邀约。');
    expect(roles(also)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('leaves 已有 after a subject the verb of having, with the subject as agent', () => {
    const [owns] = claimsOf('云海集团目前已有Nova和Orion两款模型。');
    expect(roles(owns)).toMatchObject({ globex: 'agent', nova: 'object', orion: 'object' });
  });
});
