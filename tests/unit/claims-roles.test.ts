/**
 * Roles in sentences with several names, on sentences written for these tests (not corpus
 * sentences): relative clauses (X搭建的Y, X所看好的Y, 由X…的Y), glosses in parentheses,
 * owners before products in a list, 包括X在内, 以X为例, purpose and means phrases, since-frames
 * after the subject, place phrases ending in a localizer, and titles before a when-frame.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('relative clauses', () => {
  it('makes the name acting in a relative clause the agent and its head noun the object', () => {
    const [claim] = claimsOf('值得关注的还有星辰科技搭建的开发者社区模型广场。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', hub: 'object' });
  });

  it('reads 所 before the relative verb the same way', () => {
    const [claim] = claimsOf('远山资本所看好的数据服务商极光数据，今年营收增长了两倍。');
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', hooli: 'object' });
  });

  it('takes the names after 由 in a relative clause as its agents', () => {
    const [claim] = claimsOf('由张明远和云海集团联合撰写的《未来报告》一书，详细记录了大模型行业的起落。');
    expect(roles(claim)).toMatchObject({ zhang: 'agent', globex: 'agent', report: 'object' });
  });

  it('mentions a name after 由 that only says where the doer works (由X研究院教授周明创立的Y)', () => {
    const [fronted] = claimsOf('由云海集团研究院助理教授周明创立的星辰科技，成立于2021年3月。');
    expect(roles(fronted).globex).toBe('mentioned');
    const [after] = claimsOf('星辰科技由云海集团前研究副总裁周明于前年创立。');
    expect(roles(after)).toEqual({ acme: 'object', globex: 'mentioned' });
  });

  it('makes a company founded in a fronted 由-clause the object of the founding, and the agent of anything else', () => {
    const [founded] = claimsOf('由周明创立的星辰科技，成立于2021年3月。');
    expect(roles(founded)).toEqual({ acme: 'object' });
    const [raised] = claimsOf('由周明创立的星辰科技去年完成了新一轮融资。');
    expect(roles(raised)).toEqual({ acme: 'agent' });
  });

  it('makes a company heading a fronted 由-clause the agent of the main clause, and the incubator background', () => {
    const [launched] = claimsOf('由云海集团团队孵化的星辰科技在4月推出了Nova。');
    expect(roles(launched)).toEqual({ globex: 'mentioned', acme: 'agent', nova: 'object' });
    // A work at the head is still what the doers made.
    const [work] = claimsOf('由张明远和云海集团联合撰写的《未来报告》一书，详细记录了大模型行业的起落。');
    expect(roles(work)).toMatchObject({ zhang: 'agent', globex: 'agent', report: 'object' });
  });

  it('only mentions a name in a relative clause on the object (推出了专为X打造的芯片)', () => {
    expect(roles(claimsOf('星辰科技推出了专为Nova打造的新芯片。')[0])).toEqual({ acme: 'agent', nova: 'mentioned' });
    expect(roles(claimsOf('星辰科技收购了由云海集团孵化的一家公司。')[0])).toEqual({
      acme: 'agent',
      globex: 'mentioned',
    });
    const [own] = claimsOf('星辰科技的新集群使用了蓝鲸智能自研的芯片。');
    expect(roles(own)).toEqual({ acme: 'agent', initech: 'mentioned' });
    const [featured] = claimsOf('星辰科技正式推出Orion，主打专为Nova打造的新芯片。');
    expect(roles(featured)).toEqual({ acme: 'agent', orion: 'object', nova: 'mentioned' });
    const [mixed] = claimsOf('星辰科技的训练使用了云海集团GPU混合组成的集群。');
    expect(roles(mixed)).toEqual({ acme: 'agent', globex: 'mentioned' });
  });

  it('only mentions a name in a relative clause that opens on its verb (获取X等芯片的渠道正在收窄)', () => {
    const [later] = claimsOf('中小厂商采购Orion等模型的成本正在下降。');
    expect(roles(later)).toEqual({ orion: 'mentioned' });
    const [serial] = claimsOf('云海集团推出了整合Nova能力的新版办公套件。');
    expect(roles(serial)).toEqual({ globex: 'agent', nova: 'mentioned' });
    // With no verb before it nor a predicate after it, V X的N is the predicate.
    expect(roles(claimsOf('云海集团收购了星辰科技的部分股份。')[0])).toEqual({ globex: 'agent', acme: 'object' });
  });

  it('reads V X的 after a classifier as a relative clause on the head (一家背靠X的初创公司)', () => {
    const [claim] = claimsOf('蓝鲸智能是一家背靠星辰科技的初创公司。');
    expect(roles(claim)).toEqual({ initech: 'agent', acme: 'mentioned' });
    const [stake] = claimsOf('云海集团收购了星辰科技的部分股份。');
    expect(roles(stake)).toEqual({ globex: 'agent', acme: 'object' });
  });

  it('keeps the counterpart whose standing or round the object is (挑战X在…的地位, 由X领投的融资)', () => {
    const [standing] = claimsOf('星辰科技正在挑战云海集团在搜索市场的霸主地位。');
    expect(roles(standing)).toEqual({ acme: 'agent', globex: 'object' });
    const [round] = claimsOf('蓝鲸智能上月完成了由远山资本领投的新一轮融资。');
    expect(roles(round)).toMatchObject({ umbrella: 'agent' });
  });

  it('makes the head of a fronted relative clause the actor of the predicate after it (X推出的Y上线…)', () => {
    const [launched] = claimsOf('星辰科技推出的Nova上线首日用户突破100万。');
    expect(roles(launched)).toEqual({ acme: 'mentioned', nova: 'agent' });
    // With no predicate after the head in its clause, the relative clause is the claim, and its doer acts.
    const [chosen] = claimsOf('远山资本所看好的数据服务商极光数据，今年营收增长了两倍。');
    expect(roles(chosen)).toEqual({ umbrella: 'agent', hooli: 'object' });
  });

  it('only mentions who incubated or backs a head the gazetteer lacks (由X孵化的初创企业…推出)', () => {
    const [incubated] = claimsOf('由云海集团孵化的初创企业星火科技在4月推出了视频模型。');
    expect(roles(incubated)).toEqual({ globex: 'mentioned' });
    const [held] = claimsOf('远山资本控股的数据服务商上月宣布裁员三成。');
    expect(roles(held)).toEqual({ umbrella: 'mentioned' });
    // A product the gazetteer lacks stands for the maker that put it out.
    const [made] = claimsOf('云海集团推出的付费方案每月订阅费20元。');
    expect(roles(made)).toEqual({ globex: 'agent' });
  });

  it('takes the head of a speaker described by a relative clause as who speaks (以X闻名的Y宣布)', () => {
    const [claim] = claimsOf('以Nova闻名的星辰科技今年3月宣布，创办人兼执行长周明辞去职务。');
    expect(roles(claim)).toEqual({ nova: 'mentioned', acme: 'agent' });
    expect(claim?.attribution).toMatchObject({ entityId: 'acme' });
  });

  it('keeps a relative clause with no name in it from hiding the subject', () => {
    const [claim] = claimsOf('上个月刚刚发布的Nova，已经登上了开源模型下载榜第一。');
    expect(roles(claim)).toMatchObject({ nova: 'agent' });
  });
});

describe('names that gloss or own other names', () => {
  it('reads a parenthesis after a name as its gloss, so 与 still joins two agents', () => {
    const [claim] = claimsOf('蓝鲸智能(原极光数据)与云海集团都选择走开放平台路线，接入更多第三方模型。');
    expect(roles(claim)).toMatchObject({ initech: 'agent', globex: 'agent' });
  });

  it('makes products after their owners the agents of a list, not the owners', () => {
    const [claim] = claimsOf('星辰科技Nova、云海集团Orion等模型在移动端越来越常见。');
    expect(roles(claim)).toMatchObject({ nova: 'agent', orion: 'agent', acme: 'mentioned', globex: 'mentioned' });
  });

  it('makes X in 包括X在内的… the subject', () => {
    const [claim] = claimsOf('包括云海集团在内的多家厂商正在把大模型装进汽车。');
    expect(roles(claim)).toMatchObject({ globex: 'agent' });
  });
});

describe('an event of a name made the subject (X的出现, X的成立)', () => {
  it('only mentions the owner of an event that is likened to something or set off as a topic', () => {
    expect(roles(claimsOf('Nova的出现等于为行业打开了一扇门。')[0])).toEqual({ nova: 'mentioned' });
    const [topic] = claimsOf('而Orion的问世，好比是在新大陆上发现了金矿。');
    expect(roles(topic)).toEqual({ orion: 'mentioned' });
  });

  it('keeps the owner of an event that brings something about as its actor (X的崛起带动了…)', () => {
    expect(roles(claimsOf('星辰科技的崛起也带动了上游供应链。')[0])).toEqual({ acme: 'agent' });
    // Not an event noun: X的发布会 is a place, X的发布时间 a figure of X's.
    expect(roles(claimsOf('Nova的发布时间定于3月。')[0])).toEqual({ nova: 'agent' });
  });
});

describe('a cause the subject undergoes (受X…影响 / 拖累)', () => {
  it('only mentions the names inside the cause, and keeps 受到X的投资 a round', () => {
    const [dragged] = claimsOf('星辰科技股价周一下跌约2.5%，主要受Nova在华销售疲弱的消息拖累。');
    expect(roles(dragged)).toEqual({ acme: 'agent', nova: 'mentioned' });
    const [invested] = claimsOf('星辰科技受到远山资本的投资。');
    expect(roles(invested)).toEqual({ acme: 'object', umbrella: 'agent' });
  });
});

describe('a means (借由X, 经由X)', () => {
  it('only mentions the means, and keeps the subject acting (借由 is cut 借 + 由, which names no doer)', () => {
    const [via] = claimsOf('分析师指出，云海集团希望借由Nova把超过4亿个付费席位转化为订阅。');
    expect(roles(via)).toEqual({ globex: 'agent', nova: 'mentioned' });
    // (Traditional 藉由 is one word.)
    const [traditional] = claimsOf('云海集团希望藉由Nova把付费席位转化为订阅。');
    expect(roles(traditional)).toEqual({ globex: 'agent', nova: 'mentioned' });
  });
});

describe('frames around the predicate', () => {
  it('makes X in 以X为例 the subject of the next clause and the antecedent of its pronoun', () => {
    const claims = claimsOf('以蓝鲸智能为例，该公司自去年5月推出模型广场以来，已为近3000家企业提供算力补贴。');
    const claim = claims.find((c) => c.text.includes('补贴'));
    expect(roles(claim)).toMatchObject({ initech: 'agent', hub: 'object' });
  });

  it('only mentions names in the clause after a reason frame (原因在于X未能…)', () => {
    const [claim] = claimsOf('星辰科技的销量不如预期，原因在于Nova未能按时上线。');
    expect(roles(claim)).toEqual({ acme: 'agent', nova: 'mentioned' });
  });

  it('keeps names in a purpose phrase (为了, 用于) out of the counterparts', () => {
    const [claim] = claimsOf('星辰科技为了给Nova提供更多算力，斥资数亿元建设新的数据中心，用于Orion的训练。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', nova: 'mentioned', orion: 'mentioned' });
  });

  it('only mentions names given as examples of a kind (…多款模型，如X、Y等，…)', () => {
    const [claim] = claimsOf('云海集团把几款成熟的开源模型，如Nova、Orion等，部署到了政务云上。');
    expect(roles(claim)).toEqual({ globex: 'agent', nova: 'mentioned', orion: 'mentioned' });
    // An example that goes on with a predicate of its own is a proposition about it.
    const [own] = claimsOf('不少公司都在追赶，例如蓝鲸智能上月发布了Orion。');
    expect(roles(own)).toMatchObject({ initech: 'agent', orion: 'object' });
  });

  it('keeps what a serial verb of means uses (借助X打造Y) out of the counterparts', () => {
    const [claim] = claimsOf('云海集团借助Nova打造了新一代客服系统。');
    expect(roles(claim)).toMatchObject({ globex: 'agent', nova: 'mentioned' });
  });

  it('reads "X上，" as where, not as the subject', () => {
    const [claim] = claimsOf('模型广场上，包括星辰科技、云海集团、蓝鲸智能等多家公司均上架了新模型。');
    expect(roles(claim).hub).toBe('mentioned');
  });

  it('finds the speaker before a when-frame (X副总裁在谈及…时表示)', () => {
    const [claim] = claimsOf('云海集团副总裁在谈及海外市场时表示，明年将重点开拓东南亚。');
    expect(claim!.attribution).toMatchObject({ kind: 'person', text: '云海集团副总裁' });
    expect(roles(claim).globex).toBe('agent');
  });
});

describe('who stands behind, and whose part', () => {
  it('makes X in 其背后是X the agent and the antecedent of 其 the object', () => {
    const claims = claimsOf('模型广场上线一年就聚集了百万开发者。其背后是星辰科技多年的开源投入。');
    const claim = claims.find((c) => c.text.includes('背后'));
    expect(roles(claim)).toMatchObject({ acme: 'agent', hub: 'object' });
  });

  it('makes X in "Y背后是X" the agent and Y the object', () => {
    const [claim] = claimsOf('Orion背后是蓝鲸智能三年的技术积累。');
    expect(roles(claim)).toMatchObject({ initech: 'agent', orion: 'object' });
  });

  it('only mentions a name before a head noun for its people or its ranking', () => {
    const [claim] = claimsOf('Orion上线当天就登上了模型广场排行榜第一。');
    expect(roles(claim).hub).toBe('mentioned');
    // Any ranking named after X, with a verbal noun in its name (X免费榜).
    expect(roles(claimsOf('Orion上线当天就登顶模型广场免费榜第一。')[0]).hub).toBe('mentioned');
  });
});

describe('the standard of a comparison', () => {
  it('joins a clause opening on 较/相较 X to the figure before it, with X as the counterpart', () => {
    const claims = claimsOf('Nova首周销量约300万台，较去年Orion同期减少约12%。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ nova: 'agent', orion: 'object' });
    const [after] = claimsOf('星辰科技今年营收增长两成，相较云海集团仍有差距。');
    expect(roles(after)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('comparing verbs', () => {
  it('makes the name after a comparing verb the counterpart, whatever jieba tags the verb', () => {
    expect(roles(claimsOf('Orion在多项测试中领先Nova。')[0])).toEqual({ orion: 'agent', nova: 'object' });
    expect(roles(claimsOf('蓝鲸智能在海外市场仍落后于极光数据。')[0])).toEqual({ initech: 'agent', hooli: 'object' });
    expect(roles(claimsOf('云海集团的营收增速已低于星辰科技。')[0])).toEqual({ globex: 'agent', acme: 'object' });
    const [claim] = claimsOf('极光数据的估值一年内反超了蓝鲸智能。');
    expect(claim!.kind).toBe('comparison');
    expect(roles(claim)).toEqual({ hooli: 'agent', initech: 'object' });
  });

  it('makes the owner of the figure compared with the counterpart (不及X的一半)', () => {
    expect(roles(claimsOf('Orion的下载量不及Nova的一半。')[0])).toEqual({ orion: 'agent', nova: 'object' });
  });

  it('takes verbs of beating (险胜, 力压) as comparing, with the one beaten as the counterpart', () => {
    expect(roles(claimsOf('星辰科技以17.3%险胜云海集团。')[0])).toEqual({ acme: 'agent', globex: 'object' });
    expect(roles(claimsOf('蓝鲸智能以微弱优势力压极光数据，位居第一。')[0])).toEqual({
      initech: 'agent',
      hooli: 'object',
    });
  });

  it('reads 比 that jieba joined to the noun before it (价格比) as the preposition', () => {
    expect(roles(claimsOf('Orion的售价比Nova低三成。')[0])).toEqual({ orion: 'agent', nova: 'object' });
  });
});

describe('what a verb of using acts on', () => {
  it("only mentions the maker of what is used (使用了X的芯片), not X's own version or stake", () => {
    const [used] = claimsOf('蓝鲸智能的新集群采用了极光数据的存储方案。');
    expect(roles(used)).toEqual({ initech: 'agent', hooli: 'mentioned' });
    const [bought] = claimsOf('远山资本采购了云海集团明年的全部算力。');
    expect(roles(bought)).toEqual({ umbrella: 'agent', globex: 'mentioned' });
    const [version] = claimsOf('蓝鲸智能采用了Orion的最新版本。');
    expect(roles(version)).toEqual({ initech: 'agent', orion: 'object' });
  });
});

describe('what a name before a noun stands for', () => {
  it('reads X前首席科学家Y, X原CEO Y as a titled person, who acts', () => {
    const [claim] = claimsOf('云海集团前首席科学家李思源创立了蓝鲸智能。');
    expect(roles(claim)).toEqual({ globex: 'mentioned', li: 'agent', initech: 'object' });
    // A title of several words (前研究副总裁), also after 由.
    const [by] = claimsOf('蓝鲸智能由云海集团前研究副总裁刘强于前年创立。');
    expect(roles(by)).toEqual({ initech: 'object', globex: 'mentioned' });
  });

  it('makes X the agent of a count of its people (X员工人数, X的用户超过N)', () => {
    expect(roles(claimsOf('极光数据员工人数已超过3000人。')[0])).toEqual({ hooli: 'agent' });
    expect(roles(claimsOf('模型广场的用户上月突破了2亿。')[0])).toEqual({ hub: 'agent' });
  });

  it('only mentions the model a likeness names (类似X的产品) and who came first (继X之后)', () => {
    expect(roles(claimsOf('蓝鲸智能推出了类似Orion的对话产品。')[0])).toEqual({ initech: 'agent', orion: 'mentioned' });
    const [second] = claimsOf('极光数据成为继云海集团之后第二家开源千亿模型的公司。');
    expect(roles(second)).toEqual({ hooli: 'agent', globex: 'mentioned' });
  });
});

describe('ties named after a copula', () => {
  it('makes the name whose tie the subject is (是X最大的竞争对手, 是X的股东) the counterpart', () => {
    expect(roles(claimsOf('蓝鲸智能是极光数据在华东最大的竞争对手。')[0])).toEqual({
      initech: 'agent',
      hooli: 'object',
    });
    expect(roles(claimsOf('远山资本目前是蓝鲸智能的第二大股东。')[0])).toEqual({
      umbrella: 'agent',
      initech: 'object',
    });
  });

  it('reads a tie after a stative verb (最有力的) and after a verb of construal (被视为, 视为) the same way', () => {
    expect(roles(claimsOf('星辰科技是云海集团最有力的竞争对手。')[0])).toEqual({ acme: 'agent', globex: 'object' });
    expect(roles(claimsOf('星辰科技被视为云海集团最大的合作伙伴。')[0])).toEqual({ acme: 'agent', globex: 'object' });
    expect(roles(claimsOf('外界常把星辰科技视为云海集团最有力的竞争对手之一。')[0]).globex).toBe('object');
  });

  it('keeps a name before a noun that is no tie only mentioned (是X的新产品)', () => {
    expect(roles(claimsOf('模型广场是星辰科技今年最重要的产品。')[0])).toMatchObject({ hub: 'agent' });
    expect(roles(claimsOf('模型广场是星辰科技今年最重要的产品。')[0]).acme).not.toBe('object');
  });
});

describe('causatives', () => {
  it('makes the one made to act the agent when no name causes it (此举使X成为…, 让X的估值缩水)', () => {
    expect(roles(claimsOf('此举使蓝鲸智能成为首家实现盈利的大模型公司。')[0])).toEqual({ initech: 'agent' });
    expect(roles(claimsOf('激烈的价格战让极光数据陷入了亏损。')[0])).toEqual({ hooli: 'agent' });
    expect(roles(claimsOf('新的监管规定使得极光数据的估值大幅缩水。')[0])).toEqual({ hooli: 'agent' });
  });

  it('keeps a named causer the agent and the one it makes act its counterpart', () => {
    expect(roles(claimsOf('云海集团的补贴让Orion跻身下载榜前三。')[0])).toMatchObject({
      globex: 'agent',
      orion: 'object',
    });
  });
});

describe('owners of products the gazetteer lacks', () => {
  it('only mentions the owner in X的<Latin product name> (领先X的Atlas与Y的Titan)', () => {
    const [claim] = claimsOf('Nova上线后即领先蓝鲸智能的Titan与云海集团的Atlas，位列第一。');
    expect(roles(claim)).toEqual({ nova: 'agent', initech: 'mentioned', globex: 'mentioned' });
    expect(roles(claimsOf('Nova超过了云海集团的Atlas。')[0])).toEqual({ nova: 'agent', globex: 'mentioned' });
  });

  it('makes the owner of such a product the agent before the predicate (X的Atlas日活…)', () => {
    const [claim] = claimsOf('蓝鲸智能的Atlas月活跃用户约为50万，远不及Orion。');
    expect(roles(claim)).toEqual({ initech: 'agent', orion: 'object' });
  });

  it('keeps the name before a model size or a common Latin noun (X的72B模型, X的AI业务)', () => {
    expect(roles(claimsOf('星辰科技收购了云海集团的AI业务。')[0])).toEqual({ acme: 'agent', globex: 'object' });
    expect(roles(claimsOf('Nova超过了云海集团的72B模型。')[0])).toEqual({ nova: 'agent', globex: 'object' });
  });
});

describe('the passive 被', () => {
  it('reads the word after 被X as its verb, whatever jieba tags it (被X罚款)', () => {
    // (jieba: 罚款/n.)
    const [fined] = claimsOf('此前，星辰科技曾在2017年至2019年间三度被云海集团罚款，合计逾8亿元。');
    expect(roles(fined)).toEqual({ acme: 'object', globex: 'agent' });
  });

  it('keeps the subject the agent of what is reported of it (被传出, 被曝)', () => {
    expect(roles(claimsOf('星辰科技也被传出有意收购另一家AI新创。')[0])).toEqual({ acme: 'agent' });
    expect(roles(claimsOf('星辰科技被曝正在与云海集团洽谈合作。')[0])).toMatchObject({ acme: 'agent' });
    // A real passive still makes the subject undergo the act.
    expect(roles(claimsOf('星辰科技被云海集团起诉。')[0])).toEqual({ acme: 'object', globex: 'agent' });
  });
});

describe('a passive whose doer the gazetteer lacks', () => {
  it('makes the subject the object when a frame of cause or time stands before 被 (X因违规被罚)', () => {
    expect(roles(claimsOf('星辰科技去年曾因违规被罚款3亿元。')[0])).toEqual({ acme: 'object' });
    expect(roles(claimsOf('蓝鲸智能自去年12月起被立案调查。')[0])).toEqual({ initech: 'object' });
  });

  it('reads the adversative 遭到 as a passive (X遭到黑客攻击)', () => {
    expect(roles(claimsOf('极光数据上周遭到境外黑客攻击。')[0])).toEqual({ hooli: 'object' });
  });

  it('keeps the subject the agent when the frame holds a verb of its own, or a metric undergoes it', () => {
    expect(roles(claimsOf('星辰科技被业界视为行业龙头。')[0])).toEqual({ acme: 'agent' });
    expect(roles(claimsOf('星辰科技股价被炒高至100元。')[0])).toEqual({ acme: 'agent' });
    expect(roles(claimsOf('星辰科技在年度大会上公开回应了被罚款3亿元的传闻。')[0])).toEqual({ acme: 'agent' });
  });
});

describe('a passive on a relative head, or inside a noun phrase', () => {
  it('makes the maker the object when its products, named by a relative clause on them, undergo the act', () => {
    expect(roles(claimsOf('星辰科技专为中国市场推出的A800和H800均被纳入管制。')[0])).toEqual({ acme: 'object' });
    expect(roles(claimsOf('星辰科技推出的芯片广受欢迎。')[0])).toEqual({ acme: 'agent' });
  });

  it('reads no passive in a noun phrase it closes (X遭黑客入侵一事是…所致)', () => {
    expect(roles(claimsOf('调查报告直指星辰科技去年遭黑客入侵一事是一连串错误所致。')[0])).toEqual({ acme: 'agent' });
  });
});

describe('investors after a verb of receiving', () => {
  it('reads a word for the kind of stake before the act (获X战略投资, 获得X的战略投资)', () => {
    expect(roles(claimsOf('星辰科技获云海集团战略投资。')[0])).toEqual({ acme: 'object', globex: 'agent' });
    expect(roles(claimsOf('星辰科技确认获得云海集团的战略投资，具体金额未披露。')[0])).toEqual({
      acme: 'object',
      globex: 'agent',
    });
  });

  it('makes the subject the investee of an investor the gazetteer lacks, and not of an unnamed one', () => {
    expect(roles(claimsOf('星辰科技获得Coatue投资。')[0])).toEqual({ acme: 'object' });
    const [pronoun] = claimsOf('星辰科技成立于2018年。去年，该公司再获芯片商英特尔注资约5000万美元。').slice(1);
    expect(roles(pronoun)).toEqual({ acme: 'object' });
    expect(roles(claimsOf('星辰科技获得5亿元战略投资。')[0])).toEqual({ acme: 'agent' });
  });
});

describe('a move of office jieba cuts in two', () => {
  it('makes the company an officer leaves the object (宣布辞任: 辞/v 任/r)', () => {
    const [left] = claimsOf('星辰科技创办人周明于上周五宣布辞任行政总裁，并退出董事会。');
    expect(roles(left)).toEqual({ acme: 'object' });
  });
});

describe('a founding told of the founded company', () => {
  it('makes the company the object when nothing founded follows the verb (成立于, 于…成立)', () => {
    expect(roles(claimsOf('星辰科技成立于2021年3月。')[0])).toEqual({ acme: 'object' });
    const [later] = claimsOf('蓝鲸智能于去年4月正式成立。');
    expect(later).toMatchObject({ kind: 'event' });
    expect(roles(later)).toEqual({ initech: 'object' });
  });

  it('keeps the founder the agent of what it founds, named or quoted', () => {
    expect(roles(claimsOf('2019年，星辰科技成立了“有上限利润”的子公司。')[0])).toEqual({ acme: 'agent' });
    expect(roles(claimsOf('星辰科技与云海集团共同成立了「模型广场」。')[0])).toMatchObject({
      acme: 'agent',
      hub: 'object',
    });
    // A later predicate is what the clause says: 成立不到一年就跻身….
    expect(roles(claimsOf('星辰科技成立不到一年就跻身行业前五。')[0])).toEqual({ acme: 'agent' });
  });
});

describe('investors named in a clause that points back to a round (其中)', () => {
  it('lists three or more names, some outside the gazetteer, and makes the company raising the object', () => {
    const [listed] = claimsOf('去年6月，星辰科技宣布完成13亿元融资，云海集团、蓝鲸智能、霍夫曼以及施密特都参与其中。');
    expect(roles(listed)).toEqual({ acme: 'object', globex: 'listed', initech: 'listed' });
    const [lead] = claimsOf('星辰科技完成10亿元融资，云海集团为其中的核心领投方。');
    expect(roles(lead)).toEqual({ acme: 'object', globex: 'agent' });
  });
});

describe('lists and the comitative 与', () => {
  it('counts a name the gazetteer lacks before a kind noun and 等 (A、B与Edge浏览器等) as a member', () => {
    const [claim] = claimsOf('新部门将负责Nova、Orion与Edge浏览器等消费级产品的研发。');
    expect(roles(claim)).toMatchObject({ nova: 'listed', orion: 'listed' });
  });

  it('reads "…，与A、B正面交锋" as counterparts of the subject, not more of its list', () => {
    const [claim] = claimsOf(
      '星辰科技、云海集团、蓝鲸智能等厂商将在下半年推出更多AI手机，与远山资本、极光数据正面交锋。',
    );
    expect(roles(claim)).toEqual({
      acme: 'listed',
      globex: 'listed',
      initech: 'listed',
      umbrella: 'object',
      hooli: 'object',
    });
  });

  it('reads a final noun after 对X as the predicate of the subject going on (同日还对X立案)', () => {
    // (jieba: 立案/n; the subject is the investigating party, not the name before it.)
    // (A second act with its own predicate is a claim of its own, as editors cut it: the subject carried.)
    const claim = claimsOf('云海集团早在2020年6月16日就对Nova的规则展开调查，同日还对Orion立案。').find((c) =>
      c.text.includes('同日还对Orion立案'),
    );
    expect(roles(claim)).toMatchObject({ globex: 'agent', orion: 'object' });
  });

  it('makes X in "与X的差距" the counterpart', () => {
    const [claim] = claimsOf('星辰科技以约15%的份额排名第三，与云海集团的差距只有一个百分点左右。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object' });
  });
});

describe('X旗下 before a product the gazetteer lacks', () => {
  it('makes X the agent of what its unnamed product does, and leaves a known product its own role', () => {
    const [unnamed] = claimsOf('星辰科技旗下自动驾驶出行服务平台青木快跑已累计提供乘车服务超过600万次。');
    expect(roles(unnamed)).toEqual({ acme: 'agent' });
    const [known] = claimsOf('星辰科技旗下的Nova已累计下载超过600万次。');
    expect(roles(known)).toEqual({ acme: 'mentioned', nova: 'agent' });
  });

  it("gives a known product's metric to the product, not to its owner (X旗下的Y用户数, X的Y营收)", () => {
    expect(roles(claimsOf('云海集团旗下的Nova上月用户数突破1亿。')[0])).toEqual({ globex: 'mentioned', nova: 'agent' });
    expect(roles(claimsOf('星辰科技的Orion营收增长三成。')[0])).toEqual({ acme: 'mentioned', orion: 'agent' });
    // The owner's own metric is still the owner's.
    expect(roles(claimsOf('星辰科技的股价上月大涨。')[0])).toEqual({ acme: 'agent' });
  });
});

describe('names inside a title (《…》)', () => {
  it('only mentions a company or a person named inside a longer title, and keeps a titled work itself', () => {
    expect(roles(claimsOf('云海集团在《与星辰科技同行》一文中回顾了双方合作。')[0])).toEqual({
      globex: 'agent',
      acme: 'mentioned',
    });
    expect(roles(claimsOf('云海集团出版了《张明远传》。')[0])).toEqual({ globex: 'agent', zhang: 'mentioned' });
    expect(roles(claimsOf('星辰科技违反了《数据行动计划》。')[0])).toEqual({ acme: 'agent', plan: 'object' });
  });
});

describe('the last member of an enumeration, cut in pieces', () => {
  it('counts a short name after the final joiner (A、B和美团，) as a member', () => {
    const [ranked] = claimsOf('星辰科技总市值约1万亿元，仅次于云海集团、蓝鲸智能和美团，成为第四大公司。');
    expect(roles(ranked)).toEqual({ acme: 'agent', globex: 'listed', initech: 'listed' });
    expect(roles(claimsOf('星辰科技、云海集团和美团均已发布大模型。')[0])).toEqual({
      acme: 'listed',
      globex: 'listed',
    });
    // Names the gazetteer lacks may open it, the last joined by 及/和/与 (亚马逊、Meta及X).
    const [joined] = claimsOf(
      '就在上周五，这四家公司连同亚马逊、Meta及星辰科技共七家企业，才在白宫作出一系列自愿承诺。',
    );
    expect(roles(joined)).toEqual({ acme: 'listed' });
    expect(roles(claimsOf('亚马逊和星辰科技宣布合作。')[0])).toEqual({ acme: 'agent' });
    // Two names and a common noun are no list of three.
    expect(roles(claimsOf('星辰科技、云海集团和用户都受益。')[0])).toEqual({ acme: 'agent', globex: 'agent' });
  });
});

describe('names a class is represented or led by (以X为代表的, 以X为首的)', () => {
  it('makes the names the subject of what the class does', () => {
    const [raised] = claimsOf('但以星辰科技和云海集团为代表的头部公司，仍能拿到大额融资。');
    expect(roles(raised)).toEqual({ acme: 'agent', globex: 'agent' });
    const [cut] = claimsOf('以星辰科技、云海集团为首的厂商纷纷降价。');
    expect(roles(cut)).toEqual({ acme: 'agent', globex: 'agent' });
    // 以X为代表 as a frame of manner after the subject leaves X mentioned.
    expect(roles(claimsOf('云海集团以星辰科技为代表，发布了新规。')[0])).toEqual({
      globex: 'agent',
      acme: 'mentioned',
    });
  });
});

describe('stocks themed on a name (X概念股)', () => {
  it('only mentions the name the stocks are themed on', () => {
    expect(roles(claimsOf('台积电、广达等星辰科技概念股今日大涨。')[0])).toEqual({ acme: 'mentioned' });
    expect(roles(claimsOf('蓝鲸智能等云海集团题材股今日走强。')[0])).toMatchObject({ globex: 'mentioned' });
  });
});

describe('an organization acting through its officer or owning a metric', () => {
  it('makes X the agent when its spokesperson or an officer the gazetteer does not know acts (X发言人, X执行长周明)', () => {
    expect(roles(claimsOf('云海集团发言人否认此举意在绑定客户。')[0])).toEqual({ globex: 'agent' });
    expect(roles(claimsOf('星辰科技执行长周明今年3月曾在蓝鲸智能的样品上签名。')[0])).toMatchObject({
      acme: 'agent',
    });
    expect(roles(claimsOf('星辰科技执行长周明已就Nova发布红色警戒。')[0])).toMatchObject({ acme: 'agent' });
  });

  it('leaves a known person after the title the agent, and a former employee only a mention', () => {
    expect(roles(claimsOf('星辰科技执行长张明远今年3月曾在蓝鲸智能的样品上签名。')[0])).toMatchObject({
      acme: 'mentioned',
      zhang: 'agent',
    });
    expect(roles(claimsOf('星辰科技前员工则否认该说法是公司制度。')[0]).acme).not.toBe('agent');
  });

  it('makes the owner of a metric the agent of the figure (X股价, X账上的现金, X今年的营收)', () => {
    expect(roles(claimsOf('市场传闻一度推动极光数据股价走高。')[0])).toEqual({ hooli: 'agent' });
    expect(roles(claimsOf('财报显示，蓝鲸智能账上的现金合计约300亿元。')[0])).toEqual({ initech: 'agent' });
    expect(roles(claimsOf('星辰科技今年的营收达52亿元。')[0])).toEqual({ acme: 'agent' });
  });

  it('makes the owner of a metric the counterpart when a name is the subject (Y将决定X的估值)', () => {
    expect(roles(claimsOf('Nova能否成功，将决定星辰科技下一轮的估值。')[0])).toMatchObject({
      nova: 'agent',
      acme: 'object',
    });
  });
});

describe('enumerations with members the gazetteer lacks', () => {
  it('counts any short item between enumeration commas as a member (A、B、闲鱼、饿了么、C等App)', () => {
    const [claim] = claimsOf('蓝鲸智能、云海集团、闲鱼、饿了么、极光数据等App相继无法登录，直至21时才恢复。');
    expect(roles(claim)).toEqual({ initech: 'listed', globex: 'listed', hooli: 'listed' });
  });

  it('counts a Latin name before the last joiner (A、HoloLens与Xbox等业务)', () => {
    const [claim] = claimsOf('受影响的部门遍及极光数据、HoloLens与Xbox等业务，部分团队甚至被整组裁撤，知情人士称。');
    expect(roles(claim).hooli).toBe('listed');
  });

  it('keeps two names and one long phrase between commas from being a list of three', () => {
    const [claim] = claimsOf('蓝鲸智能、云海集团、以及其他一些规模较小的初创公司都完成了融资，金额约10亿元。');
    expect(Object.values(roles(claim))).not.toContain('listed');
  });
});

describe('the owner of a named head in a comparison', () => {
  it('mentions the owner and makes the named head the standard (比X的Y, 仅次于X的Y, 超过了X的Y)', () => {
    for (const sentence of [
      '星辰科技的Orion比云海集团的Nova晚了大约9个月。',
      'Orion的下载量仅次于云海集团的Nova。',
      'Orion的下载量超过了云海集团的Nova。',
    ])
      expect(roles(claimsOf(sentence)[0])).toMatchObject({ orion: 'agent', globex: 'mentioned', nova: 'object' });
  });
});

describe('a company speaking at a place with an adverb after it', () => {
  it('keeps X the speaker of "X在财报会议上则表示", so X is the agent of its product outside the gazetteer', () => {
    const [claim] = claimsOf('星辰科技昨日（25日）在财报会议上则表示，8层堆叠的HBM3E已开始量产出货。');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });
});

describe('a proposition no name acts in, about a name that frames or owns its topic', () => {
  it('makes the name a 对X而言 frame ends on the agent when no name acts and no known name speaks', () => {
    const [framed] = claimsOf('笔者认为，对正在全力押注Nova的星辰科技而言，这无疑是一次代价不小的危机。');
    expect(roles(framed)).toEqual({ nova: 'mentioned', acme: 'agent' });
    const [kind] = claimsOf('一位分析师指出，对蓝鲸智能这样拥有庞大需求的公司来说，自研芯片完全说得通。');
    expect(roles(kind)).toEqual({ initech: 'agent' });
  });

  it('makes the owner of the noun phrase a proposition opens on its agent', () => {
    const [target] = claimsOf('有供应链人士透露，蓝鲸智能今年手机出货目标上看5,000万支。');
    expect(roles(target)).toEqual({ initech: 'agent' });
  });

  it('leaves a person of the company and a name in a frame of time as they were', () => {
    const [staff] = claimsOf('星辰科技员工则回复，我们的目标是做出最好的产品。');
    expect(roles(staff).acme).not.toBe('agent');
    const [when] = claimsOf('有分析人士认为，云海集团手机业务回暖后，高端市场的竞争明显加剧。');
    expect(roles(when).globex).not.toBe('agent');
  });
});

describe('a clause whose own subject the gazetteer lacks', () => {
  it('does not give the topic before it to a clause led by an unknown name (但美国财政部10日将其列入…)', () => {
    const [claim] = claimsOf('蓝鲸智能原定本月17日上市，但美国财政部10日将其列入清单。');
    expect(roles(claim)).toEqual({ initech: 'object' });
  });

  it('never takes a name a preposition governs as the topic of a clause without a verb', () => {
    const claim = claimsOf('星辰科技发布了Nova。竞争对手早在今年3月已向星辰科技量产供货，领先蓝鲸智能约半年。').find(
      (c) => c.text.includes('竞争对手'),
    );
    expect(roles(claim).acme).not.toBe('agent');
    expect(roles(claim).initech).toBe('object');
  });

  it('reads 该文件 and 这份决定 as a document, never the company named before', () => {
    const claim = claimsOf('星辰科技被罚款。该文件要求星辰科技进行全面整改。').find((c) => c.text.includes('该文件'));
    expect(roles(claim)).toEqual({ acme: 'object' });
  });
});

describe('a verb of becoming before an adjective phrase', () => {
  it('keeps 成为 the predicate in "X的高库存将成为不小的风险", so X owns the subject', () => {
    const [claim] = claimsOf('但若投资热潮降温，星辰科技的高库存将成为不小的风险。');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });
});

describe('a pronoun after a pivot verb (兼语)', () => {
  it('reads 责令其 / 要求其 as the object of the order, never the subject of the clause', () => {
    const [ordered] = claimsOf('监管部门公布对星辰科技垄断行为的处罚决定：责令其停止违法行为，并处以罚款。');
    expect(roles(ordered)).toEqual({ acme: 'object' });
  });
});

describe('the alternatives of 无论', () => {
  it('makes every name of "无论是A还是B，都…" the subject, not only the last', () => {
    const [claim] = claimsOf('无论是星辰科技还是云海集团，都在加大投入。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
    const [conceded] = claimsOf('即使背靠云海集团的蓝鲸智能，也没有足够的算力。');
    expect(roles(conceded)).toEqual({ globex: 'mentioned', initech: 'agent' });
  });
});

describe('由 after the main clause', () => {
  it('leaves the subject the agent when 由 names who carries out a part of its act', () => {
    const [shown] = claimsOf('2023年3月16日，星辰科技在北京发布Nova，由张明远亲自站台演示。');
    expect(roles(shown)).toEqual({ acme: 'agent', nova: 'object', zhang: 'mentioned' });
    const [replaced] = claimsOf('星辰科技已在今年5月更换研发部门负责人，由前研究院院长王伟接掌。');
    expect(roles(replaced)).toEqual({ acme: 'agent' });
  });

  it('still makes the subject undergo a founding, a round, or a clause of its own after 由', () => {
    const [founded] = claimsOf('蓝鲸智能成立于2018年，由张明远创立，总部位于深圳。');
    expect(roles(founded)).toMatchObject({ initech: 'object', zhang: 'agent' });
    const [funded] = claimsOf('蓝鲸智能完成新一轮融资，由远山资本领投。');
    expect(roles(funded)).toEqual({ initech: 'object', umbrella: 'agent' });
    const [part] = claimsOf('星辰科技发布了Nova手机，其中语音助手由云海集团提供。');
    expect(roles(part).globex).toBe('agent');
  });
});

describe("a company owning the counterpart's act or standard (通过X的验证)", () => {
  it('makes the owner of a check, order or supply chain passed or entered the object', () => {
    const [passed] = claimsOf('星辰科技的新芯片今年通过了云海集团的安全认证。');
    expect(roles(passed)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [entered] = claimsOf('蓝鲸智能今年打进了云海集团的服务器供应链。');
    expect(roles(entered)).toMatchObject({ initech: 'agent', globex: 'object' });
    const [named] = claimsOf('蓝鲸智能今年打进了云海集团的Nova供应链。');
    expect(roles(named).globex).toBe('object');
    const [order] = claimsOf('极光数据上月拿下了蓝鲸智能的大单。');
    expect(roles(order)).toMatchObject({ hooli: 'agent', initech: 'object' });
    const [standard] = claimsOf('星辰科技的数据中心符合云海集团的要求。');
    expect(roles(standard)).toMatchObject({ globex: 'object' });
  });

  it('makes the owner of rules acted on after 对 the object (对X的规则展开调查)', () => {
    const [claim] = claimsOf('监管机构上周对极光数据的定价规则展开调查。');
    expect(roles(claim).hooli).toBe('object');
  });

  it('keeps the owner of a plain noun (通过X的渠道, 给X的前景) or of a standard after another word only mentioned', () => {
    const [means] = claimsOf('星辰科技今年通过云海集团的渠道卖出了十万台设备。');
    expect(roles(means).globex).toBe('mentioned');
    const [other] = claimsOf('星辰科技发布了一份关于云海集团的要求的解读。');
    expect(roles(other).globex).not.toBe('object');
    const [prospect] = claimsOf('这项新规给极光数据的前景带来了不确定性。');
    expect(roles(prospect).hooli).toBe('mentioned');
  });
});
