/**
 * Kind and modality by verb class and frame: what is expected (预计, 将, 会), what is the
 * writer's judgement, what is spent and what is invested, which launch words launch nothing.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0];

describe('forecast words are words', () => {
  it('does not read 拟 inside 模拟, nor 计划 and its years inside a 《title》, as a forecast', () => {
    expect(first('星辰科技发布的Nova可以模拟真实世界的物理规律。')?.modality).toBe('fact');
    expect(first('2023年12月15日，云海集团印发了《三年行动计划(2024—2026年)》。')).toMatchObject({
      kind: 'event',
      modality: 'fact',
    });
  });

  it('takes a half-year already begun (今年上半年) as the past, not a future date', () => {
    expect(claimsOf('星辰科技今年上半年营收为300亿元，年增3.1%。', '2024-09-14')[0]?.modality).toBe('fact');
  });

  it('takes 未来 before 的 as a noun, and 将 before a past adverb as 把', () => {
    expect(first('蓝鲸智能的报告讨论了Nova未来的发展方向。')?.modality).toBe('fact');
    expect(first('Nova将曾经领先的Orion直接甩在身后。')?.modality).toBe('fact');
  });
});

describe('forecasts', () => {
  it('makes an expected figure or ranking a forecast (预计将达到, 有望成为)', () => {
    expect(first('蓝鲸智能明年的营收预计将达到500亿元。')).toMatchObject({ kind: 'forecast', modality: 'forecast' });
    expect(first('据张明远透露，Nova有望成为国内首款多模态模型。')).toMatchObject({
      kind: 'forecast',
      modality: 'forecast',
    });
  });

  it('keeps a figure that goes on after an estimate (预估…，毛利率介于…) under the estimate, not one dated on its own', () => {
    const guidance = claimsOf('蓝鲸智能预估本季营收将介于80亿至85亿元，营业利润率介于30%至32%。');
    expect(guidance.map((c) => c.modality)).toEqual(['forecast', 'forecast']);
    const dated = claimsOf('蓝鲸智能预估本季营收将介于80亿至85亿元，去年同期营业利润率为29%。');
    expect(dated.at(-1)?.modality).toBe('fact');
  });

  it('takes the writer’s epistemic 会 as their judgement, a speaker’s as a prediction of theirs', () => {
    expect(first('Nova的发布，会让整个行业更加重视多模态。')).toMatchObject({ kind: 'forecast', modality: 'opinion' });
    expect(first('张明远表示，Nova会支持更多语言。')).toMatchObject({ kind: 'forecast', modality: 'forecast' });
  });

  it('takes what the writer expects (会让…看到) as a forecast of theirs', () => {
    expect(first('Orion的发布，很快就会让云海集团看到回报。')).toMatchObject({ kind: 'forecast', modality: 'opinion' });
  });

  it('takes a view framed by 认为 as an opinion even about the future, a forecast in kind (tests/claims-eval/README.md)', () => {
    expect(first('我们认为，明年就会看到Orion问世。')).toMatchObject({ kind: 'forecast', modality: 'opinion' });
    expect(first('张明远认为，云海集团将率先推出开源模型。')).toMatchObject({ kind: 'forecast', modality: 'opinion' });
    // A view of what is, hedged by 可能, stays an opinion in kind; so does one of what lies in something.
    expect(first('张明远判断，Nova可能只是过渡产品。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(first('张明远认为，云海集团的优势在于生态。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
  });

  it('reads 将 before a prepositional phrase as "will" (将对X带来压力)', () => {
    expect(first('分析师王海川指出，Nova将对云海集团的销售带来压力。')).toMatchObject({
      kind: 'forecast',
      modality: 'forecast',
    });
  });
});

describe('launches and figures', () => {
  it('keeps a launch a launch when it comes with a count, but a count of unnamed launches is a figure', () => {
    expect(first('星辰科技上线了模型广场，上架了200个模型。')?.kind).toBe('launch');
    expect(first('星辰科技已发布了12个大模型。')?.kind).toBe('figure');
  });

  it('takes no launch word inside a frame of time or under a verb of trying as a launch', () => {
    expect(first('云海集团的算力问题在Nova问世之后变得更加紧迫。')?.kind).not.toBe('launch');
    expect(first('云海集团和蓝鲸智能都试图探索AI在电商场景的落地。')?.kind).not.toBe('launch');
  });

  it('lets the verb announced decide (官宣停止 is no launch)', () => {
    expect(first('云海集团官宣停止硬件业务。')?.kind).not.toBe('launch');
  });
});

describe('spending and investing', () => {
  it('takes money spent as a figure and money put into a company as funding', () => {
    expect(first('星辰科技投入了400亿元建设数据中心。')?.kind).toBe('figure');
    expect(first('远山资本向星辰科技投入了5亿元。')?.kind).toBe('funding');
    expect(first('远山资本向AI初创公司投入了超过40亿美元。')?.kind).toBe('funding');
    expect(first('最引人关注的是两笔投资：一笔是远山资本对星辰科技的10亿美元。')?.kind).toBe('funding');
  });

  it('takes a valuation alone as a figure', () => {
    expect(first('蓝鲸智能的估值也达到了40亿美元。')?.kind).toBe('figure');
  });
});

describe('the writer’s judgement and a holder’s belief', () => {
  it('takes "，这是X的一次布局" as the writer summing up, outside the hedge before it', () => {
    const [reported, summed] = claimsOf('有消息称，星辰科技成立了AI电商团队，这是星辰科技在电商上的一次重要布局。');
    expect(reported).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
    expect(summed).toMatchObject({ kind: 'opinion', modality: 'opinion', attribution: { kind: 'article' } });
  });

  it('takes an effect on an unnamed experiencer (令人惊叹) as a judgement', () => {
    expect(first('Nova的进步速度令人惊叹。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
  });

  it('takes a belief (判断, 认为) as an opinion, a saying (表示) as a statement', () => {
    expect(first('云海集团管理层判断，对话类产品只是过渡形态。')).toMatchObject({
      kind: 'opinion',
      modality: 'opinion',
    });
    expect(first('云海集团表示，对话类产品只是过渡形态。')?.kind).toBe('statement');
  });
});

describe('conventions of tests/claims-eval/README.md', () => {
  it('takes an acquisition as an event, and 投资、收购了X as an investor’s funding', () => {
    expect(first('云海集团以120亿元收购了极光数据。')?.kind).toBe('event');
    expect(first('远山资本先后投资、收购了蓝鲸智能和极光数据。')?.kind).toBe('funding');
  });

  it('takes a product going on sale (开卖, 发售) as a launch', () => {
    expect(first('云海集团于8月29日在官方商城开卖Orion。')?.kind).toBe('launch');
  });

  it('takes a prediction someone makes and a plan in the article’s voice as forecasts', () => {
    expect(first('分析师王海川指出，云海集团明年的营收将超过500亿元。')).toMatchObject({
      kind: 'forecast',
      modality: 'forecast',
    });
    expect(first('星辰科技将扩大在数据中心上的投入。')).toMatchObject({ kind: 'forecast', modality: 'forecast' });
    expect(first('云海集团计划明年推出Orion。')).toMatchObject({ kind: 'forecast', modality: 'forecast' });
    // An announced deal keeps its kind, with the forecast modality.
    expect(first('星辰科技昨日宣布，将收购蓝鲸智能。')).toMatchObject({ kind: 'event', modality: 'forecast' });
  });

  it('takes a view framed by 认为 as an opinion even about the future, a forecast in kind', () => {
    expect(first('业内普遍认为，星辰科技将更坚定地走商业化路线。')).toMatchObject({
      kind: 'forecast',
      modality: 'opinion',
      attribution: { kind: 'unnamed', text: '业内' },
    });
  });

  it('takes a dated fact someone announces as an event', () => {
    expect(first('星辰科技11月21日宣布，已与云海集团达成合作协议。')).toMatchObject({
      kind: 'event',
      attribution: { kind: 'organization', entityId: 'acme', text: '星辰科技' },
    });
  });
});

describe('neutral verbs of saying (表示, 指出, 说): the words decide', () => {
  it('passes on a figure or a plain fact a speaker states as a fact', () => {
    expect(first('蓝鲸智能方面表示，截至9月底，Nova的累计用户已突破2亿。')?.modality).toBe('fact');
    expect(first('云海集团总裁王海川指出，Orion正在开发者社区中快速普及。')?.modality).toBe('fact');
  });

  it('makes judging words under them a view: opinion in kind and modality', () => {
    expect(first('张明远表示，大模型的价值在于应用，只有用起来才有意义。')).toMatchObject({
      kind: 'opinion',
      modality: 'opinion',
    });
    expect(first('李思源多次公开表示，他不看好做通用大模型的小公司。')).toMatchObject({
      kind: 'opinion',
      modality: 'opinion',
    });
  });

  it('takes a degree adverb grading a predicate as the writer’s judgement, unless a figure measures it', () => {
    expect(first('星辰科技过去半年在芯片上的投入相当密集。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(first('从增速来看，Nova的表现尤为亮眼。')?.modality).toBe('opinion');
    expect(first('云海集团的毛利率为20.3%，增长非常快。')?.modality).toBe('fact');
  });

  it('does not read a graded modifier inside a noun phrase as a judgement', () => {
    expect(first('然而，颇受期待的Orion并未随新机同步上线。')?.modality).toBe('fact');
  });

  it('takes what is left open (有待), a negated gradable adjective and a simile as judgements', () => {
    expect(first('Nova能否因此摆脱“套壳”的标签，仍有待观察。')?.modality).toBe('opinion');
    expect(first('值得注意的是，星辰科技登顶的位置并不稳固。')?.modality).toBe('opinion');
    expect(first('张明远在博客中写道，Orion的语音模式“就像科幻片里的助手”。')?.modality).toBe('opinion');
  });

  it('makes a speaker’s own words quoted whole a view, unless they give a figure', () => {
    expect(first('张明远说：“开源才是大模型的出路。”')?.modality).toBe('opinion');
    expect(first('“Orion的毛利率达到18.2%，比预想的要好。”王海川在电话会上说。')?.modality).toBe('fact');
  });

  it('reads 正如X所言 as the writer making a point with someone’s words', () => {
    expect(first('正如张明远所言，云海集团已经错过了最好的窗口期。')?.modality).toBe('opinion');
  });
});

describe('unnamed sources: hearsay or a view', () => {
  it('makes a commentator’s judging words an opinion, an informed source’s words hearsay', () => {
    expect(first('业界人士指出，星辰科技这种只挖人的做法，或许是为了规避审查。')).toMatchObject({
      kind: 'opinion',
      modality: 'opinion',
    });
    expect(first('有分析师指出，蓝鲸智能的股价恐面临剧烈修正。')?.modality).toBe('opinion');
    expect(first('据知情人士透露，星辰科技目前的年化营收约为1亿美元。')?.modality).toBe('reported');
  });

  it('takes a described speaker’s unmeasured words as a view', () => {
    expect(first('不过多位试用者指出，Nova与Orion在细节还原上仍有差距。')?.modality).toBe('opinion');
  });
});

describe('the scope of a view and of 将', () => {
  it('keeps the 但 that answers a concession (固然…，但…) under the same 认为', () => {
    const claims = claimsOf('笔者认为，排名固然会被刷新，但星辰科技在开源社区中赢得的话语权远比名次更有价值。');
    expect(claims.find((c) => roles(c).acme === 'agent')?.modality).toBe('opinion');
  });

  it('reads 将把X作为Y and 将“…” as "will"', () => {
    expect(first('作为交易的一部分，星辰科技将把云海集团作为主要云服务商。')?.modality).toBe('forecast');
    expect(first('张明远表示，双方将“共同推动开源生态的建设”。')?.modality).toBe('forecast');
  });

  it('reads 将 right after a verb of saying as "will", a 的 after it belonging to its object', () => {
    expect(first('云海集团昨日发布公告称，将对平台内用户上传的图片加注水印。')?.modality).toBe('forecast');
    expect(first('蓝鲸智能表示，将为参与内测的开发者提供免费额度。')?.modality).toBe('forecast');
    // (Without the frame, 将…的 before a noun still modifies it: the predicate after it is done.)
    expect(first('将在杭州举办的开放模型论坛已公布议程。')?.modality).toBe('fact');
  });
});

describe('what is not a forecast', () => {
  it('takes an expectation named as a noun (高于…的预期, 不如预期) as no prediction', () => {
    expect(claimsOf('财报显示，星辰科技当季净利润约为62亿元，高于市场此前的预期。', '2024-08-22')[0]?.modality).toBe(
      'fact',
    );
    expect(claimsOf('星辰科技预期明年营收将增长。')[0]?.modality).toBe('forecast');
  });

  it('reads 将 before a possessive noun phrase and a verb of result as 把', () => {
    expect(
      claimsOf('今年5月，星辰科技发布Nova，并将主力模型的推理价格降到每千tokens 0.001元。', '2024-06-25')[0]?.modality,
    ).toBe('fact');
    expect(first('星辰科技将于明年把Nova的价格降到1元。')?.modality).toBe('forecast');
  });

  it('takes a target price with its amount as the analyst’s forecast, a note that only moves it as an act', () => {
    expect(first('远山资本发布研报，将星辰科技的目标价由52港元上调至60港元。')?.modality).toBe('forecast');
    expect(first('远山资本将云海集团的目标价定为120美元，维持买入评级。')?.modality).toBe('forecast');
    expect(first('多家券商随后下调了星辰科技的目标价。')?.modality).toBe('fact');
  });

  it('reads 将 before a noun and a verb of change with its amount (将X价格下调约两成) as 把', () => {
    expect(first('星辰科技上周已宣布，将全部API调用价格下调约两成。')?.modality).toBe('fact');
    // (A target moved to a new figure is the new target, a forecast: see movesTarget in modality.ts.)
    expect(first('蓝鲸智能将Nova的年度营收目标上调至80亿元。')?.modality).toBe('forecast');
    // (A verb of change right after 将, or after an adverb, is "will".)
    expect(first('星辰科技表示，将下调约两成的API调用价格。')?.modality).toBe('forecast');
    expect(first('星辰科技表示，将大幅下调Nova的调用价格。')?.modality).toBe('forecast');
  });

  it('takes 这是 with an ordinal or a time since as placing a fact, not judging it', () => {
    expect(first('这是星辰科技一个月内第二次获得巨头的大额注资。')?.modality).toBe('fact');
    expect(first('这是Nova发布一年多以来的又一次大版本升级。')?.modality).toBe('fact');
    expect(first('这是星辰科技在AI电商上的一次实质化的布局。')?.modality).toBe('opinion');
  });
});

describe('这是 placing across clauses', () => {
  it('looks for the ordinal in the rest of the sentence (这是一个月内，X第二次…)', () => {
    expect(first('这是一个月内，星辰科技第二次获得巨头的大额注资。')?.modality).toBe('fact');
  });
});

describe('a view with a figure', () => {
  // (What 坦言 frames takes its own modality: an admission with a figure is a view; a prediction
  // with one, 成本可能高达…, is a forecast, below.)
  it('keeps a view framed by 坦言 an opinion in kind though it gives a figure', () => {
    expect(first('张明远坦言，星辰科技的算力可能只是对手的十分之一。')).toMatchObject({
      kind: 'opinion',
      modality: 'opinion',
    });
  });
});

describe('answers that play a report down are denials', () => {
  it('takes an answer that calls the matter ordinary or a misreading as the answerer’s denial', () => {
    expect(first('对于上述传闻，星辰科技回应称，这只是一次常规测试。')).toMatchObject({
      kind: 'denial',
      modality: 'denied',
      attribution: { kind: 'organization', entityId: 'acme' },
    });
    expect(roles(first('云海集团回应称，相关报道系误读。'))).toEqual({ globex: 'agent' });
    expect(first('蓝鲸智能澄清称，网传消息属于过度解读。')).toMatchObject({ kind: 'denial', modality: 'denied' });
  });

  it('makes the denier the agent and whom the denied report is about the object', () => {
    const [, denial] = claimsOf('有消息称星辰科技将收购蓝鲸智能。蓝鲸智能回应称，并非如此。');
    expect(denial).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(denial)).toEqual({ initech: 'agent', acme: 'object' });
    const [, noPlan] = claimsOf('有消息称星辰科技将对Nova收费。星辰科技方面表示，Nova目前没有收费计划。');
    expect(roles(noPlan)).toEqual({ acme: 'agent', nova: 'object' });
  });

  it('keeps an answer over several clauses as one denial (…，这只是一项测试，Y并没有…)', () => {
    const claims = claimsOf('云海集团随后回应称，这只是高峰期的一项测试，Orion并没有收费计划。');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(claims[0])).toEqual({ globex: 'agent', orion: 'object' });
  });

  it('takes a speaker saying what a deal is not (这并非一桩收购) as a denial', () => {
    const claims = claimsOf('云海集团方面则强调，这并非一桩收购，蓝鲸智能仍是一家独立公司。');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(claims[0])).toEqual({ globex: 'agent', initech: 'object' });
  });

  it('takes a speaker calling the matter routine (“这只是常规的业务沟通”) as a denial, in any clause', () => {
    expect(first('蓝鲸智能则称，公司与多家厂商均有交流，“这只是常规的业务沟通”。')).toMatchObject({
      kind: 'denial',
      modality: 'denied',
    });
  });

  it('denies nothing outside an answer, or with an answer that does not play it down', () => {
    expect(first('星辰科技表示，这只是开始。')?.kind).not.toBe('denial');
    expect(first('张明远回应称，公司正在调查此事。')?.modality).toBe('fact');
    expect(first('星辰科技表示，这并不是Nova第一次登顶榜单。')?.kind).not.toBe('denial');
  });

  it('keeps a refusal to comment a statement of fact, never a denial (tests/claims-eval/README.md)', () => {
    expect(first('星辰科技对此不予置评。')).toMatchObject({ kind: 'statement', modality: 'fact' });
    expect(first('云海集团拒绝置评。')).toMatchObject({ kind: 'statement', modality: 'fact' });
  });
});

describe('what is done is not a forecast', () => {
  it('reads 将 as 把 after a past adverb, before a perfective 了, or dated in the past', () => {
    expect(first('星辰科技已将Nova的价格下调至每百万tokens 1元。')?.modality).toBe('fact');
    expect(first('云海集团将旗下的Orion整合进了模型广场。')?.modality).toBe('fact');
    expect(first('星辰科技去年将总部迁至杭州。')?.modality).toBe('fact');
  });

  it('keeps 将 "will" when someone announced it, even on a past day, and in a span that holds today', () => {
    expect(first('云海集团上周宣布，将对蓝鲸智能进行一项为期多年的投资。')?.modality).toBe('forecast');
    expect(first('张明远表示，今年Nova的竞争将从拼参数转向拼应用。')?.modality).toBe('forecast');
  });

  it('reads a plan or an expectation put in the past (原计划, 超出市场预期) as no forecast', () => {
    const planned = first('星辰科技原计划在今年1月发布Nova，但最终推迟到了3月。');
    expect(planned?.modality).toBe('fact');
    expect(planned?.kind).not.toBe('launch');
    expect(first('星辰科技二季度营收为300亿元，超出华尔街预期。')).toMatchObject({ kind: 'figure', modality: 'fact' });
    expect(first('云海集团的净利润为62亿元，好于预期。')?.modality).toBe('fact');
  });

  it('reads an expectation graded by an adverb (略低于市场一致预期) and guidance beaten (优于先前财测) as standards', () => {
    expect(first('云海集团上季营业利润为48亿元，略高于市场一致预期。')).toMatchObject({
      kind: 'figure',
      modality: 'fact',
    });
    expect(first('星辰科技第三季毛利率為58%，優於公司先前財測上緣。')?.modality).toBe('fact');
    expect(first('星辰科技第三季毛利率為58%，高於此前指引。')?.modality).toBe('fact');
    // …but guidance given is still a forecast.
    expect(first('星辰科技公布的下季財測為營收50億元。')?.modality).toBe('forecast');
  });

  it('takes a forecast word inside a noun’s modifier as no forecast (在即将到来的市场中占得先机)', () => {
    expect(first('星辰科技近来推出了多款数据产品，试图在即将到来的数据市场中占得先机。')?.modality).toBe('fact');
    expect(first('星辰科技将推出支持中文的Nova。')?.modality).toBe('forecast');
    // (A verb with its own object before 的 is the predicate: 的 there is the object's possessive.)
    expect(first('张明远表示，Nova将支撑云海集团的语言模型训练与推论。')?.modality).toBe('forecast');
    expect(first('云海集团将收购星辰科技的芯片业务。')?.modality).toBe('forecast');
  });

  it('reads 将 before an adverb of manner jieba tags otherwise (将正式上线, 将优先供应) as "will"', () => {
    expect(first('星辰科技将正式上线Nova。')?.modality).toBe('forecast');
    expect(first('云海集团将优先供应蓝鲸智能。')?.modality).toBe('forecast');
    // (…but 已将 is 把, whatever follows.)
    expect(first('星辰科技已将正式员工裁减一成。')?.modality).toBe('fact');
  });
});

describe('estimates of a figure', () => {
  it('takes a named analyst’s 估算 as their view, an unnamed one’s as hearsay, neither as a forecast', () => {
    expect(first('分析师王海川估算，星辰科技去年的营收约为500亿元。')?.modality).toBe('opinion');
    expect(first('据一位投资人估算，星辰科技去年的营收在1亿元以下。')?.modality).toBe('reported');
  });

  it('keeps a named estimate of what is to come a forecast (估算…明年将)', () => {
    expect(first('分析师王海川估算，星辰科技明年的营收将超过10亿元。')?.modality).toBe('forecast');
  });
});

describe('views, construals and hedges inside the clause', () => {
  it('takes how others construe it (被业界视为, 被解读为) as a view, unless it only adds to a stated fact', () => {
    expect(first('星辰科技的回归被业界视为关键变数。')?.modality).toBe('opinion');
    expect(first('云海集团的新规由星辰科技于7月发布，被视为业内最早的专门规则之一。')?.modality).toBe('fact');
  });

  it('takes an evaluative adjective (亮眼, 惊艳) as a judgement', () => {
    expect(first('云海集团对下一季的财测同样亮眼。')?.modality).toBe('opinion');
  });

  it('takes a hedge inside the first clause (X的月活据称已…) as hearsay, not one in a later clause', () => {
    expect(first('Orion的月活用户据称已经超过2600万。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
    expect(first('去年年末，星辰科技发布了Nova，据称可以一键生成视频。')?.modality).toBe('fact');
  });

  it('keeps a belief inside a report reported (据X报道，…，双方认为…)', () => {
    expect(first('据彭博社报道，星辰科技并未向云海集团支付费用，双方认为曝光度本身就是回报。')?.modality).toBe(
      'reported',
    );
  });

  it('takes 在X看来 as a frame of belief', () => {
    expect(first('在供应链看来，星辰科技的强劲需求意味着订单可望延续至年底。')?.modality).toBe('opinion');
  });
});

describe('more denials', () => {
  it('takes a company not aware of any reason for a share move (并不知悉…原因) as its denial', () => {
    expect(first('星辰科技其后发出公告，指公司并不知悉导致股价波动的任何原因。')).toMatchObject({
      kind: 'denial',
      modality: 'denied',
    });
  });
});

describe('targets, expectations missed and Hong Kong 指', () => {
  it('takes a stated target (目标是) as a forecast', () => {
    expect(first('星辰科技总裁张明远先前表示，公司今年的目标是让1亿台设备支持Nova。')?.modality).toBe('forecast');
  });

  it('takes an expectation missed (少于预期) as the standard of a fact, not a forecast', () => {
    expect(first('星辰科技对Nova的订单量少于预期。')?.modality).toBe('fact');
  });

  it('reads 指 after a source as a verb of saying (有传闻指, 发出公告，指…)', () => {
    expect(first('市场上有传闻指，星辰科技将分拆其芯片业务在港上市。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
  });
});

describe('roles that judge', () => {
  it('takes a copula casting an entity as a winner or a mainstay (最大的受益者, 基本盘) as a view', () => {
    expect(first('Orion本身则是开源浪潮最大的受益者之一。')?.modality).toBe('opinion');
    expect(first('手机仍是星辰科技的基本盘。')?.modality).toBe('opinion');
    expect(first('星辰科技是云海集团的股东。')?.modality).toBe('fact');
  });

  it('reads a trade before the people who speak (有投放从业者估算) as an unnamed source, whose estimate is a view', () => {
    // (An estimate someone computes is their view, the editors' majority; told with 据 it is passed on.)
    expect(first('有投放从业者估算，星辰科技获取一个新用户的成本在10元至20元之间。')).toMatchObject({
      modality: 'opinion',
      attribution: { kind: 'unnamed' },
    });
    expect(first('据一位投资人估算，星辰科技去年的营收在1亿元以下。')?.modality).toBe('reported');
  });
});

describe('the writer reading and doubting', () => {
  it('takes 从X看 as the writer’s reading, a view unless it gives the figures it reads', () => {
    expect(first('从财报看，星辰科技已逐步走出困境。')?.modality).toBe('opinion');
    expect(first('从时长上看，Nova生成的视频最长是Orion的两倍。')?.modality).toBe('fact');
  });

  it('takes the writer’s doubt about what is to come (恐怕要等到明年) as a view', () => {
    expect(first('Nova能否撑起换机潮，恐怕要等到明年才见分晓。')?.modality).toBe('opinion');
  });

  it('keeps a view an informed source passes on hearsay (…，这被认为是原因之一，一名接近董事会的人士称)', () => {
    const claims = claimsOf(
      '张明远曾试图挽留李思源，这被认为是他很快被撤换的原因之一，一名接近星辰科技董事会的人士称。',
    );
    expect(claims.at(-1)).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
  });
});

describe('the tag a card shows: constructions read as one thing and meaning another', () => {
  it('takes an answer that says what was reported never happened (从未, 并未) as a denial; 尚未 leaves it open', () => {
    expect(first('对于合作传闻，星辰科技回应称，公司从未与云海集团接触。')).toMatchObject({
      kind: 'denial',
      modality: 'denied',
    });
    expect(first('对于收购传闻，云海集团回应称，公司并未收到任何报价。')?.modality).toBe('denied');
    expect(first('星辰科技回应称，Nova尚未确定发布时间。')?.modality).toBe('fact');
    // Not an answer: the same words passed on by the writer deny nothing.
    expect(first('星辰科技从未公布过Nova的训练成本。')?.modality).toBe('fact');
  });

  it('takes 未来几代X, 未来两款Y as later products, not as the time of the predicate', () => {
    expect(first('星辰科技回应称，公司储备的芯片足以支撑未来几代Nova的训练。')?.modality).toBe('fact');
    expect(first('星辰科技计划在未来三年投入100亿元。')?.modality).toBe('forecast');
    expect(first('星辰科技未来两年将推出五款新机。')?.modality).toBe('forecast');
  });

  it('takes a company’s guidance (指引, 财测) as its forecast, unless words judge it', () => {
    expect(first('星辰科技给出的全年指引为营收增长10%。')?.modality).toBe('forecast');
    expect(first('云海集团公布的下季财测为营收50亿元。')?.modality).toBe('forecast');
    expect(first('星辰科技对下一季的财测同样亮眼。')?.modality).toBe('opinion');
    expect(first('在政策指引下，星辰科技推出了Nova。')?.modality).toBe('fact');
  });

  it('takes an open question as the subject (X能否…，将决定…) as the writer’s view, one under a verb as that verb’s', () => {
    expect(first('星辰科技能否盈利，将决定Nova的命运。')?.modality).toBe('opinion');
    expect(first('Nova的销量能否延续，仍有待观察。')?.modality).toBe('opinion');
    expect(first('星辰科技尚未透露是否会推出Nova。')?.modality).toBe('fact');
  });

  it('takes a complement of manner after 得 (走得小心翼翼) or a short negated adjective (压力不小) as a judgement, unless a figure measures it', () => {
    expect(first('星辰科技在海外市场走得小心翼翼。')?.modality).toBe('opinion');
    expect(first('星辰科技面临的压力不小。')?.modality).toBe('opinion');
    expect(first('星辰科技的市场份额不足10%。')?.modality).toBe('fact');
    expect(first('星辰科技今年取得了突破。')?.modality).toBe('fact');
    expect(first('星辰科技不再生产手机。')?.modality).toBe('fact');
  });
});

describe('the tag a card shows: who vouches for what', () => {
  it('takes keeping silent after a rumour in the same sentence as a fact the article reports', () => {
    const claims = claimsOf('有消息称，张明远在一次内部会议上对此事表达了不满，星辰科技对这一说法不予置评。');
    expect(claims[0]?.modality).toBe('reported');
    expect(claims.at(-1)).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
  });

  it('takes keeping silent as the silent party’s act the article reports, after another’s words too (未有回应, 不评论)', () => {
    const claims = claimsOf('星辰科技在回复本报查询时表示，不评论个别投资项目；云海集团则未有回应。');
    expect(claims.at(-1)).toMatchObject({
      kind: 'statement',
      modality: 'fact',
      attribution: { kind: 'article' },
      entities: [{ id: 'globex', role: 'agent' }],
    });
    expect(first('星辰科技表示不予置评。')).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
  });

  it('takes 澄清 as an answer its content decides, a denial only when it clears up a rumour', () => {
    expect(first('星辰科技发布公告，澄清股价异动与Nova的发布有关。')?.modality).toBe('fact');
    expect(first('星辰科技随后发布声明，澄清市场传闻。')).toMatchObject({ kind: 'denial', modality: 'denied' });
  });

  it('takes a record no one is named for (资料显示) as data the article cites, not hearsay', () => {
    expect(first('资料显示，星辰科技自去年以来已投资超过10家公司。')).toMatchObject({
      modality: 'fact',
      attribution: { kind: 'data' },
    });
  });
});

describe('the tag a card shows: hedges, plans and dates read by their construction', () => {
  it('keeps a hedge a connective opens (另据悉) a hedge', () => {
    expect(first('另据悉，星辰科技的目标是到2030年让车队规模达到10万辆。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
  });

  it('takes 计划 ending a noun phrase (宣布X开放计划) as a programme, not a plan to come', () => {
    expect(first('早在2013年，星辰科技就成立了研究院，并于2017年4月宣布Nova开放计划。')?.modality).toBe('fact');
    expect(first('星辰科技计划明年推出Nova。')?.modality).toBe('forecast');
  });

  it('takes what the market expected (低于市场普遍预期的…) as the standard of a comparison', () => {
    expect(first('星辰科技营收为900亿元，低于市场普遍预期的约1000亿元。')?.modality).toBe('fact');
  });

  it('takes 不算 before an adjective (动作不算早) as a judgement', () => {
    expect(first('与国内同行相比，星辰科技的动作不算早。')?.modality).toBe('opinion');
  });

  it('takes a day later in the article’s own month as still to come', () => {
    expect(claimsOf('云海集团的新规正于6月20日起全面生效。', '2024-06-15')[0]?.modality).toBe('forecast');
    expect(claimsOf('云海集团的新规已于6月10日起全面生效。', '2024-06-15')[0]?.modality).toBe('fact');
  });
});

describe('the tag a card shows: markers and credit', () => {
  it('takes 值得一提的是 as pointing at a fact, 值得期待 as a judgement', () => {
    expect(first('值得一提的是，Nova暂未向免费用户开放，会员月费59.9元。')?.modality).toBe('fact');
    expect(first('Nova的新功能值得期待。')?.modality).toBe('opinion');
  });

  it('takes credit given to a cause (这与X的投放密不可分) as the writer’s view', () => {
    expect(first('报告显示，Nova的月活用户在半年内增长了数倍，这与星辰科技的大规模投放密不可分。')?.modality).toBe(
      'opinion',
    );
  });
});

describe('the tag a card shows: Taiwan and Hong Kong wording, graded copulas', () => {
  it('takes 可望, 预估 and 料 as forecasts, as 有望 and 预计 are', () => {
    expect(first('星辰科技可望在年底前完成交付。')?.modality).toBe('forecast');
    expect(first('分析师料星辰科技下季营收增长两成。')?.modality).toBe('forecast');
    expect(first('星辰科技公布了Nova的训练资料。')?.modality).toBe('fact');
  });

  it('takes a company’s outlook (展望) as guidance', () => {
    expect(first('星辰科技对第三季的展望为营收增长10%。')?.modality).toBe('forecast');
  });

  it('takes a copula that grades (可谓, 称得上, 不失为) as a judgement', () => {
    expect(first('Nova可谓国内最强的开源模型。')?.modality).toBe('opinion');
    expect(first('Nova不失为一款好用的模型。')?.modality).toBe('opinion');
  });
});

describe('the tag a card shows: 将 before a passive', () => {
  it('reads 将由X…, 将被… as "will": 把 never takes an agent of a passive', () => {
    expect(first('星辰科技新董事会将由张明远出任主席。')?.modality).toBe('forecast');
    expect(first('星辰科技的旧款手机将被全面停产。')?.modality).toBe('forecast');
  });
});

describe('the tag a card shows: a rumour in the passive', () => {
  it('takes X被传出…, X被曝… as hearsay from nobody named; 被指定 is no rumour', () => {
    expect(first('同月稍早，星辰科技也被传出有意收购蓝鲸智能。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
    expect(first('星辰科技被曝将裁员两成。')).toMatchObject({ kind: 'forecast', modality: 'reported' });
    expect(first('星辰科技被指定为供应商。')?.modality).toBe('fact');
  });
});

describe('the tag a card shows: the rumoured party answering without a verb of answering', () => {
  const article = (...paragraphs: string[]) => {
    const carry = { topic: null };
    return paragraphs.flatMap((p) => claimsOf(p, '2024-03-15', carry));
  };

  it('reads the rumoured party’s own words after the rumour as its answer (X表示，公司并未…)', () => {
    const [rumour, answer] = article('有消息称，远山资本正在裁员。远山资本表示，公司并未裁员。');
    expect(rumour?.modality).toBe('reported');
    expect(answer).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(answer)).toEqual({ umbrella: 'agent' });
  });

  it('reads an answer after 对此 or 针对上述传闻, also in the next paragraph', () => {
    const [, answer] = article('据报道，极光数据将出售Nova。', '对此，极光数据表示，上述消息严重失实。');
    expect(answer).toMatchObject({ kind: 'denial', modality: 'denied' });
    const [, framed] = article(
      '据报道，蓝鲸智能将与极光数据合并。针对上述传闻，蓝鲸智能表示，双方只是正常的技术交流。',
    );
    expect(framed).toMatchObject({ kind: 'denial', modality: 'denied' });
  });

  it('takes an answer calling the report overstated (严重夸大) as a denial', () => {
    const [, answer] = article('有媒体报道称，远山资本将裁员三成。远山资本回应称，相关报道严重夸大。');
    expect(answer).toMatchObject({ kind: 'denial', modality: 'denied' });
  });

  it('keeps the part of an answer that confirms (确实…) a fact, not a judgement', () => {
    const [, answer] = article('据报道，极光数据将收购蓝鲸智能。极光数据回应称，公司确实与蓝鲸智能有过接触。');
    expect(answer?.modality).toBe('fact');
  });

  it('does not make an answer of what someone else says, nor of the party’s words with no rumour before', () => {
    const [, comment] = article('有消息称，远山资本正在裁员。对此，分析师王海川表示，这并非坏事。');
    expect(comment?.modality).not.toBe('denied');
    expect(first('远山资本表示，公司从未放弃自研芯片。')?.modality).toBe('fact');
    const [, fact] = article('据报道，远山资本将收购蓝鲸智能。远山资本表示，公司今年营收增长20%。');
    expect(fact?.modality).toBe('fact');
  });
});

describe('the tag a card shows: a verb of intent with a verb phrase states a plan', () => {
  it('takes 力争, 准备, 有意, 考虑, 寻求 before a verb phrase as a forecast', () => {
    expect(first('极光数据力争三年内实现盈利。')?.modality).toBe('forecast');
    expect(first('远山资本准备在东南亚设立新基金。')?.modality).toBe('forecast');
    expect(first('蓝鲸智能有意收购极光数据。')?.modality).toBe('forecast');
    expect(first('远山资本正在考虑出售所持的蓝鲸智能股份。')?.modality).toBe('forecast');
    expect(first('极光数据寻求在香港上市。')?.modality).toBe('forecast');
  });

  it('keeps hearsay over the plan it reports (知情人士…有意…)', () => {
    expect(first('据知情人士透露，远山资本有意收购极光数据。')?.modality).toBe('reported');
  });

  it('reads no plan in 争取到, 考虑到, 做好了准备, nor in an intent already past (曾考虑)', () => {
    expect(first('极光数据争取到了远山资本的投资。')?.modality).toBe('fact');
    expect(first('考虑到成本，极光数据选择了自研芯片。')?.modality).toBe('fact');
    expect(first('远山资本为这次发布做好了准备。')?.modality).toBe('fact');
    expect(first('蓝鲸智能曾考虑出售极光数据的股份，但最终放弃。')?.modality).toBe('fact');
  });
});

describe('the tag a card shows: rumours, rejections, the paper’s own voice and named firms', () => {
  it('takes 传出 after its subject (X随后也传出将…) as a rumour, as X被传出 is', () => {
    expect(first('极光数据随后也传出将裁减约一成人力。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
  });

  it('takes a rejection of an accusation as groundless (毫无根据) as a denial, whatever verb frames it', () => {
    expect(first('远山资本发表声明，认为相关指控毫无根据。')).toMatchObject({ kind: 'denial', modality: 'denied' });
  });

  it('takes the paper speaking (本报认为, 本刊观察) as the article’s view, even of what is to come', () => {
    expect(first('本报认为，蓝鲸智能此举是一场豪赌。')).toMatchObject({
      modality: 'opinion',
      attribution: { kind: 'article' },
    });
    expect(first('本刊观察，蓝鲸智能将在明年推出Orion。')).toMatchObject({
      modality: 'opinion',
      attribution: { kind: 'article' },
    });
  });

  it('takes a Latin-letter name the gazetteer lacks (IDC指出, XYZ资料显示) as named, never an unnamed rumour', () => {
    expect(first('IDC指出，极光数据是前三大品牌中唯一全年出货正成长的厂商。')).toMatchObject({
      modality: 'fact',
      attribution: { kind: 'organization' },
    });
    expect(first('据IDC资料显示，极光数据的市占率在17%上下。')).toMatchObject({
      modality: 'fact',
      attribution: { kind: 'data' },
    });
    expect(first('一位国内AI企业高管曾告诉媒体，极光数据试图挖角。')?.attribution.kind).toBe('unnamed');
  });
});

describe('the tag a card shows: a graded passive of reception judges', () => {
  it('takes 最受瞩目, 备受关注, 饱受诟病 as the predicate as a view; an ungraded 受到关注 reports', () => {
    expect(first('极光数据则是最受瞩目的一家。')?.modality).toBe('opinion');
    expect(first('Orion备受开发者欢迎。')?.modality).toBe('opinion');
    expect(first('蓝鲸智能的定价饱受诟病。')?.modality).toBe('opinion');
    expect(first('蓝鲸智能的新品受到关注。')?.modality).toBe('fact');
  });

  it('reads it inside a modifier (最受期待的X并未上线) as describing X, not as the predicate', () => {
    expect(first('最受期待的Orion并未随新机同步上线。')?.modality).toBe('fact');
  });
});

describe('the tag a card shows: a speaker’s prediction under any verb of saying', () => {
  it('makes a modal of what is to come (可能高达, 或会放缓, 不会跟进) a forecast, also under 坦言', () => {
    expect(first('张明远坦言，训练下一代模型的成本可能高达数十亿美元。')).toMatchObject({ modality: 'forecast' });
    expect(first('张明远指出，星辰科技的收入增长或会明显放缓。')).toMatchObject({ modality: 'forecast' });
    expect(first('张明远坦言，Nova的价格不会跟进。')).toMatchObject({ modality: 'forecast' });
    expect(first('云海集团在文件中表示，新规可能立即生效。')).toMatchObject({ modality: 'forecast' });
  });

  it('keeps a hedged characterisation, a belief, a quote and the writer’s own words as they were', () => {
    // 可能 before a copula characterises; it predicts nothing.
    expect(first('张明远表示，Nova可能只是一个过渡产品。')?.modality).toBe('opinion');
    // A verb of belief makes a view, even of the future.
    expect(first('张明远认为，Nova可能超过Orion。')?.modality).toBe('opinion');
    // Words quoted whole are the speaker's view.
    expect(first('张明远说：“开源模型的价格会变得越来越低。”')?.modality).toBe('opinion');
    // Not a speaker: the article's own 不会 is no one's prediction.
    expect(first('Nova的价格不会跟进。')?.modality).not.toBe('forecast');
  });
});

describe('the tag a card shows: who is on the record', () => {
  it('takes 他/她 speaking, with no antecedent the gazetteer knows, as a person on the record, not hearsay', () => {
    const [, said] = claimsOf('星辰科技创始人陈磊昨日接受了本报专访。他透露，Nova系列的研发投入超过10亿元。');
    expect(said).toMatchObject({ modality: 'fact' });
    expect(said?.attribution.kind).toBe('person');
  });

  it('takes an analyst’s figure under a neutral verb as a fact with its source, a leak or a 据 as hearsay', () => {
    const [analyst] = claimsOf('有分析师向本报指出，星辰科技股价在交易完成当日微升0.4%。');
    expect(analyst).toMatchObject({ modality: 'fact', attribution: { kind: 'unnamed' } });
    expect(first('有供应链人士透露，星辰科技已要求供应商下修订单，幅度约一成。')?.modality).toBe('reported');
    expect(first('据一位投资人估算，星辰科技去年的营收在1亿元以下。')?.modality).toBe('reported');
    // What the analyst judges stays their view.
    expect(first('有分析师指出，星辰科技的估值显然过高。')?.modality).toBe('opinion');
  });

  it('takes 形容 as a verb that characterises: what it frames is a view', () => {
    expect(first('张明远当时形容，那是公司“最黑暗的一天”。')).toMatchObject({ modality: 'opinion' });
  });
});

describe('the tag a card shows: estimates and expectations as nouns', () => {
  it('takes 测算 as a verb of computing a figure: an unnamed estimator’s figure is their view', () => {
    expect(first('也有券商测算，星辰科技今年的经营利润将因罚款减少约一成。')).toMatchObject({
      modality: 'opinion',
      attribution: { kind: 'unnamed' },
    });
  });

  it('reads a verb of saying before 的 and a noun as a modifier: 胜过分析师平均预测的… is a result, not a forecast', () => {
    expect(first('星辰科技的盈利为502亿元，按年增长54%，胜过分析师平均预测的约450亿元。')?.modality).toBe('fact');
    expect(first('星辰科技的营收为300亿元，高于市场普遍预期。')?.modality).toBe('fact');
  });
});

describe('the tag a card shows: an answer that negates what was reported', () => {
  const answer = (text: string) => claimsOf(text).find((c) => c.attribution.entityId === 'acme');
  it('takes the rumoured party answering with a negated predicate as a denial, whatever verb it answers with', () => {
    expect(answer('有消息称星辰科技将在香港上市。星辰科技表示，公司目前没有上市时间表。')?.modality).toBe('denied');
    expect(answer('有消息称星辰科技将裁员三成。对此，星辰科技表示，公司不存在大规模裁员。')?.modality).toBe('denied');
    expect(answer('有消息称星辰科技将出售Nova。星辰科技回应称，不会出售Nova。')?.modality).toBe('denied');
  });

  it('leaves an answer that is open (尚未, 暂时) or says something else as it is', () => {
    expect(answer('有消息称星辰科技将出售Nova。星辰科技回应称，公司尚未做出决定。')?.modality).toBe('fact');
    expect(answer('有消息称星辰科技将出售Nova。星辰科技回应称，公司暂时没有更多信息可以分享。')?.modality).toBe('fact');
    expect(answer('有消息称星辰科技将出售Nova。星辰科技表示，Nova的用户数已突破1亿。')?.modality).toBe('fact');
    // Not an answer: the same negation in the company's own news is no denial.
    expect(first('星辰科技表示，公司目前没有上市时间表。')?.modality).not.toBe('denied');
  });
});

describe('the tag a card shows: placing an event and quoting one’s own plan', () => {
  it('takes 这是…时隔十个月再次… as placing what was reported, not the writer’s judgement', () => {
    const [, placed] = claimsOf('星辰科技昨日发布了Nova 2。这是星辰科技时隔十个月再次更新旗舰模型。');
    expect(placed?.modality).toBe('fact');
    const [, judged] = claimsOf('星辰科技昨日发布了Nova 2。这是星辰科技迄今最重要的一次布局。');
    expect(judged?.modality).toBe('opinion');
  });

  it('reads 未来 with a span of time before 的 as measuring a noun, not dating the act', () => {
    expect(first('星辰科技同意把未来15年的云端串流权利出售予云海集团。')?.modality).toBe('fact');
    expect(first('星辰科技未来三年投入100亿元。')?.modality).toBe('forecast');
  });

  it('takes a speaker’s quoted plan in the first person as a forecast, a quoted trend as a view', () => {
    expect(first('谈到下一步，张明远说得很直接：“我们的节奏是一年一代，不会再慢下来。”')?.modality).toBe('forecast');
    expect(first('“我们不会参与价格战。”张明远说。')?.modality).toBe('forecast');
    expect(first('张明远说：“开源模型的价格会变得越来越低。”')?.modality).toBe('opinion');
  });
});

describe('the tag by construction: frames, hedges and joined predicates', () => {
  it('takes a commentator’s hedged "will" (或会, 可能…被) as their forecast, a hedged ability (可能赢不了) as their view', () => {
    expect(first('有分析师指出，一旦预算收紧，星辰科技的收入增长或会明显放缓。')).toMatchObject({
      modality: 'forecast',
      attribution: { kind: 'unnamed' },
    });
    expect(first('有分析师指出，星辰科技的市占率可能因此被挤压。')?.modality).toBe('forecast');
    expect(first('有分析师指出，即使星辰科技全力投入，也可能赢不了这场竞赛。')?.modality).toBe('opinion');
  });

  it('takes 看好 before a comma as a frame of belief: a view, a forecast in kind', () => {
    expect(first('业内人士则普遍看好，星辰科技将在下半年推出更多模型。')).toMatchObject({
      kind: 'forecast',
      modality: 'opinion',
      attribution: { kind: 'unnamed' },
    });
    // Before its object it is the predicate, a judgement of the writer's.
    expect(first('远山资本看好星辰科技的前景。')?.attribution.kind).toBe('article');
  });

  it('reads 将 before any preposition (将按照, 将通过) as "will"', () => {
    expect(first('星辰科技表示，将按照合同对客户进行赔偿。')?.modality).toBe('forecast');
    expect(first('云海集团将通过子公司收购蓝鲸智能。')?.modality).toBe('forecast');
  });

  it('carries "will" over a predicate joined by 并 with no subject, not over one said to be done', () => {
    const [, joined] = claimsOf('星辰科技将把云海智算作为主要云服务商，并使用蓝鲸智能的芯片训练模型。');
    expect(joined?.modality).toBe('forecast');
    const [, done] = claimsOf('星辰科技将在年底前推出Nova，并已开放模型广场。');
    expect(done?.modality).toBe('fact');
  });

  it('does not take an expectation a figure is compared with (远高于市场预期) as a forecast or a source', () => {
    const [beat] = claimsOf('星辰科技第四季营收远高于市场预期。');
    expect(beat).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
  });

  it('takes the writer’s frame (本报观察) over every proposition of the sentence', () => {
    const claims = claimsOf(
      '本报观察，明年的战场将从硬件转向软件，星辰科技、云海集团谁能率先讲好故事，将决定下一轮的排名。',
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.modality).toBe('opinion');
  });

  it('finds a trailing unnamed source in Traditional script (…，知情人士稱。)', () => {
    expect(first('星辰科技的部分團隊甚至被整組裁撤，知情人士稱。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
  });
});

describe('the writer judging in a column or a review', () => {
  it('takes a graded complement (走得更激进, 来得不算快) as a judgement, not an effect sought (让…变得更聪明)', () => {
    expect(first('云海集团走得更激进。')?.modality).toBe('opinion');
    expect(first('星辰科技的反击来得不算快。')?.modality).toBe('opinion');
    expect(first('星辰科技增产是将大模型接入机器人，让机器人变得更聪明。')?.modality).toBe('fact');
  });

  it('takes a summing-up (整体而言) and an inference (反映出) as the writer’s view', () => {
    expect(first('整体而言，Nova是一套方向正确、但尚未成熟的产品。')?.modality).toBe('opinion');
    expect(first('Nova的胜出，反映出高端手机在景气低迷时更具韧性。')?.modality).toBe('opinion');
  });

  it('takes 这几乎是… as the writer summing up', () => {
    expect(claimsOf('星辰科技押注搜索。对星辰科技来说，这几乎是唯一的选择。')[1]?.modality).toBe('opinion');
  });

  it('reads a vague amount (相当数量的AI芯片) as a measure, not a grade', () => {
    expect(first('张明远称，星辰科技此前已储备了相当数量的AI芯片。')?.modality).toBe('fact');
  });
});

describe('words of the future that date or name nothing to come', () => {
  it('does not take 未来 inside a quoted name (「安全未来倡议」) as a forecast', () => {
    expect(first('云海集团还称，已在去年11月启动「安全未来倡议」。')?.modality).toBe('fact');
  });

  it('reads 未来一到两年内的 before a noun as measuring it', () => {
    expect(first('张明远称，储备的芯片可以支撑Nova在未来一到两年内的升级。')?.modality).toBe('fact');
  });

  it('takes a commentator’s 恐将 as their forecast', () => {
    const claims = claimsOf('若星辰科技无法拿出成果，其合约恐将面临更严格的审视，分析师指出。');
    expect(claims[claims.length - 1]).toMatchObject({ modality: 'forecast', attribution: { kind: 'unnamed' } });
  });
});

describe('a claim of parity', () => {
  it('takes a person’s claim that a product is on a par with a named rival (可对标, “已接近…”) as their view', () => {
    expect(first('创始人张明远称，Nova在多项测评中已可对标Orion。')?.modality).toBe('opinion');
    expect(first('星辰科技创始人张明远此前曾称，其Nova在多项英文测评中“已接近Orion”。')?.modality).toBe('opinion');
    // Nearing an agreement is no parity; a figure measures a parity (已接近Orion的八成).
    expect(first('张明远称，星辰科技已接近与云海集团达成协议。')?.modality).toBe('fact');
    expect(first('张明远称，Nova的效能已接近Orion的八成。')?.modality).toBe('fact');
  });
});

describe('a source named after the sentence', () => {
  it('covers the propositions after the last ； only (A；B，X称。)', () => {
    const [launch, told] = claimsOf(
      '2023年3月16日，星辰科技在北京发布Nova；此后，星辰科技把对外沟通视为头等大事，一位接近星辰科技的人士称。',
    );
    expect(launch).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
    expect(told).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
    // With commas only, it covers all of the sentence.
    const claims = claimsOf('Nova已停止更新，星辰科技并解散了团队，知情人士称。');
    for (const claim of claims) expect(claim.modality).toBe('reported');
  });
});
