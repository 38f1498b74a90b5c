/**
 * One claim per clause with its own predicate (tests/claims-eval/README.md, "Comma-joined facts"):
 * after a comma, a clause with no subject of its own that opens on its own predicate states a fact
 * of its own about the subject before. The piece keeps what scopes over the chain from the clause
 * before (its time, its "will", its speaker); a clause that only sets the occasion, a thing brought
 * in and then described, a consequence, an aim, what a speaker said after speaking out or after a
 * quotation, and a clause whose subject is a noun phrase of its own do not cut.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const texts = (claims: ClaimDraft[]) => claims.map((c) => c.text);
const dates = (c: ClaimDraft | undefined) => (c?.dates ?? []).map((d) => d.text);

describe('a clause with its own predicate is a claim of its own', () => {
  it('cuts a second act off the first, the subject carried', () => {
    const claims = claimsOf('星辰科技上月关闭了上海工厂，裁撤约300名员工。');
    expect(texts(claims)).toHaveLength(2);
    expect(claims[0]!.text).toBe('星辰科技上月关闭了上海工厂');
    expect(claims[1]!.text).toMatch(/^星辰科技…裁撤约300名员工/);
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
  });

  it('gives the piece the time of the clause before when it has none of its own', () => {
    // (新一代 names a generation, not a time of the piece's own.)
    for (const sentence of [
      '星辰科技上月关闭了上海工厂，裁撤约300名员工。',
      '星辰科技上月关闭了上海工厂，转向新一代芯片的研发。',
    ]) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(2);
      expect(dates(claims[0]), sentence).toEqual(['上月']);
      expect(dates(claims[1]), sentence).toEqual(['上月']);
    }
  });

  it('keeps the "will" and the speaker of the clause before on the piece', () => {
    const claims = claimsOf('星辰科技19日宣布将收购蓝鲸智能，组建名为「Lyra」的全新部门。');
    expect(texts(claims)).toHaveLength(2);
    expect(claims[1]!.text).toMatch(/^星辰科技…组建/);
    expect(claims[1]!.modality).toBe('forecast');
    expect(claims[1]!.attribution.entityId).toBe('acme');
    const plan = claimsOf('星辰科技计划明年在欧洲建厂，投资50亿元扩充产能。');
    expect(texts(plan)).toHaveLength(2);
    expect(plan[1]!.modality).toBe('forecast');
    expect(dates(plan[1])).toEqual(['明年']);
  });

  it('does not carry the "will" into a piece that says it is done', () => {
    const claims = claimsOf('星辰科技宣布将收购蓝鲸智能，已向监管机构提交了申请。');
    expect(texts(claims)).toHaveLength(2);
    expect(claims[1]!.modality).not.toBe('forecast');
  });
});

describe('what the clause after only goes on with', () => {
  it('keeps holding an event with the act done at it, and its date', () => {
    for (const sentence of [
      '星辰科技於13日舉行春季發表會，推出新一代旗艦模型Nova。',
      '云海集团昨日召开开发者大会，公布了Orion的路线图。',
    ]) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(1);
      expect(dates(claims[0]), sentence).toHaveLength(1);
    }
  });

  it('keeps a clause describing a thing just brought in with it', () => {
    for (const sentence of [
      '星辰科技成立一个名为开放模型论坛的组织，专注于推动模型安全。',
      '蓝鲸智能推出一款写作助手，支持中英文双语。',
    ])
      expect(claimsOf(sentence), sentence).toHaveLength(1);
  });

  it('keeps a consequence going on past its first clause, and an aim, with the act', () => {
    expect(claimsOf('蓝鲸智能推出卫星通话功能，让用户在没有网络的地方，也能透过卫星发送讯息。')).toHaveLength(1);
    expect(claimsOf('星辰科技押注端侧大模型，希望借AI功能拉动换机。')).toHaveLength(1);
    expect(claimsOf('云海集团大幅下调API价格，力图吸引更多中小开发者。')).toHaveLength(1);
  });

  it('keeps what follows speaking out, or a quotation, with the speaker', () => {
    const denial = claimsOf('消息传出后，星辰科技急忙出来辟谣，否认了相关说法。');
    expect(texts(denial)).toHaveLength(1);
    expect(denial[0]!.modality).toBe('denied');
    expect(
      claimsOf('星辰科技董事会在一篇博客中称，张明远“在与董事会的沟通中始终不够坦诚”，决定将其免职。'),
    ).toHaveLength(1);
  });

  it('cuts after a name given in quotes all the same', () => {
    const claims = claimsOf('张明远宣布，星辰科技自研的操作系统将更名为“Nova OS”，首批搭载于旗舰手机。');
    expect(texts(claims)).toHaveLength(2);
    expect(claims[1]!.text).toMatch(/首批搭载于旗舰手机/);
    expect(claims[1]!.attribution.entityId).toBe('zhang');
  });
});

describe('a speaker after a semicolon', () => {
  it("ends a source's frame at another organization marked by 则 or 亦", () => {
    const claims = claimsOf(
      '法人预估，蓝鲸智能本季出货可望较上季倍增，代工的云海集团将受惠；晶圆代工龙头星辰科技则持续扩充先进封装产能。',
    );
    const tail = claims.find((c) => c.text.includes('持续扩充'));
    expect(tail?.attribution.kind).toBe('article');
    expect(tail?.modality).toBe('fact');
    expect(claims[0]!.attribution.kind).toBe('unnamed');
  });

  it("keeps the speaker's frame over its own products and over a name without 则", () => {
    const own = claimsOf('星辰科技表示，Nova已开始量产；Orion则将在下半年供货。');
    expect(own[1]!.attribution.entityId).toBe('acme');
    const goesOn = claimsOf('法人预估，蓝鲸智能本季出货可望倍增；星辰科技也将扩充产能。');
    expect(goesOn[goesOn.length - 1]!.attribution.kind).toBe('unnamed');
  });
});
