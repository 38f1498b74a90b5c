/**
 * A demonstrative with a kind of product after a verb (接入该产品, 部署该模型) stands for the
 * product named before, as 该公司 stands for a company: that product is the act's object.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a product pronoun as the object', () => {
  it('makes the product a 该模型 or 该产品 after a verb stands for the object', () => {
    const [, model] = claimsOf('蓝鲸智能上月发布了Orion。云海集团已经部署该模型。');
    expect(roles(model)).toEqual({ globex: 'agent', orion: 'object' });
    const [, product] = claimsOf('星辰科技推出了模型广场。云海集团计划接入该产品。');
    expect(roles(product)).toEqual({ globex: 'agent', hub: 'object' });
  });

  it('makes it the object of a maker bringing it out, its owner mentioned', () => {
    const [, claim] = claimsOf(
      'Orion是一款视觉模型。上月，云海集团旗下的云海智算在发布会上发布该模型，售价为每千tokens0.01元。',
    );
    expect(roles(claim)).toEqual({ globex: 'mentioned', 'globex-cloud': 'agent', orion: 'object' });
  });

  it('leaves a product a verb of saying is said of the subject of what is said', () => {
    const [, claim] = claimsOf('蓝鲸智能上月发布了Orion。云海集团称该模型性能出色。');
    expect(roles(claim)).toEqual({ globex: 'mentioned', orion: 'agent' });
  });
});
