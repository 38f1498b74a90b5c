/**
 * Who says so and what is denied, on sentences written for these tests (not corpus sentences):
 * X官方 acting as X, a statement that there is no plan as a denial, a pronoun speaker resolved to
 * its antecedent, a speaker after a closing quote, and 不会 scoping over a launch word.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('speakers', () => {
  it('makes "X官方" X itself, acting', () => {
    const [claim] = claimsOf('对此，云海集团官方回应称，该消息不实。');
    expect(roles(claim).globex).toBe('agent');
    expect(claim?.modality).toBe('denied');
  });

  it('resolves a pronoun speaker (他还表示) to the person named before', () => {
    const claims = claimsOf('王海川介绍，Orion的训练成本下降了40%。他还表示，公司明年将推出更大的模型。');
    const claim = claims.find((c) => c.text.includes('更大的模型'));
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'wang' });
    expect(roles(claim).wang).toBe('agent');
  });

  it('takes a speaker after a closing quote as the source of the quote', () => {
    const [claim] = claimsOf('“开源是我们唯一的路线。”李思源说。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
    expect(roles(claim).li).toBe('agent');
    expect(claim?.modality).toBe('opinion');
  });
});

describe('denials', () => {
  it('reads "没有…的计划" in a statement as a denial', () => {
    const [claim] = claimsOf('极光数据随后发表声明称，公司目前并没有出售Nova业务的计划。');
    expect(claim?.kind).toBe('denial');
    expect(claim?.modality).toBe('denied');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'hooli' });
  });

  it('does not read a launch word under 不会 as a launch', () => {
    const [claim] = claimsOf('张明远强调，星辰科技今年不会上市。');
    expect(claim?.kind).not.toBe('launch');
  });
});
