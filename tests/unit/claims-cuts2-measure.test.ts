/**
 * A clause led by a measure of the subject before is a claim of its own about it
 * (tests/claims-eval/README.md, "Comma-joined facts"; lib/claims/measure-lead.ts): 规模, 数量, 占比,
 * 指标… with no name, pronoun or party of its own in front. A clause led by another party the
 * gazetteer lacks (外界, 玩家, 用户…) or by a whole market's measure is not the subject's claim.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const texts = (claims: ClaimDraft[]) => claims.map((c) => c.text);

describe('a measure of the subject leading a clause', () => {
  it('cuts it off the act before, the subject carried', () => {
    for (const sentence of [
      '云海集团上周在杭州开通了无人配送服务，无人配送车队规模超过500辆。',
      '蓝鲸智能昨日公布了年度业绩，多项关键指标低于预期。',
      '星辰科技今年已在全国开出40家门店，线上订单的占比接近三成。',
    ]) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(2);
      expect(claims[1]!.text, sentence).toMatch(/^(云海集团|蓝鲸智能|星辰科技)…/);
      expect(Object.values(roles(claims[1])), sentence).toContain('agent');
    }
  });

  it('cuts it off a figure of another measure before it', () => {
    const claims = claimsOf('截至上月底，云海集团的配送服务累计完成超过800万单，无人配送车队规模超过500辆。');
    expect(texts(claims)).toHaveLength(2);
    expect(roles(claims[1])).toEqual({ globex: 'agent' });
  });

  it('keeps a metric the topic chain reads by its own rules', () => {
    // (A report announced, then its figures: one claim, as editors write it.)
    expect(claimsOf('蓝鲸智能昨日公布了年度业绩，营收同比增长15%。')).toHaveLength(1);
  });
});

describe('what is not a measure of the subject', () => {
  it('leaves a clause led by another party with the act', () => {
    for (const sentence of [
      '云海集团上周推出了新款平板，消费者反响平平。',
      '云海集团上周推出了新款平板，玩家需排队数小时才能买到。',
    ])
      expect(claimsOf(sentence), sentence).toHaveLength(1);
  });

  it('leaves a measure of a whole market with the act', () => {
    expect(claimsOf('云海集团上周推出了新款平板，国内平板市场规模已超过千亿元。')).toHaveLength(1);
  });
});
