/**
 * Cuts the editors make inside one sentence (session 11 checklist): a measure of the business
 * after a share of the market, and 其中 with a named part that has a predicate of its own. Each
 * piece carries the subject and reads alone; a bare change stays with its figure, and a 其中 that
 * only goes on with the whole (其中包括…, an amount of it, an unnamed class) is not cut off.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { predicateAfterAdverbial } from '../../lib/claims/acts';
import { Segmenter } from '../../lib/claims/segment';
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

describe('a second act after 此外, 另外, 与此同时 or 另一方面', () => {
  it('cuts it as a coordinated predicate is cut, the subject carried', () => {
    const cases: Array<[string, RegExp]> = [
      ['蓝鲸智能发布了新一代模型，此外还开放了免费试用。', /^蓝鲸智能…此外还开放了免费试用/],
      ['蓝鲸智能發布了新一代模型，另外也開放了免費試用。', /^蓝鲸智能…另外也開放了免費試用/],
      ['蓝鲸智能一方面加大研发投入，另一方面收缩海外业务。', /^蓝鲸智能…另一方面收缩海外业务/],
      ['星辰科技宣布裁员10%，与此同时关闭了两座工厂。', /^星辰科技…与此同时关闭了两座工厂/],
    ];
    for (const [sentence, second] of cases) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(2);
      expect(claims[1]!.text).toMatch(second);
      expect(Object.values(roles(claims[1]))).toContain('agent');
    }
  });

  it('keeps what a speaker goes on to say under the verb of saying', () => {
    expect(claimsOf('星辰科技表示，此外将继续投资研发。')).toHaveLength(1);
  });
});

describe('a turn (但, 不过) whose predicate follows an adverbial phrase', () => {
  it('cuts it as a turn opening on its verb is cut', () => {
    for (const sentence of [
      '蓝鲸智能展示了新模型的样片，但至今仍未向公众开放。',
      '星辰科技完成了新芯片的研发，不过尚未向客户交付。',
      '云海集团推出了企业版服务，但暂未对个人用户开放。',
      // (A stretch of time as the adverbial: 连续五个季度.)
      '星辰科技营收增速较上季有所放缓，但仍连续五个季度保持两位数增长。',
    ]) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(2);
      expect(claims[1]!.text).toMatch(/^(蓝鲸智能|星辰科技|云海集团)…(但|不过)/);
    }
  });

  it('reads no predicate in a place frame (在…) or a comparison (与Y相比), nor after 由 (an agent of its own)', () => {
    const segmenter = new Segmenter([]);
    const read = (text: string) => predicateAfterAdverbial(segmenter.tokens(text, []));
    expect(read('至今仍未向公众开放')).toBe(true);
    expect(read('尚未对个人用户开放')).toBe(true);
    expect(read('在C端市场')).toBe(false);
    expect(read('在长文推理与代码撰写上')).toBe(false);
    expect(read('与同类产品相比仍有差距')).toBe(false);
    expect(read('由合作方负责运营')).toBe(false);
  });
});

describe('a coordinated act whose verb follows an adverbial phrase (并与Y合作, 同时对Y处以…)', () => {
  it('cuts it as a coordinated act opening on its verb is cut', () => {
    const claims = claimsOf('星辰科技将Nova整合进手机，并与云海集团合作开发新功能。');
    expect(texts(claims)).toEqual(['星辰科技将Nova整合进手机', '星辰科技…并与云海集团合作开发新功能。']);
    expect(roles(claims[1]).acme).toBe('agent');
    expect(texts(claimsOf('星辰科技将全面整改，并连续三年向监管部门提交合规报告。'))).toEqual([
      '星辰科技将全面整改',
      '星辰科技…并连续三年向监管部门提交合规报告。',
    ]);
  });

  it('dates an act at the same time (同时) by the act before when it has no date of its own', () => {
    const fine = claimsOf('开放模型论坛昨日依法对星辰科技处以10亿元罚款，同时对该公司董事长处以100万元罚款。');
    expect(fine.map((c) => c.dates.map((d) => d.iso))).toEqual([['2024-03-14'], ['2024-03-14']]);
    const launch = claimsOf('星辰科技3月5日发布了新芯片，同时宣布将在上海建设新工厂。');
    expect(launch.map((c) => c.dates.map((d) => d.iso))).toEqual([['2024-03-05'], ['2024-03-05']]);
    // (并于次月 has a date of its own; 并 alone says nothing of when.)
    expect(claimsOf('星辰科技3月5日发布了新芯片，并于次月开始量产。')[1]!.dates.map((d) => d.iso)).toEqual(['2024-04']);
  });
});

describe('其中 after a pronoun subject (公司营收…，其中…)', () => {
  it('cuts the named unit off, the company carried', () => {
    const claims = claimsOf('星辰科技公布第二季财报。公司營收達260億美元，年增26%，其中資料中心業務貢獻226億美元。');
    expect(claims.map((c) => c.text)).toContain('星辰科技…其中資料中心業務貢獻226億美元。');
  });
});
