/**
 * Sentences the extractor read nothing from (eleventh session, from a checklist of constructions
 * of news prose): a unit of the company reporting its figures (核心本地商业部门营收…), a person
 * introduced by a bare title whom a later 他 stands for, … Fictional sentences only (see
 * claims-fixture.ts); consecutive paragraphs share a carry, as in one article.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

/** The claims of consecutive paragraphs of one article. */
const article = (...paragraphs: string[]) => {
  const carry = {} as ParagraphCarry;
  return paragraphs.flatMap((p, k) => claimsOf(p, '2024-03-15', carry).map((c) => ({ ...c, paragraph: k })));
};
const withText = <T extends { text: string }>(claims: T[], part: string) => claims.find((c) => c.text.includes(part));

describe('a unit of the company (部门, 板块) opening a metric is the company measuring it', () => {
  it('reads a department’s revenue after the report as the company’s figure, in the next paragraph', () => {
    const claims = article(
      '星辰科技昨日公布第二季财报，营收为50亿元，同比增长20%。',
      '分部门来看，云计算部门营收20亿元，同比增长30%。',
    );
    const claim = withText(claims, '云计算部门营收');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.paragraph).toBe(1);
  });

  it('does so after a semicolon and in Traditional script', () => {
    expect(roles(withText(claimsOf('星辰科技营收50亿元；云计算部门营收20亿元，同比增长30%。'), '云计算部门'))).toEqual({
      acme: 'agent',
    });
    expect(roles(withText(claimsOf('星辰科技公布財報。新業務部門營收244億元，年增28.3%。'), '新業務部門'))).toEqual({
      acme: 'agent',
    });
    expect(roles(withText(claimsOf('星辰科技公布财报，营收50亿元。其中，智能终端板块营收30亿元。'), '板块'))).toEqual({
      acme: 'agent',
    });
  });

  it('leaves a market’s segment to no one', () => {
    expect(withText(claimsOf('星辰科技公布财报。行业板块营收整体下滑了5%。'), '行业板块')).toBeUndefined();
  });
});

describe('a person introduced by a bare title is who a later 他 is', () => {
  const told = '首席执行官陈磊在电话会上表示，下半年需求将持续回暖。';

  it('makes 他 in the next sentence speak for the company of the paragraph before', () => {
    const claim = withText(
      article('星辰科技昨日公布第二季财报。', `${told}他坦言，高端产能仍然紧张。`),
      '产能仍然紧张',
    );
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.attribution.kind).toBe('person');
  });

  it('does so in the paragraph after too', () => {
    const claim = withText(article('星辰科技昨日公布第二季财报。', told, '他坦言，高端产能仍然紧张。'), '产能仍然紧张');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('leaves 他 alone when the title has no company to speak for', () => {
    expect(withText(article(`${told}他坦言，高端产能仍然紧张。`), '产能仍然紧张')).toBeUndefined();
  });
});

describe('a person introduced as an officer is the company acting, as a subject too', () => {
  const introduced = '星辰科技首席执行官陈磊宣布管理层调整。';

  it('makes the company the agent of his act in a later paragraph', () => {
    const claim = withText(article(introduced, '陈磊届时将专注于云业务。'), '专注于云业务');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('forecast');
  });

  it('leaves a person nobody introduced alone', () => {
    expect(withText(article('星辰科技宣布管理层调整。', '陈磊届时将专注于云业务。'), '专注于云业务')).toBeUndefined();
  });

  it('reads 重申 before a comma as a verb of saying, the officer its speaker', () => {
    const claim = withText(article(introduced, '陈磊重申，全年资本支出将与去年持平。'), '与去年持平');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.attribution.kind).toBe('person');
    expect(claim!.modality).toBe('forecast');
  });

  it('keeps 重申 with an object an act of the company', () => {
    const claim = withText(claimsOf('星辰科技重申了其对开源的承诺。'), '重申了');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });
});

describe('过 before a one-character adjective ending its clause is "too" (估值过高)', () => {
  it('reads the adjective as the predicate of a judgement', () => {
    const claim = withText(claimsOf('星辰科技的估值过高。'), '估值过高');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('opinion');
    expect(roles(withText(claimsOf('分析人士认为，星辰科技的库存过多。'), '库存过多'))).toEqual({ acme: 'agent' });
  });

  it('leaves 过 after a verb the aspect particle', () => {
    expect(withText(claimsOf('星辰科技经历过艰难的时期。'), '经历过')!.text).toContain('艰难的时期');
  });
});

describe('a compound noun jieba opens with a verb (折叠/v 屏) is the subject of 是', () => {
  it('reads the market as the topic and the possessor after 是 as who it is about, a judgement', () => {
    const claim = withText(claimsOf('折叠屏市场同样是星辰科技的主场。'), '主场');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('opinion');
  });

  it('still drops a clause that opens on its verb, with no copula after the nouns', () => {
    expect(withText(claimsOf('正视星辰科技带来的变化与挑战。'), '正视')).toBeUndefined();
  });
});

describe('a clause with a verb and its object after a date is an act, not a time', () => {
  it('keeps 公布去年第四季财报 with the act before, and the act after its own claim', () => {
    const claims = claimsOf(
      '星辰科技昨日召开发布会，公布去年第四季财报，并宣布今年资本支出预算为380亿元，规模创历史新高。',
    );
    expect(withText(claims, '召开发布会')!.text).toContain('公布去年第四季财报');
    expect(roles(withText(claims, '资本支出预算'))).toEqual({ acme: 'agent' });
  });

  it('still reads a bare date as the time of the clause after it', () => {
    const claim = withText(claimsOf('去年第四季，星辰科技的营收增长了20%。'), '营收增长');
    expect(claim!.text.startsWith('去年第四季')).toBe(true);
  });
});

describe('Taiwan and Hong Kong wording of a speaker going on (他並指出)', () => {
  it('reads 并 after the pronoun as "also": he speaks, for his company', () => {
    const claim = withText(
      claimsOf('星辰科技首席执行官陈磊表示，需求强劲。他并指出，高端产能仍然紧张。'),
      '产能仍然紧张',
    );
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.attribution.kind).toBe('person');
  });
});

describe('双方 opening a paragraph is the two parties the paragraph before ended on', () => {
  const before = '星辰科技与云海集团宣布成立合资公司。根据协议，星辰科技将向云海集团转让部分专利。';

  it('makes both agents, and names them before the claim', () => {
    const claim = withText(article(before, '双方同时达成战略合作，将联合开发一款新车型。'), '战略合作');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
    expect(claim!.text.startsWith('星辰科技、云海集团')).toBe(true);
  });

  it('needs two parties: a company and its product are not 双方', () => {
    expect(withText(article('星辰科技发布了Nova。', '双方同时达成战略合作。'), '战略合作')).toBeUndefined();
  });

  it('needs parties the paragraph is about, not a counterpart named once in passing', () => {
    const passing = '星辰科技已与全球逾100家企业签署专利许可协议，当中包括云海集团。';
    expect(withText(article(passing, '双方近月已重启和解谈判。'), '和解谈判')).toBeUndefined();
  });
});

describe('利好 and 利空 are verbs taking the company as their object', () => {
  it('reads what news does to a company as a claim about it', () => {
    const claim = withText(claimsOf('智能手机市场的复苏将利好星辰科技。'), '利好');
    expect(roles(claim)).toEqual({ acme: 'object' });
    expect(claim!.modality).toBe('forecast');
  });
});

describe('a unit of the business as a sentence’s subject, with no figure, is about the company', () => {
  const before = '星辰科技第三季营收增长20%。';

  it('reads 游戏业务则表现平平 after the company’s figure as about the company', () => {
    expect(roles(withText(claimsOf(`${before}游戏业务则表现平平。`), '表现平平'))).toEqual({ acme: 'agent' });
  });

  it('does so at the head of the next paragraph', () => {
    expect(roles(withText(article(before, '电商业务是本季最大的亮点。'), '最大的亮点'))).toEqual({ acme: 'agent' });
  });

  it('leaves a market’s unit and a unit’s people alone', () => {
    expect(withText(claimsOf(`${before}行业板块整体表现平平。`), '表现平平')).toBeUndefined();
    expect(withText(claimsOf(`${before}游戏业务负责人表示满意。`), '满意')).toBeUndefined();
  });
});
