/**
 * Cuts the editors make inside one sentence (session 11 checklist): a measure of the business
 * after a share of the market, and 其中 with a named part that has a predicate of its own. Each
 * piece carries the subject and reads alone; a bare change stays with its figure, and a 其中 that
 * only goes on with the whole (其中包括…, an amount of it, an unnamed class) is not cut off.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const texts = (claims: ClaimDraft[]) => claims.map((c) => c.text);

describe('a measure of the business after a share of the market', () => {
  it('cuts a volume with its change off a ranking by share, the subject carried', () => {
    for (const sentence of [
      '星辰科技以18.2%的份额排名第二，出货量同比下滑3.1%。',
      '云海集团以12.5%的份額位居第三，出貨量年減2.4%。',
      '蓝鲸智能以9%的市占率排在第五，销量同比增长21%。',
    ]) {
      const claims = claimsOf(sentence);
      expect(claims, sentence).toHaveLength(2);
      expect(claims[0]!.text).toMatch(/(排名|位居|排在)第[二三五]$/);
      expect(claims[1]!.text).toMatch(/^(星辰科技|云海集团|蓝鲸智能)…(出货量|出貨量|销量)/);
      expect(Object.values(roles(claims[1]))).toEqual(['agent']);
    }
  });

  it('keeps a share after a volume, and a bare change, with the figure before', () => {
    expect(claimsOf('蓝鲸智能第一季度出货量为800万台，市占率为12%。')).toHaveLength(1);
    expect(claimsOf('星辰科技以18.2%的份额排名第二，同比提升1.5个百分点。')).toHaveLength(1);
  });
});

describe('其中 and a named part with a predicate of its own', () => {
  it('cuts a named product, a quoted feature or a business unit off the whole', () => {
    const cases: Array<[string, RegExp]> = [
      ['蓝鲸智能发布Nova和Orion两款模型，其中Orion的定价约为同类产品的一半。', /^蓝鲸智能…其中Orion的定价/],
      [
        '星辰科技第二季营收为260亿元，同比增长26%，其中数据中心业务贡献226亿元。',
        /^星辰科技…其中数据中心业务贡献226亿元/,
      ],
      ['蓝鲸智能推出多項AI功能，其中「即時翻譯」由星辰科技提供。', /^蓝鲸智能…其中「即時翻譯」由星辰科技提供/],
      ['云海集团推出三款新机，其中旗舰机型售价6999元。', /^云海集团…其中旗舰机型售价6999元/],
    ];
    for (const [sentence, second] of cases) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(2);
      expect(claims[0]!.text).not.toContain('其中');
      expect(claims[1]!.text).toMatch(second);
    }
  });

  it('keeps 其中 with the whole when it lists its members, an amount of it or an unnamed class', () => {
    for (const sentence of [
      '云海集团完成对极光数据的收购，总对价约20亿元，其中包括约2亿美元现金。',
      '星辰科技员工已超过500人，其中研发人员占比超过八成。',
      '星辰科技资本开支预计达1600亿元，其中约900亿元将用于算力采购。',
      '蓝鲸智能本轮融资共计10亿元，其中一部分将用于海外扩张。',
    ])
      expect(claimsOf(sentence), sentence).toHaveLength(1);
  });
});
