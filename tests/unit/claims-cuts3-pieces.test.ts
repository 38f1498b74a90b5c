/**
 * Cuts after a speaker and after a launch (tests/claims-eval/README.md, "Comma-joined facts"):
 * a speaker's pieces with no subject of their own are one claim per predicate, all the speaker's,
 * unless a cause or a noun phrase opens them; after a launch, only the launched thing's price and
 * specification go on with it, a further act of the launcher is a claim of its own.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe("a speaker's pieces with no subject of their own", () => {
  it('cuts one claim per predicate, each the speaker’s', () => {
    const claims = claimsOf('星辰科技宣布，将在成都建厂，招聘500名工程师。');
    expect(claims).toHaveLength(2);
    expect(claims.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }]);
    for (const c of claims) {
      expect(c.attribution.entityId, c.text).toBe('acme');
      expect(c.modality, c.text).toBe('forecast');
    }
  });

  it('keeps a cause with the act it scopes over', () => {
    expect(claimsOf('智算产业联盟宣布，因云海集团违反数据规定，对其处以500万元罚款。')).toHaveLength(1);
    expect(claimsOf('星辰科技表示，随着需求回暖，将扩大产能，加大研发投入。')).toHaveLength(1);
  });

  it('reads a verb modifying a noun as a noun phrase, not an act of the speaker', () => {
    expect(claimsOf('李思源曾公开表示，开源模型会越来越落后，闭源才是正确方向。')).toHaveLength(1);
  });

  it('keeps a further reason added with 加上 with the one before', () => {
    expect(claimsOf('李思源表示，需求下滑是因为价格偏高，加上云海集团竞争激烈。')).toHaveLength(1);
  });

  it('keeps what a published document says with its publishing', () => {
    expect(claimsOf('张明远发布内部信，作出表态，称明年是关键之年。')).toHaveLength(1);
  });
});

describe('after a launch', () => {
  it('cuts an act of the launcher that is no detail of the launched thing', () => {
    const claims = claimsOf('星辰科技推出Orion，进军海外市场。');
    expect(claims).toHaveLength(2);
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
  });

  it('keeps the price, the specification and a bare noun phrase with the launch', () => {
    expect(claimsOf('星辰科技推出Orion，售价3999元，搭载自研芯片，6.7英寸屏幕。')).toHaveLength(1);
    expect(claimsOf('云海集团发布Nova，同样搭载自研芯片。')).toHaveLength(1);
    expect(claimsOf('星辰科技推出Orion，据称可以一键生成视频。')).toHaveLength(1);
  });

  it('keeps what an issued alert demands, and a rivalry of the launched thing, with the launch', () => {
    expect(claimsOf('云海集团发布「红色警报」，要求各团队加快研发。')).toHaveLength(1);
    expect(claimsOf('星辰科技推出Orion，挑战云海集团的领先地位。')).toHaveLength(1);
  });
});

describe('after a figure', () => {
  it('cuts a clause with an act of its own and no figure', () => {
    const claims = claimsOf('云海集团去年裁员约1000人，关闭了成都研发中心。');
    expect(claims).toHaveLength(2);
    expect(claims.map(roles)).toEqual([{ globex: 'agent' }, { globex: 'agent' }]);
  });

  it('keeps a tail ranking, listing or gaining by the figure with it', () => {
    expect(claimsOf('星辰科技去年出货1200万台，稳居国内第三。')).toHaveLength(1);
    expect(claimsOf('星辰科技向蓝鲸智能支付约6亿元，获得其模型授权。')).toHaveLength(1);
    expect(claimsOf('蓝鲸智能引入10名投资者，包括远山资本和极光数据。')).toHaveLength(1);
  });
});
