/**
 * A person the gazetteer places in a company who speaks as the company (我们, 本公司) speaks for
 * it, whatever the modality: the company is `agent`, the person `mentioned` (README: a gazetteer
 * executive speaking for his company, stated by dev-4 … dev-12). A view in his own name stays his.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a gazetteer executive speaking as his company', () => {
  it('makes the company act in a quoted view said with 我们', () => {
    const [c] = claimsOf('张明远表示：“出售制造业务，让我们能专注在高价值的设计上。”');
    expect(roles(c)).toEqual({ zhang: 'mentioned', acme: 'agent' });
    expect(c!.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it('makes the company act in a quoted attitude after 说', () => {
    const [c] = claimsOf('张明远说：「我们对海外市场的投入是长期的，不会只看一两个季度的数字。」');
    expect(roles(c)).toEqual({ zhang: 'mentioned', acme: 'agent' });
  });

  it('keeps a view in his own name his', () => {
    expect(roles(claimsOf('张明远认为，开源模型会越来越落后。')[0])).toEqual({ zhang: 'agent' });
    expect(roles(claimsOf('张明远称，这是中国AI行业的一大步。')[0])).toEqual({ zhang: 'agent' });
  });

  it('leaves a person the gazetteer places in no company the agent', () => {
    const [c] = claimsOf('王海川表示：“我们会继续投入研发。”');
    expect(roles(c).wang).toBe('agent');
    expect(roles(c).acme).toBeUndefined();
  });
});
