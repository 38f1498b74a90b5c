/**
 * A full-width semicolon ends a proposition (lib/claims/propositions.ts semicolonEnds): the clause
 * after "；" is a claim of its own, whose subject is its own or, left out, the topic's (as after
 * "。"); a clause after it that only frames the next (a speaker, a place or occasion) opens that
 * claim. Inside quotation marks a "；" may only set apart a quoted list's items: no cut there.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a clause after ；is a claim of its own', () => {
  it('cuts a part of the topic (A股) off the figures before it, the topic its agent', () => {
    const claims = claimsOf('星辰科技H股涨超6%，报420港元附近，盘中一度创下历史新高；A股涨约4%。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).not.toContain('；');
    expect(claims[1]!.text).toBe('星辰科技…A股涨约4%。');
    expect(roles(claims[1]).acme).toBe('agent');
    expect(claims[1]!.figures.map((f) => f.text)).toEqual(['约4%']);
  });

  it('cuts a noun phrase of the topic in Traditional too (兩個新品牌)', () => {
    const claims = claimsOf('星辰科技今年交付近39萬輛，約佔集團總量的九成；旗下兩個新品牌合計交付不到6萬輛。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).not.toContain('新品牌');
    expect(claims[1]!.text).toContain('旗下兩個新品牌合計交付不到6萬輛');
    expect(roles(claims[1]).acme).toBe('agent');
  });

  it("reads a metric after ；as the topic's, whose owner the claim before found (研发开支)", () => {
    const claims = claimsOf(
      '星辰科技昨日公布第二季度业绩。财报显示，二季度资本开支为191亿元，同比增长119%；研发开支为202.5亿元，同比增长17%。',
    );
    const rd = claims.find((c) => c.text.includes('研发开支'));
    expect(rd).toBeDefined();
    expect(rd!.text).not.toContain('资本开支');
    expect(roles(rd).acme).toBe('agent');
    expect(rd!.figures.map((f) => f.text)).toContain('202.5亿元');
  });

  it('gives a named speaker after ；(X则强调) its own claim, not the subject before', () => {
    const claims = claimsOf(
      '其中，星辰科技表示，将依托Nova为金融行业提供服务；云海集团则强调自己在隐私计算领域已布局多年。',
    );
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).not.toContain('云海集团');
    expect(roles(claims[1]).globex).toBe('agent');
    expect(roles(claims[1]).acme).toBeUndefined();
  });
});

describe('a clause after ；that only frames the next one opens it', () => {
  it('keeps a speaker with nothing said yet (也有分析師提醒) with what is said, in Traditional', () => {
    const claims = claimsOf(
      '有分析師預估，Nova首年收入可望達到60億元；不過也有分析師提醒，該模式能否長期維持仍有待驗證。',
    );
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).not.toContain('提醒');
    expect(claims[1]!.text).toContain('不過也有分析師提醒，該模式能否長期維持仍有待驗證');
    expect(roles(claims[1]).nova).toBe('agent');
  });

  it('keeps an occasion (9月的发布会上) with the act after it, whose subject is its own', () => {
    const claims = claimsOf(
      '去年5月，Nova的输入价格降至0.0005元/千tokens，直降97%；9月的发布会上，星辰科技又宣布三款主力模型再降价。',
    );
    expect(claims).toHaveLength(2);
    expect(claims.some((c) => /发布会上$/.test(c.text))).toBe(false);
    expect(claims[1]!.text).toBe('9月的发布会上，星辰科技又宣布三款主力模型再降价。');
    expect(roles(claims[1]).acme).toBe('agent');
  });
});

describe('what a semicolon does not change', () => {
  it('gives the topic nothing led by a proper noun of its own (纳斯达克指数)', () => {
    const claims = claimsOf('星辰科技股价今年累计上涨三成；纳斯达克指数同期上涨2%。');
    expect(claims[0]!.text).not.toContain('纳斯达克');
    expect(claims.filter((c) => c.text.includes('纳斯达克') && roles(c).acme)).toHaveLength(0);
  });

  it('keeps a quoted list whose items ；sets apart one claim (第一…；第二…)', () => {
    const claims = claimsOf('张明远表示：“我们的目标很清楚：第一，用户规模；第二，商业化收入。”');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('第一，用户规模；第二，商业化收入');
  });

  it('keeps a quoted list of noun phrases one claim (一是…；二是…)', () => {
    const claims = claimsOf('张明远表示：“今年的重点有两个：一是Nova的产能；二是海外市场的渠道。”');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('一是Nova的产能；二是海外市场的渠道');
  });

  it('still carries the subject to a predicate after ；(2021年再度追加投资)', () => {
    const claims = claimsOf('远山资本2019年投资了蓝鲸智能；2021年再度追加投资。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('2021年再度追加投资');
    expect(roles(claims[1]).umbrella).toBe('agent');
  });
});
