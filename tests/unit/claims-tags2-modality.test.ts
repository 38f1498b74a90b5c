/**
 * The tag of a claim (session 13 checklist, tags): conditions with a modal of consequence, targets
 * someone sets, brokers' ratings, expectations met, non-answers, denials said as predicates, quoted
 * characterisations. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const modalities = (paragraph: string) => claimsOf(paragraph).map((c) => c.modality);
const first = (paragraph: string) => claimsOf(paragraph)[0]?.modality;

describe('conditions', () => {
  it('reads a condition and a modal of consequence (将, 会, 可望) as a forecast, in both scripts', () => {
    expect(first('只要算力价格继续下降，云海集团就会进一步下调API报价。')).toBe('forecast');
    expect(first('一旦出口限制扩大，蓝鲸智能将无法获得高端GPU。')).toBe('forecast');
    expect(first('若新品銷售順利，星辰科技今年營收可望重回成長。')).toBe('forecast');
  });

  it('does not read an ability after a condition (就能) or 如果说 as a prediction', () => {
    expect(first('只要输入一段文字，Orion就能生成一首歌曲。')).toBe('fact');
    const claim = claimsOf('如果说Nova是一次练兵，那么Orion才是星辰科技的主力产品。')[0];
    expect(claim?.kind).not.toBe('forecast');
  });
});

describe('targets and ratings', () => {
  it('reads a target someone sets with a figure as a forecast, one met as a fact', () => {
    expect(first('蓝鲸智能定下了明年交付50万台机器人的目标。')).toBe('forecast');
    expect(first('星辰科技喊出今年營收挑戰800億元的目標。')).toBe('forecast');
    expect(first('云海集团去年超额完成了300万片的出货目标。')).toBe('fact');
  });

  it("reads a broker's rating, kept or moved, as an opinion", () => {
    expect(first('远山资本维持蓝鲸智能“增持”评级。')).toBe('opinion');
    expect(first('远山资本将云海集团的评级由“买入”下调至“中性”。')).toBe('opinion');
    // (Covering a stock and giving it a rating are two acts, each a claim: the rating is the view.)
    expect(
      claimsOf('远山资本首次覆盖星辰科技，给予「跑赢大市」评级。').find((c) => c.text.includes('评级'))?.modality,
    ).toBe('opinion');
    expect(first('远山资本的评级体系分为五个档次。')).toBe('fact');
  });
});

describe('expectations met or beaten', () => {
  it('reads what happened as expected (正如此前预期, 如期) as a fact', () => {
    expect(first('正如此前预期，云海集团于3月2日如期推出了新一代芯片。')).toBe('fact');
  });

  it('reads a result measured against expectations, with its figure, as a fact even in a running quarter', () => {
    expect(first('蓝鲸智能第一季度营收增长42%，超出市场预期。')).toBe('fact');
  });

  it("reads a performance graded against expectations with no figure as the speaker's view", () => {
    expect(first('李思源在活动上表示，Nova上线后的市场反响「好于预期」。')).toBe('opinion');
  });
});

describe('answers to a report', () => {
  it('reads 并无此事 and a report said to be wrong as denials', () => {
    expect(first('云海集团表示，并无此事。')).toBe('denied');
    expect(first('蓝鲸智能發言人表示，相關報導有誤。')).toBe('denied');
    expect(first('星辰科技發表聲明指，相關傳言並無此事。')).toBe('denied');
  });

  it('reads nothing to announce and deferring to a notice as a non-answer: fact, not denied', () => {
    expect(first('星辰科技表示「目前沒有可對外說明的計畫」。')).toBe('fact');
    expect(first('对此，蓝鲸智能方面表示“具体上线时间以官方公告为准”。')).toBe('fact');
  });
});

describe("a speaker's quoted characterisation", () => {
  it('reads a quoted name after a copula as an opinion, a designation by an authority as a fact', () => {
    expect(first('张明远在内部信中表示，这次重组是星辰科技“一次必要的瘦身”。')).toBe('opinion');
    expect(modalities('开放模型论坛上周宣布，将Orion认定为“高风险模型”。')).not.toContain('opinion');
  });
});

describe('plans by a deadline and budgets', () => {
  it('reads a deadline in the running year right before the verb phrase as a plan', () => {
    expect(first('蓝鲸智能年内在新加坡设立海外总部。')).toBe('forecast');
    expect(first('云海集团年底前上线Nova的企业版。')).toBe('forecast');
  });

  it('does not read an act done or summed within the year as a plan', () => {
    expect(first('星辰科技年内已完成两笔收购。')).toBe('fact');
  });

  it("reads a budget for the year as the company's forecast", () => {
    expect(first('星辰科技今年研发预算为45亿元。')).toBe('forecast');
  });
});

describe('placing, weighing and judging', () => {
  it('reads 这也是…第N笔/轮 as placing what was told, not judging it', () => {
    const [, placed] = claimsOf('远山资本向蓝鲸智能注资5亿元。这也是蓝鲸智能今年的第三笔融资。');
    expect(placed?.modality).toBe('fact');
  });

  it('reads 看淡 / 看空 as a view', () => {
    expect(first('远山资本看淡云海集团下半年的芯片业务。')).toBe('opinion');
  });

  it('reads a speaker weighing an open question as a view, unless the speaker also predicts', () => {
    expect(first('李思源表示，Nova能否盈利取决于推理成本。')).toBe('opinion');
    expect(first('李思源预计，Nova的用户今年有望突破一亿，但能否留住用户仍是未知数。')).toBe('forecast');
  });
});

describe('Taiwan and Hong Kong wording', () => {
  it("reads Taiwan's 估 (法人估…) of the running year as a forecast", () => {
    expect(first('法人估星辰科技今年營收年增逾三成。')).toBe('forecast');
  });

  it('reads 有外电报道 / 有媒体报道 before a comma as hearsay, and keeps 据多家媒体报道 led by 据', () => {
    expect(first('有外電報道，蓝鲸智能考慮出售旗下晶片業務。')).toBe('reported');
    expect(first('有媒体报道，云海集团正寻求新一轮融资。')).toBe('reported');
    expect(first('据多家媒体报道，远山资本已领投了蓝鲸智能的新一轮融资。')).toBe('reported');
  });
});

describe('negated verbs of knowing', () => {
  it('reads 并不知情 / 不清楚 as what someone knew, a fact, while 堪忧 still judges', () => {
    expect(first('王海川当时对这笔交易并不知情。')).toBe('fact');
    expect(first('云海集团的海外业务前景堪忧。')).toBe('opinion');
  });
});
