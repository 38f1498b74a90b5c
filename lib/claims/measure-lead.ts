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
// (后者, 前者, 对方, 双方 point back to a party named before: 取得后者约一成股权 is that party's stake.)
const NOT_OWN =
  /[其该这此它他她]|们|对|把|被|向|给|与其|行业|市场|同行|对手|竞品|其他|其它|整个|全国|国内|全球|外界|业内|分析师|投资者|机构|券商|[后後前]者|[对對双雙]方/;

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

/**
 * Verbs and adverbs that open the predicate of a measure's level or change right after its noun
 * (毛利率为59%, 员工约170人, 成交量暴增至平日的5倍, 电池容量提升至5400mAh, 净利润超过20亿美元).
 */
const LEVEL_CUE =
  /^(?:为|為|是|达|達|达到|達到|高达|高達|约|約|约为|約為|仅|僅|仅为|僅為|超过|超過|超|逾|突破|不足|接近|近|有|升至|降至|增至|跌至|涨至|漲至|减至|減至|达至|提升|提高|增长|增長|增加|下降|下滑|减少|減少|降低|上升|上涨|上漲|下跌|收窄|扩大|擴大|维持|維持|介乎|介于|介於|翻倍|翻番|大增|暴增|急增|急升|急跌|锐减|銳減)$/;
/** Adverbs between a measure and its predicate: 已, 仍, 则, 也, 一度, 累计. */
const MEASURE_ADVERB =
  /^(?:已|已经|已經|仍|仍然|则|則|也|亦|均|都|更|更是|一度|累计|累計|合计|合計|共|总计|總計|再|又|还|還|同比|按年|环比|環比)$/;
/**
 * The last morpheme of a noun of measure, a closed class (收入, 产能, 开支, 售价, 估值, 毛利率, 交付量,
 * 人数, 成本, 利润, 份额…): what a bare figure right after the noun, with no verb, can be a level of
 * (非在线营销收入78亿元, 目标价60港元; not 标准版3999元起, a variant priced, whose measure is unsaid).
 */
const MEASURE_MORPHEME = /[入额額量率数數价價值润潤本能支费費资資比重长長度耗力频頻额模积積]$/;
/** Nouns of a change or gap of the figure before (增速, 涨幅): its reading, not another measure. */
const CHANGE_NOUN = /^(?:增速|增幅|涨幅|漲幅|跌幅|降幅|幅度|差距|差额|差額)$/;
/**
 * Nouns of a share or of what the market makes of the figure before (市占率 after a volume, 估值 after
 * a round, 占总收入的比重): a reading of that figure as a part of a whole or its price, not another
 * measure of the subject (topic-chain.ts anotherMeasure reads them so too).
 */
const READING_NOUN = /(?:市占率|市佔率|份额|份額|占比|佔比|比重|比例|估值|市值)$/;
/** A base of comparison opening after the measure: 较上一代, 比去年. */
const COMPARED = /^(?:较|較|比|相比|相较|相較)$/;
/** Words of a period that may open the clause before its measure: 当季, 全年, 同期 (an earlier value). */
const EARLIER = /同期|上季|上年|前年|此前|之前|早前|上一代|前代/;

/**
 * A clause (its tokens after its frame) that states a measure of its own with its figure: a noun
 * phrase with no name, pronoun or party of its own (a time, a connective before it), headed by a
 * noun, and then — after adverbs — a verb of level or change (为, 达, 约, 超过, 增长, 提升至…) or,
 * for a noun of measure, its figure right away; the figure (`figures`: the sentence's) in the
 * clause. Editors cut it from the figure before as another measure (tests/claims-eval/README.md,
 * "Comma-joined facts": 发售约3.65亿股 | 募资净额约412亿港元; 总参数量为A | 每个token激活的参数约B).
 * Returns the noun phrase's text, or null. Not a change with no noun (同比增长18%: it reads the
 * figure before), an act opening on its verb (发行15亿股), nor an earlier value (去年同期为…).
 */
export function ownMeasureLead(
  body: readonly Token[],
  figures: ReadonlyArray<{ start: number; end: number }>,
): { text: string; head: string; cue: string } | null {
  const words = body.filter((t) => !isPunct(t));
  const figureAt = (t: Token) => figures.some((f) => f.start <= t.start && f.end > t.start);
  let k = 0;
  if (/^(?:而|同时|同時|另外|此外|并且|並且|且)$/.test(words[k]?.word ?? '')) k++;
  // (累计 before a modifier of the measure, 累计提供的服务: it reads the whole phrase.)
  if (/^(?:累计|累計|合计|合計|总计|總計)$/.test(words[k]?.word ?? '')) k++;
  // (A time or period first: 当季, 全年, 去年, 2024年; never a figure.)
  while (k < words.length && !figureAt(words[k]!) && (words[k]!.tag === 't' || /^(?:m|mq)$/.test(words[k]!.tag))) k++;
  const np: Token[] = [];
  let j = k;
  while (j < words.length) {
    const t = words[j]!;
    if (
      figureAt(t) ||
      LEVEL_CUE.test(t.word) ||
      MEASURE_ADVERB.test(t.word) ||
      COMPARED.test(t.word) ||
      /^(?:d|mq)$/.test(t.tag)
    )
      break;
    np.push(t);
    j++;
  }
  if (np.length === 0 || np.length > 8) return null;
  while (j < words.length && !figureAt(words[j]!) && !LEVEL_CUE.test(words[j]!.word)) {
    // (A base of comparison between the measure and its change: 性能较上一代提升30%.)
    if (COMPARED.test(words[j]!.word)) {
      j++;
      while (j < words.length && !LEVEL_CUE.test(words[j]!.word)) j++;
      break;
    }
    // (就, 才, 便 make it the outcome of the clause before, 上线仅5天，用户数就突破100万: one fact.)
    if (/^(?:就|才|便)$/.test(words[j]!.word)) return null;
    if (!(MEASURE_ADVERB.test(words[j]!.word) || words[j]!.tag === 'd' || words[j]!.tag === 'mq')) return null;
    j++;
  }
  const cue = words[j];
  if (!cue) return null;
  // (The clause states a figure at or after its predicate: 达83.7万片.)
  if (!words.slice(j).some(figureAt)) return null;
  const text = np.map((t) => t.word).join('');
  const head = np[np.length - 1]!;
  const nominal = (t: Token) => /^(?:n|vn|eng|j|nz)/.test(t.tag) || (t.tag === 'v' && MEASURE_MORPHEME.test(t.word));
  // (A morpheme of measure jieba cut off as an adjective ends the noun before it: 使用时/长.)
  const cutMorpheme =
    head.tag === 'a' &&
    head.word.length === 1 &&
    MEASURE_MORPHEME.test(head.word) &&
    np.length > 1 &&
    nominal(np[np.length - 2]!);
  // (Its figure may take in the adverb or verb before it, 约170人, 达6100mAh: a bare figure has neither.)
  const bare = !LEVEL_CUE.test(cue.word) && !/^(?:d|mq)$/.test(cue.tag);
  if (
    !(nominal(head) || cutMorpheme) ||
    CHANGE_NOUN.test(head.word) ||
    READING_NOUN.test(text) ||
    /^[占佔]/.test(text) ||
    EARLIER.test(text) ||
    NOT_OWN.test(text)
  )
    return null;
  // (No name, pronoun, preposition or conjunction inside it: those give it a subject or a frame of its own.)
  // (Nor a base of comparison, 较5月发布时增长了33倍: a change of the figure before.)
  if (
    np.some(
      (t) =>
        t.entityId ||
        (t.tag === 'r' && !/^每/.test(t.word)) ||
        /^(?:[pc]|nr|ul)$/.test(t.tag) ||
        /^(?:同比|环比|環比)$/.test(t.word),
    )
  )
    return null;
  // (A verb inside it stands in a modifier closed by 的, 预训练使用的数据; else it is an act, 公布了路线图.)
  const lastDe = np.findLastIndex((t) => t.tag === 'uj' || t.word === '的');
  // (Or it modifies the noun right after it, one compound noun: 配送服务, 使用时长.)
  const compound = (n: number) => /^(?:n|vn)/.test(np[n + 1]?.tag ?? '');
  if (np.some((t, n) => n > 0 && t.tag === 'v' && !MEASURE_MORPHEME.test(t.word) && n > lastDe && !compound(n)))
    return null;
  // (A verb of its own opens an act, 覆盖15座城市, unless a 的 makes it a modifier, 累计提供的服务, or it
  // forms one noun with the head before a verb of level, 预约人数一度突破….)
  const de = np.some((t) => t.tag === 'uj' || t.word === '的');
  if (/^v/.test(np[0]!.tag) && np[0]!.tag !== 'vn' && !de && (np.length < 2 || bare)) return null;
  // (A verb noun alone is an act, 融资约6亿美元.)
  if (np.length === 1 && head.tag === 'vn') return null;
  // (A bare figure right after the noun: only a noun of measure has it as its level.)
  if (bare && !MEASURE_MORPHEME.test(head.word)) return null;
  return { text, head: cutMorpheme ? np[np.length - 2]!.word + head.word : head.word, cue: cue.word };
}

/**
 * A measure of each unit the figure before counts (发行15亿股，每股招股价3.85港元; 交付2万辆，单辆售价…):
 * 每 or 单 and the classifier that ends a figure of the clause before (`before`: those figures'
 * texts). It reads that figure, the price or size of each thing counted, and stays with it as one
 * claim (tests/claims-eval/README.md: a figure's reading stays with it); 每个token after 总参数量6710亿
 * counts no unit of the figure before and is a measure of its own.
 */
export function perUnitOf(leadText: string, before: readonly string[]): boolean {
  const m = /^(?:每|单|單)(?:一)?([\u4e00-\u9fff])/.exec(leadText);
  return !!m && before.some((f) => f.trim().endsWith(m[1]!));
}
