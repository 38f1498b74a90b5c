/**
 * What kind a proposition is when a launch word appears in it but nothing is launched: a founding
 * date, a document published, an announcement of something else, an integration, a build-out.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const kindOf = (paragraph: string) => claimsOf(paragraph)[0]?.kind;

describe('launch words that launch nothing', () => {
  it('takes a founding date (成立于) as an event', () => {
    expect(kindOf('蓝鲸智能成立于2018年，总部位于深圳。')).toBe('event');
  });

  it('takes a published document (发布内部信, 发布公告) as no launch', () => {
    expect(kindOf('星辰科技创始人张明远发布内部信，要求全员学习大模型。')).not.toBe('launch');
    expect(kindOf('云海集团发布了一份公告，澄清业务调整传闻。')).not.toBe('launch');
  });

  it('takes an announcement of something else (宣布退出) as no launch', () => {
    expect(kindOf('云海集团上周宣布退出自动驾驶业务。')).not.toBe('launch');
  });

  it('takes integrating (接入) and building (打造, 搭建) as no launch', () => {
    expect(kindOf('蓝鲸智能已将Nova接入多款办公软件。')).not.toBe('launch');
    expect(kindOf('星辰科技正在打造新一代AI搜索。')).not.toBe('launch');
  });
});

describe('launches stay launches', () => {
  it('keeps 宣布推出, 发布 a model and 成立 a unit', () => {
    expect(kindOf('星辰科技今天宣布推出Nova。')).toBe('launch');
    expect(kindOf('云海集团昨日发布了Orion。')).toBe('launch');
    expect(kindOf('蓝鲸智能上月成立了大模型事业部。')).toBe('launch');
  });
});

describe('the writer hedging', () => {
  it('takes 可能 in the writer’s voice as a judgement, 可能会 as a forecast', () => {
    const [hedged] = claimsOf('即使云海集团加大投入，也可能追不上蓝鲸智能。');
    expect(hedged).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(claimsOf('星辰科技可能会在明年推出Nova。')[0]?.modality).toBe('forecast');
  });
});

describe('happenings are events', () => {
  it('takes people joining or leaving, agreements and rules issued as events', () => {
    expect(kindOf('张明远上周辞去星辰科技首席执行官一职，由李思源接任。')).toBe('event');
    expect(kindOf('据知情人士透露，星辰科技已接近与云海集团达成协议。')).toBe('event');
    expect(kindOf('云海集团3月2日与蓝鲸智能签署战略合作协议。')).toBe('event');
    expect(kindOf('云海集团与知名导演合作，用Orion生成电影短片。')).toBe('event');
    expect(kindOf('星辰科技与多家车企联手，把Nova装进汽车。')).toBe('event');
    expect(kindOf('去年12月，云海集团同三个部门联合印发了《数据安全管理办法》，涉及20类企业。')).toBe('event');
  });

  it('takes a company listing on an exchange as an event, even with its price', () => {
    expect(kindOf('2021年5月，蓝鲸智能以每股30港元的发行价在港交所上市，首日大涨80%。')).toBe('event');
    expect(kindOf('星辰科技将在未来一年内完成分拆并独立上市。')).toBe('event');
  });

  it('takes a dividend paid or shares bought back as an event, not a figure', () => {
    expect(kindOf('云海集团同时宣布派发年度股息，总额约10亿美元。')).toBe('event');
  });

  it('keeps the event when a condition governs only a later clause', () => {
    expect(kindOf('云海集团300多名员工联名签署公开信，威胁称若董事会不辞职，他们将集体离开。')).toBe('event');
  });

  it('does not take a happening named as a topic, under a condition or after a copula', () => {
    expect(kindOf('分析人士指出，如果此次谈判破裂，受冲击最大的将是上千家客户。')).not.toBe('event');
    expect(kindOf('王海川正是此前推动罢免张明远的董事之一。')).not.toBe('event');
  });
});

describe('a date alone does not make an event', () => {
  it('takes a date that opens a span (以来, 持续) as a state', () => {
    expect(kindOf('今年以来，星辰科技的访问量持续攀升。')).toBe('statement');
  });

  it('takes a negated predicate (并未) as nothing having happened', () => {
    expect(kindOf('不过，Nova的新功能并未在发布当天全面上线。')).toBe('statement');
  });
});

describe('launches and comparisons that carry a figure', () => {
  it('keeps a launch with its price a launch', () => {
    expect(kindOf('蓝鲸智能推出折叠手机Atlas，售价9999元。')).toBe('launch');
    expect(kindOf('就在发布会隔天，蓝鲸智能推出全球首款三折叠手机Atlas，售价人民币19,999元起。')).toBe('launch');
  });

  it('takes a launch that only counts or times (发布了79个, 上线仅5天) as a figure', () => {
    expect(kindOf('截至5月底，云海集团的大模型已发布了79个。')).toBe('figure');
    expect(kindOf('Nova上线仅5天，用户数就突破100万。')).toBe('figure');
  });

  it('takes a figure that ranks the subject against a named rival (超越X) as a comparison', () => {
    expect(kindOf('星辰科技市值达3万亿美元，首度超越云海集团。')).toBe('comparison');
    expect(kindOf('星辰科技去年营收超过700亿元。')).toBe('figure');
  });
});

describe('launch words that describe a habit or an identity', () => {
  it('takes a habit of launching (每半年推出一次) as no launch and no event', () => {
    expect(kindOf('自2022年底以来，星辰科技几乎每半年就推出一次重大更新。')).toBe('statement');
  });

  it('takes a launch word in the complement of 成为 or 是 as no launch', () => {
    expect(kindOf('Nova也因此成为国内首个面向普通用户开放的视频模型。')).not.toBe('launch');
  });

  it('leaves funding after a copula funding (这已是X第三度注资Y)', () => {
    expect(kindOf('这已是远山资本第三度注资星辰科技。')).toBe('funding');
  });
});

describe('发表, the Taiwan and Hong Kong word for a launch', () => {
  it('takes 發表 a product as a launch', () => {
    expect(kindOf('蓝鲸智能於12日如期發表Nova新版，首度支援語音輸入。')).toBe('launch');
  });

  it('takes 發表會 cut by the segmenter, and a speech delivered, as no launch', () => {
    expect(kindOf('張明遠在發表會後於社群平台上只發了一個字。')).not.toBe('launch');
    expect(kindOf('张明远昨日在年会上发表演讲，谈到星辰科技的转型。')).not.toBe('launch');
  });
});

describe('a product going into production or shipping', () => {
  it('takes 投产, 量产 and 出货 as a launch, a future one as a forecast (tests/claims-eval/README.md)', () => {
    expect(kindOf('蓝鲸智能的新一代芯片已全面投产。')).toBe('launch');
    expect(claimsOf('张明远表示，Nova芯片将在年底前开始出货。')[0]).toMatchObject({
      kind: 'forecast',
      modality: 'forecast',
    });
  });
});

const first = (paragraph: string) => claimsOf(paragraph)[0];

describe('rankings', () => {
  it('makes a rank with its measure a comparison, not a figure (以…的份额位列第一)', () => {
    expect(first('据市场研究机构统计，今年第二季度，星辰科技以约18%的份额位列全球智能手机市场第一。')?.kind).toBe(
      'comparison',
    );
    expect(first('其中Nova以超过2500万的月活用户位居第一。')?.kind).toBe('comparison');
    expect(first('星辰科技当季营收为300亿元，同比增长12%。')?.kind).toBe('figure');
  });
});

describe('kinds a frame decides', () => {
  it('makes hearsay about a plan a forecast in kind, reported in modality (README)', () => {
    expect(claimsOf('有消息称，星辰科技正在训练下一代Nova模型，最快今年下半年发布。', '2024-06-28')[0]).toMatchObject({
      kind: 'forecast',
      modality: 'reported',
    });
    expect(first('据悉，云海集团还将陆续出台数据流通方面的配套文件。')).toMatchObject({
      kind: 'forecast',
      modality: 'reported',
    });
    expect(first('据知情人士透露，星辰科技去年的营收约为1亿美元。')).toMatchObject({
      kind: 'figure',
      modality: 'reported',
    });
  });

  it('keeps a launch whose product is its subject a launch, price and all (X正式发布，售价…)', () => {
    expect(claimsOf('Orion于今年5月正式发布，售价99元起。', '2024-06-28')[0]?.kind).toBe('launch');
    expect(first('星辰科技已发布了79个模型。')?.kind).toBe('figure');
  });

  it('makes a comparison with the subject’s own past (与去年同期相比) a comparison', () => {
    expect(first('与去年同期相比，星辰科技的毛利率有所下滑。')?.kind).toBe('comparison');
  });
});
