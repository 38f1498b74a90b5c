/**
 * Who says so and what is denied, on sentences written for these tests (not corpus sentences):
 * X官方 acting as X, a statement that there is no plan as a denial, a pronoun speaker resolved to
 * its antecedent, a speaker after a closing quote, and 不会 scoping over a launch word.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { defaultSegmenter } from '../../lib/claims/segment';
import { claimsOf, roles } from './claims-fixture';

describe('speakers', () => {
  it('makes "X官方" X itself, acting', () => {
    const [claim] = claimsOf('对此，云海集团官方回应称，该消息不实。');
    expect(roles(claim).globex).toBe('agent');
    expect(claim?.modality).toBe('denied');
  });

  it('resolves a pronoun speaker (他还表示) to the person named before', () => {
    const claims = claimsOf('王海川介绍，Orion的训练成本下降了40%。他还表示，公司明年将推出更大的模型。');
    const claim = claims.find((c) => c.text.includes('更大的模型'));
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'wang' });
    expect(roles(claim).wang).toBe('agent');
  });

  it("reads a bare 公司 in a company's own words as the company speaking, not the one named before", () => {
    const claims = claimsOf('对此，云海集团也发表了声明。星辰科技则称，公司与多家厂商均有交流。');
    const claim = claims.find((c) => c.text.includes('交流'));
    expect(roles(claim)).toEqual({ acme: 'agent' });
    // A person speaking for a company leaves 公司 to the company named with them.
    const [titled] = claimsOf('星辰科技CEO张明远昨日宣布，公司将在三个月内开源Nova。');
    expect(roles(titled)).toMatchObject({ acme: 'agent' });
  });

  it('keeps keeping silent as a statement of the silent party, also in a few words or after 表示', () => {
    const [short] = claimsOf('对于相关消息，星辰科技未回应。');
    expect(roles(short)).toEqual({ acme: 'agent' });
    expect(short).toMatchObject({ kind: 'statement', modality: 'fact' });
    const [, said] = claimsOf('据报道，星辰科技正与云海集团洽谈合作。云海集团方面也表示不予置评。');
    expect(roles(said)).toEqual({ globex: 'agent' });
    expect(said).toMatchObject({ kind: 'statement', modality: 'fact' });
  });

  it('takes a speaker after a closing quote as the source of the quote', () => {
    const [claim] = claimsOf('“开源是我们唯一的路线。”李思源说。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
    expect(roles(claim).li).toBe('agent');
    expect(claim?.modality).toBe('opinion');
  });
});

describe('organizations speaking through a demonstrative phrase or a statement', () => {
  it('reads 这家 + a noun phrase speaking as the organization in focus, past an adverb (还, 又)', () => {
    const claims = claimsOf('星辰科技昨日完成新一轮融资。这家芯片巨头还称，过去几个季度的收入增长了20%。');
    const claim = claims.find((c) => c.text.includes('20%'));
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(roles(claim).acme).toBe('agent');
    const [, again] = claimsOf('星辰科技昨日完成新一轮融资。该公司又指出，用户数已达5000万。');
    expect(again?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it("reads an organization's statement speaking (声明又指) as the organization", () => {
    const claims = claimsOf('星辰科技在一份声明中表示，周明将卸任。声明又指，公司的策略不会因此改变。');
    const claim = claims.find((c) => c.text.includes('策略'));
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(roles(claim).acme).toBe('agent');
  });

  it('never makes a person the organization a 这家 phrase stands for', () => {
    const claims = claimsOf('张明远昨日发布新书。这家出版社还称，首印十万册。');
    for (const c of claims) expect(c.attribution.entityId).not.toBe('zhang');
  });
});

describe('demonstrative phrases that jieba cuts across the classifier', () => {
  it('reads 这/家电/商 as 这家 + 电商, never 家电 (appliances)', () => {
    const words = defaultSegmenter()
      .tokens('这家电商巨头宣布裁员', [])
      .map((t) => t.word);
    expect(words.slice(0, 2)).toEqual(['这家', '电商']);
    // (Only 家: 这部分, 这类似于 keep their words.)
    expect(defaultSegmenter().tokens('这部分业务', [])[0]?.word).not.toBe('这部');
  });

  it('resolves such a phrase, set off by a comma before its passive, as what undergoes the act', () => {
    const claims = claimsOf(
      '星辰科技昨日完成新一轮融资。由杭州起家、今年已成立22年的这家电商巨头，自去年12月起被立案调查。',
    );
    const claim = claims.find((c) => c.text.includes('立案调查'));
    expect(roles(claim)).toEqual({ acme: 'object' });
  });
});

describe('denials', () => {
  it('reads "没有…的计划" in a statement answering a report as a denial', () => {
    const [, claim] = claimsOf(
      '有消息称极光数据将出售Nova业务。极光数据随后发表声明称，公司目前并没有出售Nova业务的计划。',
    );
    expect(claim?.kind).toBe('denial');
    expect(claim?.modality).toBe('denied');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'hooli' });
  });

  it('does not read a launch word under 不会 as a launch', () => {
    const [claim] = claimsOf('张明远强调，星辰科技今年不会上市。');
    expect(claim?.kind).not.toBe('launch');
  });
});

describe('sources', () => {
  it('reads a source described by its closeness to X as unnamed, and the claim as reported', () => {
    const [claim] = claimsOf('一位接近蓝鲸智能的人士透露，该公司正在洽谈新一轮融资。');
    expect(claim?.attribution).toMatchObject({ kind: 'unnamed' });
    expect(claim?.modality).toBe('reported');
    expect(roles(claim).initech).toBe('agent');
  });

  it('finds the speaker past 相关负责人 and a when-frame', () => {
    const [claim] = claimsOf('云海集团相关负责人在接受采访时表示，Orion的价格不会再下调。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'globex' });
  });

  it('does not take a determiner and a speech noun (上述报道) as a new source', () => {
    const [claim] = claimsOf('星辰科技称，上述报道与事实不符。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(claim?.kind).toBe('denial');
  });

  it('takes a named report as a data source, and cue words inside names as names', () => {
    const [claim] = claimsOf('未来报告显示，2023年全球大模型投资总额达到了900亿美元。');
    expect(claim?.attribution).toMatchObject({ kind: 'data', entityId: 'report' });
    expect(claim?.modality).toBe('fact');
  });

  it('keeps the outlet of 据《…》报道 without its title marks', () => {
    const [claim] = claimsOf('据《科技日报》报道，星辰科技已于上月完成新一轮融资。');
    expect(claim?.attribution.text).toBe('科技日报');
  });
});

describe('more speakers and subjects', () => {
  it('takes a name before a colon as the speaker of what follows', () => {
    const [claim] = claimsOf('张明远：我们不会参与这一轮价格战。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    // (He tells a plan of the company the gazetteer places him in, which acts: claims-roles-s9.)
    expect(roles(claim)).toEqual({ acme: 'agent', zhang: 'mentioned' });
  });

  it('keeps the possessor as subject when 的 follows a time word (上涨到如今的…)', () => {
    const [claim] = claimsOf('蓝鲸智能的估值已从去年的30亿美元上涨到如今的80亿美元。');
    expect(roles(claim).initech).toBe('agent');
    expect(claim?.figures.map((f) => f.min)).toEqual([3e9, 8e9]);
  });
});

describe('statements issued', () => {
  it('reads 发布公告称 as the organization speaking, and 完成对X的收购 as an event', () => {
    const [claim] = claimsOf('蓝鲸智能发布公告称，公司已完成对极光数据的收购。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'initech', text: '蓝鲸智能' });
    expect(claim?.kind).toBe('event');
    expect(roles(claim)).toMatchObject({ initech: 'agent', hooli: 'object' });
  });

  it('reads a quoted "从未有过…的想法" as a denial by the speaker, not a claim about the object', () => {
    const [claim] = claimsOf('王海川对此回应称：“我们从未有过出售Orion的想法。”');
    expect(claim?.kind).toBe('denial');
    expect(roles(claim)).toMatchObject({ wang: 'agent', orion: 'mentioned' });
  });
});

describe('who speaks for an organization', () => {
  it('does not make X the speaker or the agent when its employee or user speaks', () => {
    const [claim] = claimsOf('一位星辰科技员工回复，我们的目标是让每个人都用上大模型。');
    expect(claim?.attribution.entityId).toBeUndefined();
    expect(roles(claim).acme).toBe('mentioned');
  });

  it('takes an unnamed executive of X as a person, and X as the agent of what they announce', () => {
    const [claim] = claimsOf('星辰科技副总裁表示，明年将支持更多语言。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', text: '星辰科技副总裁' });
    expect(claim?.attribution.entityId).toBeUndefined();
    expect(roles(claim).acme).toBe('agent');
  });

  it("finds a titled person's name jieba cuts into characters, who then speaks for X", () => {
    // (jieba: 邓/nr 行/zg, 宋/nr 进/v, 段/q 成/n; 时说 is one noun in its dictionary.)
    const [said] = claimsOf('星辰科技总裁邓行当时表示，降价并非烧钱换市场。');
    expect(said?.attribution).toMatchObject({ kind: 'person', text: '星辰科技总裁邓行' });
    expect(roles(said)).toEqual({ acme: 'agent' });
    const [trailing] = claimsOf('“我们不急于上市。”星辰科技执行长段成在接受采访时说。');
    expect(trailing?.attribution).toMatchObject({ kind: 'person', text: '星辰科技执行长段成' });
    expect(roles(trailing)).toEqual({ acme: 'agent' });
    // A when-frame closed by 时 with no 在 before it is not the speech verb's subject.
    const [visiting] = claimsOf('星辰科技董事长宋进上月访问上海时强调，公司不会退出中国市场。');
    expect(visiting?.attribution.kind).toBe('person');
    expect(roles(visiting)).toEqual({ acme: 'agent' });
    // A title with no name after it is unchanged ("高度" is a word, not a surname and a name).
    const [untitled] = claimsOf('星辰科技董事长高度评价了这次合作。');
    expect(untitled?.attribution.kind).toBe('article');
  });

  it('reads "这家公司在今年3月宣布" as the company named before announcing', () => {
    const claim = claimsOf('星辰科技去年推出了Nova。这家公司在今年3月宣布，Nova的上下文长度提升至200万字。').find((c) =>
      c.text.includes('宣布'),
    );
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(roles(claim)).toEqual({ acme: 'agent', nova: 'object' });
  });

  it('lets a spokesperson speak for X', () => {
    const [claim] = claimsOf('星辰科技发言人表示，Nova明年将支持更多语言。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });
});

describe('what a speaker says with a demonstrative or a second verb of saying', () => {
  it('keeps the speaker of "X则称，这是…" as its source and agent (the writer sums up only after a proposition)', () => {
    const [claim] = claimsOf('蓝鲸智能方面则称，这是「为应对市场变化的例行调整」，并非针对单一产品。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'initech' });
    expect(roles(claim)).toEqual({ initech: 'agent' });
    const [, summed] = claimsOf('有消息称，星辰科技成立了电商团队，这是星辰科技的一次重要布局。');
    expect(summed?.attribution.kind).toBe('article');
  });

  it('reads "…，并预计X…" after a speaker as the speaker predicting, not X being expected', () => {
    const claims = claimsOf('张明远称，并预计Nova的用户规模将在年底前突破1亿。');
    const predicted = claims.find((c) => c.text.includes('预计'));
    expect(roles(predicted)).toMatchObject({ nova: 'agent' });
    const [expected] = claimsOf('Orion预计将于年底上线。');
    expect(roles(expected)).toEqual({ orion: 'agent' });
  });
});

describe('a known person titled by the company they work for', () => {
  it('makes the company the denier and the person mentioned (X执行长Y否认…)', () => {
    const [denied] = claimsOf('至于「蓝鲸智能将被云海集团并购」的传闻，星辰科技执行长张明远日前已公开否认。');
    expect(roles(denied)).toMatchObject({ acme: 'agent', zhang: 'mentioned' });
    expect(denied?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    const [answered] = claimsOf('星辰科技执行长张明远回应称，消息不实。');
    expect(roles(answered)).toEqual({ acme: 'agent', zhang: 'mentioned' });
  });

  it('leaves the person the denier of their own affairs, and the holder of their own views', () => {
    const [own] = claimsOf('张明远否认了自己将退休的传闻。');
    expect(roles(own)).toEqual({ zhang: 'agent' });
    const [view] = claimsOf('星辰科技执行长张明远认为，这是行业的一大步。');
    expect(roles(view)).toMatchObject({ zhang: 'agent' });
  });

  it('takes a speaker after a quote in 『』 or after a comma as its source', () => {
    const [corner] = claimsOf('『我们明年会把Nova的价格下调三成。』星辰科技发言人表示。');
    expect(corner?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(roles(corner)).toMatchObject({ acme: 'agent' });
    expect(corner?.modality).toBe('forecast');
    const [comma] = claimsOf('“Orion的推理能力比Nova更强”，王海川在接受采访时说。');
    expect(comma?.attribution).toMatchObject({ kind: 'person', entityId: 'wang' });
    expect(comma?.text).toContain('王海川在接受采访时说');
  });

  it('reads a quotation interrupted by its speaker as one claim of that speaker', () => {
    const claims = claimsOf('“我不担心价格战，”张明远说，“真正的对手是时间。”');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.text).toBe('“我不担心价格战，”张明远说，“真正的对手是时间。”');
    expect(claims[0]?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    expect(roles(claims[0])).toMatchObject({ zhang: 'agent' });
    expect(claims[0]?.modality).toBe('opinion');
    // Traditional script, a company's spokesperson, and a prediction in the words quoted.
    const [spokesman] = claimsOf('「星辰科技明年會推出新模型，」星辰科技發言人表示，「價格也會下調。」');
    expect(spokesman?.text).toContain('價格也會下調');
    expect(spokesman?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(spokesman?.modality).toBe('forecast');
    // The first half may end on its own full stop: the speaker still quotes on.
    const split = claimsOf('“云海集团的报价太低。”李思源说，“我们不会接受。”');
    expect(split).toHaveLength(1);
    expect(split[0]?.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
  });
});

describe('a speaker the article introduced with their organization (speakers.ts)', () => {
  /** Claims of consecutive paragraphs of one article. */
  const article = (...paragraphs: string[]) => {
    const carry: ParagraphCarry = { topic: null };
    return paragraphs.flatMap((p) => claimsOf(p, '2024-03-15', carry));
  };

  it('lets a titled person speak for the organization by name and as 他 in later paragraphs', () => {
    const claims = article(
      '星辰科技执行长周明6月2日晚间发表了主题演讲。',
      '周明表示，天枢芯片将于明年量产。',
      '他坦言，天枢芯片的产能仍然吃紧。',
    );
    const byName = claims.find((c) => c.text.includes('明年量产'));
    expect(byName?.attribution).toMatchObject({ kind: 'person', text: '周明' });
    expect(roles(byName)).toEqual({ acme: 'agent' });
    const byPronoun = claims.find((c) => c.text.includes('产能'));
    expect(byPronoun?.attribution.kind).toBe('person');
    expect(roles(byPronoun)).toEqual({ acme: 'agent' });
  });

  it('lets a founder speak for the company founded (由X创办的Y), and 他 after a sentence that only names him', () => {
    const claims = article(
      '由前云海集团总裁周明创办的星辰科技昨日宣布完成新一轮融资。',
      '周明表示，新一轮资金将主要用于算力采购。',
      '星辰科技执行长陈伟昨日接受了本报专访。他透露，天枢芯片的良率已经超过九成。',
    );
    expect(roles(claims.find((c) => c.text.includes('算力采购')))).toEqual({ acme: 'agent' });
    expect(roles(claims.find((c) => c.text.includes('良率')))).toEqual({ acme: 'agent' });
  });

  it('learns the name of an officer titled through 该公司 or 其', () => {
    const claims = article(
      '星辰科技昨日发布了天枢芯片。该公司首席执行官周明表示，天枢芯片将于明年量产。',
      '周明还透露，天枢芯片的良率已超过九成。',
    );
    expect(roles(claims.find((c) => c.text.includes('良率')))).toEqual({ acme: 'agent' });
  });

  it('leaves the organization out when no title or founding says whose voice it is', () => {
    // A former title is not evidence of whom a person speaks for now.
    const former = article('云海集团前总裁周明昨日出席了一场论坛。', '周明表示，天枢芯片将于明年量产。');
    expect(former.find((c) => c.text.includes('明年量产'))).toBeUndefined();
    // A founder that is an organization (由X资本创办的) is no person for 他 to be.
    const founded = article('由远东资本创办的星辰科技昨日宣布完成融资。', '他表示，天枢芯片将于明年量产。');
    expect(founded.find((c) => c.text.includes('明年量产'))).toBeUndefined();
    // Another person named after the titled one: 他 is no longer the titled speaker.
    const other = article(
      '星辰科技执行长周明昨日接受了专访。',
      '分析师赵强则认为，需求仍然疲软。他还表示，天枢芯片恐将延期。',
    );
    expect(other.find((c) => c.text.includes('延期'))).toBeUndefined();
  });
});

describe('how and to whom a speaker says it', () => {
  it('takes a speaker who says it with a manner (笑着说) after a quote as its source', () => {
    const [claim] = claimsOf('“我们明年不会降价。”星辰科技执行长周明笑着说。');
    expect(claim?.text).toBe('“我们明年不会降价。”星辰科技执行长周明笑着说。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', text: '星辰科技执行长周明' });
    expect(roles(claim)).toEqual({ acme: 'agent' });
    const [traditional] = claimsOf('「我們明年不會降價。」星辰科技執行長周明笑著說。');
    expect(traditional?.attribution).toMatchObject({ kind: 'person', text: '星辰科技執行長周明' });
  });

  it('leaves whom the speaker tells (向记者表示) out of who speaks', () => {
    const [claim] = claimsOf('星辰科技执行长周明向记者表示，天枢芯片将在年底量产。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', text: '星辰科技执行长周明' });
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });
});

describe('what an introduced speaker goes on to say or do', () => {
  const article = (...paragraphs: string[]) => {
    const carry: ParagraphCarry = { topic: null };
    return paragraphs.flatMap((p) => claimsOf(p, '2024-03-15', carry));
  };

  it('leaves the organization out of what a speaker says he himself will do, and of a speaker who left it', () => {
    const himself = article(
      '星辰科技执行长周明6月2日发表了主题演讲。',
      '专访结束前，周明透露，他明年还会回到上海参加展会。',
    );
    expect(himself.find((c) => c.text.includes('回到上海'))).toBeUndefined();
    const left = article('星辰科技联合创始人周明周三宣布离职。', '周明称，新公司将专注于芯片设计。');
    expect(left.find((c) => c.text.includes('芯片设计'))).toBeUndefined();
  });

  it('reads titles joined by 兼 in a speaker after a quote', () => {
    const [claim] = claimsOf('“我们在研发上的投入正在产生回报。”星辰科技主席兼行政总裁周明在业绩公告中表示。');
    expect(claim?.text).toContain('我们在研发上的投入');
    expect(claim?.attribution).toMatchObject({ kind: 'person', text: '星辰科技主席兼行政总裁周明' });
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('goes on quoting the speaker of the sentence before in a sentence that is only a quotation', () => {
    const claims = claimsOf('星辰科技执行长周明表示，来自海外的营收占比已降至两成。“我们会继续服务海外客户。”');
    const quoted = claims.find((c) => c.text.includes('继续服务'));
    expect(quoted?.attribution).toMatchObject({ kind: 'person', text: '星辰科技执行长周明' });
    expect(roles(quoted)).toEqual({ acme: 'agent' });
    expect(quoted?.modality).toBe('forecast');
    // After the article's own voice or a report, a bare quotation has no speaker to go on with.
    expect(claimsOf('据报道，星辰科技正在洽谈融资。“这是一个好消息。”')).toHaveLength(1);
  });
});

describe('another officer of the same organization', () => {
  it('lets 另一位 + a title speak for the organization of the officer named before', () => {
    const claims = claimsOf(
      '星辰科技董事长、联席CEO陈磊坦言，收入增长将面临压力。另一位联席CEO赵佳臻则预计，未来几个季度天枢芯片的毛利率会明显下降。',
    );
    const another = claims.find((c) => c.text.includes('毛利率'));
    expect(another?.attribution.kind).toBe('person');
    expect(roles(another)).toEqual({ acme: 'agent' });
    // With no officer named before, 另一位 + a title places no one.
    expect(claimsOf('另一位联席CEO赵佳臻则预计，未来几个季度天枢芯片的毛利率会明显下降。')).toHaveLength(0);
  });
});

describe('a quotation before the speaker who opens the next sentence', () => {
  it('takes the speaker of "“…。”X表示，…" as the source of the quotation too', () => {
    const claims = claimsOf(
      '“我们很高兴能在全球完成这项交易。”星辰科技执行长周明表示，玩家将陆续在天枢平台上看到新作品。',
    );
    const quoted = claims.find((c) => c.text.includes('很高兴'));
    expect(quoted?.attribution).toMatchObject({ kind: 'person', text: '星辰科技执行长周明' });
    expect(roles(quoted)).toEqual({ acme: 'agent' });
    // Hearsay after a quotation names no speaker of it.
    expect(claimsOf('“这是一个好消息。”据报道，星辰科技正在洽谈融资。')).toHaveLength(1);
  });

  it('reads a unit between the company and the title, and when and where the speaker posts, as not part of the name', () => {
    const [, said] = claimsOf(
      '“我们很高兴能在全球完成这项交易。”星辰科技游戏业务行政总裁周明在交易完成后于社交平台发文表示，玩家将陆续在天枢平台上看到新作品。',
    );
    expect(said?.attribution).toMatchObject({ kind: 'person', text: '星辰科技游戏业务行政总裁周明' });
    expect(roles(said)).toEqual({ acme: 'agent' });
    // A surname 于 after the title stays in the name.
    const [yu] = claimsOf('星辰科技总裁于明表示，天枢芯片将于明年量产。');
    expect(yu?.attribution).toMatchObject({ kind: 'person', text: '星辰科技总裁于明' });
  });
});

describe('a quotation on its own in a general voice', () => {
  it('makes no claim of the organization when the speaker does not speak as it (no 我们, no 公司)', () => {
    const claims = claimsOf('星辰科技执行长周明在接受采访时说，天枢芯片的良率已超过九成。“芯片是大模型皇冠上的明珠。”');
    expect(claims.find((c) => c.text.includes('明珠'))).toBeUndefined();
  });
});

describe('a title with no organization before it', () => {
  it('is an officer of the company the text is about, not of its investor', () => {
    const claims = claimsOf(
      '星辰科技宣布完成4000万美元融资，云海集团领投。联合创始人兼首席执行官周明表示，新资金将用于扩充团队。',
    );
    const said = claims.find((c) => c.text.includes('扩充团队'));
    expect(said?.attribution).toMatchObject({ kind: 'person', text: '联合创始人兼首席执行官周明' });
    expect(roles(said)).toEqual({ acme: 'agent' });
    // A name in Latin letters after the title is a person too.
    const [, latin] = claimsOf('星辰科技宣布完成4000万美元融资。创始人Jane Doe表示，新资金将用于扩充团队。');
    expect(latin?.attribution.kind).toBe('person');
    expect(roles(latin)).toEqual({ acme: 'agent' });
    // With no company named before, a bare title speaks for no one.
    expect(claimsOf('首席执行官周明表示，新资金将用于扩充团队。')).toHaveLength(0);
  });
});

describe('a whole quoted sentence with no verb', () => {
  it('is a claim of the speaker named after it', () => {
    const [claim] = claimsOf('“今天只是一个新的起点。”星辰科技执行长王强在敲钟仪式上说。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', text: '星辰科技执行长王强' });
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim?.modality).toBe('opinion');
    // Without a speaker it is no claim.
    expect(claimsOf('星辰科技发布了天枢芯片。“今天只是一个新的起点。”')).toHaveLength(1);
  });
});
