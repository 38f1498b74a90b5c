/**
 * A clause led by a measure of the subject before (…，全无人驾驶车队规模超过1000辆; 公布财报，多项核心
 * 指标低于市场预期; …，订单的占比超过一半): a noun phrase headed by a noun of measure or attribute
 * (规模, 数量, 占比, 指标, 时长…), then its predicate, with no name, pronoun or party of its own in
 * front. The measure is the subject's: the clause states a fact of its own about it, and editors cut
 * it so (tests/claims-eval/README.md, "Comma-joined facts"). A clause led by a party the gazetteer
 * lacks (外界, 玩家, 业内, 用户, 投资者, 分析师…) is another actor's, not the subject's, and its head is
 * no measure: it is not read here.
 */
import { isPunct, type Token } from './segment';
import { HAS_METRIC } from './topic-chain';

/** Head nouns of a measure or attribute (folded, simplified): what a count, size, share or level is of. */
// (Not a change, 增速/涨幅, which reads the figure before it; nor the amount of an act, 金额/总额,
// which is that act's detail.)
const MEASURE_HEAD =
  '规模|数量|人数|用户数|次数|件数|占比|比例|比重|份额|时长|总量|指标|营收|收入|利润|净利润|亏损|估值|市值|价格|售价|股价|销量|出货量|订单量|交付量|下载量|访问量|调用量|成交额|交易额|流水|渗透率|覆盖率|毛利率|利润率|市占率';
/** What may open the predicate right after the head: an adverb, a verb of level or change, a comparison. */
const PREDICATE_CUE =
  '也|亦|仍|则|已|均|都|未|不及|不如|逊于|好于|优于|接近|逼近|保持|维持|位居|跃升|跌破|回落|缩小|扩大|收窄|持平|一度|同比|环比|按年|年增|较|达|高达|超|逾|约|为|突破|增长|增加|下降|下滑|减少|提升|上升|占|不足|低于|高于|远低于|远高于|将|有望|创|再创|翻倍|翻番|跌|涨|升|降';
const LEAD = new RegExp(
  `^(?:而|但|同时|另外|此外)?([^，。；,;：:“”「」"\\d%]{0,20}?)(${MEASURE_HEAD})(?=${PREDICATE_CUE})`,
);
/**
 * What makes the measure someone else's or everyone's: a pronoun or demonstrative (its own subject,
 * read elsewhere), a preposition governing another party, a whole market or industry, another party.
 */
const NOT_OWN =
  /[其该这此它他她]|们|对|把|被|向|给|与其|行业|市场|同行|对手|竞品|其他|其它|整个|全国|国内|全球|外界|业内|分析师|投资者|机构|券商/;

/**
 * Whether a clause's own part (its folded text, and its tokens) opens on a measure of the subject
 * before, with no name of the gazetteer inside the measure's phrase.
 */
export function measureLeads(bodyText: string, body: readonly Token[]): boolean {
  const m = LEAD.exec(bodyText);
  if (!m || NOT_OWN.test(m[1]!)) return false;
  // (A metric the topic chain reads, bare, 股价连续两天重挫, is left to its rules: topic-chain.ts.)
  if (!m[1] && HAS_METRIC.test(m[2]!)) return false;
  const start = body[0]?.start ?? 0;
  const end = start + m[0].length;
  // (A clause opening on a verb or a preposition, 占总收入的比重…, 基于X的…, is no noun phrase.)
  const first = body.find((t) => !isPunct(t));
  if (!first || (/^[vp]/.test(first.tag) && first.tag !== 'vn')) return false;
  return !body.some((t) => t.entityId && t.start < end);
}
