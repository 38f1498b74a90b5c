/**
 * A named company or body whose words give no other name a real role (a zero subject, a thing no
 * gazetteer name stands for) states its own position: it is `agent` of what it says, attribution
 * the organization. Not a person's words, not an unnamed commentator's, and not words naming
 * another party, whose roles stand.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a company speaking words that name no other party', () => {
  it('makes the company agent of words about a thing no name stands for, after a report on it', () => {
    const cs = claimsOf(
      '另有消息指，星辰科技在华南的一家大型经销商集团因欠款而停业。星辰科技回应称，该经销商的停业与新品定价无关。',
    );
    const said = cs.find((c) => c.text.includes('回应称'));
    expect(roles(said)).toEqual({ acme: 'agent' });
    expect(said!.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('does the same in Traditional script', () => {
    const cs = claimsOf(
      '另有消息指，星辰科技在華南的一家大型經銷商集團因欠款而停業。星辰科技回應稱，該經銷商的停業與新品定價無關。',
    );
    const said = cs.find((c) => c.text.includes('回應稱'));
    expect(roles(said)).toEqual({ acme: 'agent' });
    expect(said!.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('makes a quoted answer opening on its verb the company’s own denial', () => {
    const [c] = claimsOf('星辰科技对此回应称「没有收到任何相关通知」。');
    expect(roles(c)).toEqual({ acme: 'agent' });
    expect(c!.kind).toBe('denial');
    const [hant] = claimsOf('星辰科技對此回應稱「沒有收到任何相關通知」。');
    expect(roles(hant)).toEqual({ acme: 'agent' });
  });

  it('leaves an unnamed commentator’s words with no claim', () => {
    expect(claimsOf('有分析师指出，该代理商的停业与新品定价无关。')).toEqual([]);
  });

  it('leaves a party the words name its role', () => {
    const [c] = claimsOf('星辰科技回应称，云海集团的新工厂已经投产。');
    expect(roles(c)).toEqual({ acme: 'mentioned', globex: 'agent' });
  });

  it('does not reach a person’s words', () => {
    // (A person is no organization: his quoted answer opening on its verb stays unclaimed here.)
    expect(claimsOf('李思源对此回应称「没有收到任何相关通知」。')).toEqual([]);
  });
});
