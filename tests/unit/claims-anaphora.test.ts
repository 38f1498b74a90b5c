/**
 * Full noun-phrase anaphora ("这家公司", "该初创公司", "该模型"): the phrase refers back to the
 * previous sentence's topic when it fits the phrase's type, not to whoever acted last. Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('demonstrative noun phrases take the topic', () => {
  it('skips the lead investor of the previous sentence', () => {
    const claim = withText(
      '蓝鲸智能昨日宣布完成3亿元C轮融资，本轮由远山资本领投，云海集团跟投。这家智能硬件厂商成立于2018年，总部位于深圳。',
      '这家智能硬件厂商',
    );
    // (A founding makes the founded company the object: claims-roles2-s12.)
    expect(roles(claim)).toEqual({ initech: 'object' });
    expect(claim!.text.startsWith('蓝鲸智能…')).toBe(true);
  });

  it('skips a counterpart named after the subject', () => {
    const claim = withText('星辰科技向云海集团出售了模型广场。这家公司随后宣布裁员200人。', '这家公司');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.text).toBe('星辰科技…这家公司随后宣布裁员200人。');
  });

  it('takes the company invested in when the investor is the subject', () => {
    const claim = withText('远山资本领投了蓝鲸智能的新一轮融资。该初创公司计划年内推出Nova。', '该初创公司');
    expect(roles(claim).initech).toBe('agent');
    expect(roles(claim).umbrella).toBeUndefined();
  });
});

describe('the latest actor when it is the right one', () => {
  it('keeps the subject of the last sentence over an earlier one', () => {
    const claim = withText(
      '星辰科技上月发布了Nova。随后，云海集团推出了Orion。这家公司随后完成了5亿元融资。',
      '这家公司',
    );
    expect(roles(claim).globex).toBe('agent');
    expect(roles(claim).acme).toBeUndefined();
  });

  it('keeps a company of the right type named earlier in the same sentence', () => {
    const claim = withText('远山资本去年投资了蓝鲸智能，该公司随后推出了Nova。', '该公司');
    expect(roles(claim).initech).toBe('agent');
  });

  it('passes over a topic of the wrong type (该模型 after a company)', () => {
    const claim = withText('云海集团今天开源了Orion。该模型在多项测试中超过Nova。', '该模型');
    expect(roles(claim)).toMatchObject({ orion: 'agent', nova: 'object' });
    expect(roles(claim).globex).toBeUndefined();
  });

  it('passes over a company topic for 该平台 when a product acted', () => {
    const claim = withText('星辰科技搭建了模型广场。开放两年来，该平台已有近百万名开发者。', '该平台');
    expect(roles(claim).hub).toBe('agent');
  });

  it('gives no known name the claim when the topic is a name the gazetteer does not know', () => {
    const paragraph =
      '青禾智能昨日宣布完成5亿元B轮融资，本轮由远山资本领投。这家机器人厂商成立于2019年，总部位于苏州。';
    expect(withText(paragraph, '这家机器人厂商')).toBeUndefined();
    // The funding itself is still the investor's claim, and a known topic still resolves.
    expect(roles(withText(paragraph, '远山资本领投')).umbrella).toBe('agent');
    const known = withText(paragraph.replace('青禾智能', '蓝鲸智能'), '这家机器人厂商');
    expect(roles(known)).toEqual({ initech: 'object' });
  });
});

describe('a possessive 其 takes the latest name that acted', () => {
  it('is the product a clause before brought out, not its maker', () => {
    const claim = withText(
      '云海集团由王海川于2019年创立，前年推出的模型广场主打代码生成，今年其下载量已突破千万次。',
      '其下载量',
    );
    expect(roles(claim)).toEqual({ hub: 'agent' });
    expect(claim!.text.startsWith('模型广场…')).toBe(true);
  });
});

describe('a counterpart pronoun is never the clause’s own agent', () => {
  it('passes over a topic that is the agent itself for a name mentioned before', () => {
    const claim = withText(
      '作为蓝鲸智能最大的股东，远山资本上月推出了新基金。据报道，远山资本此前已累计向这家公司投入约8亿元。',
      '这家公司投入',
    );
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', initech: 'object' });
  });
});

describe('plural pronouns and noun phrases stand for several names', () => {
  it('lists an enumeration of three that 它们 picks up, in one proposition', () => {
    const claims = claimsOf('在这一轮融资热潮中跑出的，还有星辰科技、云海集团、蓝鲸智能等公司，它们都被视为行业新贵。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toMatchObject({ acme: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('makes both names of a pair agents of 它们 in a later clause', () => {
    const claim = withText(
      '据一位分析师估算，包括云海集团、极光数据在内，多数初创公司的利润都很薄，而它们每年的研发开支却超过5亿元。',
      '而它们',
    );
    expect(roles(claim)).toEqual({ globex: 'agent', hooli: 'agent' });
    expect(claim!.text.startsWith('云海集团、极光数据…')).toBe(true);
  });

  it('takes the last three companies for 三家公司, over two sentences', () => {
    const claim = withText(
      '星辰科技的估值已超过300亿元。云海集团和蓝鲸智能的估值也都在280亿元上下，三家公司之间的差距不到一成。',
      '三家公司',
    );
    expect(roles(claim)).toMatchObject({ acme: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('resolves 这些公司 in the next sentence to the enumeration', () => {
    const claim = withText(
      '今年完成大额融资的，有星辰科技、云海集团、极光数据等公司。这些公司几乎都获得了国有资本的投资。',
      '这些公司',
    );
    expect(roles(claim)).toMatchObject({ acme: 'listed', globex: 'listed', hooli: 'listed' });
  });

  it('never stands for one name, nor for names two sentences back', () => {
    // Only two companies before 三家公司: it names no one the text gives.
    expect(
      withText('星辰科技与云海集团的营收都在80亿元上下。三家公司之间的差距不到一成。', '三家公司'),
    ).toBeUndefined();
    // Names two sentences back: 这些公司 are companies the text never named.
    const far = withText(
      '星辰科技、云海集团和极光数据都发布了新模型。国内的模型创业公司已超过两百家。业内人士称，这些公司大多仍在亏损。',
      '这些公司',
    );
    expect(far).toBeUndefined();
  });
});

describe('company nouns resolve by type and focus', () => {
  it('takes the topic of the sentence before for a bare 公司, not the investor acting last', () => {
    const claim = withText(
      '2020年，星辰科技成立了一家研究院，云海集团随即向其注资5亿元。从Nova发布至今的两年里，公司在商业化上一路狂奔。',
      '公司在商业化',
    );
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('makes 集团 the group the company in focus belongs to, when the paragraph names it', () => {
    const paragraph = '从云海集团的年报看，云海智算的增长乏力。本季度云海智算营收30亿元；集团季度总营收为900亿元。';
    expect(roles(withText(paragraph, '集团季度总营收'))).toEqual({ globex: 'agent' });
    // With the group never named, 集团 is the company itself.
    const alone = withText('本季度云海智算营收30亿元。集团季度总营收同比增长了12%。', '集团季度总营收');
    expect(roles(alone)).toEqual({ 'globex-cloud': 'agent' });
  });

  it('lets a team speak for the product it makes', () => {
    const claim = withText(
      '最近走红的模型广场就是一个例子，团队在接受采访时表示：“第一天不收钱，就可能永远收不到钱”。',
      '团队',
    );
    expect(roles(claim)).toEqual({ hub: 'agent' });
    expect(claim!.attribution).toMatchObject({ kind: 'organization', entityId: 'hub' });
  });

  it('reads a speaker written in Traditional characters as in Simplified', () => {
    const claim = withText(
      '最近走紅的模型广场就是一個例子，團隊在接受採訪時表示：“第一天不收錢，就可能永遠收不到錢”。',
      '團隊',
    );
    expect(roles(claim)).toEqual({ hub: 'agent' });
  });
});

describe('a person pronoun takes the last person who spoke', () => {
  it('is a titled speaker the gazetteer does not know, who speaks for the company of the title', () => {
    const claim = withText(
      '星辰科技执行长王明在财报会议上表示，Nova已全面投产。他还宣布，股票将以1拆10的方式分割。',
      '他还宣布',
    );
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.attribution.kind).toBe('person');
    expect(claim!.text.startsWith('星辰科技执行长王明…')).toBe(true);
  });

  it('is not a person named earlier in the paragraph when a titled speaker came after', () => {
    const claim = withText(
      '李思源上月离开了云海集团。星辰科技执行长王明在财报会议上表示，Nova已全面投产。他还宣布，股票将以1拆10的方式分割。',
      '他还宣布',
    );
    expect(roles(claim).li).toBeUndefined();
    expect(roles(claim).acme).toBe('agent');
  });

  it('is no one when another person was named after the speaker', () => {
    const paragraph =
      '星辰科技执行长王明在财报会议上表示，Nova已全面投产。分析师赵强则认为，需求仍然疲软。他还表示，股价恐将下跌。';
    expect(withText(paragraph, '他还表示')).toBeUndefined();
  });
});

describe('a speaker clause does not take the subject of what is said', () => {
  it('makes the subject of a quotation after "他直言，" its agent, the speaker its source', () => {
    const claim = withText(
      '在发布会上，李思源还展示了新产品。他直言，“Nova 2.0是目前最强的中文模型”，未来公司会持续投入。',
      '他直言',
    );
    expect(roles(claim)).toMatchObject({ nova: 'agent' });
    expect(claim!.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
  });

  it('keeps a name before a time word in a quotation only mentioned', () => {
    const claim = withText('星辰科技一位高管表示，“Nova之前大家也都有聊天机器人，关键是效果”。', '关键是效果');
    expect(roles(claim).nova).not.toBe('agent');
  });
});

describe('a name in a when-frame before a subject noun phrase', () => {
  it('leaves the act to who speaks for it', () => {
    const claim = withText('据星辰科技方面透露，Nova上线后申请试用的用户数量远超预期。', '申请试用');
    expect(roles(claim)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
  });

  it('is still what the clause is about when no one speaks', () => {
    expect(roles(withText('Orion发布后用户数突破了一千万。', '用户数'))).toEqual({ orion: 'agent' });
    expect(roles(withText('Orion上线后迅速登顶下载榜。', '登顶'))).toEqual({ orion: 'agent' });
  });
});

describe('其 before a title, and things that are expected', () => {
  it('makes the officer of 其 a person speaking for the company in focus', () => {
    const claim = withText(
      '云海集团方面则显得不慌不忙。其首席技术官赵强此前在接受采访时表示，Orion预计将在年底前向公众开放。',
      '其首席技术官',
    );
    expect(roles(claim)).toMatchObject({ orion: 'agent', globex: 'mentioned' });
    expect(claim!.attribution.kind).toBe('person');
    expect(claim!.text.startsWith('云海集团…')).toBe(true);
  });

  it('does not make a model that is expected to do something a speaker', () => {
    const claim = withText('Nova预计将于明年一季度向企业用户开放。', 'Nova预计');
    expect(roles(claim)).toEqual({ nova: 'agent' });
    expect(claim!.attribution.kind).toBe('article');
  });
});

describe('其 and 对方', () => {
  it('takes 其 right before its verb as the last subject, as 它', () => {
    const claim = withText('去年5月，星辰科技首次推出Nova；此后的一年里，其先后迭代了四个版本。', '其先后');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('makes 对方 the other party after any verb', () => {
    const claim = withText('星辰科技常被拿来与云海集团比较。在海外市场，星辰科技的份额已经超过对方。', '超过对方');
    expect(roles(claim)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('a paragraph opening on a reference to the paragraph before', () => {
  const article = (...paragraphs: string[]) => {
    const carry = { topic: null };
    return paragraphs.map((p) => claimsOf(p, '2024-03-15', carry));
  };

  it('takes the topic of the paragraph before for 这家公司 and names it', () => {
    const [, second] = article('蓝鲸智能昨日发布了二季度财报，营收同比增长20%。', '手机仍是这家公司最大的收入来源。');
    expect(second).toHaveLength(1);
    expect(roles(second![0])).toEqual({ initech: 'agent' });
    expect(second![0]!.text).toBe('蓝鲸智能…手机仍是这家公司最大的收入来源。');
  });

  it('carries over a paragraph that names no one, and not past a heading', () => {
    const [, , third] = article(
      '蓝鲸智能昨日发布了二季度财报。',
      '分析师普遍认为增长放缓。',
      '这家公司的股价随后下跌了5%。',
    );
    expect(roles(third![0])).toEqual({ initech: 'agent' });
    const [, , afterHeading] = article('蓝鲸智能昨日发布了二季度财报。', '市场反应', '这家公司的股价随后下跌了5%。');
    expect(afterHeading).toEqual([]);
  });

  it('takes a digest item’s 【headline】 as a claim of its own, which opens a new item', () => {
    const [first, headline, label, after] = article(
      '蓝鲸智能昨日发布了二季度财报。',
      '【星辰科技完成5亿元B轮融资】',
      '【观察】',
      '这家公司的股价随后下跌了5%。',
    );
    expect(first).toHaveLength(1);
    expect(headline).toHaveLength(1);
    expect(roles(headline![0])).toEqual({ acme: 'agent' });
    expect(headline![0]!.text).toBe('【星辰科技完成5亿元B轮融资】');
    // A label states nothing; the item after it is a new one, not the headline's nor the report's.
    expect(label).toEqual([]);
    expect(after).toEqual([]);
  });

  it('never takes it once the paragraph has named someone, nor for 它 or a plural', () => {
    const [, named] = article('蓝鲸智能昨日发布了二季度财报。', '云海集团表示，这家公司的增长主要来自海外。');
    expect(roles(named![0]).initech).toBeUndefined();
    const [, plural] = article('蓝鲸智能昨日发布了二季度财报。', '他们的当务之急是降低成本。');
    expect(plural).toEqual([]);
    const [, model] = article('蓝鲸智能昨日发布了二季度财报。', '这款芯片最快明年才能量产。');
    expect(model).toEqual([]);
  });
});

describe('前者 and 后者 after the clause’s own subject', () => {
  it('counts the last two names before it other than the subject', () => {
    const claim = withText(
      '外界常把蓝鲸智能视为云海集团最有力的对手。不过在资金上，蓝鲸智能仍落后于对手：远山资本已先后向前者投入约30亿元。',
      '向前者投入',
    );
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', globex: 'object' });
    expect(roles(claim).initech).toBeUndefined();
  });
});

describe('前者, 后者 and 双方 point back past their own clause, to parties that acted', () => {
  it('does not take a name inside the pronoun’s own clause (在X中使用后者的技术)', () => {
    const [claim] = claimsOf('据报道，星辰科技已与云海集团进行初步接触，讨论在Orion中使用后者的技术。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object', orion: 'mentioned' });
  });

  it('takes for 双方 the two that acted before, the second the counterpart of a tie', () => {
    const claim = withText(
      '据报道，星辰科技已与云海集团进行初步接触，讨论在Orion中使用后者的技术。报道还称，双方的谈判仍处于早期阶段。',
      '双方的谈判',
    );
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object' });
    // An act they share (共同) makes both its agents; a speaker in the pronoun's sentence counts.
    const shared = withText('星辰科技与云海集团签署了协议。双方将共同投资建设数据中心。', '共同投资');
    expect(roles(shared)).toEqual({ acme: 'agent', globex: 'agent' });
  });
});

describe('a company noun speaking or owning a figure', () => {
  it('reads "公司方面解释称" as the company speaking', () => {
    const claim = withText('蓝鲸智能的毛利率有所下滑。公司方面解释称，这主要受存储芯片涨价的影响。', '解释称');
    expect(roles(claim)).toEqual({ initech: 'agent' });
    expect(claim!.attribution).toMatchObject({ kind: 'organization', entityId: 'initech' });
  });

  it('reads "集团整体毛利率为…" as the group’s figure', () => {
    const claim = withText('云海集团昨日发布了半年报。二季度，集团整体毛利率为20.3%，低于一季度。', '集团整体');
    expect(roles(claim)).toEqual({ globex: 'agent' });
  });

  it('reads "当时公司估值…" after a time word as the company’s figure', () => {
    const claim = withText('蓝鲸智能去年完成了5亿元融资。当时公司估值约为40亿元。', '当时公司估值');
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it('keeps a name that owns the counterpart only mentioned', () => {
    const claim = withText('极光数据在财报中称，出口限制给星辰科技的前景带来了不确定性。', '前景');
    expect(roles(claim).acme).toBe('mentioned');
    const invested = withText('远山资本宣布对星辰科技的投资已经完成。', '的投资');
    expect(roles(invested).acme).not.toBe('mentioned');
  });
});

describe('a clause about the act just stated (此举, 这笔投资)', () => {
  it('takes the investment stated before, not the sentence in between', () => {
    const claim = withText(
      '星辰科技23日宣布，将对蓝鲸智能进行一项金额达数十亿元的投资。星辰科技并未透露确切金额，但据媒体报道，这笔投资总额可能高达100亿元。',
      '这笔投资',
    );
    expect(roles(claim)).toEqual({ acme: 'agent', initech: 'object' });
    expect(claim!.text.startsWith('星辰科技…')).toBe(true);
  });

  it('makes 此举 a proposition of its own about the act before it', () => {
    const claims = claimsOf('云海集团今年3月宣布将Orion的上下文长度提升至200万字，此举一度引发业内的“长文本”竞赛。');
    expect(claims).toHaveLength(2);
    expect(roles(claims[1])).toMatchObject({ globex: 'agent' });
  });
});
