/**
 * Roles read from the grammar of who speaks and what is acted on, on sentences written for these
 * tests: an unnamed source placed beside an organization (接近X的人士, X内部人士) speaks for it, and
 * an analyst's verdict on a company (将X评级下调, 将X2025年至2027年的收入预测下调) is about the company.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a source close to an organization', () => {
  it('makes the organization the actor of what the source says, when nothing else acts', () => {
    const [said] = claimsOf('一位接近云海集团的人士称，公司内部已把明年的招聘规模压缩三成。');
    expect(roles(said)).toEqual({ globex: 'agent' });
    expect(said?.modality).toBe('reported');
    const [after] = claimsOf('“新版本的日活至今不到旧版的一半。”一位接近星辰科技的知情人士对记者说。');
    expect(roles(after)).toEqual({ acme: 'agent' });
    const [inside] = claimsOf('蓝鲸智能内部人士透露，明年的研发预算已经上调两成。');
    expect(roles(inside)).toEqual({ initech: 'agent' });
  });

  it('leaves the organization mentioned when the content has its own actor, and 接近 a plain noun alone', () => {
    const [own] = claimsOf('据接近蓝鲸智能的人士透露，Nova的下一个版本将在年底前上线。');
    expect(roles(own)).toMatchObject({ nova: 'agent', initech: 'mentioned' });
    const [near] = claimsOf('Orion的得分已接近云海集团的水平。');
    expect(roles(near).globex).not.toBe('agent');
  });
});

describe("an analyst's verdict on a company", () => {
  it('makes the company whose rating or forecast is moved the actor, when the analyst is not a known name', () => {
    const [rating] = claimsOf('一家外资券商上月将极光数据评级由“增持”下调至“持有”。');
    expect(roles(rating)).toEqual({ hooli: 'agent' });
    const [span] = claimsOf('据此，该券商将星辰科技2025年至2027年的收入预测分别上调3%至5%。');
    expect(roles(span)).toEqual({ acme: 'agent' });
  });

  it('keeps a known analyst house acting, and a company that is itself what is acted on the object', () => {
    const [house] = claimsOf('远山资本将极光数据评级由“增持”下调至“持有”。');
    expect(roles(house)).toEqual({ umbrella: 'agent', hooli: 'object' });
    const [patient] = claimsOf('监管部门上月约谈了星辰科技，要求其限期整改。');
    expect(roles(patient).acme).toBe('object');
  });
});

describe('a person speaking for the company the gazetteer places them in', () => {
  it('makes the company act in a plan the person tells, with no other actor, and the person only speak', () => {
    const [plan] = claimsOf('张明远在年会上透露，小星助手明年将进入更多城市。');
    expect(roles(plan)).toEqual({ acme: 'agent', zhang: 'mentioned' });
    expect(plan?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it("keeps a person's own view, a plan with its own actor, and a person placed in no company as they were", () => {
    const [view] = claimsOf('张明远认为，大模型行业明年将迎来一轮洗牌。');
    expect(roles(view).zhang).toBe('agent');
    expect(roles(view).acme).toBeUndefined();
    const [named] = claimsOf('张明远称，Orion将在年底前向所有开发者开放。');
    expect(roles(named)).toMatchObject({ orion: 'agent' });
    expect(roles(named).acme).toBeUndefined();
    const [free] = claimsOf('王海川称，小星助手明年将进入更多城市。');
    expect(roles(free)).toEqual({ wang: 'agent' });
  });
});

describe("a pronoun after an organization's own document", () => {
  it('is that organization, not the topic of the sentence before', () => {
    const [, filing] = claimsOf(
      '极光数据的海外业务今年增长迅速。云海集团8月3日发布的半年报显示，该公司上半年营收为120亿元。',
    );
    expect(roles(filing)).toEqual({ globex: 'agent' });
    const [, data] = claimsOf(
      '极光数据的海外业务今年增长迅速。根据云海集团此前向开放模型论坛提交的数据，其月活用户约为3000万。',
    );
    expect(roles(data)).toMatchObject({ globex: 'agent', forum: 'mentioned' });
  });

  it('leaves a pronoun after hearsay with the topic', () => {
    const [, heard] = claimsOf('极光数据的海外业务今年增长迅速。据报道，其月活用户约为3000万。');
    expect(roles(heard)).toEqual({ hooli: 'agent' });
  });
});

describe('其 right after a company or a product speaking', () => {
  it('is the speaker, not the topic of the sentence before', () => {
    const [, company] = claimsOf('极光数据上月推出了新模型。云海集团先前表示，其AI相关收入已占云业务的一成。');
    expect(roles(company)).toEqual({ globex: 'agent' });
    const [, product] = claimsOf('极光数据上月推出了新模型。云海集团旗下的Orion也表示，其生成的图片将默认加上水印。');
    expect(roles(product)).toMatchObject({ orion: 'agent', globex: 'mentioned' });
    expect(roles(product).hooli).toBeUndefined();
  });
});

describe('a pronoun owning a tie noun after a copula', () => {
  it('is the counterpart, and the name before the copula acts', () => {
    const [, holder] = claimsOf('极光数据上周在香港上市。云海集团是其最大的外部股东。');
    expect(roles(holder)).toEqual({ globex: 'agent', hooli: 'object' });
    const [, adverb] = claimsOf('极光数据上周在香港上市。云海集团也是其股东。');
    expect(roles(adverb)).toEqual({ globex: 'agent', hooli: 'object' });
  });

  it('leaves a copula with no tie noun after the pronoun alone', () => {
    const [, plain] = claimsOf('极光数据上周在香港上市。云海集团是其招股书中提到的风险之一。');
    expect(roles(plain).hooli).not.toBe('object');
  });
});
