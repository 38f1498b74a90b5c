/**
 * Who says so, and how: attribution after the fact, speakers named by a noun phrase that refers
 * back, data sources, denials. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('attribution after the fact', () => {
  it('takes a trailing unnamed source (…，知情人士称。) as the source of what it follows', () => {
    const [claim] = claimsOf('星辰科技正在洽谈新一轮融资，知情人士称。');
    expect(claim).toMatchObject({ kind: 'funding', modality: 'reported' });
    expect(claim?.attribution).toMatchObject({ kind: 'unnamed', text: '知情人士' });
  });

  it('makes a trailing source the source of every proposition of its sentence, not only the last', () => {
    const claims = claimsOf('星辰科技已停止Nova的训练，并解散了相关团队，一位接近该公司的人士称。');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.modality).toBe('reported');
      expect(claim.attribution.kind).toBe('unnamed');
    }
    // A proposition with its own source keeps it.
    const [own] = claimsOf('张明远表示，星辰科技已停止Nova的训练，云海集团也暂停了类似项目，知情人士称。');
    expect(own?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it('takes a trailing organization (…，X在一份声明中表示。) as the speaker', () => {
    const [claim] = claimsOf('蓝鲸智能已完成裁员，云海集团在一份声明中表示。');
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'globex' });
  });

  it('makes the subject the speaker of a later clause with no subject (X发布内部信，称“…”)', () => {
    const [claim] = claimsOf('星辰科技创始人张明远发布内部信，称“今年是AI搜索元年”。');
    // A view quoted is an opinion whoever holds it (tests/claims-eval/README.md, dev-2).
    expect(claim).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it('does not carry the subject’s own 称 over to the next proposition of the sentence', () => {
    const claims = claimsOf('张明远发布内部信，称“今年是AI搜索元年”，云海集团也在同一天宣布停止硬件业务。');
    const globex = claims.find((c) => roles(c).globex === 'agent');
    expect(globex?.attribution.entityId).not.toBe('zhang');
    expect(globex?.modality).toBe('fact');
  });

  it('gives an impersonal 预计 no speaker', () => {
    const [claim] = claimsOf('云海集团今年的营收为300亿元，预计明年将达到400亿元。');
    expect(claim?.attribution.entityId).toBeUndefined();
  });
});

describe('announcements', () => {
  it('takes "X宣布，…" and "X宣布完成融资" as X the source, with X still acting in the latter', () => {
    expect(claimsOf('星辰科技宣布，Nova将于下月免费开放。')[0]?.attribution).toMatchObject({
      kind: 'organization',
      entityId: 'acme',
    });
    const [acted] = claimsOf('星辰科技今天宣布完成10亿元B轮融资，由远山资本领投。');
    expect(acted?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    expect(acted).toMatchObject({ kind: 'funding', modality: 'fact' });
    expect(roles(acted).acme).toBe('object');
  });

  it('keeps time words out of the speaker as written (X此前曾表示)', () => {
    expect(claimsOf('星辰科技此前曾表示，不会参与价格战。')[0]?.attribution.text).toBe('星辰科技');
  });
});

describe('hearsay over two sentences', () => {
  it('carries 据报道 to a next sentence that adds to it about the same subject (X还…, 而其…更是…)', () => {
    const [, more] = claimsOf('据报道，星辰科技今年在AI上投入了800亿元。星辰科技还在海外部署了10万张GPU。');
    expect(more).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
    // (Hearsay wins over the forecast it passes on: the editors' majority, tests/claims-eval/README.md.)
    const [, next] = claimsOf('据报道，星辰科技今年在AI上投入了800亿元。而其明年的投入更是预计将达到1600亿元。');
    expect(next).toMatchObject({ kind: 'forecast', modality: 'reported', attribution: { kind: 'unnamed' } });
  });

  it('does not carry it to a sentence that does not add to it, or is about someone else', () => {
    const [, founded] = claimsOf('据报道，星辰科技今年在AI上投入了800亿元。星辰科技成立于2015年。');
    expect(founded).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
    const [, other] = claimsOf('据报道，星辰科技今年在AI上投入了800亿元。云海集团还发布了Orion。');
    expect(other?.attribution.kind).toBe('article');
  });

  it('ends the hedge at a response to it (…，对此X未予确认)', () => {
    const [rumour, response] = claimsOf('有消息称，Nova的排队人数一度达到数十万，对此星辰科技未予确认。');
    expect(rumour?.modality).toBe('reported');
    expect(response).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
  });

  it('keeps a reported plan and a reported estimate reported (kind forecast), a commentator’s estimate a forecast', () => {
    expect(claimsOf('据知情人士透露，星辰科技将于下月发布Nova。')[0]?.modality).toBe('reported');
    expect(claimsOf('据报道，星辰科技明年的营收预计将超过500亿元。')[0]).toMatchObject({
      kind: 'forecast',
      modality: 'reported',
    });
    expect(claimsOf('有分析师预计，星辰科技明年的营收将超过500亿元。')[0]?.modality).toBe('forecast');
  });
});

describe('documents and records as sources', () => {
  it('takes 据 + a document or a record (据公告, 据公开资料, 据X显示) as data stating a fact, not hearsay', () => {
    expect(claimsOf('据公告，云海集团已完成对蓝鲸智能的收购。')[0]).toMatchObject({
      modality: 'fact',
      attribution: { kind: 'data' },
    });
    expect(claimsOf('据公开资料，星辰科技成立于2015年。')[0]).toMatchObject({
      modality: 'fact',
      attribution: { kind: 'data' },
    });
    expect(claimsOf('据天眼查显示，云海集团持有蓝鲸智能15%的股份。')[0]).toMatchObject({
      modality: 'fact',
      attribution: { kind: 'data', text: '天眼查' },
    });
  });

  it('keeps a company telling its own figures in its filing (据X财报，其…) the agent', () => {
    const [claim] = claimsOf('据星辰科技财报，其二季度净利润为62亿元。');
    expect(claim).toMatchObject({ modality: 'fact', attribution: { kind: 'data' } });
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('takes 根据X的公告 as X speaking, in one claim with what it announces', () => {
    const claims = claimsOf('根据星辰科技发布的公告，Nova将于下月上线。');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ modality: 'forecast', attribution: { kind: 'organization', entityId: 'acme' } });
  });

  it('keeps 据了解 hearsay', () => {
    expect(claimsOf('据了解，星辰科技二季度净利润为62亿元。')[0]?.modality).toBe('reported');
  });
});

describe('management speaking', () => {
  it('takes 管理层 as the voice of the company named before', () => {
    const [, said] = claimsOf('星辰科技公布了二季度业绩。管理层在业绩会上表示，Nova已带动广告业务的点击率提升。');
    expect(said?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });
});

describe('a report that goes on', () => {
  it('gives "该报道指出", "报道称" the source of the report told before, as hearsay', () => {
    const [, more] = claimsOf('据彭博社报道，星辰科技计划裁员10%。该报道指出，星辰科技的营收已连续两个季度下滑。');
    expect(more).toMatchObject({ modality: 'reported', attribution: { kind: 'organization', text: '彭博社' } });
    const [, said] = claimsOf('据远山资本报道，星辰科技正在研发一款AI芯片。报道还称，云海集团已投资蓝鲸智能。');
    expect(said).toMatchObject({ modality: 'reported', attribution: { entityId: 'umbrella' } });
  });

  it('carries the report to "报道还称" opening the next paragraph', () => {
    const carry = { topic: null };
    claimsOf('据彭博社报道，星辰科技计划裁员10%。', '2024-03-15', carry);
    const [next] = claimsOf('报道还称，云海集团已投资蓝鲸智能。', '2024-03-15', carry);
    expect(next).toMatchObject({ modality: 'reported', attribution: { kind: 'organization', text: '彭博社' } });
  });

  it('keeps a report citing its own source (上述报道援引知情人士称) with that source', () => {
    const [, cited] = claimsOf('据彭博社报道，星辰科技计划裁员10%。上述报道援引知情人士称，云海集团也在考虑类似举措。');
    expect(cited).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed', text: '知情人士' } });
  });

  it('goes on with a medium’s report as with a hedge (X还…), and stops at another subject', () => {
    const [, more] = claimsOf('据彭博社报道，星辰科技今年在AI上投入了800亿元。星辰科技还在海外部署了10万张GPU。');
    expect(more).toMatchObject({ modality: 'reported', attribution: { text: '彭博社' } });
    const [, other] = claimsOf('据彭博社报道，星辰科技已完成新一轮融资。云海集团则在上周发布了Orion。');
    expect(other).toMatchObject({ modality: 'fact', attribution: { kind: 'article' } });
  });
});

describe('speakers that refer back', () => {
  it('resolves 这家公司表示 and 公司方面回应 to the company named before', () => {
    const [, said] = claimsOf('星辰科技上周发布了Nova。这家公司表示，Nova的下载量已超过1亿。');
    expect(said?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    const [, replied] = claimsOf('云海集团发布了Orion。公司方面回应称，Orion的月活已超过5000万。');
    expect(replied?.attribution).toMatchObject({ kind: 'organization', entityId: 'globex' });
  });

  it('resolves 该公司在声明中称 and a pronoun with adverbs (它随后表示)', () => {
    const [, stated] = claimsOf('蓝鲸智能推出了Orion。该公司在声明中称，Orion的月活已超过5000万。');
    expect(stated?.attribution).toMatchObject({ kind: 'organization', entityId: 'initech' });
    const [, later] = claimsOf('星辰科技发布了Nova。它随后表示，Nova的下载量已超过1亿。');
    expect(later?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });
});

describe('who a member of an organization speaks for', () => {
  it('takes a rank-and-file member (X员工, X用户) as an unnamed source', () => {
    const [claim] = claimsOf('云海集团员工称，公司正在裁员。');
    expect(claim?.attribution).toMatchObject({ kind: 'unnamed' });
    expect(claim?.modality).toBe('reported');
  });

  it('takes a titled person the gazetteer lacks as a person (X执行长王伟, X首席执行官李娜, 外交部发言人李娜)', () => {
    expect(claimsOf('云海集团执行长王伟在财报会议上表示，Orion已全面投产。')[0]?.attribution).toMatchObject({
      kind: 'person',
      text: '云海集团执行长王伟',
    });
    expect(claimsOf('云海集团首席执行官李娜在微博上宣布，Orion已全面投产。')[0]?.attribution.kind).toBe('person');
    expect(claimsOf('外交部发言人李娜13日在记者会上表示，星辰科技并未获得任何补贴。')[0]?.attribution).toMatchObject({
      kind: 'person',
      text: '外交部发言人李娜',
    });
  });

  it('keeps a named executive as the person', () => {
    const [claim] = claimsOf('云海集团CEO王海川表示，公司将在明年推出Orion。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'wang' });
  });
});

describe('denials and data sources', () => {
  it('attributes a denial to whoever denies', () => {
    const [claim] = claimsOf('云海集团否认了收购蓝鲸智能的传闻。');
    expect(claim).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'globex' });
    const [rebutted] = claimsOf('蓝鲸智能随即辟谣，称该消息不实。');
    expect(rebutted?.attribution).toMatchObject({ kind: 'organization', entityId: 'initech' });
  });

  it('takes what a medium reports (据X报道, X报道称) as reported, with X as the source', () => {
    expect(claimsOf('据远山资本报道，星辰科技已完成新一轮融资。')[0]).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'organization', entityId: 'umbrella' },
    });
    expect(claimsOf('远山资本报道称，星辰科技已完成新一轮融资。')[0]?.modality).toBe('reported');
  });

  it('reads a medium the gazetteer lacks as an organization, in either script (據彭博社報導)', () => {
    expect(claimsOf('據彭博社報導，星辰科技已完成新一輪融資。')[0]).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'organization', text: '彭博社' },
    });
  });

  it('takes X speaking in its own document (X在财报中披露) as X, not as data', () => {
    expect(claimsOf('星辰科技在财报中披露，Nova的付费用户超过200万。')[0]?.attribution).toMatchObject({
      kind: 'organization',
      entityId: 'acme',
    });
  });

  it('takes "X的数据显示" as data whatever words name X, and 另据X报导 as X reporting', () => {
    expect(claimsOf('市调机构Canalys的数据显示，星辰科技的份额已超过云海集团。')[0]?.attribution).toMatchObject({
      kind: 'data',
      text: '市调机构Canalys',
    });
    expect(claimsOf('另据远山资本报导，星辰科技已将Nova的出货目标上调20%。')[0]).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'organization', entityId: 'umbrella', text: '远山资本' },
    });
  });

  it('keeps what a denial answers (针对…的说法) with the denial, and its 称 with the denier', () => {
    const [denial, said] = claimsOf(
      '针对网传Nova的训练数据来自海外模型的说法，星辰科技相关负责人予以否认，称Nova“从框架到数据都是自研”。',
    );
    expect(denial).toMatchObject({ kind: 'denial', modality: 'denied', attribution: { entityId: 'acme' } });
    expect(denial?.text.startsWith('针对')).toBe(true);
    expect(said?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('takes 据X统计 and 根据X的数据 as data sources', () => {
    expect(claimsOf('据IDC统计，星辰科技的市场份额为12%。')[0]?.attribution).toMatchObject({
      kind: 'data',
      text: 'IDC',
    });
    expect(claimsOf('根据极光数据的数据，Nova的月活达到3000万。')[0]?.attribution).toMatchObject({
      kind: 'data',
      entityId: 'hooli',
    });
  });
});

describe('a rumour the market spreads', () => {
  it('takes 市场传出 / 外界盛传 as hearsay said by nobody named, about the content’s subject', () => {
    const [claim] = claimsOf('市场传出云海集团将收购蓝鲸智能。');
    expect(claim).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
    expect(roles(claim)).toEqual({ globex: 'agent', initech: 'object' });
    const [traditional] = claimsOf('市場一度傳出云海集团將從明年起對Orion收費。');
    expect(traditional).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed' } });
    expect(roles(traditional)).toMatchObject({ globex: 'agent' });
  });

  it('leaves 消息传出后 a time frame and a named company’s 传出 its own clause', () => {
    const [denial] = claimsOf('消息传出后，星辰科技急忙辟谣。');
    expect(denial).toMatchObject({ modality: 'denied', attribution: { kind: 'organization', entityId: 'acme' } });
    const [own] = claimsOf('星辰科技传出裁员消息后股价下跌。');
    expect(own!.attribution.kind).not.toBe('unnamed');
  });
});
