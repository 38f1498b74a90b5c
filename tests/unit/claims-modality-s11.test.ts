/**
 * Modality tags from a checklist of Chinese news constructions (session 11): the object marker 将
 * before a bare noun phrase, the modal 或, Taiwan's 上看 and verbs of intent, opinion verbs and the
 * writer's characterisations, rumours opening a clause, media no one names, and the passive 被指.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0];

describe('将 as the object marker before a bare noun phrase', () => {
  it('reads 将 + nouns + a verb of result as 把, a fact in the writer’s voice', () => {
    expect(first('云海集团将数据中心迁至贵州。')?.modality).toBe('fact');
    expect(first('星辰科技将总部迁往深圳。')?.modality).toBe('fact');
    expect(first('星辰科技将Orion升级为多模态模型。')?.modality).toBe('fact');
  });

  it('keeps 将 before a verb, a preposition or an adverb of manner "will"', () => {
    expect(first('星辰科技将于4月发布Orion。')?.modality).toBe('forecast');
    expect(first('云海集团将全面开放Orion的接口。')?.modality).toBe('forecast');
    expect(first('蓝鲸智能将与云海集团共建数据中心。')?.modality).toBe('forecast');
  });
});

describe('forecasts without 将', () => {
  it('reads the modal 或 between a subject and its verb as a hedged prediction', () => {
    expect(first('星辰科技的营收或超过云海集团。')?.modality).toBe('forecast');
    expect(first('蓝鲸智能的云业务或面临更大的价格压力。')?.modality).toBe('forecast');
  });

  it('does not read 或 joining two verbs or two names as a prediction', () => {
    expect(first('星辰科技去年推出或收购了五款应用。')?.modality).toBe('fact');
    expect(first('云海集团宣布Orion向社会开放，用户可下载App或登录官网体验。')?.modality).toBe('fact');
  });

  it('reads Taiwan’s 上看 before a figure as a forecast', () => {
    expect(first('星辰科技今年營收上看500億元。')?.modality).toBe('forecast');
    // (从X上看 with no figure after it is "judging from X".)
    expect(first('从时长上看，Nova生成的视频最长是Orion的两倍。')?.modality).toBe('fact');
  });

  it('reads verbs of intent with a verb phrase (規劃, 力求, 酝酿), not 评估 as a plan', () => {
    expect(first('星辰科技規劃在美國設立研發中心。')?.modality).toBe('forecast');
    expect(first('蓝鲸智能力求在年内扭亏为盈。')?.modality).toBe('forecast');
    expect(first('星辰科技正酝酿赴港上市。')?.modality).toBe('forecast');
    // (评估 mostly assesses: "包括评估…的风险" plans nothing.)
    expect(first('按照规定，星辰科技需履行更严格的义务，包括评估违规内容的传播风险。')?.modality).not.toBe('forecast');
  });
});

describe('false friends of the forecast words', () => {
  it('does not read 拟 in 拟人 or a past 拟定 as a plan (拟定于 still plans)', () => {
    expect(first('星辰科技推出的Nova语气拟人，能辨识用户情绪。')?.modality).toBe('fact');
    expect(first('星辰科技去年拟定了新的定价方案。')?.modality).toBe('fact');
  });

  it('reads an estimate that a result is measured against (低于市场预估, 比预期晚) as what was expected before', () => {
    expect(first('星辰科技的业绩低于市场预估。')?.modality).toBe('fact');
    expect(first('张明远坦言，Orion的推出时间比预期晚了半年。')?.modality).toBe('opinion');
  });
});

describe('opinions', () => {
  it('reads 直指 as a neutral verb of saying: a finding passed on, a view only when its words judge', () => {
    expect(first('审查委员会的报告直指星辰科技去年发生的数据泄露本可避免。')?.attribution.kind).not.toBe('article');
    expect(first('王海川直指星辰科技的定价策略显然过于激进。')?.modality).toBe('opinion');
  });

  it('reads someone characterising what 把 takes (称之为, 誉为) as their view', () => {
    expect(first('王海川把Nova称之为国产大模型的标杆。')?.modality).toBe('opinion');
    expect(first('李思源将Orion誉为行业的分水岭。')?.modality).toBe('opinion');
  });

  it('reads 颇有…意味 and the market’s reading (市场解读，) as a view', () => {
    expect(first('云海集团此举颇有破釜沉舟的意味。')?.modality).toBe('opinion');
    expect(first('市場解讀，星辰科技此舉意在搶佔中國市場。')?.modality).toBe('opinion');
  });

  it('reads an adjective of merit graded by 最, or as the predicate, as a judgement', () => {
    expect(first('星辰科技是国内最成功的AI公司之一。')?.modality).toBe('opinion');
    expect(first('星辰科技的云业务增长强劲。')?.modality).toBe('opinion');
    // A figure measures it: the writer reports.
    expect(first('星辰科技的云业务增长强劲，同比增长45%。')?.modality).toBe('fact');
    // (After 的, a noun: "…式的成功".)
    expect(first('云海集团有能力在视频生成领域再现Orion式的成功。')?.modality).toBe('fact');
  });
});

describe('the writer’s verdicts', () => {
  it('reads the writer’s certainty or inference about what is to come (无疑将, 意味着…将) as a view', () => {
    expect(first('星辰科技此次降价无疑将加剧行业竞争。')).toMatchObject({ modality: 'opinion' });
    expect(first('星辰科技的入局，意味着价格战将进一步升级。')).toMatchObject({ modality: 'opinion' });
    // A speaker's "will" stays theirs.
    expect(first('张明远表示，星辰科技将于4月发布Orion。')?.modality).toBe('forecast');
  });

  it('reads idioms of verdict (遥遥领先, 占据了上风, 不容忽视) as judgements, unless a figure measures them', () => {
    expect(first('星辰科技的Nova在推理能力上遥遥领先。')?.modality).toBe('opinion');
    expect(first('星辰科技在这场价格战中占据了上风。')?.modality).toBe('opinion');
    expect(first('星辰科技的增长势头不容忽视。')?.modality).toBe('opinion');
    expect(first('星辰科技的Nova在评测中遥遥领先，得分为92分。')?.modality).toBe('fact');
  });

  it('reads 难称 + an adjective, a role that judges (风向标) and 某种意义上 as the writer’s view', () => {
    expect(first('星辰科技今年的表现难称理想。')?.modality).toBe('opinion');
    expect(first('从某种意义上说，星辰科技已经成为行业的风向标。')?.modality).toBe('opinion');
  });
});

describe('commentators and estimators', () => {
  it('reads a data firm’s estimate (数据机构X估计) as its view, as an analyst’s is, unless cited with 据', () => {
    expect(first('数据机构Lumen估计，星辰科技今年一季度的GMV约为50亿美元。')?.modality).toBe('opinion');
    // Cited with 据, its figure is passed on.
    expect(first('据数据机构Lumen估算，Orion首月的流水约为2亿元。')?.modality).toBe('fact');
  });

  it('reads someone in the trade stating a share or a multiple in words (八成, 两倍) under 指出 as a fact on the record', () => {
    expect(first('有业内人士指出，Orion的效能已接近Nova的八成。')?.modality).toBe('fact');
    expect(first('有业内人士指出，Orion的效能已达到Nova的两倍。')?.modality).toBe('fact');
    // Judging words stay a view.
    expect(first('有业内人士指出，Orion的定价显然过于激进。')?.modality).toBe('opinion');
  });
});

describe('denials', () => {
  it('reads an answer calling the reported thing forged (系伪造, 均为捏造) as a denial', () => {
    expect(first('星辰科技在声明中澄清，网传的裁员名单系伪造。')?.modality).toBe('denied');
    expect(first('云海集团回应称，相关截图均为捏造。')?.modality).toBe('denied');
    expect(first('星辰科技其後發表聲明，指有關消息「純屬揣測」。')?.modality).toBe('denied');
  });
});

describe('hearsay', () => {
  it('reads a verb of rumour opening the clause before a name (传闻X将…) as hearsay', () => {
    expect(first('传闻星辰科技将与云海集团合并。')).toMatchObject({ modality: 'reported', kind: 'forecast' });
    expect(first('市场盛传云海集团有意收购蓝鲸智能。')?.modality).toBe('reported');
  });

  it('reads Hong Kong’s 消息指 before a name, with no comma, as hearsay', () => {
    expect(first('消息指星辰科技正研究分拆雲業務。')?.modality).toBe('reported');
  });

  it('reads media no one names (多家媒体报道，) as hearsay', () => {
    expect(first('多家媒体报道，星辰科技将在香港上市。')?.modality).toBe('reported');
  });

  it('reads a source who will not be named, and a country’s press (日媒), as hearsay', () => {
    expect(first('据一位不愿具名的星辰科技高管透露，Orion将推迟发布。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
    expect(first('日媒指出，星辰科技将在东京设立研发中心。')?.modality).toBe('reported');
    // The press's analysis is a view (韩媒分析称).
    expect(first('韩媒分析称，星辰科技此举是为了抢占市场。')?.modality).toBe('opinion');
  });

  it('reads X被指 as what others say of X, not X speaking', () => {
    const claim = first('星辰科技被指在数据收集上存在违规。');
    expect(claim?.modality).toBe('reported');
    expect(claim?.attribution.kind).toBe('unnamed');
  });
});
