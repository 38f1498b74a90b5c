/**
 * Who acts on whom in sentences with several names, and clauses that complete a claim rather
 * than make one: investor clauses after a round, 由 naming the doer, 把/将 and 与 before a
 * counterpart, 获得X…投资, a when-clause's subject carried on, 前者/后者, a bare 公司, a verb
 * that takes a clause, and words jieba cuts (上/月, 这/款, 主导/b 了). Fictional sentences only
 * (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('investors complete the funding claim', () => {
  it('joins "Z跟投" to the round an investor led, keeping both investors as agents', () => {
    const claims = claimsOf('远山资本领投了蓝鲸智能的B轮融资，云海集团跟投。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ umbrella: 'agent', initech: 'object', globex: 'agent' });
    expect(claims[0]!.text).toBe('远山资本领投了蓝鲸智能的B轮融资，云海集团跟投。');
  });

  it('makes the company raising the object when a list of investors follows, as when one acts', () => {
    const claims = claimsOf('蓝鲸智能宣布完成新一轮融资，云海集团、远山资本和极光数据参投。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ initech: 'object', globex: 'listed', umbrella: 'listed', hooli: 'listed' });
    const more = claimsOf('蓝鲸智能宣布完成A轮融资，云海集团、远山资本、极光数据等科技巨头均有参投。');
    expect(more).toHaveLength(1);
    // A company named by a pronoun likewise.
    const [, pronoun] = claimsOf(
      '星辰科技发布了Nova。该公司去年完成3亿元A轮融资，云海集团、远山资本、极光数据等均有参投。',
    );
    expect(roles(pronoun)).toMatchObject({ acme: 'object', globex: 'listed' });
  });

  it('makes investors in an open list of two act (A、B等老股东跟投: two names are no enumeration)', () => {
    const [claim] = claimsOf('蓝鲸智能完成新一轮融资，由远山资本领投，云海集团、极光数据等老股东跟投。');
    expect(roles(claim)).toEqual({ initech: 'object', umbrella: 'agent', globex: 'agent', hooli: 'agent' });
  });

  it('counts names the gazetteer lacks in a list of investors', () => {
    // Two names, one unknown: the known one acts and the round joins the claim.
    const [two] = claimsOf('蓝鲸智能完成新一轮融资，由远山资本领投，青禾创投、云海集团跟投。');
    expect(two!.text).toBe('蓝鲸智能完成新一轮融资，由远山资本领投，青禾创投、云海集团跟投。');
    expect(roles(two)).toEqual({ initech: 'object', umbrella: 'agent', globex: 'agent' });
    // Three names, two unknown (one in Latin letters): an enumeration, so listed.
    const [three] = claimsOf('蓝鲸智能完成C轮融资，由远山资本领投，云海集团、Maple Ventures、青禾创投等跟投。');
    expect(roles(three)).toMatchObject({ umbrella: 'agent', globex: 'listed' });
    // A long Latin name is one name, however many letters.
    const [latin] = claimsOf('蓝鲸智能完成C轮融资，云海集团、Northwind Growth Partners、Bluewater Ventures等跟投。');
    expect(latin!.text).toContain('等跟投');
    expect(roles(latin)).toEqual({ initech: 'object', globex: 'listed' });
  });

  it("reads a name inside another's title in a list as no investor (前X执行长Y)", () => {
    const [claim] = claimsOf('蓝鲸智能完成新一轮融资，远山资本、青禾创投以及前云海集团总裁周立等跟投。');
    expect(roles(claim)).toMatchObject({ umbrella: 'listed' });
    expect(roles(claim)['globex']).not.toBe('listed');
  });

  it('keeps investors the gazetteer lacks in the list, so the round keeps its figure and date', () => {
    const claims = claimsOf(
      '去年8月，蓝鲸智能完成8亿元C轮融资，由Northwind Partners领投，云海集团、Blue Harbor、青松创投等跟投。',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('等跟投');
    expect(claims[0]!.figures.map((f) => f.text)).toEqual(['8亿元']);
    expect(claims[0]!.dates.map((d) => d.iso)).toEqual(['2023-08']);
    // Three investors enumerated, one of them known: it is listed.
    expect(roles(claims[0])).toEqual({ initech: 'object', globex: 'listed' });
    // A name of two long Latin words reads as one short name.
    const latin = claimsOf(
      '蓝鲸智能完成4亿元B轮融资，由远山资本领投，云海集团、Northwind Growth Partners、Blue Harbor Ventures等跟投。',
    );
    expect(latin).toHaveLength(1);
    // 英特尔 is a place name to jieba (ns); still a name in the list.
    const [placeTagged] = claimsOf(
      '蓝鲸智能完成3亿美元融资，估值达到20亿美元，云海集团、英特尔、AMD等科技公司悉数参投。',
    );
    expect(placeTagged!.text).toContain('悉数参投');
    expect(placeTagged!.figures.map((f) => f.text)).toEqual(['3亿美元', '达到20亿美元']);
    // A round with no figure of its own: the valuation after it is a figure claim about the company
    // that raised (topic chains, lib/claims/topic-chain.ts).
    const [open, valuation] = claimsOf(
      '蓝鲸智能完成新一轮融资，由远山资本领投，青松创投、极光数据等参投，投后估值约30亿元。',
    );
    // Two names (one unknown) are no enumeration: the known one acts.
    expect(roles(open)).toEqual({ initech: 'object', umbrella: 'agent', hooli: 'agent' });
    expect(open!.text).toContain('等参投');
    expect(roles(valuation)).toEqual({ initech: 'agent' });
    expect(valuation!.figures.map((f) => f.text)).toEqual(['约30亿元']);
  });

  it('reads a noun for the investors and who they are (投资方为Y, 本轮投资方包括A、B和C) as an investor clause', () => {
    const [one] = claimsOf('蓝鲸智能完成3亿元A轮融资，投资方为云海集团。');
    expect(roles(one)).toEqual({ initech: 'object', globex: 'agent' });
    const [three] = claimsOf('蓝鲸智能完成新一轮融资，本轮投资方包括云海集团、远山资本和极光数据。');
    expect(roles(three)).toEqual({ initech: 'object', globex: 'listed', umbrella: 'listed', hooli: 'listed' });
    const [open] = claimsOf('蓝鲸智能完成新一轮融资，投资方为云海集团和远山资本等机构。');
    expect(roles(open)).toEqual({ initech: 'object', globex: 'agent', umbrella: 'agent' });
  });

  it('reads "X的投资方包括A和B" as a funding claim with X the investee', () => {
    const [claim] = claimsOf('蓝鲸智能的投资方包括云海集团和远山资本。');
    expect(claim!.kind).toBe('funding');
    expect(roles(claim)).toEqual({ initech: 'object', globex: 'agent', umbrella: 'agent' });
    expect(roles(claimsOf('蓝鲸智能的投资者为远山资本。')[0])).toEqual({ initech: 'object', umbrella: 'agent' });
  });

  it('makes the givers in an open list the doers of 获得A、B等机构的投资', () => {
    const [claim] = claimsOf('极光数据去年获得远山资本、云海集团等机构的投资。');
    expect(roles(claim)).toEqual({ hooli: 'object', umbrella: 'agent', globex: 'agent' });
  });

  it('joins a sentence of investors to the funding claim before it', () => {
    const claims = claimsOf('蓝鲸智能上月完成5亿元B轮融资。远山资本领投，云海集团跟投。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ initech: 'object', umbrella: 'agent', globex: 'agent' });
    expect(claims[0]!.text).toBe('蓝鲸智能上月完成5亿元B轮融资。远山资本领投，云海集团跟投。');
  });

  it('leaves a sentence of investors alone after a claim that is not a funding', () => {
    const claims = claimsOf('蓝鲸智能上月发布了Orion。远山资本领投，云海集团跟投。');
    expect(roles(claims[0])).toEqual({ initech: 'agent', orion: 'object' });
  });

  it('gives an investment with only an amount the investee the sentence before named (X首度投资N元)', () => {
    const claims = claimsOf('这已是云海集团第二次注资蓝鲸智能。2021年，云海集团首度投资5亿元，并成为其云服务供应商。');
    const first = claims.find((c) => c.text.includes('首度投资'));
    expect(roles(first)).toEqual({ globex: 'agent', initech: 'object' });
  });

  it('leaves money put into a project, or after a launch, with no investee', () => {
    const [, project] = claimsOf('云海集团收购了星辰科技。云海集团随后投资5亿元建设数据中心。');
    expect(roles(project)).toEqual({ globex: 'agent' });
    const [, after] = claimsOf('星辰科技发布了Orion。云海集团随后投资了5亿元。');
    expect(roles(after)).toEqual({ globex: 'agent' });
  });

  it('makes every joined name after 获得/拿到 an investor, with or without 的', () => {
    const [both] = claimsOf('蓝鲸智能去年获得了云海集团和远山资本的投资。');
    expect(roles(both)).toEqual({ initech: 'object', globex: 'agent', umbrella: 'agent' });
    const [bare] = claimsOf('据统计，能同时拿到云海集团和远山资本投资的创业公司不过寥寥数家。');
    expect(roles(bare)).toEqual({ globex: 'agent', umbrella: 'agent' });
  });

  it('reads 获得X的投资 with the amount in place of 的 the same way', () => {
    const [claim] = claimsOf('去年11月，蓝鲸智能获得远山资本5亿元投资。');
    expect(roles(claim)).toMatchObject({ initech: 'object', umbrella: 'agent' });
    expect(claim!.kind).toBe('funding');
  });
});

describe('counterparts', () => {
  it('makes the name after 由 the doer and the subject what it did (由X创立)', () => {
    const [claim] = claimsOf('蓝鲸智能成立于2018年，由张明远创立，总部位于深圳。');
    expect(roles(claim)).toEqual({ initech: 'object', zhang: 'agent' });
  });

  it('reads a former title leading the doer after 由 the same way (由前X联席CEO李明出任)', () => {
    const [claim] = claimsOf('根据新协议，蓝鲸智能新董事会将由前云海集团联席CEO李明出任主席。');
    expect(roles(claim)).toMatchObject({ initech: 'object' });
  });

  it('makes the name after 将 or 把 the object (disposal)', () => {
    expect(roles(claimsOf('云海集团将蓝鲸智能收入囊中。')[0])).toEqual({ globex: 'agent', initech: 'object' });
    expect(roles(claimsOf('星辰科技把Nova接入了模型广场。')[0])).toMatchObject({ acme: 'agent', nova: 'object' });
  });

  it('reads 与 before a verb of joint action as the counterpart', () => {
    const [claim] = claimsOf('星辰科技与云海集团达成战略合作。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object' });
    expect(roles(claimsOf('蓝鲸智能和极光数据签署了合作协议。')[0])).toEqual({ initech: 'agent', hooli: 'object' });
  });

  it("reads it so past a phrase of place, and with the joint act as the light verb's object (达成和解)", () => {
    const [signed] = claimsOf('极光数据与蓝鲸智能在深圳签署了数据共享协议。');
    expect(roles(signed)).toEqual({ hooli: 'agent', initech: 'object' });
    expect(roles(claimsOf('蓝鲸智能跟远山资本在东南亚市场展开竞争。')[0])).toEqual({
      initech: 'agent',
      umbrella: 'object',
    });
    expect(roles(claimsOf('极光数据同云海集团最终达成和解。')[0])).toEqual({ hooli: 'agent', globex: 'object' });
    // An adverb of acting together after the place still makes them one subject.
    const [both] = claimsOf('极光数据与蓝鲸智能在深圳都开设了研发中心。');
    expect(roles(both)).toEqual({ hooli: 'agent', initech: 'agent' });
  });

  it('keeps two names joined by 与 one subject when an adverb makes them act together', () => {
    const [claim] = claimsOf('星辰科技与云海集团都在加快开源大模型。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
    expect(roles(claimsOf('蓝鲸智能和极光数据共同签署了合作协议。')[0])).toEqual({ initech: 'agent', hooli: 'agent' });
  });
});

describe('subjects carried over', () => {
  it("gives a clause that opens on its verb the when-clause's subject", () => {
    const [claim] = claimsOf('张明远加入星辰科技后，主导了Nova的研发。');
    expect(roles(claim)).toMatchObject({ zhang: 'agent', nova: 'object', acme: 'mentioned' });
  });

  it('carries a product subject over an adverb (X上线后，迅速成为…)', () => {
    const [claim] = claimsOf('Orion上线后，迅速成为模型广场上最受欢迎的模型。');
    expect(roles(claim).orion).toBe('agent');
  });

  it('does not carry it into an existential clause, which brings its own subject', () => {
    const [claim] = claimsOf('Nova发布之前，也有许多团队在做类似的模型，但都没有开源。');
    expect(roles(claim).nova ?? 'mentioned').toBe('mentioned');
  });

  it('resolves 前者 and 后者 to the first and the second of the last two names', () => {
    const paragraph = '蓝鲸智能与星辰科技都在开发大模型。前者已推出Orion，后者则押注Nova。';
    expect(roles(withText(paragraph, '前者'))).toEqual({ initech: 'agent', orion: 'object' });
    expect(roles(withText(paragraph, '后者'))).toEqual({ acme: 'agent', nova: 'object' });
    const latter = withText('云海集团收购了蓝鲸智能。后者随后宣布裁员200人。', '后者');
    expect(roles(latter)).toEqual({ initech: 'agent' });
    expect(latter!.text).toBe('蓝鲸智能…后者随后宣布裁员200人。');
  });

  it('resolves a bare 公司 opening a clause to the company named before, not the speaker', () => {
    const [claim] = claimsOf('星辰科技CEO张明远昨日宣布，公司将在三个月内开源Nova。');
    expect(roles(claim)).toEqual({ acme: 'agent', zhang: 'mentioned', nova: 'object' });
  });

  it('keeps a clause after a verb that takes a clause in the same claim', () => {
    const claims = claimsOf('云海集团今天宣布，Orion将免费开放给所有开发者。');
    expect(claims).toHaveLength(1);
    // A company announcing what it does with a model acts on it (宣布 is an act).
    expect(roles(claims[0])).toEqual({ globex: 'agent', orion: 'object' });
  });

  it("leaves the content's subject the agent under 表示, under a person announcing, and for another company", () => {
    expect(roles(claimsOf('星辰科技表示，Nova的下载量已超过1亿次。')[0])).toEqual({ acme: 'mentioned', nova: 'agent' });
    expect(roles(claimsOf('张明远宣布，Nova将于下月上线。')[0])).toMatchObject({ nova: 'agent' });
    expect(roles(claimsOf('星辰科技宣布，云海集团将于下月加入联盟。')[0])).toMatchObject({ globex: 'agent' });
  });
});

describe('pronouns for counterparts and pairs', () => {
  it('makes 两者, 双方 and 这两家公司 both of the last two names, named before the claim', () => {
    // (A tie between them, 两者的合作, is the first's with the second as counterpart, as in
    // A与B合作: tests/claims-eval/README.md, 与X合作 → X object.)
    const claim = withText('远山资本去年向蓝鲸智能注资10亿元。两者的合作被视为行业的标杆。', '两者');
    expect(roles(claim)).toEqual({ umbrella: 'agent', initech: 'object' });
    expect(claim!.text).toBe('远山资本、蓝鲸智能…两者的合作被视为行业的标杆。');
    const partners = withText('星辰科技与云海集团签署了合作协议。双方将共同开发Orion。', '双方');
    expect(roles(partners)).toEqual({ acme: 'agent', globex: 'agent', orion: 'object' });
    const companies = withText('星辰科技和云海集团上月先后发布了大模型。这两家公司都计划在年内开源。', '两家');
    expect(roles(companies)).toEqual({ acme: 'agent', globex: 'agent' });
  });

  it('reads "其最大的外部股东是X" as X holding the tie, the pronoun naming its counterpart', () => {
    // (As in "X是其股东": the holder acts, the one the tie is to is the object.)
    const holder = withText('蓝鲸智能本月完成了B轮融资。其最大的外部股东是远山资本。', '股东');
    expect(roles(holder)).toEqual({ umbrella: 'agent', initech: 'object' });
    const client = withText('云海集团上周发布了Orion。该公司最大的客户是星辰科技。', '客户');
    expect(roles(client)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('takes for 双方 the two parties, not a product named between them', () => {
    // (双方 are parties to a deal or a talk — companies, bodies or people — never what they trade.)
    const silent = withText('据知情人士透露，星辰科技曾向云海集团订购一批Nova芯片。双方均未回应置评请求。', '双方');
    expect(roles(silent)).toEqual({ acme: 'agent', globex: 'agent' });
  });

  it('resolves a pronoun after a counterpart preposition (向其, 与它) to the last subject', () => {
    const claim = withText('蓝鲸智能去年发布了Orion。远山资本随后向其注资5亿元。', '向其');
    expect(roles(claim)).toEqual({ umbrella: 'agent', initech: 'object' });
    expect(claim!.text.startsWith('蓝鲸智能…')).toBe(true);
    expect(roles(withText('星辰科技推出了Nova。云海集团与它达成了合作。', '与它'))).toEqual({
      globex: 'agent',
      acme: 'object',
    });
  });

  it('resolves a pronoun a verb acts on (要求其, 获其注资) to the last subject', () => {
    const asked = withText('云海集团上月被罚款。星辰科技也已要求其提供合规信息。', '要求其');
    expect(roles(asked)).toEqual({ acme: 'agent', globex: 'object' });
    // After a verb of receiving a grant, the giver acts (as in 获得X的投资).
    const granted = withText(
      '远山资本是行业最大的投资方之一。蓝鲸智能、极光数据、星辰科技等新创都曾获其注资。',
      '获其',
    );
    expect(roles(granted)).toMatchObject({ umbrella: 'agent', initech: 'listed' });
  });

  it('leaves a pronoun a verb does not act on: the subject of a clause it takes, a construal, quoted words', () => {
    const said = withText('云海集团发布了Orion。星辰科技并称其综合性能已超过Orion。', '并称其');
    expect(roles(said).globex).toBeUndefined();
    const construed = withText('蓝鲸智能发布了Orion。外界常把它视为Nova最有力的对手。', '把它');
    expect(roles(construed).initech).toBeUndefined();
    const quoted = withText(
      '云海集团发布了Orion。星辰科技的分析师直言，「这是一款平庸的产品，买它只是因为别无选择」。',
      '买它',
    );
    expect(roles(quoted)).toEqual({ acme: 'agent' });
  });

  it("reads jieba's 与其 before a verb as 与 + 其", () => {
    const claim = withText('Nova在多项测试中领先。国内模型确实与其存在差距，仍在追赶。', '与其');
    expect(roles(claim)).toEqual({ nova: 'object' });
  });
});

describe('a product brought out by its owner', () => {
  it('makes the owner named before a product the agent of bringing it out (X的Y…推出后)', () => {
    const [claim] = claimsOf('星辰科技的多模态模型Nova，在春节期间推出后迅速走红。');
    expect(roles(claim)).toEqual({ acme: 'agent', nova: 'object' });
    expect(roles(claimsOf('云海集团的Orion正式上线，首日用户突破百万。')[0])).toEqual({
      globex: 'agent',
      orion: 'object',
    });
  });

  it('keeps the product the agent when the bringing-out verb has an object of its own', () => {
    expect(roles(claimsOf('星辰科技的Nova已开源多款模型。')[0])).toMatchObject({ nova: 'agent' });
    expect(roles(claimsOf('云海集团的Orion发布了新版本，速度提升一倍。')[0])).toMatchObject({ orion: 'agent' });
    // A duration after the verb counts how long; the product is still what was brought out.
    expect(roles(claimsOf('云海集团的Orion上线3天，用户突破百万。')[0])).toMatchObject({
      globex: 'agent',
      orion: 'object',
    });
  });

  it('keeps the product the agent of any other verb', () => {
    const [claim] = claimsOf('星辰科技的Nova已经登顶开源模型榜单。');
    expect(roles(claim)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
  });
});

describe('subjects in long noun phrases', () => {
  it('ends a prepositional phrase inside a modifier at its 的 (在…被视为标杆的X)', () => {
    const [claim] = claimsOf('在去年同一时间还被视为标杆的Nova，而今已几乎不再被提起。');
    expect(roles(claim)).toEqual({ nova: 'agent' });
  });

  it('keeps a possessive inside a prepositional phrase there (与X的Y)', () => {
    const [claim] = claimsOf('云海集团推出Orion，是为了与星辰科技的Nova竞争。');
    expect(roles(claim)).toMatchObject({ globex: 'agent', orion: 'object' });
    expect(roles(claim).nova).not.toBe('agent');
  });

  it('does not make the owner of people in the plural the subject (X的友商们)', () => {
    const [claim] = claimsOf('云海集团的友商们也并不急于推出同类产品。');
    expect(roles(claim).globex).toBe('mentioned');
  });

  it('lists a subject enumerated over several clauses (A、B、C，以及D，都…)', () => {
    const [claim] = claimsOf('星辰科技、云海集团、蓝鲸智能，以及极光数据，都已加入该联盟。');
    expect(roles(claim)).toEqual({ acme: 'listed', globex: 'listed', initech: 'listed', hooli: 'listed' });
  });

  it('resolves 该计划 to a policy named before, and not to a company', () => {
    const claim = withText('《数据行动计划》由云海集团牵头起草。星辰科技表示，该计划将加快行业发展。', '该计划');
    expect(roles(claim).plan).toBe('agent');
    expect(roles(claim).globex).toBeUndefined();
  });
});

describe('frames before the subject', () => {
  it('keeps a leading 面对X / 作为Y / 拿Z来说 frame in the claim, its names only mentioned', () => {
    const facing = claimsOf('面对云海集团的竞争，星辰科技选择了降价。')[0];
    expect(facing!.text).toBe('面对云海集团的竞争，星辰科技选择了降价。');
    // (Session 12: the rival whose pressure is faced is the counterpart, as dev-2 and dev-10 annotate
    // 面临X的竞争 and 面对X的进攻; roles.ts confrontedRival.)
    expect(roles(facing)).toEqual({ globex: 'object', acme: 'agent' });
    const as = claimsOf('作为Orion的开发者，蓝鲸智能在开源社区颇具影响力。')[0];
    expect(roles(as)).toEqual({ orion: 'mentioned', initech: 'agent' });
    const taking = claimsOf('拿星辰科技来说，经过一年的发展，Nova已经不再是唯一的选择。')[0];
    expect(roles(taking)).toEqual({ acme: 'mentioned', nova: 'agent' });
  });

  it('reads a name before a verb-modified ranking noun as a modifier (X开源模型榜首)', () => {
    const [claim] = claimsOf('Orion上线当天就登上了模型广场开源模型榜首。');
    expect(roles(claim)).toEqual({ orion: 'agent', hub: 'mentioned' });
  });

  it('makes B the counterpart in "A与B的差距"', () => {
    const [claim] = claimsOf('Nova与Orion的差距正在缩小。');
    expect(roles(claim)).toEqual({ nova: 'agent', orion: 'object' });
  });

  it('makes the head the standard of a comparison, not its owner (仅次于X的Y)', () => {
    const [claim] = claimsOf('Nova在同类产品中排名第二，仅次于星辰科技的Orion。');
    expect(roles(claim)).toEqual({ nova: 'agent', orion: 'object', acme: 'mentioned' });
  });

  it('reads "A与B之间的差距" the same way', () => {
    const [claim] = claimsOf('与一年前相比，星辰科技与云海集团之间的差距拉大了约1000万台。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('reads 与X合作 opening a clause as the counterpart of the zero subject, not a new subject', () => {
    // (并与X合作 is a second act of its own, cut with the subject carried: claims-cuts-s11.test.ts.)
    const joined = claimsOf('星辰科技10日发布了Nova，并与云海集团合作，让Orion在必要时回答问题。').find((c) =>
      c.text.includes('合作'),
    );
    expect(joined?.text).toMatch(/^星辰科技…并与云海集团合作/);
    expect(roles(joined)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [, next] = claimsOf('星辰科技10日发布了Nova。并与云海集团合作，让Orion在必要时回答问题。');
    expect(roles(next)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('short propositions', () => {
  it('reads a negated speech verb ending its clause as a proposition (X则未回应)', () => {
    const claims = claimsOf('对此，云海集团方面不予置评，蓝鲸智能则未回应。');
    expect(claims.map(roles)).toEqual([{ globex: 'agent' }, { initech: 'agent' }]);
    expect(roles(claimsOf('对此，星辰科技并未回应。')[0])).toEqual({ acme: 'agent' });
  });

  it('keeps a clause opening on a verb before a name with the claim before it (…，挑战X的地位)', () => {
    const claims = claimsOf('据媒体报道，云海集团计划在年底前推出新版Orion，挑战星辰科技在国内市场的领先地位。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toMatchObject({ globex: 'agent', orion: 'object', acme: 'object' });
  });

  it('reads a verbal noun before a name as its verb (投资X)', () => {
    const [claim] = claimsOf('2019年，云海集团首度投资蓝鲸智能10亿元。');
    expect(roles(claim)).toEqual({ globex: 'agent', initech: 'object' });
  });
});

describe('propositions within one sentence', () => {
  it('starts a new claim about the same subject after a semicolon', () => {
    const claims = claimsOf('2019年，云海集团首度投资蓝鲸智能10亿元；2021年再度追加投资，金额未公开。');
    expect(claims).toHaveLength(2);
    expect(roles(claims[0])).toEqual({ globex: 'agent', initech: 'object' });
    // (追加投资 with its investee unsaid: the company invested in before, as gold annotates it.)
    expect(roles(claims[1])).toEqual({ globex: 'agent', initech: 'object' });
    expect(claims[1]!.text).toBe('云海集团…2021年再度追加投资，金额未公开。');
  });

  it('starts a new claim about the same subject where the sentence turns (但, 却)', () => {
    const claims = claimsOf('2023年，星辰科技全年营收113亿元，首次实现年度盈利，但增长已明显放缓。');
    expect(claims.map((c) => c.text)).toEqual([
      '2023年，星辰科技全年营收113亿元，首次实现年度盈利',
      '星辰科技…但增长已明显放缓。',
    ]);
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
    const later = claimsOf('2021年，蓝鲸智能在港交所上市，首日股价大涨逾160%，此后却一路走低。');
    expect(later.map(roles)).toEqual([{ initech: 'agent' }, { initech: 'agent' }]);
  });

  it('keeps a concession and its turn one claim (虽然…但…)', () => {
    const claims = claimsOf('虽然星辰科技的营收增长很快，但Nova的用户留存仍不理想。');
    expect(claims).toHaveLength(1);
  });

  it('keeps a semicolon list under one source whole', () => {
    const claims = claimsOf('极光数据的调研显示，Nova的活跃率偏低，均在20%以下；留存率在50%以下。');
    expect(claims).toHaveLength(1);
  });
});

describe('demonstratives after a when-frame', () => {
  it('finds the subject after a when-frame inside the clause (交易完成后这家公司…)', () => {
    const claim = withText('蓝鲸智能上月完成融资。交易完成后这家公司估值约25亿美元，跻身行业前五。', '交易完成后');
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it("takes the sentence's own topic for 这家公司, not the investor named last", () => {
    const claim = withText(
      '上月，蓝鲸智能完成新一轮融资，由远山资本领投，交易完成后这家公司估值约25亿美元。',
      '这家公司',
    );
    expect(roles(claim).initech).toBe('agent');
    expect(roles(claim).umbrella).toBeUndefined();
  });
});

describe('who undergoes, and whose people act', () => {
  it('keeps a name after 将 from being the subject (A将B列入…)', () => {
    const [claim] = claimsOf('2019年起，美国商务部将蓝鲸智能列入实体清单。');
    expect(roles(claim)).toEqual({ initech: 'object' });
  });

  it('makes the subject of what something is read as the agent (被解读为X…)', () => {
    const [claim] = claimsOf('这一表态一度被外界解读为云海集团“不战而胜”。');
    expect(roles(claim)).toEqual({ globex: 'agent' });
    const launched = claimsOf('星辰科技抢先推出被外界称为“国产Orion”的Nova。')[0];
    expect(roles(launched)).toMatchObject({ acme: 'agent', nova: 'object' });
  });

  it('does not make X the actor when its people act (X的投资人), but does for its figures', () => {
    expect(roles(claimsOf('有消息称，星辰科技的投资人曾向董事会施压。')[0]).acme).toBe('mentioned');
    expect(roles(claimsOf('蓝鲸智能的用户规模已达到4500万。')[0]).initech).toBe('agent');
  });
});

describe('frames of topic and concession', () => {
  it('makes X in 对于X而言 the subject of a clause with none', () => {
    const [claim] = claimsOf('对于蓝鲸智能而言，比参数规模更重要的，是能否率先找到可持续的商业模式。');
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it('reads 从X看 and 对于…的说法 as frames whose names are only mentioned', () => {
    expect(roles(claimsOf('从云海集团的财报看，蓝鲸智能的增长确实乏力。')[0])).toEqual({
      globex: 'mentioned',
      initech: 'agent',
    });
    const denial = claimsOf('对于网传Orion调用了海外代码的说法，蓝鲸智能方面回应称“并非事实”。')[0];
    expect(roles(denial)).toEqual({ orion: 'mentioned', initech: 'agent' });
  });

  it('reads 不论… as a concession and 对方 as the other party, not the agent', () => {
    const [claim] = claimsOf('张明远强调，不论王海川最终去哪里，星辰科技都会继续与对方合作。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', wang: 'object' });
  });

  it('gives a gap between two (二者仍有差距) to the first, measured against the second', () => {
    const claim = withText('Orion与Nova都已上线。不过多位试用者指出，在复杂场景中，二者仍有差距。', '二者');
    expect(roles(claim)).toEqual({ orion: 'agent', nova: 'object' });
  });

  it('takes for 两者/二者 the last two names of one kind: two products, not a maker and its product', () => {
    const products = withText('星辰科技上月发布了Nova，云海集团本周推出了Orion。两者的差距正在缩小。', '两者');
    expect(roles(products)).toEqual({ nova: 'agent', orion: 'object' });
    expect(products!.text.startsWith('Nova、Orion…')).toBe(true);
    // With one thing only, the pair is the two parties named with it.
    const parties = withText('远山资本与蓝鲸智能联合开发了Orion。二者此前已有多年合作。', '二者');
    expect(Object.keys(roles(parties)).sort()).toEqual(['initech', 'umbrella']);
  });
});

describe('silence, founders and continued subjects', () => {
  it('reads a negated speech verb as no source at all (X并未透露确切金额)', () => {
    const [claim] = claimsOf('星辰科技并未透露确切金额，但据媒体报道，这笔投资总额可能高达10亿元。');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.attribution.kind).toBe('article');
  });

  it('makes the subject the object when 由 names a doer the gazetteer lacks', () => {
    const [claim] = claimsOf('极光数据由杨明于2023年3月创立。');
    expect(roles(claim)).toEqual({ hooli: 'object' });
  });

  it('continues the last subject past a leading time (过去一年更…)', () => {
    const claim = withText('星辰科技的股价今年上涨了80%。过去一年更翻了两倍。', '过去一年');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.text).toBe('星辰科技…过去一年更翻了两倍。');
  });
});

describe('lists with names the gazetteer lacks', () => {
  it('counts unknown names in an enumeration (A、B、Meta、亚马逊等)', () => {
    const [claim] = claimsOf('星辰科技、云海集团、Meta、亚马逊等云端大厂今年的资本支出将超过2000亿美元。');
    expect(roles(claim)).toEqual({ acme: 'listed', globex: 'listed' });
  });

  it('counts unknown names, bodies tagged as nouns among them, that open the list (联合教育部、A、B等)', () => {
    const paragraph = '数据行动计划正式实施。该计划由云海集团联合教育部、远山资本、极光数据等七家机构于7月发布。';
    expect(roles(withText(paragraph, '教育部'))).toEqual({
      globex: 'agent',
      umbrella: 'listed',
      hooli: 'listed',
      plan: 'object',
    });
  });

  it('does not count a common noun opening a list (高校、A等)', () => {
    const claim = withText('数据行动计划正式实施。该计划由云海集团联合高校、远山资本等机构于7月发布。', '高校');
    expect(roles(claim)).toMatchObject({ globex: 'agent', umbrella: 'object' });
  });

  it('keeps two names alone the agents', () => {
    const [claim] = claimsOf('星辰科技和云海集团今年的资本支出将超过2000亿元。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
  });
});

describe('speakers and quotations', () => {
  it('finds the speaker before an occasion frame (X董事会在博客中称，…)', () => {
    const [claim] = claimsOf('星辰科技董事会在博客中称，张明远始终不够坦诚。');
    expect(claimsOf('星辰科技董事会在博客中称，张明远始终不够坦诚。')).toHaveLength(1);
    expect(roles(claim).zhang).toBe('agent');
  });

  it('lets the names of a quoted sentence opening the sentence act in it', () => {
    const claims = claimsOf('“Nova的综合能力与Orion相比已经毫不逊色。”张明远在演讲中说。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toMatchObject({ nova: 'agent', orion: 'object' });
    expect(claims[0]!.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it('keeps a quoted phrase a term, not a sentence', () => {
    const [claim] = claimsOf('“中国有没有自己的Nova”已经不再成为问题。');
    expect(roles(claim).nova).toBe('mentioned');
  });
});

describe('a product brought out by the company before it', () => {
  it('makes the company the sentence before was about the maker of "去年推出的Y"', () => {
    const claim = withText('蓝鲸智能由杨明于2023年创立。去年10月推出的Orion主打长文本。', '推出的Orion');
    expect(roles(claim)).toEqual({ initech: 'agent', orion: 'object' });
    expect(claim!.text.startsWith('蓝鲸智能…')).toBe(true);
  });

  it('does so within one sentence, and not when the relative clause names its maker', () => {
    const same = withText('蓝鲸智能由杨明于2023年创立，去年10月推出的Orion主打长文本。', '推出的Orion');
    expect(roles(same)).toEqual({ initech: 'agent', orion: 'object' });
    const named = withText('蓝鲸智能由杨明于2023年创立。星辰科技去年推出的Nova主打长文本。', 'Nova');
    expect(roles(named).initech).toBeUndefined();
  });
});

describe('subjects the gazetteer lacks', () => {
  it('starts a new claim at a clause led by a person jieba knows but the gazetteer does not', () => {
    const claims = claimsOf('星辰科技发布了Nova，马化腾随后加入了云海集团。');
    expect(claims.map(roles)).toEqual([{ acme: 'agent', nova: 'object' }, { globex: 'object' }]);
  });
});

describe('names that describe', () => {
  it('reads X等级 as a grade, not X', () => {
    const [claim] = claimsOf('星辰科技首次让免费用户也能用上Nova等级的模型。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
  });

  it('keeps a name modifying the object of a preposition a description (给所有X使用者)', () => {
    const [claim] = claimsOf('星辰科技将把新模型免费开放给所有Orion使用者。');
    expect(roles(claim).orion).toBe('mentioned');
  });
});

describe('moves of office', () => {
  it('makes the organization a titled person leaves or gives up a post in the object', () => {
    const [left] = claimsOf('就在发布会次日，蓝鲸智能联合创始人、首席科学家李明宣布离开公司。');
    expect(roles(left)).toEqual({ initech: 'object' });
    const [stepped] = claimsOf('9月10日，李明卸任蓝鲸智能董事会主席和CEO，由王伟接任。');
    expect(roles(stepped)).toEqual({ initech: 'object' });
  });

  it('reads X共同创办人 as a member of X: X is left, and the announcer who hires acts', () => {
    const [claim] = claimsOf('远山资本昨日宣布，极光数据共同创办人刘强将加入远山资本，负责早期投资。');
    expect(roles(claim)).toEqual({ umbrella: 'agent', hooli: 'object' });
  });

  it('makes the organization a preposition names in a move of office the object (在X任职, 从X跳槽至Y)', () => {
    expect(roles(claimsOf('王海川此前曾在蓝鲸智能任职五年。')[0])).toEqual({ wang: 'agent', initech: 'object' });
    const [moved] = claimsOf('王海川上月从极光数据跳槽至云海集团。');
    expect(roles(moved)).toEqual({ wang: 'agent', hooli: 'object', globex: 'object' });
  });

  it('reads the gap between two with what it is in between them (A与B的营收差距)', () => {
    const [gap] = claimsOf('蓝鲸智能与极光数据的营收差距正在缩小。');
    expect(roles(gap)).toEqual({ initech: 'agent', hooli: 'object' });
  });

  it('keeps an organization that itself joins the agent', () => {
    expect(roles(claimsOf('蓝鲸智能宣布加入数据联盟。')[0])).toEqual({ initech: 'agent' });
  });
});

describe('这是公司首次…', () => {
  it('reads a bare 公司 right after a demonstrative copula as the organization named before', () => {
    const claim = withText('蓝鲸智能技术长张明远在直播中指出，这是公司首次让免费用户用上Orion。', '首次');
    expect(roles(claim)).toMatchObject({ initech: 'agent', orion: 'object' });
    const after = withText('蓝鲸智能发布了Nova。这是公司首次让免费用户用上Orion。', '首次');
    expect(roles(after)).toMatchObject({ initech: 'agent', orion: 'object' });
  });
});

describe('a product line (X系列) is the product', () => {
  it('makes X系列 the subject of a figure about it, also after a speaker', () => {
    expect(roles(claimsOf('Nova系列今年的出货量约300万台。')[0])).toEqual({ nova: 'agent' });
    expect(roles(claimsOf('张明远指出，Nova系列今年的出货量约300万台。')[0])).toMatchObject({ nova: 'agent' });
  });

  it('still reads X系 as a type (清华系公司)', () => {
    const [claim] = claimsOf('云海集团投资了多家星辰科技系公司。');
    expect(roles(claim)).toMatchObject({ globex: 'agent', acme: 'mentioned' });
  });
});

describe('a subject that undergoes (被, 由)', () => {
  it('makes a pronoun subject before 被 the object, whoever does it', () => {
    const claims = claimsOf('张明远上周离开了蓝鲸智能。距离他被前董事会突然解雇，仅过去了不到五天。');
    expect(roles(withText('张明远上周离开了蓝鲸智能。距离他被前董事会突然解雇，仅过去了不到五天。', '解雇'))).toEqual({
      zhang: 'object',
    });
    expect(claims).toHaveLength(2);
  });

  it('makes a demonstrative subject before 由 the object and the doer after it the agent', () => {
    const claim = withText('数据行动计划正式实施。该计划由云海集团联合多部门于7月发布。', '由云海集团');
    expect(roles(claim)).toEqual({ globex: 'agent', plan: 'object' });
  });

  it('keeps a subject read as something (被视为) its agent', () => {
    const claim = withText('数据行动计划正式实施。该计划被业内视为最早的专门规则之一。', '视为');
    expect(roles(claim)).toEqual({ plan: 'agent' });
  });
});

describe('a name that says whose or what kind the object is', () => {
  it('mentions a company named right before the common noun a verb acts on (失去了X GMS服务)', () => {
    const [claim] = claimsOf('蓝鲸智能先后失去了星辰科技GMS服务和高端芯片的供应。');
    expect(roles(claim)).toEqual({ initech: 'agent', acme: 'mentioned' });
  });

  it('mentions a product named as an example of a kind (获取了X等芯片)', () => {
    expect(roles(claimsOf('云海集团去年获取了Orion等芯片。')[0])).toEqual({ globex: 'agent', orion: 'mentioned' });
  });

  it('keeps the company itself, its standing and what 的 makes about it as the object', () => {
    expect(roles(claimsOf('云海集团收购了蓝鲸智能公司。')[0])).toEqual({ globex: 'agent', initech: 'object' });
    expect(roles(claimsOf('云海集团试图挑战星辰科技地位。')[0])).toEqual({ globex: 'agent', acme: 'object' });
    const [about] = claimsOf('蓝鲸智能注意到不少有关星辰科技手机的安全事件。');
    expect(roles(about)).toEqual({ initech: 'agent', acme: 'object' });
  });
});

describe('words jieba cuts', () => {
  it('reads 上月 after a name as a time, not a place (X上)', () => {
    const [claim] = claimsOf('极光数据上月完成了新一轮融资。');
    expect(roles(claim)).toEqual({ hooli: 'agent' });
  });

  it('reads 这款 + noun as a demonstrative phrase for the model named before', () => {
    const claim = withText('云海集团发布了Orion。这款模型支持更长的上下文。', '这款模型');
    expect(roles(claim)).toEqual({ orion: 'agent' });
    expect(claim!.text).toBe('Orion…这款模型支持更长的上下文。');
  });

  it('reads a word before the aspect particle 了 as the predicate (主导了)', () => {
    const [claim] = claimsOf('王海川主导了Orion的研发。');
    expect(roles(claim)).toMatchObject({ wang: 'agent', orion: 'object' });
  });
});
