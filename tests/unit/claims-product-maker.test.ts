/**
 * A product outside the gazetteer stands for its maker (lib/claims/product-maker.ts). Sentences
 * written for these tests, with the fictional companies of claims-fixture.ts and fictional
 * products (Zeta5, Orbit 2, Polaris 3, 海浪, 昆仑大模型).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ClaimDraft, ParagraphCarry } from '../../lib/claims/extract';
import { ProductMakers } from '../../lib/claims/product-maker';
import { defaultSegmenter } from '../../lib/claims/segment';
import { foldText } from '../../lib/text/convert';

/** What ProductMakers learns from one sentence naming 星辰科技 (a company). */
function learnt(sentence: string): ProductMakers {
  const folded = foldText(sentence);
  const mentions = [...folded.matchAll(/星辰科技/g)].map((m) => ({
    start: m.index,
    end: m.index + 4,
    entityId: 'acme',
  }));
  const makers = new ProductMakers();
  makers.standIn(defaultSegmenter().tokens(folded, mentions), sentence, (id) =>
    id === 'acme' ? 'company' : undefined,
  );
  return makers;
}

/** The claims of consecutive paragraphs of one article. */
function article(...paragraphs: string[]): ClaimDraft[][] {
  const carry: ParagraphCarry = { topic: null };
  return paragraphs.map((p) => claimsOf(p, '2024-03-15', carry));
}

const about = (claims: ClaimDraft[], text: string) => claims.find((c) => c.text.includes(text));

describe('a product stands for its maker', () => {
  it('reads a brand prefix (company + model) as the company, and the bare model after it too', () => {
    const [first, second] = article(
      '星辰科技Zeta5上市首日销量突破5万台。',
      'Zeta5的起售价为3999元，比上一代便宜300元。',
    );
    expect(roles(about(first!, '销量'))).toEqual({ acme: 'agent' });
    expect(roles(about(second!, '起售价'))).toEqual({ acme: 'agent' });
  });

  it('takes a measure or a noun between the brand and the model (星辰科技12层Zeta5)', () => {
    const [claims] = article('规格上，星辰科技12层Zeta5采用自研制程，单颗容量达36GB。');
    expect(roles(about(claims!, '容量'))).toEqual({ acme: 'agent' });
  });

  it('learns the maker from X发布Y, which keeps X its own role, and reads a later Y as X', () => {
    const [launch, later] = article(
      '蓝鲸智能昨日正式发布旗舰手机Orbit 2，售价4999元起。',
      '据第三方机构统计，Orbit 2首月销量超过20万台。',
    );
    expect(roles(about(launch!, '发布'))).toEqual({ initech: 'agent' });
    expect(roles(about(later!, '首月销量'))).toEqual({ initech: 'agent' });
  });

  it('learns the maker from X旗下(的)…Y and from a quoted name after a verb of bringing out', () => {
    const [owned, later] = article('云海集团旗下的视频平台“海浪”月活跃用户突破1亿。', '“海浪”的广告收入同比增长40%。');
    expect(roles(about(owned!, '月活跃用户'))).toEqual({ globex: 'agent' });
    expect(roles(about(later!, '广告收入'))).toEqual({ globex: 'agent' });
    const [launch, after] = article('极光数据去年推出「北斗」助手。', '「北斗」的付费用户已超过50万。');
    expect(roles(about(launch!, '推出'))).toEqual({ hooli: 'agent' });
    expect(roles(about(after!, '付费用户'))).toEqual({ hooli: 'agent' });
  });

  it('learns the maker from X开发了…Y over a list and a relative clause, not from what a report of X says', () => {
    const makers = learnt('星辰科技随后开发了符合新规的X9、X7与X2三款芯片。');
    expect(['x9', 'x7', 'x2'].map((code) => makers.makerOf(code))).toEqual(['acme', 'acme', 'acme']);
    expect(learnt('星辰科技发布了报告称Zeta5销量下滑。').known).toBe(false);
  });

  it('learns the maker from Y由X开发', () => {
    const [, later] = article('Polaris 3由蓝鲸智能开发，已在多个平台上线。', 'Polaris 3的下载量超过100万次。');
    expect(roles(about(later!, '下载量'))).toEqual({ initech: 'agent' });
  });

  it('reads a proper noun before a product noun as a product name (X的昆仑大模型)', () => {
    const [, later] = article('云海集团的昆仑大模型已接入旗下全部应用。', '昆仑大模型的参数规模达到千亿。');
    expect(roles(about(later!, '参数规模'))).toEqual({ globex: 'agent' });
  });

  it('reads a proper noun jieba tags nz right after a verb of bringing out as a product name', () => {
    expect(learnt('星辰科技今日推出七星，主打家庭场景。').makerOf('七星')).toBe('acme');
    // …but not one that only says what kind of thing was brought out.
    expect(learnt('星辰科技今日推出万能充电器。').known).toBe(false);
  });

  it('goes on with 后者 and a demonstrative product phrase (这款手机) for the last product named', () => {
    const [claims] = article('蓝鲸智能推出Orbit 2，后者支持多模态输入。');
    expect(roles(about(claims!, '后者'))).toEqual({ initech: 'agent' });
    const [, later] = article('星辰科技发布新款手机Zeta5。', '这款手机的销量已超过100万台。');
    expect(roles(about(later!, '这款手机'))).toEqual({ acme: 'agent' });
  });

  it('goes on with a zero subject after the product', () => {
    const [, later] = article('星辰科技发布新款手机Zeta5。', 'Zeta5售价3999元，搭载自研芯片，首批已售罄。');
    expect(roles(later![0])).toEqual({ acme: 'agent' });
    // (首批已售罄 has its own predicate: a claim of its own, the product's maker carried.)
    expect(roles(about(later!, '售罄'))).toEqual({ acme: 'agent' });
  });
});

describe('what is not a product standing for a maker', () => {
  it('leaves acronyms of the trade and periods (AI, API, GPU, CEO, IPO, HBM, Q2)', () => {
    for (const word of ['AI', 'API', 'GPU', 'CEO', 'IPO', 'HBM', 'Q2']) {
      expect(learnt(`星辰科技的${word}业务增长迅速。`).known, word).toBe(false);
      expect(learnt(`星辰科技发布${word}。`).known, word).toBe(false);
      const [, later] = article(`星辰科技的${word}业务增长迅速。`, `${word}的收入同比增长30%。`);
      expect(later, word).toEqual([]);
    }
  });

  it('leaves a product whose maker the article does not state', () => {
    const [claims] = article('Zeta5的销量突破5万台，远超同价位的竞品。');
    expect(claims).toEqual([]);
  });

  it('leaves a product of a company outside the gazetteer', () => {
    const [, later] = article('青木数据发布新款手机Zeta5。', 'Zeta5的销量突破5万台。');
    expect(later).toEqual([]);
  });

  it('keeps the owner only mentioned where the product is not the subject (领先X的Y)', () => {
    const [claims] = article('在最新一期榜单上，Nova以明显差距领先星辰科技的Zeta5与云海集团的Atlas，位列第一。');
    const r = roles(claims![0]);
    expect(r.nova).toBe('agent');
    expect(r.acme).not.toBe('agent');
    expect(r.globex).not.toBe('agent');
  });

  it('lets a name the gazetteer has win over the product reading (云海集团的Nova)', () => {
    const [claims] = article('云海集团的Nova在评测中得分最高。');
    expect(roles(claims![0]).nova).toBe('agent');
  });

  it('reads a Latin name after a title or before a verb of saying as a person, not a product', () => {
    const makers = learnt('星辰科技的CEO Jane Doe表示，星辰科技的Zeta5将于年底发布。');
    expect(makers.makerOf('jane doe')).toBeUndefined();
    expect(makers.makerOf('zeta5')).toBe('acme');
    expect(learnt('星辰科技的John Smith离职。').known).toBe(false);
  });

  it('leaves a name after a noun of a tie (X的竞争对手Y, X母公司Y): another party, not a product', () => {
    expect(learnt('星辰科技的竞争对手Zenith5发布了新品。').known).toBe(false);
    expect(learnt('星辰科技母公司Acme Holdings公布了财报。').known).toBe(false);
  });
});
