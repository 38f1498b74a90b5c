/**
 * Topic chains (话题链): a clause or sentence opening on a metric its topic owns, with the owner
 * left out, is a figure claim about the topic (lib/claims/topic-chain.ts). Sentences written for
 * these tests, with the fictional names of claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';
import { announcesReport, lineMetricLead, metricLead, metricOwner } from '../../lib/claims/topic-chain';

const agentOf = (c: { entities: Array<{ id: string; role: string }> }) =>
  c.entities.filter((e) => e.role === 'agent').map((e) => e.id);

describe('metricLead', () => {
  it('reads a metric the clause opens on, after a period, a reading or a segment of the business', () => {
    expect(metricLead('营收达52亿元')?.noun).toBe('营收');
    expect(metricLead('单季营收达52亿元')?.noun).toBe('营收');
    expect(metricLead('投后估值约30亿美元')?.noun).toBe('估值');
    expect(metricLead('其中云计算业务营收18亿元')?.noun).toBe('营收');
    expect(metricLead('总参数量达4000亿')?.owners).toEqual(['model']);
  });

  it('leaves a clause whose metric belongs to someone else or modifies another noun', () => {
    expect(metricLead('行业营收增长10%')).toBeNull();
    expect(metricLead('国内市场业务收入增长10%')).toBeNull();
    expect(metricLead('营收的增速放缓至5%')).toBeNull();
    expect(metricLead('营收目标为三年内达到100亿元')).toBeNull();
    expect(metricLead('分析师预计营收将增长')).toBeNull();
  });

  it('tells a clause announcing a report', () => {
    expect(announcesReport('星辰科技昨日公布第三季财报，')).toBe(true);
    expect(announcesReport('星辰科技昨日发布新模型，')).toBe(false);
  });

  it('gives a metric to the owner of its type, the company that raised after a funding round', () => {
    const typeOf = (id: string) => ({ acme: 'company', nova: 'model', umbrella: 'company' })[id];
    const params = metricLead('参数量达4000亿')!;
    const launch = {
      kind: 'launch' as const,
      entities: [
        { id: 'acme', role: 'agent' as const },
        { id: 'nova', role: 'object' as const },
      ],
    };
    expect(metricOwner(params, launch, typeOf)).toBe('nova');
    expect(metricOwner(metricLead('营收达52亿元')!, launch, typeOf)).toBe('acme');
    const round = {
      kind: 'funding' as const,
      entities: [
        { id: 'umbrella', role: 'agent' as const },
        { id: 'acme', role: 'object' as const },
      ],
    };
    expect(metricOwner(metricLead('估值达30亿美元')!, round, typeOf)).toBe('acme');
    const pair = {
      kind: 'event' as const,
      entities: [
        { id: 'acme', role: 'agent' as const },
        { id: 'umbrella', role: 'agent' as const },
      ],
    };
    expect(metricOwner(metricLead('营收达52亿元')!, pair, typeOf)).toBeNull();
  });
});

describe('topic chains in claims', () => {
  it('makes each metric after a semicolon a figure claim about the topic, with the clause as its span', () => {
    const text = '星辰科技第三季营收为52亿元，同比增长18%；毛利率升至41%，环比提高3个百分点。';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技第三季营收为52亿元，同比增长18%',
      '星辰科技…毛利率升至41%，环比提高3个百分点。',
    ]);
    const margin = claims[1]!;
    expect(agentOf(margin)).toEqual(['acme']);
    expect(margin.kind).toBe('figure');
    expect(text.slice(margin.start, margin.end)).toBe('毛利率升至41%，环比提高3个百分点。');
    // The chain's period (第三季) is the period its later figures are for.
    expect(margin.dates.map((d) => d.text)).toEqual(['第三季']);
  });

  it('keeps the figures of an announced report, then splits a later metric (Traditional)', () => {
    const claims = claimsOf('星辰科技前天公布第三季財報，營收達52億元，年增18%；雲端業務營收18億元，年增40%。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toBe('星辰科技前天公布第三季財報，營收達52億元，年增18%');
    expect(agentOf(claims[1]!)).toEqual(['acme']);
    expect(claims[1]!.text).toBe('星辰科技…雲端業務營收18億元，年增40%。');
  });

  it('gives a valuation after a funding round to the company that raised it, hedged as the round is', () => {
    const [round, valuation] = claimsOf(
      '据知情人士透露，极光数据近日完成新一轮融资，远山资本领投，投后估值约30亿美元。',
    );
    expect(round!.kind).toBe('funding');
    expect(valuation!.text).toBe('极光数据…投后估值约30亿美元。');
    expect(agentOf(valuation!)).toEqual(['hooli']);
    expect(valuation!.modality).toBe('reported');
  });

  it('goes on from the sentence before, and to the model a company released for a model metric', () => {
    const [, market] = claimsOf('受此消息影响，星辰科技股价一度大涨12%。市值一天内增加约300亿元。');
    expect(market?.text).toBe('星辰科技…市值一天内增加约300亿元。');
    expect(agentOf(market!)).toEqual(['acme']);
    const claims = claimsOf('星辰科技上月发布了Nova。總參數量達4000億，激活參數500億。');
    const size = claims.find((c) => c.text.includes('參數量'));
    // (The parameters active per token are a measure of their own, a claim of its own: README,
    // "Comma-joined facts", 总参数量为A | 每个token激活的参数约B; measure-lead.ts ownMeasureLead.)
    expect(size?.text).toBe('Nova…總參數量達4000億');
    expect(agentOf(size!)).toEqual(['nova']);
    const active = claims.find((c) => c.text.includes('激活'));
    expect(active?.text).toBe('Nova…激活參數500億。');
    expect(agentOf(active!)).toEqual(['nova']);
  });

  it('keeps a comma-chain of figures and a launch with its price as one claim', () => {
    expect(claimsOf('星辰科技首季出货4000万台，同比增长20%，市占率15%，位居第二。')).toHaveLength(1);
    expect(claimsOf('星辰科技昨日推出新款手机，售价3999元起。')).toHaveLength(1);
    // (A thousands separator is no clause break: 6,010萬 is the figure the chain goes on from.)
    expect(claimsOf('星辰科技以6,010萬支的出貨量重回全球第一，市佔率20.8%。')).toHaveLength(1);
    const [, market] = claimsOf('星辰科技股價大漲，創下新高；市值一天內增加約2,140億元。');
    expect(market?.figures.map((f) => f.text)).toEqual(['約2,140億元']);
  });

  it('ends a comma-chain of figures at a turn or a clause without a figure', () => {
    const turned = claimsOf('星辰科技上半年营收为52亿元，同比增长18%，但亏损仍高达约6亿元。');
    expect(turned.map((c) => c.text)).toEqual([
      '星辰科技上半年营收为52亿元，同比增长18%',
      '星辰科技…但亏损仍高达约6亿元。',
    ]);
    expect(turned[1]!.dates.map((d) => d.text)).toEqual(['上半年']);
    const record = claimsOf('星辰科技股价大涨7%，收在207元，创下历史新高，市值一天内增加约300亿元。');
    expect(record.map((c) => c.text)).toEqual([
      '星辰科技股价大涨7%，收在207元，创下历史新高',
      '星辰科技…市值一天内增加约300亿元。',
    ]);
  });

  it('carries the topic into a paragraph that opens on a metric, until a paragraph names its own', () => {
    const carry = { topic: null };
    claimsOf('星辰科技昨日公布了第三季度业绩。', '2024-03-15', carry);
    const [revenue] = claimsOf('营收达52亿元，同比增长18%。', '2024-03-15', carry);
    expect(revenue?.text).toBe('星辰科技…营收达52亿元，同比增长18%。');
    expect(agentOf(revenue!)).toEqual(['acme']);
    const named = { topic: null };
    claimsOf('星辰科技昨日公布了第三季度业绩。', '2024-03-15', named);
    const own = claimsOf('分析师普遍看好云海集团。营收达52亿元。', '2024-03-15', named);
    expect(own.flatMap(agentOf)).not.toContain('acme');
  });

  it('breaks the chain at a generic subject, a sentence stating nothing and a metric without a figure', () => {
    expect(claimsOf('星辰科技第三季营收为52亿元。行业营收则增长10%。')).toHaveLength(1);
    expect(claimsOf('星辰科技第三季营收为52亿元。这意味着什么？市值增加约300亿元。')).toHaveLength(1);
    // (A semicolon ends a claim, as editors cut: the share's move after it is the topic's, a claim of its own.)
    expect(claimsOf('星辰科技昨日推出新款手机；股价随即大涨。').map((c) => c.text)).toEqual([
      '星辰科技昨日推出新款手机',
      '星辰科技…股价随即大涨。',
    ]);
  });

  it('gives a metric no owner of the wrong type: a model metric after a company with no model', () => {
    const claims = claimsOf('星辰科技今年营收增长20%。总参数量达4000亿。');
    expect(claims.flatMap(agentOf)).toEqual(['acme']);
  });
});

describe('revenue lines in an earnings chain', () => {
  const words = (...pairs: Array<[string, string]>) => pairs.map(([word, tag]) => ({ word, tag }));

  it('reads a business line compounded with a revenue noun, a region before it kept', () => {
    expect(lineMetricLead(words(['网络广告', 'n'], ['收入', 'v'], ['增长', 'v']))?.noun).toBe('收入');
    expect(lineMetricLead(words(['在线', 'b'], ['营销', 'vn'], ['服务收入', 'n'], ['49', 'm']))?.noun).toBe('收入');
    expect(lineMetricLead(words(['国际', 'n'], ['市场', 'n'], ['游戏', 'n'], ['收入', 'v']))?.owners).toContain(
      'company',
    );
  });

  it('leaves a market with no business line, a line that is someone else’s, and a clause opening otherwise', () => {
    expect(lineMetricLead(words(['国内', 's'], ['市场', 'n'], ['收入', 'v']))).toBeNull();
    expect(lineMetricLead(words(['行业', 'n'], ['收入', 'v']))).toBeNull();
    expect(lineMetricLead(words(['分析师', 'n'], ['预计', 'v'], ['收入', 'v']))).toBeNull();
    expect(lineMetricLead([{ word: '星辰科技', tag: 'ENT', entityId: 'acme' }, ...words(['收入', 'v'])])).toBeNull();
  });

  it('gives each line of a results paragraph to the company whose results they are', () => {
    const carry = { topic: null };
    claimsOf('星辰科技昨日公布第一季度业绩，总收入52亿元，同比增长6%。', '2024-05-15', carry);
    const [ads] = claimsOf('分业务看，网络广告收入同比增长26%至26亿元，是增速最快的一项。', '2024-05-15', carry);
    expect(ads?.text).toBe('星辰科技…分业务看，网络广告收入同比增长26%至26亿元，是增速最快的一项。');
    expect(agentOf(ads!)).toEqual(['acme']);
    const games = claimsOf(
      '游戏业务则表现平平。国内市场游戏收入34亿元，与去年同期持平；国际市场游戏收入13亿元，同比增长3%。',
      '2024-05-15',
      carry,
    );
    // (持平 is the predicate of its clause: the level figure and its comparison are one claim.)
    // (A unit of the business as the subject, 游戏业务则表现平平, is about the company too: unitLead.)
    expect(games.map((c) => c.text)).toEqual([
      '星辰科技…游戏业务则表现平平。',
      '星辰科技…国内市场游戏收入34亿元，与去年同期持平',
      '星辰科技…国际市场游戏收入13亿元，同比增长3%。',
    ]);
    expect(games.flatMap(agentOf)).toEqual(['acme', 'acme', 'acme']);
    const [online] = claimsOf('在线营销服务收入49亿元，同比增长29%。', '2024-05-15', carry);
    expect(agentOf(online!)).toEqual(['acme']);
    expect(claimsOf('国内市场收入增长10%至300亿元。', '2024-05-15', carry)).toEqual([]);
  });

  it('keeps the owner of a period’s profit the agent, and reads earnings per share as its metric', () => {
    const claims = claimsOf(
      '按国际财务报告准则计算，星辰科技期内股东应占盈利41.9亿元，同比增长62%。每股基本盈利4.44元。',
    );
    expect(claims.map(agentOf)).toEqual([['acme'], ['acme']]);
    expect(claims[1]!.text).toBe('星辰科技…每股基本盈利4.44元。');
  });
});
