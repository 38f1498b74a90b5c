import { describe, expect, it } from 'vitest';
import {
  displayText,
  namedAsEventOwner,
  namedAsExtremeCase,
  namedOnlyInModifier,
  pluralResolved,
  readableAlone,
  resolvedSubject,
  topicSentence,
} from '../../lib/claims/readable';
import { baseScore, rankFor, type Claim } from '../../lib/claims/group';

describe('displayText', () => {
  it('leaves out a connective that ties the sentence to one a card does not show', () => {
    expect(displayText('而星辰科技也正式上线了新版助手。')).toBe('星辰科技也正式上线了新版助手。');
    expect(displayText('此外，蓝鲸云宣布将在明年开放接口。')).toBe('蓝鲸云宣布将在明年开放接口。');
    expect(displayText('因此，北辰智能已经调高了视频产品的优先级')).toBe('北辰智能已经调高了视频产品的优先级');
    expect(displayText('但就在两天前，星图才刚刚发布了新模型')).toBe('就在两天前，星图才刚刚发布了新模型');
    expect(displayText('紧接着，星图推出了语音模型')).toBe('星图推出了语音模型');
    expect(displayText('只是，消息传出后，星图急忙出来辟谣')).toBe('消息传出后，星图急忙出来辟谣');
    expect(displayText('只是一个开始')).toBe('只是一个开始');
    expect(displayText('另外，星图还开放了接口')).toBe('星图还开放了接口');
    expect(displayText('另外两家公司也完成了融资')).toBe('另外两家公司也完成了融资');
    expect(displayText('同时期的星图也推出了新品')).toBe('同时期的星图也推出了新品');
    expect(displayText('另一方面，蓝鲸云已接近与星图达成协议')).toBe('蓝鲸云已接近与星图达成协议');
    expect(displayText('另据报道，蓝鲸云正洽谈新一轮融资')).toBe('据报道，蓝鲸云正洽谈新一轮融资');
  });

  it('leaves out a fronted frame that points at the sentence before, but not a time', () => {
    expect(displayText('就在这样的氛围下，星图如期发布了新手机')).toBe('星图如期发布了新手机');
    expect(displayText('在此背景下，蓝鲸云宣布裁员')).toBe('蓝鲸云宣布裁员');
    expect(displayText('针对这一现状，数据局同五个部门联合印发了行动计划')).toBe('数据局同五个部门联合印发了行动计划');
    expect(displayText('就在一个月前，星图刚刚完成新一轮融资')).toBe('就在一个月前，星图刚刚完成新一轮融资');
    // Traditional script alike.
    expect(displayText('與此同時，星辰科技推出了手機助手')).toBe('星辰科技推出了手機助手');
  });

  it('keeps 而 and 但 when they begin another word', () => {
    expect(displayText('而今星辰模型已几乎不再被提起')).toBe('而今星辰模型已几乎不再被提起');
    expect(displayText('但凡星辰科技发布新品，股价都会上涨')).toBe('但凡星辰科技发布新品，股价都会上涨');
  });

  it('keeps a resolved subject and drops the connective after it', () => {
    expect(displayText('蓝鲸云…而其明年的资本开支预计将达到500亿元')).toBe('蓝鲸云…其明年的资本开支预计将达到500亿元');
  });

  it('drops the opener of the next sentence that a span ran into', () => {
    expect(displayText('还有蓝鲸云看好的算力公司星图……总之')).toBe('还有蓝鲸云看好的算力公司星图');
  });

  it('shows a bare connective as written rather than nothing', () => {
    expect(displayText('而且')).toBe('而且');
  });
});

describe('readableAlone', () => {
  it('accepts a whole proposition, with or without its full stop', () => {
    expect(readableAlone('星辰科技于去年11月推出了视频模型。')).toBe(true);
    expect(readableAlone('星辰科技完成了30亿元融资')).toBe(true);
  });

  it('refuses the condition of a conditional alone: it asserts nothing', () => {
    expect(readableAlone('一旦Orion开源')).toBe(false);
    expect(readableAlone('如果星辰科技下调价格。')).toBe(false);
    // With what holds under it, the conditional is a claim (a forecast or a view).
    expect(readableAlone('一旦Orion开源，蓝鲸智能的优势将不复存在。')).toBe(true);
    // 若干 is not 若.
    expect(readableAlone('若干公司已经接入了Nova。')).toBe(true);
  });

  it('refuses a digest’s 【headline】 alone: the item after it is the claim', () => {
    expect(readableAlone('【星辰科技：Nova用户数突破2亿】')).toBe(false);
    expect(readableAlone('【星辰科技将于下周一公布业绩】')).toBe(false);
    // A bracket inside a sentence is no headline.
    expect(readableAlone('星辰科技发布了【Nova】模型。')).toBe(true);
  });

  it('refuses a span cut on a word that needs more: a modifier, a list, a conjunction, an ellipsis', () => {
    expect(readableAlone('在蓝鲸云、星图、北辰智能的')).toBe(false);
    expect(readableAlone('星辰科技投资了蓝鲸云、')).toBe(false);
    expect(readableAlone('星辰科技投资了蓝鲸云和')).toBe(false);
    expect(readableAlone('星辰科技、蓝鲸云……')).toBe(false);
    expect(readableAlone('星辰科技发布了新模型，包括')).toBe(false);
  });

  it('accepts a verb or noun that ends in the character of a conjunction or of 的', () => {
    expect(readableAlone('星辰科技的AI手机正在快速普及。')).toBe(true);
    expect(readableAlone('蓝鲸云宣布将积极参与。')).toBe(true);
    expect(readableAlone('北辰智能表示，国内视频模型市场已趋于饱和')).toBe(true);
    expect(readableAlone('星图此举达到了预期的目的')).toBe(true);
    expect(readableAlone('星辰科技投资了蓝鲸云以及')).toBe(false);
  });

  it('accepts a final 的 that closes 是…的', () => {
    expect(readableAlone('Nova是星辰科技去年发布的。')).toBe(true);
  });

  it('refuses a span whose subject was left before a predicate-opening preposition', () => {
    expect(readableAlone('将星图助手整合进明年推出的新系统')).toBe(false);
    expect(readableAlone('把视频模型开放给所有用户')).toBe(false);
    expect(readableAlone('被蓝鲸云以20亿元收购')).toBe(false);
    expect(readableAlone('较去年同期减少约12%。')).toBe(false);
    expect(readableAlone('向北辰智能注资5亿元')).toBe(false);
    // The subject is there when the extractor joined it from an earlier sentence.
    expect(readableAlone('蓝鲸云…将星图助手整合进新系统')).toBe(true);
    // Adverbs that share the first character.
    expect(readableAlone('将近一半的用户选择了星图助手')).toBe(true);
    expect(readableAlone('较早前，蓝鲸云已开放了接口')).toBe(true);
  });

  it('refuses a speech verb whose words are in another sentence', () => {
    expect(readableAlone('星辰科技创始人在演讲中说。')).toBe(false);
    expect(readableAlone('蓝鲸云CEO曾在社交平台上坦言')).toBe(false);
    expect(readableAlone('蓝鲸云CEO表示，明年将开放接口。')).toBe(true);
    expect(readableAlone('星图的新剧改编自同名小说。')).toBe(true);
    expect(readableAlone('北辰智能的创业故事已成为业内的传说')).toBe(true);
  });

  it('keeps what was said before a speaker named after it, not a frame or a topic before one', () => {
    // A quote, or a clause of content, then who said it: the attribution closes the claim.
    expect(readableAlone('“明年我们不会再降价。”星辰科技总裁在发布会上说。')).toBe(true);
    expect(readableAlone('「我們會繼續投入研發。」雲海集團發言人在聲明中表示。')).toBe(true);
    expect(readableAlone('星图计划在下月裁员一成，一位接近该公司的人士透露。')).toBe(true);
    expect(readableAlone('蓝鲸云的营收增长两成，超出市场预期，一位分析师指出。')).toBe(true);
    // Only a time or a place before the speaker: what was said is still to come.
    expect(readableAlone('在上周的财报电话会上，蓝鲸云CEO坦言')).toBe(false);
    expect(readableAlone('去年3月，星图创始人在演讲中说')).toBe(false);
    expect(readableAlone('上月底，北辰智能总裁表示')).toBe(false);
    // 对X来说 is a topic frame waiting for its comment, not a speaker.
    expect(readableAlone('一位分析师指出，对星图这样的公司来说')).toBe(false);
  });

  it('keeps a demonstrative subject that states a whole fact', () => {
    expect(readableAlone('这已是蓝鲸云第三次注资星图。')).toBe(true);
  });

  it('refuses a span that opens on a pronoun or a demonstrative noun phrase nothing resolved', () => {
    expect(readableAlone('这个问题星图至今没有回答')).toBe(false);
    expect(readableAlone('这一决定让蓝鲸云的股价大涨。')).toBe(false);
    expect(readableAlone('其背后的星图也加快了节奏。')).toBe(false);
    expect(readableAlone('而它已在去年停止更新。')).toBe(false);
    expect(readableAlone('此举被外界视为蓝鲸云的反击。')).toBe(false);
    expect(readableAlone('该产品由星图团队开发。')).toBe(false);
    // Resolved by the extractor, the pronoun has its subject before it.
    expect(readableAlone('星图…其背后的团队已扩至200人。')).toBe(true);
    // A pronoun that only names the speaker: what is said stands.
    expect(readableAlone('他预计，星图今年的营收将翻倍。')).toBe(true);
    expect(readableAlone('其首席执行官在发布会上表示，Nova将于年底开源。')).toBe(true);
    // Words that only begin with a pronoun's character.
    expect(readableAlone('其中星图的营收增长最快。')).toBe(true);
    expect(readableAlone('他国厂商也在跟进星图的做法。')).toBe(true);
  });
});

describe('pluralResolved', () => {
  it('tells a claim about a set an earlier sentence named (one name or several) from one about its subject', () => {
    expect(pluralResolved('北辰智能…它们被业内并称为“四小龙”。')).toBe(true);
    expect(pluralResolved('北辰智能…而他们每年的开支超过10亿元。')).toBe(true);
    expect(pluralResolved('北辰智能、星图…两者的合作已持续三年。')).toBe(true);
    expect(pluralResolved('北辰智能和星图…而双方的分歧仍未解决。')).toBe(true);
    expect(pluralResolved('北辰智能…它在去年完成了融资。')).toBe(false);
    expect(pluralResolved('北辰智能在去年完成了融资。')).toBe(false);
    // Named in the sentence itself, the pair is no resolver's guess.
    expect(pluralResolved('北辰智能与星图两者的合作已持续三年。')).toBe(false);
  });
});

describe('namedAsExtremeCase', () => {
  it('tells the example of a statement about a class (连X都, 即便是X也) from its subject', () => {
    expect(namedAsExtremeCase('就连星图都在削减开支。', ['星图'])).toBe(true);
    expect(namedAsExtremeCase('即便是蓝鲸云，也难以独自承担算力成本。', ['蓝鲸云'])).toBe(true);
    expect(namedAsExtremeCase('星图连续三年盈利。', ['星图'])).toBe(false);
    expect(namedAsExtremeCase('即便是蓝鲸云也没做到，星图却做到了。', ['星图'])).toBe(false);
  });
});

describe('topicSentence', () => {
  it('takes a gloss of the article’s own words as background at any length', () => {
    expect(topicSentence('少走弯路，是指底层技术的积累被星图再一次证明了价值。')).toBe(true);
    expect(topicSentence('所谓“双轮驱动”，就是北辰智能同时押注硬件与软件。')).toBe(true);
    // A negated identity can be news ("not the first to…"): not background by itself.
    expect(topicSentence('星图并不是第一个登上榜首的国产模型。')).toBe(false);
  });

  it('tells a short sentence that only announces a contrast from a claim', () => {
    expect(topicSentence('北辰智能则走了另一条路。')).toBe(true);
    expect(topicSentence('星图选了不同的方向。')).toBe(true);
    expect(topicSentence('北辰智能则走了另一条技术路线：先做芯片，再做模型。')).toBe(false);
  });

  it('tells a short copular sentence that announces a paragraph from a claim', () => {
    expect(topicSentence('星图则是另一种路径。')).toBe(true);
    expect(topicSentence('蓝鲸云并非唯一的玩家。')).toBe(true);
    expect(topicSentence('北辰智能也不例外。')).toBe(true);
    expect(topicSentence('星图是国内最早发布视频模型的公司之一。')).toBe(false);
    expect(topicSentence('蓝鲸云未予置评。')).toBe(false);
  });
});

describe('resolvedSubject', () => {
  it('tells a subject the extractor resolved from a pronoun from one named in the sentence', () => {
    expect(resolvedSubject('蓝鲸云…其明年的资本开支预计将达到500亿元')).toBe(true);
    expect(resolvedSubject('蓝鲸云明年的资本开支预计将达到500亿元')).toBe(false);
  });
});

describe('namedOnlyInModifier', () => {
  it('tells a name that only describes another noun from one that acts', () => {
    expect(namedOnlyInModifier('由星海大学团队孵化的北辰智能在4月推出了视频模型', ['星海大学'])).toBe(true);
    expect(namedOnlyInModifier('这家源自星海大学的公司去年获得了融资', ['星海大学'])).toBe(true);
    expect(namedOnlyInModifier('星图推出新手机，主打专为星图助手打造的芯片', ['星图助手'])).toBe(true);
    expect(namedOnlyInModifier('星海大学发布了新的研究报告', ['星海大学'])).toBe(false);
    // Named once acting and once describing: it acts.
    expect(namedOnlyInModifier('星海大学宣布，由星海大学孵化的公司已上市', ['星海大学'])).toBe(false);
    // 由X…发布 without 的: X is the doer.
    expect(namedOnlyInModifier('该办法由数据局于7月发布', ['数据局'])).toBe(false);
    // 成为X的伙伴: X is what the subject becomes a partner of.
    expect(namedOnlyInModifier('北辰智能成为星海大学的合作伙伴', ['星海大学'])).toBe(false);
  });

  it('takes 以X闻名的Y as a modifier of Y, but not a word ending in 以', () => {
    expect(namedOnlyInModifier('以Nova闻名的星图今年3月宣布，其CEO辞去职务。', ['Nova'])).toBe(true);
    expect(namedOnlyInModifier('星图得以蓝鲸云的资金继续扩张。', ['蓝鲸云'])).toBe(false);
  });

  it('keeps the investor of a round named inside its modifier', () => {
    expect(namedOnlyInModifier('北辰智能完成了由远山资本领投的新一轮融资', ['远山资本'])).toBe(false);
    expect(namedOnlyInModifier('北辰智能获得来自远山资本的投资', ['远山资本'])).toBe(false);
  });

  it('has nothing to judge when the text does not name the entity', () => {
    expect(namedOnlyInModifier('星图…其营收增长了三倍', ['蓝鲸云'])).toBe(false);
  });
});

describe('namedAsEventOwner', () => {
  it('finds the entity only owning an event made the subject (X的成立，…; X的发布让…)', () => {
    expect(namedAsEventOwner('星图联盟的成立，或可让蓝鲸云在谈判中掌握更多话语权。', ['星图联盟'])).toBe(true);
    expect(namedAsEventOwner('「星图的胜出，反映出高端手机更具韧性。」', ['星图'])).toBe(true);
    expect(namedAsEventOwner('蓝鲸云新模型的发布让整个行业重新定价。', ['蓝鲸云'])).toBe(true);
  });

  it('leaves the owner of a metric, an event that is the object, and a name acting elsewhere', () => {
    expect(namedAsEventOwner('星图的用户规模已突破2亿。', ['星图'])).toBe(false);
    expect(namedAsEventOwner('市场期待星图新模型的发布。', ['星图'])).toBe(false);
    expect(namedAsEventOwner('星图的成立，让蓝鲸云感到压力，星图随后融资10亿元。', ['星图'])).toBe(false);
  });
});

describe('rankFor: what a card shows first', () => {
  const claim = (id: string, text: string): Claim => ({
    id,
    kind: 'launch',
    modality: 'fact',
    attribution: { kind: 'article', text: '' },
    text,
    sources: [{ articleId: id, paragraph: 0, start: 0, end: text.length, text }],
    entities: [{ id: 'x', role: 'agent' }],
    figures: [],
    dates: [],
    score: 3,
  });

  it('leaves out a view in the writer’s own voice, keeps a speaker’s view and a fact', () => {
    const writers = {
      ...claim('writers', '星辰科技此举可谓一步险棋。'),
      kind: 'opinion' as const,
      modality: 'opinion' as const,
      score: 9,
    };
    const speakers = {
      ...writers,
      id: 'speakers',
      text: '张明表示，星辰科技此举是一步险棋。',
      attribution: { kind: 'person' as const, text: '张明' },
    };
    const fact = claim('fact', '星辰科技推出了面向企业的助手。');
    expect(
      rankFor('x', [writers, speakers, fact], (c) => c.text)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['fact', 'speakers']);
  });

  it('leaves out a claim whose only naming of the entity owns an event made the subject', () => {
    const owner = claim('owner', '星辰科技的成立，或可让行业在监管谈判中掌握更多话语权。');
    expect(rankFor('x', [owner], (c) => c.text, ['星辰科技'])).toEqual([]);
  });

  it('leaves out a claim cut off before its end, however well it scores', () => {
    const cut = { ...claim('cut', '星辰科技推出了面向企业的'), score: 9 };
    const whole = claim('whole', '星辰科技推出了面向企业的助手。');
    expect(rankFor('x', [cut, whole], (c) => c.text).map((c) => c.id)).toEqual(['whole']);
  });

  it('leaves out a topic sentence unless a figure, a date or a counterpart pins it down', () => {
    const topic = { ...claim('topic', '星图则是另一种路径。'), kind: 'statement' as const };
    const withObject = {
      ...topic,
      id: 'object',
      entities: [
        { id: 'x', role: 'agent' as const },
        { id: 'y', role: 'object' as const },
      ],
    };
    expect(rankFor('x', [topic, withObject], (c) => c.text).map((c) => c.id)).toEqual(['object']);
    const relating = {
      ...claim('relating', '星图是蓝鲸云的子公司。'),
      kind: 'statement' as const,
      entities: [
        { id: 'x', role: 'agent' as const },
        { id: 'y', role: 'mentioned' as const },
      ],
    };
    expect(rankFor('x', [relating], (c) => c.text)).toEqual([relating]);
  });

  it('shows on a source’s card what it says or publishes, even with no other agent', () => {
    const said: Claim = {
      ...claim('said', '据分析师李明透露，星图手机的首周预购量约300万台。'),
      kind: 'figure',
      modality: 'reported',
      attribution: { kind: 'person', entityId: 'li', text: '李明' },
      entities: [
        { id: 'li', role: 'mentioned' },
        { id: 'x', role: 'agent' },
      ],
    };
    const data: Claim = {
      ...claim('data', '根据蓝鲸研究的数据，全球风投今年向视频模型投入了超过40亿美元。'),
      kind: 'figure',
      attribution: { kind: 'data', entityId: 'blue', text: '蓝鲸研究' },
      entities: [{ id: 'blue', role: 'mentioned' }],
    };
    expect(rankFor('li', [said, data], (c) => c.text).map((c) => c.id)).toEqual(['said']);
    expect(rankFor('blue', [said, data], (c) => c.text).map((c) => c.id)).toEqual(['data']);
    // Named in passing without saying it: not on the card.
    const passing = { ...said, attribution: { kind: 'article' as const, text: '' } };
    expect(rankFor('li', [passing], (c) => c.text)).toEqual([]);
  });

  it('does not take a name inside a modifier of the speaker as the one who speaks', () => {
    const said: Claim = {
      ...claim('said', '以Nova闻名的星图今年3月宣布，其CEO辞去职务。'),
      kind: 'event',
      attribution: { kind: 'organization', entityId: 'n', text: 'Nova' },
      entities: [
        { id: 'n', role: 'mentioned' },
        { id: 'x', role: 'agent' },
      ],
    };
    expect(rankFor('n', [said], (c) => c.text, ['Nova'])).toEqual([]);
    expect(
      rankFor('n', [{ ...said, text: 'Nova团队今年3月宣布，其负责人辞去职务。' }], (c) => c.text, ['Nova']),
    ).toHaveLength(1);
  });

  it('leaves a claim off the card of an entity named only inside a modifier of another noun', () => {
    const incubated: Claim = {
      ...claim('incubated', '由星海大学团队孵化的北辰智能在4月推出了视频模型'),
      entities: [
        { id: 'u', role: 'agent' },
        { id: 'x', role: 'agent' },
      ],
    };
    expect(rankFor('u', [incubated], (c) => c.text, ['星海大学'])).toEqual([]);
    expect(rankFor('x', [incubated], (c) => c.text, ['北辰智能'])).toEqual([incubated]);
  });

  it('leaves the extreme case of a statement about a class off its card', () => {
    const even = claim('even', '就连星图都在削减开支。');
    expect(rankFor('x', [even], (c) => c.text, ['星图'])).toEqual([]);
    expect(rankFor('x', [even], (c) => c.text, ['蓝鲸云'])).toEqual([even]);
  });

  it('gives an amount a bonus but not a duration', () => {
    const fig = (text: string, kind: 'money' | 'measure', unit: 'CNY' | 'seconds') => ({
      text,
      start: 0,
      end: text.length,
      value: 4,
      min: 4,
      max: 4,
      unit,
      approx: false,
      kind,
    });
    const plain = {
      ...claim('plain', '星辰科技上线了视频模型Nova。'),
      entities: [
        { id: 'x', role: 'agent' as const },
        { id: 'y', role: 'object' as const },
      ],
    };
    const money = { ...plain, figures: [fig('4亿元', 'money', 'CNY')] };
    const seconds = { ...plain, figures: [fig('4秒', 'measure', 'seconds')] };
    expect(baseScore(money)).toBe(baseScore(plain) + 2);
    expect(baseScore(seconds)).toBe(baseScore(plain));
  });

  it('puts facts above reports, and reports above forecasts and opinions', () => {
    const scored = (id: string, modality: Claim['modality']) => {
      const c = { ...claim(id, `星辰科技在春节期间上线了新版助手${id}`), modality };
      return { ...c, score: baseScore(c) };
    };
    const ranked = rankFor(
      'x',
      [scored('o', 'opinion'), scored('f', 'forecast'), scored('r', 'reported'), scored('t', 'fact')],
      (c) => c.text,
    );
    expect(ranked.map((c) => c.id).slice(0, 2)).toEqual(['t', 'r']);
  });

  it('puts a claim naming its subject before an equal one whose subject was resolved from a pronoun', () => {
    const resolved = claim('resolved', '星辰科技…其上线了视频助手。');
    const named = claim('named', '星辰科技在春节期间上线了新版翻译工具。');
    expect(rankFor('x', [resolved, named], (c) => c.text).map((c) => c.id)).toEqual(['named', 'resolved']);
  });
});

describe('an event an earlier sentence told, after a resolved subject', () => {
  it('does not read alone when the rest stands for that event (这是…, 此举…), but does for an entity (这家公司…)', () => {
    expect(readableAlone('北辰智能…这是该公司成立以来的第四轮融资。')).toBe(false);
    expect(readableAlone('北辰智能…这已不是这家公司第一次被传闻包围。')).toBe(false);
    expect(readableAlone('星图…此举一度引发行业的价格战。')).toBe(false);
    expect(readableAlone('北辰智能…这家公司去年累计获得超过25亿元融资。')).toBe(true);
    expect(readableAlone('北辰智能…此后却一路走低。')).toBe(true);
    // Without a resolved subject, 这是 frames a fact the rest states whole.
    expect(readableAlone('这已是北辰智能第三次注资星图。')).toBe(true);
  });
});
