/**
 * An officer the gazetteer lacks speaks for the organization his title places him in (its acts,
 * plans and figures are the organization's, `agent`); a view he holds (a verb of belief) with no
 * company in it — no 我们, 公司, 其, no name of the organization or of what it makes — is his own
 * about the world, and the organization is only `mentioned` (README: "except for a general view
 * with no company in it", dev-6, dev-7, dev-11). proposition-speaker.ts: viewOfHisOwn.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a view of the world held by an officer outside the gazetteer', () => {
  it('leaves his organization mentioned when the view names no company', () => {
    const [market] = claimsOf('云海集团董事长陈立认为，智能手机市场的竞争明年还会加剧。');
    expect(roles(market)).toEqual({ globex: 'mentioned' });
    expect(market?.attribution).toMatchObject({ kind: 'person' });
  });

  it('does so for 他 standing for an officer the article introduced', () => {
    const [, view] = claimsOf('星辰科技首席执行官周明出席了论坛。他认为，开源模型终将追上闭源模型。');
    expect(view?.text).toContain('开源模型终将追上');
    expect(roles(view)).toEqual({ acme: 'mentioned' });
  });
});

describe('what the officer believes of his own organization', () => {
  it('stays the organization’s when it speaks as it or names it (我们, 公司, 其)', () => {
    for (const s of [
      '云海集团董事长陈立认为，我们的芯片业务明年会扭亏为盈。',
      '云海集团董事长陈立认为，公司的芯片业务明年会扭亏为盈。',
      '云海集团董事长陈立认为，其芯片业务明年会扭亏为盈。',
    ])
      expect(roles(claimsOf(s)[0])).toEqual({ globex: 'agent' });
  });

  it('stays the organization’s when it names the organization or what it makes', () => {
    expect(roles(claimsOf('蓝鲸智能总裁赵峰认为，Lyra的推理能力已经领先同行。')[0])).toMatchObject({ lyra: 'agent' });
    expect(roles(claimsOf('蓝鲸智能总裁赵峰认为，蓝鲸智能明年的营收会翻倍。')[0])).toEqual({ initech: 'agent' });
  });

  it('stays the organization’s when he says, not believes, its plan', () => {
    expect(roles(claimsOf('云海集团董事长陈立表示，明年将把研发投入提高三成。')[0])).toEqual({ globex: 'agent' });
  });
});
