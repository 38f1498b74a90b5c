/**
 * Topic chains (话题链): Chinese news prose names an entity once and then goes on about it with the
 * owner left out — 星辰科技公布第三季财报。营收达52亿元，同比增长18%；毛利率升至41%。 Each clause
 * opening on a metric the topic owns (营收, 毛利率, 估值, 参数量…: OWNED_METRICS) states a figure of
 * its own about the topic. This module reads that construction: where such a clause opens, whether
 * the clause before only announced the report it comes from, and which entity of the proposition
 * before owns the metric. Pronoun subjects (其营收, 该公司) are resolved elsewhere (extract.ts).
 *
 * A revenue line the owner sells (分业务看，广告收入…; 国际市场游戏收入…) is read the same way
 * (lineMetricLead).
 *
 * The chain breaks where the clause has a subject of its own (a name, a pronoun, or a generic noun
 * such as 行业/市场/分析师/用户 in front of the metric, which this reading does not accept), and
 * where the proposition before offers no owner of a fitting type.
 */
import { OWNED_METRICS, type ClaimKind, type Role } from './vocabulary';

export interface MetricLead {
  /** The metric noun as written (folded). */
  noun: string;
  /** Entity types that own it, preferred first. */
  owners: readonly string[];
  /** A detail of a thing brought out (launchDetailLead): read only after a launch by its owner. */
  launch?: boolean;
  /** A measure of its own wherever it follows a figure: a volume named by its verb for a period (verbMetricLead). */
  anew?: boolean;
}

const OWNERS = new Map<string, readonly string[]>(OWNED_METRICS.flatMap((m) => m.nouns.map((n) => [n, m.owners])));
const NOUNS = [...OWNERS.keys()].sort((a, b) => b.length - a.length).join('|');

// What may stand before the metric and still leave the topic its owner: a connective (其中 is a
// part of what was just stated), a time or period (单季, 二季度, 当时), a reading of the metric
// (投后, 经调整, 累计), and a segment of the owner's business (数据中心业务, 互联网服务), or a
// unit of the company reporting it (核心本地商业部门, 云计算板块: a part of the company stands
// for the company, whose measure it is).
const CONNECTIVE = '(?:(?:其中|而|但|但是|不过|同时|另外|此外|并且|且)[，,]?)?';
const PERIOD =
  '(?:(?:今年|去年|当年|当时|目前|同期|单季度?|当季度?|本季度?|该季度?|季度|全年|年度|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四1-4]季度?|\\d{4}年|\\d{1,2}月(?:份)?)的?)*';
// (股东应占, 本公司拥有人应占: Hong Kong filings' "attributable to shareholders", as 归属于…的.)
const READING =
  '(?:投后|投前|经调整后?的?|调整后的?|累计|单日|单月|整体|总|归属于?[^，。；]{1,12}?的|归属于?(?:母公司|上市公司)(?:普通股)?(?:股东)?|归母|(?:股东|本公司拥有人|公司拥有人)应占)?';
/** Nouns that head a unit of a company (游戏业务, 核心本地商业部门, 云计算板块). */
const UNIT_NOUN = '业务|分部|事业群|事业部|部门|板块';
const SEGMENT = `(?:[\\u4e00-\\u9fffA-Za-z0-9与和及]{1,12}?(?:${UNIT_NOUN}|产品|服务)的?)?`;
// (The period may follow the segment as well: 这部分业务当季经调整净亏损…, 云业务二季度营收….)
const LEAD = new RegExp(`^${CONNECTIVE}${PERIOD}${READING}(${SEGMENT})${PERIOD}${READING}(${NOUNS})`);
/**
 * "…，其中海外销量为41.7万辆": after 其中 (a part of what was just stated) a market or a region
 * before the metric is the owner's own share of it, not the whole market's. (Not 国内: metricLead
 * reads that word as the whole domestic market, NOT_OWN_SEGMENT.)
 */
const PART_MARKET_LEAD = new RegExp(
  `^(?:其中[，,]?)(海外|境外|境内|国际|本土|中国大陆|中国|大陆|美国|欧洲|日本|北美|亚太|海内外)(?:市场|地区)?的?${PERIOD}${READING}(${NOUNS})`,
);
/** A segment that is someone else's or everyone's: the whole industry, a market, rivals. */
const NOT_OWN_SEGMENT = /行业|市场|同行|对手|竞品|其他|其它|整个|全国|国内|全球/;
/**
 * Words after the metric that make it a modifier of another noun, the head of the subject: 营收的
 * 增速, 营收目标 (a goal, not a figure the owner has), 营收占比 (a share of something else's).
 */
const MODIFIES = /^(?:的|之|目标|预期|指引|预测|占比)/;

/**
 * The metric a clause opens on (its folded text from where its content starts), when the owner is
 * left out; null when the clause opens otherwise.
 */
export function metricLead(text: string): MetricLead | null {
  const m = LEAD.exec(text) ?? PART_MARKET_LEAD.exec(text);
  if (!m) return null;
  if (m[1] && NOT_OWN_SEGMENT.test(m[1])) return null;
  if (MODIFIES.test(text.slice(m[0].length))) return null;
  const noun = m[2]!;
  return { noun, owners: OWNERS.get(noun)! };
}

/** A unit of the business opening a clause as its subject, with nothing of another owner before it. */
const UNIT_LEAD = new RegExp(
  `^${CONNECTIVE}${PERIOD}([\\u4e00-\\u9fffA-Za-z0-9与和及]{1,12}?(?:${UNIT_NOUN}))(?:则|也|仍|仍然|依然|同样|更是|却)?(?=[\\u4e00-\\u9fff])`,
);

/**
 * "（X第三季营收增长20%。）游戏业务则表现平平", "电商业务是本季最大的亮点": a clause whose subject is a
 * unit of the business, with no owner named, is about the company the text is on (its owner, as
 * for a metric of it); null when it opens otherwise, or on a unit of a market or of rivals.
 */
export function unitLead(text: string): MetricLead | null {
  const m = UNIT_LEAD.exec(text);
  if (!m || NOT_OWN_SEGMENT.test(m[1]!)) return null;
  // (A noun phrase: no verb, aspect or preposition inside it, "均佐证了AIGC为既有业务…" is none.)
  if (/[了着过为是在将对把被给向从均都由与]/.test(m[1]!.slice(0, -2))) return null;
  // (Not a unit that only modifies the noun after it: 业务的营收 is a metric's, 业务负责人 a person.)
  if (/^(?:的|之|负责人|总裁|主管|团队|员工)/.test(text.slice(m[0].length))) return null;
  return { noun: m[1]!, owners: ['company'] };
}

/**
 * Nouns of what the market makes of a company (its share price, worth, valuation): a figure of them
 * goes on from the trading or the round just stated (股价跌10%，市值蒸发…; 融资6亿美元，投后估值…),
 * not a measure of the business of its own.
 */
const MARKET_NOUN = /^(?:股价|市值|估值|市盈率|开盘价|收盘价)$/;
/** Every metric noun in a text (built once: anotherMeasure runs on every clause that opens on a metric). */
const ANY_METRIC = new RegExp(NOUNS, 'g');
/** Whether a text holds a metric noun an owner has (营收, 毛利率, 月活跃账户数…). */
export const HAS_METRIC = new RegExp(NOUNS);
const SHARE_NOUN = /^(?:市占率|市场份额|份额)$/;

/**
 * Whether a metric is another measure of the business after one already stated with its figure
 * (营收331亿元，同比下滑3%，净利润76亿元), or after a share of its market (以18%的份额排名第二，
 * 出货量同比下滑3%): the later one is a measure of the business, not a reading of the one before.
 */
export function anotherMeasure(metric: MetricLead, before: string): boolean {
  // (A share, 出货6,010万台，市占率20.8%, reads the volume just stated as a part of the market; a
  // model's size, 总参数4000亿，激活参数500亿, is one specification, not a measure of a business.)
  const business = (noun: string) =>
    !MARKET_NOUN.test(noun) && !SHARE_NOUN.test(noun) && !!OWNERS.get(noun)?.includes('company');
  if (metric.anew) return true;
  if (metric.launch || !business(metric.noun)) return false;
  // (A measure of the business after a share, 以15.7%的份额排名第三，出货量同比下滑0.7%: the share
  // places the company in its market, the volume after it is a second measure with its own figure.)
  return (before.match(ANY_METRIC) ?? []).some((noun) => business(noun) || SHARE_NOUN.test(noun));
}

/**
 * A clause announcing a financial report (公布财报, 发布第二季度业绩): the figures that follow it
 * are what the report says, one proposition with it (輝達公布財報，營收達260億美元).
 */
export function announcesReport(text: string): boolean {
  return /(公布|发布|披露|交出|发表|递交)(了)?[^，。；]*(财报|业绩|季报|年报|财务报告|成绩单)$/.test(
    // (…and before a colon that opens its figures: 公布财报：营收…, as one claim with them.)
    text.replace(/[，,。；;：:\s]+$/, ''),
  );
}

/**
 * Who owns a metric stated right after a proposition: its agent, else its object, of a type that
 * owns the metric (腾讯开源混元，总参数量…: the model). After a funding round the company that
 * raised it is the topic, whoever invested (X领投Y的融资，投后估值…: Y). Two of one role and type
 * (A与B…。营收…) leave the owner unsaid: no claim rather than a guess.
 */
export function metricOwner(
  metric: MetricLead,
  before: { kind: ClaimKind; entities: ReadonlyArray<{ id: string; role: Role }> },
  typeOf: (id: string) => string | undefined,
): string | null {
  const byRole = (role: Role) => before.entities.filter((e) => e.role === role).map((e) => e.id);
  const tiers = before.kind === 'funding' ? [byRole('object'), byRole('agent')] : [byRole('agent'), byRole('object')];
  for (const type of metric.owners) {
    for (const tier of tiers) {
      const fitting = tier.filter((id) => typeOf(id) === type);
      if (fitting.length) return fitting.length === 1 ? fitting[0]! : null;
    }
  }
  return null;
}

/**
 * A metric clause that states its figure of each party before it: a distributive adverb (均, 都,
 * 皆, 各自, 分别) between the metric noun and the verb or bound (估值均已超过…, 营收都在…以上).
 */
export function metricOverAll(clause: string): boolean {
  return /^[^，。；,;\d]{1,8}?(?:均|都|皆|各自|分别|分別)/.test(clause);
}

/**
 * A clause comparing with what was expected, then the expected amount: 低于市场普遍预期的约1000亿元,
 * 远超分析师预估的5亿欧元 (the caller checks the clause states a figure).
 */
export function comparesWithExpectation(clause: string): boolean {
  return /^(?:略|远|遠|大幅|明显|明顯|稍)?(?:低于|低於|高于|高於|超过|超過|超出|优于|優於|不及|逊于|遜於|好于|好於|远超|遠超|超)[^，。；,;]{0,10}(?:预期|預期|预估|預估|预测|預測)的/.test(
    clause,
  );
}

/** Nouns of revenue a business line compounds with: 广告收入, 云服务收入, 游戏营收. */
const REVENUE = /(收入|营收|营业额|销售额)$/;
/** Where a line is sold, which leaves it the owner's (国际市场游戏收入), unlike a market alone. */
const REGION = /^(本土|国内|国际|海外|境外|境内|全球|市场)$/;
// (A prefix, 非在线营销收入, is part of the line's name.)
const LINE_WORD = /^(n|nz|vn|b|ns|nt|s|h)$/;
/** A connective before the line: 其中 makes it a part of what was just stated (其中在线营销收入…). */
const LINE_CONNECTIVE = /^(其中|而|同时|另外|此外)$/;
const JOINER = /^(及|和|与|、)$/;

/**
 * jieba cuts the compound 营收 (营业收入) into 营/n 收/v before a copula or a figure (数据中心营收为…,
 * 游戏部门营收25亿…), which hides the revenue noun of a line: the two words are one noun again.
 */
function joinSplitRevenue<T extends { word: string; tag: string; entityId?: string }>(words: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // (Only there: before a verb, 营收将成长…, the cut is left as it is, the clause read as before.)
    const then = words[i + 2];
    const stated = !!then && (then.tag === 'm' || /^(?:为|是|达|约|仅)$/.test(then.word));
    if (w.word === '营' && next?.word === '收' && stated && !w.entityId && !next.entityId) {
      out.push({ ...w, word: `${w.word}收`, tag: 'n' });
      i++;
    } else out.push(w);
  }
  return out;
}

/**
 * A revenue line the clause opens on, owner left out (分业务看，广告收入增长26%…; 国际市场游戏收入
 * 139亿元): one to four business words, as jieba tags them (nouns, joined by 及/和/与), then a revenue
 * noun, the last word or the tail of one (服务收入). A region or 市场 before the business words
 * keeps the line the owner's; with no business word (国内市场收入), or with one that is someone
 * else's (行业收入, 对手收入), it is not read.
 */
export function lineMetricLead(
  words: ReadonlyArray<{ word: string; tag: string; entityId?: string }>,
): MetricLead | null {
  const line: string[] = [];
  const from = words[0] && LINE_CONNECTIVE.test(words[0].word) ? 1 : 0;
  for (const w of joinSplitRevenue(words.slice(from, from + 8)).slice(0, 6)) {
    if (w.entityId) return null;
    const revenue = REVENUE.exec(w.word);
    if (revenue) {
      const rest = w.word.slice(0, revenue.index);
      if (rest) line.push(rest);
      const business = line.filter((x) => !REGION.test(x) && !JOINER.test(x));
      if (!business.length || business.some((x) => NOT_OWN_SEGMENT.test(x))) return null;
      return { noun: revenue[1]!, owners: OWNERS.get('收入')! };
    }
    if (!LINE_WORD.test(w.tag) && !JOINER.test(w.word)) return null;
    line.push(w.word);
  }
  return null;
}

/**
 * What a launch goes on to state of the thing it brought out, the owner left out (星辰科技发布新机
 * X9。起售价3999元；首销定于10月31日；内存最高可选16GB): its price and date of sale are the
 * seller's, whom editors make the agent (no price is a product's own act); its specification is
 * the product's when the article names it as an entity, else its maker's. A clause opening on one
 * of these nouns, after a connective and an edition (标准版, Pro版), is read so only where the
 * clause states a figure, or for a date of sale, a date (the caller checks); extract.ts keeps it to
 * an owner that has just launched something (the guard: a product the article named with that
 * maker, or the product itself).
 */
const PRICE_NOUN = '起售价|售价|起价|定价|首发价|预售价|到手价';
const SALE_NOUN = '首销|首发日期|发售日期|开售日期|开售时间|发售时间';
const SPEC_NOUN =
  '运行内存|内存|存储空间|存储|机身存储|屏幕尺寸|屏幕|电池容量|电池|续航|快充功率|充电功率|机身重量|重量|机身厚度|厚度';
const EDITION = '(?:(?:标准版|基础版|入门版|顶配版|高配版|低配版|[A-Za-z0-9+]{1,8}版|该机|新机|全系)的?)?';
const DETAIL = new RegExp(`^${CONNECTIVE}${EDITION}(?:(${PRICE_NOUN})|(${SALE_NOUN})|(${SPEC_NOUN}))`);
const SELLERS = ['company', 'organization'] as const;
const PRODUCTS = ['product', 'model', 'company', 'organization'] as const;

/** The detail of a launched thing a clause opens on, with whether it is one of sale (dated). */
export function launchDetailLead(text: string): (MetricLead & { sale: boolean }) | null {
  const m = DETAIL.exec(text);
  if (!m || MODIFIES.test(text.slice(m[0].length))) return null;
  const [, price, sale, spec] = m;
  return { noun: (price ?? sale ?? spec)!, owners: spec ? PRODUCTS : SELLERS, launch: true, sale: !!sale };
}

/** The periods a volume may be counted over (全年, 上半年, 12月, 2024年), as PERIOD, one at least. */
const PERIOD_WORD =
  '(?:今年|去年|全年|当年|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四1-4]季度?|单季度?|当季度?|本季度?|单月|当月|\\d{4}年(?:全年)?|\\d{1,2}(?:-\\d{1,2})?月(?:份)?)的?';
/** Verbs that name a volume by the act counted: deliveries, shipments, sales, output. */
const VOLUME_VERB = '交付|出货|销售|售出|卖出|发货|生产|产出';
const VERB_LEAD = new RegExp(`^${CONNECTIVE}(${PERIOD_WORD})*(累计|合计|共计|总计|共)?(?:${VOLUME_VERB})(?!量|额)`);
const VOLUME_OWNERS = OWNERS.get('销量')!;

/**
 * A volume named by its verb, the owner left out, counted over a period of its own or in total
 * (12月交付新车约4.9万辆，全年累计交付约44.5万辆; 上半年出货1200万台): a measure of its own after
 * the figure before, which was for another period; the caller reads it only where the clause
 * states a figure. Without a period or 累计 (交付4.9万辆) the verb goes on with the clause before.
 */
export function verbMetricLead(text: string): MetricLead | null {
  const m = VERB_LEAD.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return { noun: m[0].replace(/^[^\u4e00-\u9fff\d]+/, ''), owners: VOLUME_OWNERS, anew: true };
}

/** What a chip, a device or a model is specified by (算力, 功耗, 频宽, 内存…), as folded. */
const SPEC_WORD = '算力|功耗|带宽|频宽|内存|记忆体|显存|主频|功率|能效比|能效|效能|性能|吞吐量|吞吐|延迟|制程';
/** What qualifies a specification: a precision or format (INT8, 半精度FP16), a peak or maximum. */
const SPEC_QUALIFIER = '(?:整数精度|半精度|单精度|双精度|[A-Za-z]{2,5}\\d{0,2}|峰值|最大|最高|典型|满载|通用性与|的)*';
const SPEC_LEAD = new RegExp(`^${CONNECTIVE}${SPEC_QUALIFIER}(${SPEC_WORD})`);
const SPEC_ANY = new RegExp(`${SPEC_WORD}|规格|参数`);

/**
 * A specification list of a product (INT8算力达256 TOPS，FP16算力为128 TFLOPS，最大功耗120W): in a
 * chain already stating a specification with its figure (`before`: 采用7奈米制程, 规格 …), each clause
 * opening on a specification with a figure is a measure of its own, the product's (or its maker's
 * when the gazetteer lacks the product), as editors cut it.
 */
export function specLead(text: string, before: string): MetricLead | null {
  const m = SPEC_LEAD.exec(text);
  if (!m || !SPEC_ANY.test(before) || MODIFIES.test(text.slice(m[0].length))) return null;
  return { noun: m[1]!, owners: PRODUCTS, anew: true };
}
