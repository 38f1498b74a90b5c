/**
 * The modality tag of a weighing (s18 tags4): a copula naming its subject what is at stake or worth
 * watching (将是…关键 / 观察重点 / 考验), a verb of depending on (将取决于), an open question a
 * commentator weighs, and a commentator's inference (意味着) are views, `opinion`, though 将 stands
 * before them; a speaker naming its own priority, a plan, and hearsay keep their tags. Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const withText = (paragraph: string, part: string, date = '2024-03-15') =>
  claimsOf(paragraph, date).find((c) => c.text.includes(part));

describe('a copula of stake or a verb of depending on weighs, it does not predict', () => {
  it('makes "X将是…的关键" in the writer\'s voice an opinion', () => {
    const claim = withText('星辰科技新工厂的交付节奏，将是判断其下半年利润能否回升的关键。', '关键');
    expect(claim?.modality).toBe('opinion');
  });

  it('makes a commentator\'s "将是下一个观察重点" an opinion', () => {
    const claim = withText('一位基金经理指出，蓝鲸智能海外订单的变化将是下一个观察重点。', '观察重点');
    expect(claim?.modality).toBe('opinion');
    expect(claim?.attribution.kind).toBe('unnamed');
  });

  it('makes "将取决于" an opinion', () => {
    const claim = withText('云海集团的估值修复，将取决于其云业务的增长速度。', '取决于');
    expect(claim?.modality).toBe('opinion');
  });

  it('keeps a company naming its own priority a forecast', () => {
    const claim = withText('星辰科技表示，东南亚市场将是公司明年的重点。', '重点');
    expect(claim?.modality).toBe('forecast');
  });

  it('keeps a noun of stake before another noun a plan (重点领域 names a field)', () => {
    const claim = withText('星辰科技将在重点领域设立三个研发中心。', '重点领域');
    expect(claim?.modality).toBe('forecast');
  });

  it('keeps an ordinary prediction with 将是 and no noun of stake a forecast', () => {
    const claim = withText('星辰科技表示，明年的手机出货量将是今年的两倍。', '两倍');
    expect(claim?.modality).toBe('forecast');
  });

  it('keeps hearsay of a stake reported', () => {
    const claim = withText('据知情人士透露，蓝鲸智能的新一轮融资将是其上市前的关键一步。', '关键');
    expect(claim?.modality).toBe('reported');
  });
});

describe("a commentator's inference and open question are views", () => {
  it('makes "业内人士指出，…意味着…将更加艰难" an opinion', () => {
    const claim = withText('有业内人士指出，蓝鲸智能此次退出，意味着中小厂商的自研之路将更加艰难。', '意味着');
    expect(claim?.modality).toBe('opinion');
  });

  it('makes a commentator weighing an open question (能否…，将决定…) an opinion', () => {
    const claim = withText('有分析师指出，蓝鲸智能的新品能否放量，将决定其下半年的股价走势。', '将决定');
    expect(claim?.modality).toBe('opinion');
  });

  it("keeps a commentator's plain prediction a forecast", () => {
    const claim = withText('有业内人士指出，蓝鲸智能的新机将于下月上市。', '上市');
    expect(claim?.modality).toBe('forecast');
  });
});

describe('a rating named with the mainland 大盘 or a direction is a view', () => {
  it('makes "维持…“优于大盘”评级" and "给予…积极评级" opinions', () => {
    expect(withText('远山资本维持星辰科技“优于大盘”评级。', '评级')?.modality).toBe('opinion');
    expect(withText('对于后市，多家券商给予星辰科技积极评级。', '评级')?.modality).toBe('opinion');
  });

  it("keeps a rating agency's act without a grade a fact", () => {
    expect(withText('远山资本上周完成了对星辰科技的年度评级。', '评级')?.modality).toBe('fact');
  });
});

describe('an expectation voiced before (曾预计, 此前预计) of a period still running stands', () => {
  it('makes "X曾预计Y今年的产量约为…" a forecast', () => {
    const claim = withText('张明远曾预计Nova今年的产量约为8000台。', '8000台', '2025-03-20');
    expect(claim?.modality).toBe('forecast');
  });

  it('keeps the expectation a forecast beside a later clause that turns from it, which is a fact', () => {
    const claims = claimsOf('张明远此前预计Nova今年的产量约为8000台，但实际仅交付了3000台。', '2025-03-20');
    expect(claims.find((c) => c.text.includes('8000台'))?.modality).toBe('forecast');
    expect(claims.find((c) => c.text.includes('3000台'))?.modality).toBe('fact');
  });

  it('keeps an expectation of a period that is over past', () => {
    const over = withText('张明远曾预计Nova去年的产量约为8000台。', '8000台', '2025-03-20');
    expect(over?.modality).toBe('fact');
  });

  it('keeps an original plan (原预计) past: 原 says it was replaced', () => {
    const claim = withText('星辰科技原预计Nova今年的产量约为8000台。', '8000台', '2025-03-20');
    expect(claim?.modality).toBe('fact');
  });
});
