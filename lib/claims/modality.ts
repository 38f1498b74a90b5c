/**
 * The modality of a proposition (fact, reported, forecast, opinion, denied): forecasts and plans,
 * hedges and rumours, evaluative words, answers to a rumour.
 */
import { derived, EFFECT_VERB, epistemicWill, QUESTION_VERB } from './kind';
import { isPunct, type Token } from './segment';
import { isVerb, laterPredicate, negatedAt, NEGATION } from './words';
import type { DateRef } from './quantities';
import type { Modality } from './vocabulary';
import { isoStart } from '../text/dates';
import {
  COMMENTATOR,
  COLLECTIVE_SOURCE,
  DEGREE_ADVERB,
  EVALUATIVE_WORD,
  FORECAST_WORDS,
  GRADED_RECEPTION,
  GUIDANCE,
  INFORMED_SOURCE,
  INLINE_HEDGE,
  INTENT_VERB,
  NEUTRAL_SPEECH_VERB,
  OPINION_WORDS,
  PRONOUN,
  UNNAMED_SOURCE,
} from './cues';
import type { Attribution, Clause } from './types';
import { asExpected, expectedAsStandard, pastPlanAt } from './clauses';
import { insideLongerQuote } from './quotes';
import { infersFromBefore } from './voices';
import { CLEFT_COPULA, insideTitle } from './subject';
import { gradesShare, TARGET_PRICE_WORD } from './broker-verdict';

/** The pattern for `matchAll` (global). */
const everywhere = derived(new WeakMap(), (pattern) => new RegExp(pattern.source, 'g'));

/**
 * Whether `pattern` matches at the start of a word of `tokens`: a cue is a word or begins one
 * (令人惊叹), not the tail of one (拟 is not in 模拟). Names and 《titles》 are skipped: 《…行动计划》 plans nothing,
 * 极光数据 is not data.
 */
function saysWord(pattern: RegExp, tokens: readonly Token[]): boolean {
  let text = '';
  const bounds = new Set<number>([0]);
  let depth = 0;
  for (const t of tokens) {
    if (t.word === '《') depth++;
    const skip = depth > 0 || !!t.entityId;
    if (t.word === '》') depth = Math.max(0, depth - 1);
    text += skip ? '\u0000' : t.word;
    bounds.add(text.length);
  }
  // A match must start a word; it may end inside one (令人惊叹 is one word to jieba).
  for (const m of text.matchAll(everywhere(pattern))) if (bounds.has(m.index) && !m[0].includes('\u0000')) return true;
  return false;
}

/** What a company sets for a later period: its target, budget, guidance, plan. */
const PLANNED_NOUN = /(目标|预算|指引|计划|规划|财测|展望|路线图|蓝图)$/;

/** Words that say a predicate is done: 已, 提前, 如期, 终于, a perfective 了. */
const DONE_MARK = /^(已|已经|早已|提前|如期|终于|了)$/;

/** Verbs of calling a plan off or shelving it. */
const CALL_OFF = /^(取消|叫停|终止|中止|放弃|搁置|撤回|撤销|暂停|暂缓|喊停)$/;

/**
 * A plan called off: a verb of calling off done (已 / 已经 before it, or 了 after it), not negated
 * and not itself planned (将取消, 计划取消 are "will": no adverb of the past).
 */
function callsOff(words: readonly Token[], i: number): boolean {
  if (!CALL_OFF.test(words[i]!.word)) return false;
  const before = words[i - 1]?.word ?? '';
  return PAST_BEFORE_WILL.test(before) || (words[i + 1]?.word === '了' && !/^(将|会|要|拟|计划|打算)$/.test(before));
}

/** Verbs that estimate a figure (Taiwan writes 估 alone: 法人估…): of a period still running, what they give is a forecast. */
const ESTIMATING_VERB = /^(预估|預估|估计|估計|预计|預計|预测|預測|预期|預期|预料|預料|料|估)$/;

/**
 * A period (a year, a half, a quarter, a month) that holds the article's date: one still running
 * when the article is written. A day is not: it is over or to come.
 */
function runningAt(iso: string, articleDate: string | null): boolean {
  if (!articleDate || !/^\d{4}(-(\d{2}|[HQ]\d))?$/.test(iso)) return false;
  if (!iso.includes('-') || /^\d{4}-\d{2}$/.test(iso)) return articleDate.startsWith(iso);
  const m = /^(\d{4})-([HQ])(\d)$/.exec(iso)!;
  if (!articleDate.startsWith(m[1]!)) return false;
  const month = Number(articleDate.slice(5, 7));
  const span = m[2] === 'H' ? 6 : 3;
  const first = (Number(m[3]) - 1) * span + 1;
  return month >= first && month < first + span;
}

/** Verbs of estimating: what they give is a forecast whoever passes it on. */
// (估算, 测算 compute a figure as it is, not as it will be: "估算其成本在10元至20元之间".)
const ESTIMATE = /预计|预测|预期|估计|有望/;

/** "将X整合进了Y": a perfective 了 after the verb 将 governs tells a done act; 将 is 把. */
function perfectiveAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]!); k++) if (tokens[k]!.word === '了') return true;
  return false;
}

/**
 * 将 as 把 before a possessive noun phrase and a resultative verb ("将主力模型的价格降到…",
 * "将其总部迁至…"): jieba may tag the first word of the phrase a verb, but a noun right before
 * a verb of result (V到, V至, V为, V成, V入, 作为, 视为) after a 的 shows the disposal frame.
 */
function disposes(tokens: Token[], i: number): boolean {
  if (bareObjectBefore(tokens, i)) return true;
  let de = false;
  for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]!); k++) {
    const t = tokens[k]!;
    if (t.word === '的') de = true;
    else if (de && isVerb(t) && RESULTATIVE.test(t.word) && /^n/.test(tokens[k - 1]?.tag ?? '')) return true;
    else if (k > i + 1 && opensObject(tokens[i + 1]!) && changesBy(tokens, k)) return true;
  }
  return false;
}

/** A verb of result: what 把/将 does to its object. */
const RESULTATIVE = /^(.+(到|至|为|成|入)|作为|视为|当作|当成|交由|交给)$/;

/** A verb of result moving its object somewhere (迁往, 转往, 整合进, 并进): 把/将 before it too. */
const MOVED = /^.+(往|进)$/;

/**
 * "将数据中心迁至贵州", "将Orion升级为多模态模型", "将总部迁往上海": 将, a bare noun phrase (one to
 * three nouns, names or Latin words, no 的) and right after it a verb of result is the disposal
 * frame; "will" never puts its subject's object before the verb.
 */
function bareObjectBefore(tokens: Token[], i: number): boolean {
  if (!tokens[i + 1] || !opensObject(tokens[i + 1]!)) return false;
  let k = i + 1;
  // (jieba's own tag: a noun right after the adverb 将 is retagged a verb, see segment.ts.)
  const nominal = (t: Token) => !!t.entityId || /^(n|nz|nt|ns|nr|eng|j)$/.test(t.jiebaTag ?? t.tag);
  while (k < tokens.length && k - i <= 3 && nominal(tokens[k]!)) k++;
  const verb = tokens[k];
  return k > i + 1 && !!verb && isVerb(verb) && (RESULTATIVE.test(verb.word) || MOVED.test(verb.word));
}

/** The word after 将 may open its object: no preposition, adverb or adverb of manner (将把, 将于, 将全面). */
const opensObject = (t: Token) =>
  !/^(p|d|ad)$/.test(t.tag) && !FUTURE_PREPOSITION.test(t.word) && !WILL_MANNER.test(t.word);

/** Verbs that move an amount up or down: 下调, 调降, 提高… (what 把/将 does to a price or a target). */
const CHANGE_VERB = /^(下调|上调|调降|调升|调低|调高|降低|提高|提升|削减|缩减|压缩|下修|上修)$/;

/**
 * "将部分GPU算力租用价格下调约三成", "将目标价上调至80元": a noun right before a verb of change that
 * is followed by its amount (a number, 约/近 and a number, or 至/到) closes the object of 把; "将下调
 * 约三成" (no noun between) is "will".
 */
function changesBy(tokens: Token[], k: number): boolean {
  // (The caller checks that 将 opens a noun phrase, not 将把, 将于, 将大幅: see opensObject.)
  const [t, before] = [tokens[k]!, tokens[k - 1]!];
  if (!CHANGE_VERB.test(t.word) || !(/^(n[a-z]*|eng)$/.test(before.tag) || before.entityId)) return false;
  const next = tokens[k + 1];
  const after = next && /^(约|約|近|了|逾|超)$/.test(next.word) ? tokens[k + 2] : next;
  return !!after && (after.tag === 'm' || /^(至|到|为)$/.test(after.word));
}

/**
 * Prepositions after 将 that open the phrase before its verb (将对…, 将从…, 将与…, 将按照…, 将通过…);
 * the agent of a passive (将由X出任, 将被全面禁止) too: 把 never takes one, so 将 is "will".
 */
const FUTURE_PREPOSITION =
  /^(对|从|自|与|在|于|向|为|和|同|跟|给|以|以此|把|由|被|按|按照|依照|依据|根据|通过|借助|凭借|基于|围绕|针对|就|朝|经由)$/;

/** The writer's certainty or inference: 无疑, 显然, 必然, 意味着 — a view, even of what is to come. */
const WRITER_CERTAINTY = /^(无疑|显然|必然|注定|毫无疑问|毋庸置疑|意味着|预示着|预示)$/;

/** The writer's epistemic doubt: 恐怕, 或许, 未必 — a view, even of what is to come. */
// (And the evidentials of appearance, 看样子, 看起来, 看上去: an inference from how things look, as
// 看来 frames one, a view even of what is to come.)
const WRITER_DOUBT = /^(恐怕|或许|也许|未必|想必|大概率|多半|兴许|看样子|看起来|看上去)$/;

/**
 * Adverbs of manner that jieba tags otherwise (正式 ad, 全面 n, 优先 vn): after 将 they open the
 * verb phrase (将正式上线, 将全面开放, 将优先支撑), an object of 把 never.
 */
const WILL_MANNER = /^(正式|全面|优先|率先|同步|陆续|逐步|分批|首次|首度|再度|再次|持续|继续|进一步|大规模|大幅|尽快)$/;

/**
 * Taiwan's verbs of change over a period (季增, 年增, 月減, 年減: "grows quarter on quarter"), which
 * jieba cuts into a noun and a verb (季/增): after 将 they are its verb, "will", not an object of 把.
 */
function periodOnPeriod(tokens: readonly Token[], k: number): boolean {
  return /^(季|年|月|周)$/.test(tokens[k]?.word ?? '') && /^(增|减|降|升|跌|涨)$/.test(tokens[k + 1]?.word ?? '');
}

/** Adverbs of the past: 将 before them is 把, never "will". */
const PAST_ADVERB = /^(曾|曾经|已|已经|早已|一度)$/;

/** Adverbs of the past before 将: "已将X下调至…", "曾将X纳入…" did it; 将 is 把. */
const PAST_BEFORE_WILL = /^(已|已经|早已|曾|曾经|先后|均已|都已|此前已)$/;

/**
 * This quarter, this (fiscal) year by their words (本季, 本财季, 本财年): running when the article is
 * written on any calendar, also a company's own, which a date leaves unresolved (quantities.ts).
 */
const THIS_PERIOD_WORD = /^(?:本|这|這|当前|當前)(?:一)?(?:个|個)?(?:财|財)?(?:季度?|年度)$|^本(?:财|財)年$/;
/** Verbs before 将 that make it "will" whatever the dates: X去年宣布将…, 表示将…. */
const INTENT_BEFORE_WILL = /^(宣布|表示|称|宣称|透露|计划|打算|决定|承诺|预计|预告|官宣|强调|指出|同意)$/;

/**
 * Whether the forecast word at `i` only modifies a noun, in a clause whose predicate comes after
 * it: "在即将到来的市场中占得先机", "将于明年上线的Nova已开放预约" — the claim is the later
 * predicate's, done now.
 */
function inForecastModifier(words: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
    const t = words[j]!;
    if ((isPunct(t) && t.word !== '、') || /^(了|过|着)$/.test(t.word)) return false;
    if (t.word !== '的') continue;
    // ("将支撑星辰的大模型训练": a verb with its own object before 的 makes the 的 the object's
    // possessive, and the verb the predicate 将 makes future.)
    const owner = words[j - 1]!;
    const verbBefore = words.slice(i + 1, j - 1).some(isVerb);
    if (verbBefore && (!!owner.entityId || /^(n[a-z]*|eng|r)$/.test(owner.tag))) return false;
    const head = words[j + 1];
    return !!head && (!!head.entityId || /^(n[a-z]*|eng)$/.test(head.tag)) && laterPredicate(words as Token[], j + 1);
  }
  return false;
}

/**
 * "X发布公告称，将对平台内AI生成的内容添加标识": right after a verb of saying or intent and its comma,
 * 将 opens what is said or intended, a predicate; a 的 after it belongs to its object, not to a
 * noun phrase that 将 modifies ("将于明年上线的Nova已开放预约").
 */
function saidBefore(words: readonly Token[], t: Token): boolean {
  const before = words.filter((w) => w.start < t.start);
  const last = before[before.length - 1];
  if (!last || !isPunct(last)) return false;
  const verb = before.filter((w) => !isPunct(w)).pop();
  return !!verb && INTENT_BEFORE_WILL.test(verb.word);
}

export function modalityOf(
  words: Token[],
  tokens: Token[],
  prop: {
    attribution: Attribution;
    opinion: boolean;
    forecast: boolean;
    hearsay?: boolean;
    belief?: boolean;
    says?: boolean;
    quoted?: boolean;
    estimates?: boolean;
    /** A verb of estimating (估计, 预估) frames it: see estimatesAhead. */
    estimator?: boolean;
    construed?: boolean;
    reading?: boolean;
    /** The claim is someone keeping silent (不予置评, 未回应): a fact, whoever reported what. */
    silent?: boolean;
    /** The claim answers a report (回应称, or the rumoured party speaking: see answersRumour). */
    responds?: boolean;
  },
  dates: DateRef[],
  articleDate: string | null,
  /** Dates of a leading clause of time: they may put the claim in the past, never ahead. */
  leadDates: DateRef[] = [],
): Modality {
  if (prop.silent) return 'fact';
  // ("X表示，“具体时间以官方公告为准”": deferring to what will be announced is a non-answer, as
  // keeping silent is; it states no view and predicts nothing.)
  if (DEFERS_TO_NOTICE.test(words.map((t) => t.word).join(''))) return 'fact';
  // "已取消原定于下月举行的发布会", "叫停了原计划明年投产的项目": a plan called off is done with; its
  // dates and words of plan are the plan's, the claim is the act of calling it off.
  const calledOff = words.findIndex((_, i) => callsOff(words, i));
  // "预计于下月完成的交割已提前完成", "明年的研发预算已获批准": a later date inside a noun's modifier
  // (the date, then 的 and the noun) dates what the noun names; the predicate after it, said done
  // (已, 提前, 如期, 了), is now.
  const inDoneModifier = (d: DateRef) => {
    const after = words.findIndex((t) => t.start >= d.end);
    for (let j = after; j >= 0 && j < words.length && !isPunct(words[j]!); j++) {
      if (words[j]!.word !== '的') continue;
      // (The noun may open with an adjective or a numeral, 的新工厂; jieba may tag it a verb, 的交割.)
      const head = words[j + 1];
      if (!head || isPunct(head)) return false;
      // (A target, budget or guidance for the later period is a forecast however it was set:
      // "已将明年的增长目标定在20%以上".)
      if (words.slice(j + 1, j + 5).some((t) => PLANNED_NOUN.test(t.word))) return false;
      // The predicate said done, before the noun phrase ("已于昨日完成此前预计于下月完成的交割") or after it.
      return words.some((t) => (t.start < d.start || t.start > words[j]!.start) && DONE_MARK.test(t.word));
    }
    return false;
  };
  const future =
    calledOff < 0 &&
    articleDate !== null &&
    dates.some(
      (d) =>
        d.iso &&
        // (A day later in the article's own month is ahead too: "正于3月7日起全面生效" on 3月5日.)
        (isoStart(d.iso).slice(0, 7) > articleDate.slice(0, 7) || (d.iso.length === 10 && d.iso > articleDate)) &&
        d.iso.length >= 4 &&
        d.iso.slice(0, 4) >= articleDate.slice(0, 4) &&
        !inDoneModifier(d),
    );
  // "高于市场此前的预期", "不如预期": an expectation named as a noun (after 的, or the standard
  // of a comparison) is what was expected before, not a prediction now.
  // "超出华尔街预期", "低于分析师此前预期", "好于预期": the standard may be a few nouns back.
  // "正如此前预期，X如期发布了Y", "如市场所预料": what happened as it was expected tells it happened.
  const expectation = (t: Token, i: number) =>
    /^(预期|预计|预测|预估|预料)$/.test(t.word) &&
    (words[i - 1]?.word === '的' || expectedAsStandard(words, i) || asExpected(words, i));
  // "预估本季毛利率约为70.6%", "估计今年出货量约为500万台": an estimate of a period still running
  // when the article is written (this quarter, this year, not a day) is of a figure not yet known,
  // a forecast; of a period ended ("估计去年的出货量…") it is the estimator's view.
  // (A data firm's estimate, "数据机构X估计今年一季度的GMV…", measures the period as it goes: its view.)
  const estimatesAhead =
    calledOff < 0 &&
    prop.attribution.kind !== 'data' &&
    // ("一季度营收增长30%，超出市场预期": the expectation a result beat estimates nothing now.)
    (prop.estimator || words.some((t, i) => ESTIMATING_VERB.test(t.word) && !expectation(t, i))) &&
    [...dates, ...leadDates].some((d) => runningAt(d.iso, articleDate) || THIS_PERIOD_WORD.test(d.text));
  // "去年将总部迁至杭州": in the article's own voice, dated wholly before the article (a day, a
  // month or a year that does not hold the article's date) with no verb of intent before it, 将 is
  // 把. (Someone's words, "X23日宣布，将…", keep the speaker's "will".)
  const past =
    articleDate !== null &&
    !future &&
    prop.attribution.kind === 'article' &&
    [...dates, ...leadDates].some(
      (d) =>
        /^\d{4}(-\d{2}){0,2}$/.test(d.iso) &&
        !articleDate.startsWith(d.iso) &&
        d.iso < articleDate.slice(0, d.iso.length),
    ) &&
    // ("上月在财报中给出的指引显示，今年第一季营收将季增6%": a period of the claim's own still running,
    // a quarter or a year, is what 将 looks ahead into; the past date is when it was said.)
    !dates.some((d) => /^\d{4}-[HQ]\d$/.test(d.iso) && runningAt(d.iso, articleDate));
  // "原计划在3月发布", "此前预计将在年底上线": a plan or expectation put in the past covers what
  // follows it.
  const plannedBefore = calledOff >= 0 ? calledOff : words.findIndex((_, i) => pastPlanAt(words, i));
  const afterPastPlan = (t: Token) => plannedBefore >= 0 && t.start >= words[plannedBefore]!.start;
  // 将 before a verb is "will"; before a noun it is 把 ("它将所投公司融入…").
  // A past adverb after it makes it 把 (将曾经大火的模型碾压); so does one before it (已将X下调至…),
  // a perfective 了 after its verb (将X整合进了Y), or a past date with no verb of intent before it.
  const willAdverb = tokens.some(
    (t, i) =>
      t.word === '将' &&
      !PAST_BEFORE_WILL.test(tokens[i - 1]?.word ?? '') &&
      !perfectiveAfter(tokens, i) &&
      !(past && !words.some((x) => x.start < t.start && INTENT_BEFORE_WILL.test(x.word))) &&
      !afterPastPlan(t) &&
      !(inForecastModifier(tokens, i) && !saidBefore(words, t)) &&
      tokens[i + 1] !== undefined &&
      // "将对X带来压力", "将从A转向B": a prepositional phrase before the verb is still "will".
      // "将「负责任地推动…」": a quote mark before the verb is still "will".
      (isVerb(tokens[i + 1]!) ||
        tokens[i + 1]!.tag === 'd' ||
        WILL_MANNER.test(tokens[i + 1]!.word) ||
        FUTURE_PREPOSITION.test(tokens[i + 1]!.word) ||
        periodOnPeriod(tokens, i + 1) ||
        // "将额外获得", "将另外投入": a modifier of manner (a distinguishing or plain adjective) and a verb.
        (/^(b|a|ad)$/.test(tokens[i + 1]!.tag) && !!tokens[i + 2] && isVerb(tokens[i + 2]!)) ||
        (/^[“「『"]$/.test(tokens[i + 1]!.word) &&
          !!tokens[i + 2] &&
          (isVerb(tokens[i + 2]!) || /^(ad|d)$/.test(tokens[i + 2]!.tag)))) &&
      !PAST_ADVERB.test(tokens[i + 1]!.word) &&
      !disposes(tokens, i),
  );
  // A prediction stays one whoever makes it; otherwise a view (认为, 表示) is an opinion.
  // "未来的发展" names the future; it predicts nothing. Nor does "未来几代模型", "未来两款产品":
  // a count of generations or models after 未来 makes a noun phrase for later products, not the
  // time of the predicate ("未来三年投入…" is one).
  const laterProducts = (i: number) =>
    words[i + 1]?.tag === 'm' &&
    /[代款]$/.test(words[i + 1]!.word + (words[i + 2]?.tag === 'q' ? words[i + 2]!.word : ''));
  // Nor does "把未来15年的串流权利出售予X": a span of time after 未来 and then 的 measures the noun
  // after it (rights for the next 15 years), the act itself is now.
  // ("未来一到两年内的升级": a range of spans, and 内 closing it, measure the noun too.)
  const spanModifier = (i: number) => {
    let k = i + 1;
    while (words[k] && (/^(m|t|q)$/.test(words[k]!.tag) || /^(到|至|内|以内)$/.test(words[k]!.word))) k++;
    return k > i + 1 && words[k]?.word === '的';
  };
  // ("已启动「安全未来倡议」": a forecast word inside a quoted name names nothing to come.)
  const futureWord = words.some(
    (t, i) =>
      t.word === '未来' &&
      words[i + 1]?.word !== '的' &&
      !laterProducts(i) &&
      !spanModifier(i) &&
      !insideLongerQuote(words, i) &&
      // ("《AI未来展望》" names a report: a word inside a title predicts nothing.)
      !insideTitle(words, i),
  );
  // "宣布X开放计划", "该计划的实施": 计划 ending a noun phrase names a programme; a plan to do
  // something has what it plans after it (计划明年推出, 计划在…).
  // ("完成了计划中的裁员": a plan 中 / 内 and 的 names what was planned, a noun too. "没有出售X的打算",
  // "并无上市的规划": 打算 and 规划 after 的 and ending the clause are the noun "intention", which a
  // negation before it disowns.)
  const ends = (i: number) => !words[i + 1] || isPunct(words[i + 1]!);
  const programme = (t: Token, i: number) =>
    (t.word === '计划' &&
      (ends(i) ||
        words[i + 1]!.word === '的' ||
        (/^(中|内)$/.test(words[i + 1]!.word) && words[i + 2]?.word === '的'))) ||
    (/^(打算|规划|计画)$/.test(t.word) && words[i - 1]?.word === '的' && ends(i));
  const forecastWord =
    saysWord(
      FORECAST_WORDS,
      words.filter(
        (t, i) =>
          t.word !== '未来' &&
          // (The 估计 of "X估计，…" is the estimator's verb: the words say whether it is ahead.)
          !(prop.estimates && t.word === '估计') &&
          !insideLongerQuote(words, i) &&
          !expectation(t, i) &&
          !afterPastPlan(t) &&
          !inForecastModifier(words, i) &&
          !programme(t, i),
      ),
    ) ||
    futureWord ||
    (!past && intendsTo(words)) ||
    mayHappen(words) ||
    reachesUpTo(words) ||
    conditionalWill(words) ||
    setsTarget(words) ||
    (!past && byDeadline(words)) ||
    (!past && atThatTime(words)) ||
    (!past && nextPeriod(words)) ||
    (!past && modalYao(words));
  // An unnamed source's hedge (知情人士透露, 有消息称) reports, even a plan (计划, 将); an
  // estimate it passes on (预计将达到…) is a forecast; an unnamed speaker's view ("某负责人表示")
  // is an opinion.
  // A view framed by a verb of belief (认为, 看来, 判断) is an opinion, even about the future.
  if (prop.belief) return 'opinion';
  // "被业界解读为…", "被视为关键变数": how others construe it is a view, not the fact itself.
  if (!prop.hearsay && prop.construed) return 'opinion';
  // (The graded and evaluative words are the proposition's own: a leading clause may be another's.)
  // In an answer to a report, 确实/的确 confirm what was reported ("X回应称，确实与Y有过接触"):
  // the part of an answer that confirms is a fact the answering party states, not a judgement.
  const judges =
    saysWord(OPINION_WORDS, words) ||
    (gradedReception(words) && !measured(words)) ||
    evaluative(tokens.filter((t) => !isPunct(t) && !(prop.responds && CONFIRMING.test(t.word))));
  // (The writer's or a commentator's weighing of what matters: see weighsStake; a commentator weighing
  // an open question argues a view as the writer does, see openQuestion. A speaker naming its own
  // priority, "海外将是公司明年的重点", plans; hearsay stays hearsay.)
  if (
    !prop.hearsay &&
    (prop.attribution.kind === 'article' ||
      (prop.attribution.kind === 'unnamed' && !INFORMED_SOURCE.test(prop.attribution.text ?? ''))) &&
    (weighsStake(words) || (prop.attribution.kind === 'unnamed' && openQuestion(words)))
  )
    return 'opinion';
  if (prop.attribution.kind === 'unnamed' || prop.hearsay) {
    // "有分析师指出，…恐面临修正": a commentator's judging words are a view; what an informed
    // source passes on (知情人士透露, 据悉) stays hearsay.
    const source = prop.attribution.text ?? '';
    // Someone described, not a hedge ("某负责人表示", "多位试用者指出"), saying what no figure
    // measures gives a view too.
    const described = !prop.hearsay && !!source && !INFORMED_SOURCE.test(source) && !UNNAMED_SOURCE.test(source);
    // ("外界普遍估计，…", "市场普遍预期…": a collective that estimates, expects or judges gives the
    // prevailing view, as a commentator does; it passes nothing on.)
    const consensus = COLLECTIVE_SOURCE.test(source) && (prop.estimates || prop.forecast || prop.opinion);
    const commentator = !prop.hearsay && (COMMENTATOR.test(source) || consensus) && !INFORMED_SOURCE.test(source);
    // Hearsay wins over what it says will happen (知情人士透露…将, 据悉…预计, 有消息称…可能: the
    // editors' majority, tests/claims-eval/README.md); what a commentator or someone described
    // expects (分析师预计, 某基金经理指出…将) is their forecast, and what they compute (估算) their view.
    const informed = !commentator && !described;
    // ("据一位投资人估算": a figure told with the hedge 据 is still passed on, hearsay.)
    const hedged = /^据/.test(words.find((t) => !isPunct(t))?.word ?? '');
    if (prop.estimates && !informed && !hedged && !estimatesAhead) return 'opinion';
    // "有分析人士指出，罚单落地意味着…", "业内人士指出，X此次放弃，意味着…将更加艰难": a commentator's
    // certainty or inference (意味着, 无疑, 注定) is their view, even of what is to come, as the
    // writer's is below; a figure it gives is computed, and a source who passes it on (据外媒测算，
    // 这意味着…) stays hearsay.
    if (!informed && !hedged && words.some((t) => WRITER_CERTAINTY.test(t.word)) && !measured(words)) return 'opinion';
    if (
      !informed &&
      (prop.forecast ||
        estimatesAhead ||
        // ("法人預估…將成長三成", "有分析师指出，X明年可望扭亏为盈": an analyst's or a broker's words
        // of what is to come are their forecast; a supply-chain source who 透露 leaks, see above.)
        // (So are those of someone described, "一位从业者告诉记者，…将不得不…", unless they leak it,
        // 透露, or the article passes it on with 据.)
        ((FORECASTER.test(source) || (DESCRIBED_PERSON.test(source) && !hedged && !leaks(words))) &&
          (forecastWord || willAdverb)) ||
        saysWord(
          ESTIMATE,
          words.filter((t, i) => !expectation(t, i) && !afterPastPlan(t)),
        ) ||
        // "有分析师指出，…收入增长或会放缓", "…可能拖累需求": a commentator's hedged "will" is
        // their prediction (the README's majority: a prediction under a neutral verb is a forecast).
        speakerPredicts(words))
    )
      return 'forecast';
    if ((commentator || described) && (judges || (prop.says && !measured(words)))) return 'opinion';
    // "有分析师指出，X股价当日微升0.4%": what an analyst or an expert states with a neutral verb of
    // saying and without judging (a figure) is theirs on the record, a fact with its source, not
    // hearsay: they comment, they do not leak. (A source who 透露 leaks; one 据 leads is passed on.)
    if (commentator && !hedged && !prop.opinion && ANALYST.test(source) && saysNeutrally(words)) return 'fact';
    // (A commentator's belief goes on into the clauses after it: 业内人士认为，…，“关键是…”.)
    return prop.opinion && source && (commentator || !UNNAMED_SOURCE.test(source)) ? 'opinion' : 'reported';
  }
  // "…，这意味着其12月交付量同比翻了一番", "…，这说明其核心业务正面临压力": the writer's inference
  // from the fact before is a computed fact when a figure gives it, else a view of theirs.
  if (
    prop.attribution.kind === 'article' &&
    infersFromBefore(
      words
        .filter((t) => !isPunct(t))
        .map((t) => t.word)
        .join(''),
    )
  )
    return measured(words) ? 'fact' : 'opinion';
  // "恐怕要等到明年才见分晓": the writer's own doubt about what is to come is a view of theirs.
  if (prop.attribution.kind === 'article' && words.some((t) => WRITER_DOUBT.test(t.word))) return 'opinion';
  // "X此次降价无疑将加剧竞争", "X的入局，意味着价格战将升级": the writer's certainty, or an
  // inference of theirs, about what is to come is a view of theirs too (as after 认为).
  if (prop.attribution.kind === 'article' && words.some((t) => WRITER_CERTAINTY.test(t.word))) return 'opinion';
  if (prop.attribution.kind === 'article' && openQuestion(words)) return 'opinion';
  // ("X表示，Y能否盈利取决于成本": a speaker weighing an open question argues a view as the writer
  // does; one who also predicts, "X预计…有望…，但能否…仍是未知数", forecasts.)
  const speaks = prop.attribution.kind === 'person' || prop.attribution.kind === 'organization';
  if (speaks && !prop.forecast && !forecastWord && !willAdverb && openQuestion(words)) return 'opinion';
  // "维持X“买入”评级", "将X的评级由“买入”下调至“中性”": a broker's rating is its view of the share
  // (the 将 of a rating moved is 把, not "will").
  if (gradesShare(words) && !saysWord(TARGET_PRICE_WORD, words)) return 'opinion';
  if (prop.forecast || forecastWord || willAdverb) return 'forecast';
  // "X坦言，成本可能高达…", "X表示，价格不会跟进": what a speaker says is likely to come is their
  // prediction, however frank the verb that frames it.
  // (Quoted whole, "X说：“…会变得越来越细。”", the words are the speaker's view of a trend; told by
  // a medium or from its data, 据媒体援引…可能高达, they are passed on, not predicted.)
  const speaker = prop.attribution.kind === 'person' || prop.attribution.kind === 'organization';
  const medium = prop.attribution.kind === 'organization' && INFORMED_SOURCE.test(prop.attribution.text ?? '');
  // (Unless the quoted words are the speaker's own plan, in the first person: "“我们…不会再慢下来。”")
  const ownWords = words.some((t) => /^(我们|我|咱们)$/.test(t.word));
  if (speaker && !medium && (!prop.quoted || ownWords) && (speakerPredicts(words) || epistemicWill(tokens)))
    return 'forecast';
  // "对下一季的财测同样亮眼": a later date with no word of intent says when; words that judge make
  // the claim a view of it.
  if ((future || estimatesAhead) && !judges) return 'forecast';
  // ("X未给出营收指引": guidance withheld forecasts nothing; the claim is the silence.)
  const withheld = words.some((t, i) => /^(给出|提供|公布|发布|更新)$/.test(t.word) && negatedAt(words, i));
  // ("优于公司先前财测上缘", "高于此前指引": guidance that a result is measured against is what
  // was forecast before, as an expectation is, not a forecast now.)
  const guidanceBeaten = (t: Token, i: number) =>
    /^(财测|财|指引|展望)$/.test(t.word) && (expectedAsStandard(words, i) || beatenEarlier(words, i));
  if (
    saysWord(
      GUIDANCE,
      words.filter((t, i) => !guidanceBeaten(t, i)),
    ) &&
    !judges &&
    !withheld
  )
    return 'forecast';
  // "将X的目标价由70港元下调至65港元", "目标价定为52港元": a target price with its amount is where an
  // analyst expects the share to go, a forecast of theirs (a note that only moves it, 下调了其目标价,
  // tells the act).
  if (saysWord(TARGET_PRICE_WORD, words) && measured(words)) return 'forecast';
  // "将今年的交付目标由30万辆上调至35万辆", "下修全年营收指引至…": a target or guidance moved to a new
  // figure is the new figure set for the period, a forecast as the target itself is (setsTarget).
  if (movesTarget(words) && measured(words)) return 'forecast';
  if (prop.opinion) return 'opinion';
  if (prop.reading && !measured(words)) return 'opinion';
  // "分析师王海川估算，X的营收约为500亿元": a named analyst's figure is their estimate, a view;
  // an unnamed one's (据一位投资人估算) is hearsay, above.
  // (So is a data firm's, "数据机构X估计，…": what it estimates is not what it measured; told with
  // 据, "据X数据估算", it is passed on as the firm's data.)
  const citedData = /^据/.test(words.find((t) => !isPunct(t))?.word ?? '');
  if (
    prop.estimates &&
    (prop.attribution.kind === 'person' ||
      prop.attribution.kind === 'organization' ||
      (prop.attribution.kind === 'data' && !citedData))
  )
    return 'opinion';
  // "X的创始人称，该模型已可对标Y", "…“已接近Y”": a person's claim that a product is on a par with
  // a named rival, with no figure measuring it, is their assessment.
  if (prop.attribution.kind === 'person' && claimsParity(words) && !measured(words)) return 'opinion';
  // "智谱的发展也面临外部压力", "星火App面临豆包等产品的强力竞争": in the writer's voice, a firm facing a
  // hardship (pressure, a challenge, competition) with no figure to measure it is the writer's
  // assessment of its position; a party saying it of itself (X表示，业绩面临挑战) states a fact.
  if (prop.attribution.kind === 'article' && facesHardship(words) && !measured(words)) return 'opinion';
  // A speaker's own words quoted whole ("X说：“开源是唯一的路线。”") are their view, unless
  // they give a figure, which is passed on as a fact.
  if (judges || (prop.says && prop.quoted && !measured(words))) return 'opinion';
  // "X表示，此次合作是Y“又一次自我突破”": a speaker's quoted name for something after a copula is
  // their characterisation of it (the editors': a quoted characterisation is `opinion`).
  if (speaker && quotedCharacterisation(words)) return 'opinion';
  // "X表示，Y上线后的表现「超出预期」": how something did graded against expectations, with no figure
  // to measure it, is a judgement; "营收120亿元，高于预期" measures it.
  if (gradedAgainstExpectation(words)) return 'opinion';
  // "会让…": the writer's expectation is a judgement of theirs; a speaker's (X表示，Y会…) a
  // prediction they make.
  if (epistemicWill(tokens)) return prop.attribution.kind === 'article' ? 'opinion' : 'forecast';
  return 'fact';
}

/**
 * "优于公司在5月给出的财测上限": a verb of measuring against a standard earlier in the clause, whose
 * object ends on the guidance (its modifier may hold a place, a date and a verb: 在5月给出的), makes
 * it the standard a result is measured against, as expectedAsStandard does right before it.
 */
function beatenEarlier(words: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !isPunct(words[k]!); k--)
    if (/^(远|略|稍|大幅)?(高于|低于|优于|好于|逊于|超出|胜过|不及|未达|符合)$/.test(words[k]!.word)) return true;
  return false;
}

/** What a firm may face that only a judgement weighs: pressure, a challenge, competition, a plight. */
const HARDSHIP = /^(压力|挑战|竞争|困境|难题|考验|阻力|瓶颈|困扰|麻烦|逆风)$/;

/**
 * A verb of facing (面临, 面对, 承受, 遭遇) and, in its clause, a noun of hardship as its object's head;
 * or the passive of being troubled (受…困扰). Not in a modifier of a noun (面临的问题是…: the claim is
 * what follows).
 */
function facesHardship(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    if (t.word === '受' || t.word === '更受') {
      for (let k = i + 1; k < words.length && !isPunct(words[k]!); k++) if (words[k]!.word === '困扰') return true;
      return false;
    }
    if (!/^(面临|面临着|面对|承受|遭遇)$/.test(t.word) || words[i + 1]?.word === '的') return false;
    for (let k = i + 1; k < words.length && !isPunct(words[k]!); k++) {
      if (!HARDSHIP.test(words[k]!.word)) continue;
      // (The noun must close the object: "面临压力测试" names a test.)
      const next = words[k + 1];
      return !next || isPunct(next) || /^(的|了|和|与|及)$/.test(next.word);
    }
    return false;
  });
}

/** Verbs of parity with a standard: 对标, 接近, 媲美, 比肩, 不逊于. */
const PARITY = /^(对标|接近|媲美|比肩|不逊于|不逊色于|不输|不输于|追平|看齐)$/;

/** Whether the words set something on a par with a named entity right after the verb (可对标Y, 已接近Y). */
function claimsParity(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    // (jieba cuts 对标 in two: 对/标.)
    const split = t.word === '对' && words[i + 1]?.word === '标';
    if (!split && !PARITY.test(t.word)) return false;
    const next = words.slice(i + (split ? 2 : 1)).find((w) => !/^(于|了|的|[“”「」])$/.test(w.word));
    // (Near a share of the rival, "接近Y的八成", is measured, not on a par.)
    const after = next ? words.indexOf(next) : -1;
    const share = words[after + 1]?.word === '的' && words[after + 2]?.tag === 'm';
    return !!next?.entityId && !share;
  });
}

/**
 * The modal 或 ("may") before the verb of its clause ("营收或超过X", "或需计提减值"): jieba tags it a
 * conjunction, but a conjunction joins two like phrases, and 或 between a subject (a noun, a name,
 * a time) and a verb is the hedge of a prediction, as 或将 is. (A或B with a verb before it joins
 * two acts: 推出或收购.)
 */
function mayHappen(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    if (t.word !== '或' || i === 0) return false;
    const before = words[i - 1]!;
    const next = words[i + 1];
    if (!next || isPunct(before)) return false;
    // (jieba cuts some nouns into a noun and a verb, 营/收: one character after a noun is its end.)
    const splitNoun = (k: number) =>
      isVerb(words[k]!) && words[k]!.word.length === 1 && /^n/.test(words[k - 1]?.tag ?? '');
    // ("下载App或登录官网": a verb before 或 in its clause makes it join two acts.)
    for (let k = i - 1; k >= 0 && !isPunct(words[k]!); k--) if (isVerb(words[k]!) && !splitNoun(k)) return false;
    const subject = !!before.entityId || /^(n[a-z]*|eng|t|r)$/.test(before.tag) || splitNoun(i - 1);
    return subject && (isVerb(next) || /^(d|ad)$/.test(next.tag)) && !/^(是|为)$/.test(next.word);
  });
}

/**
 * Taiwan's 上看 ("營收上看500億元", "股價上看80元"): what a figure may rise to, a forecast; jieba
 * cuts it 上/看, and a number follows.
 */
function reachesUpTo(words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      (t.word === '上看' || (t.word === '上' && words[i + 1]?.word === '看')) &&
      /^m/.test(words[i + (t.word === '上看' ? 1 : 2)]?.tag ?? ''),
  );
}

/**
 * Commentators who analyse (an analyst, an expert, a scholar, someone in the trade, an observer,
 * Taiwan's 法人): on the record, never a leak.
 */
const ANALYST = /分析|专家|学者|研究员|业内人士|业界人士|观察人士|观察家|法人/;

/** Whether someone leaks the words (透露, 爆料, 私下表示): passed on, not theirs on the record. */
const leaks = (words: readonly Token[]) =>
  words.some((t) => /^(透露|爆料|放风|私下|传出|传闻|盛传|传言|风传|流传)$/.test(t.word));

/** Someone described as a person (一位从业者, 某基金经理, 一名高管), not a crowd or a market. */
const DESCRIBED_PERSON = /(人士|从业者|者|人|师|员|经理|高管|负责人|主管|官员|老板|专家|学者)$/;

/** Who forecasts for a living: analysts, brokers, investment banks, research firms, Taiwan's 法人. */
const FORECASTER = /分析|专家|研究员|法人|券商|投行|研究机构|经济学家/;

const saysNeutrally = (words: readonly Token[]) => words.some((t) => NEUTRAL_SPEECH_VERB.test(t.word));

/** The copula and the words of degree after 可能 that make it a hedged characterisation, not an event to come. */
const HEDGED_COPULA = /^(是|只是|就是|也是|还是|不是|并非|仅是|仅仅是|只有|仅|算是|成为)$/;

/**
 * A modal of likelihood before what happens (可能高达, 可能立即生效, 或会放缓, 有可能超过) or a
 * negated 会 before a verb (不会跟进): the words say what is to come, a prediction (the editors'
 * majority: a prediction under 坦言/透露/表示 is a forecast, tests/claims-eval/README.md). Not 可能
 * before a copula (可能只是一个过渡产品: a hedged characterisation, a view), nor after 不 (不可能:
 * a judgement), nor 可能 as a noun (的可能, 可能性).
 */
function speakerPredicts(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    // ("可能因此被挤压", "或将因此放缓": a connective of consequence sits between the modal and its verb,
    // and a passive 被 opens the verb phrase.)
    const at = /^(因此|因而|从而|由此)$/.test(words[i + 1]?.word ?? '') ? i + 2 : i + 1;
    const verbAt = words[at]?.word === '被' && words[at + 1] && isVerb(words[at + 1]!) ? at + 1 : at;
    const next = words[verbAt];
    if (!next || isPunct(next)) return false;
    // ("不会产生重大影响": jieba may tag a verb of effect a noun.)
    if (t.word === '不会') return isVerb(next) || /^(d|p)$/.test(next.tag) || EFFECT_VERB.test(next.word);
    // (或将, 恐将: jieba may cut the hedge and its "will" apart, 或/将, 恐/将.)
    const modal =
      /^(可能|有可能|或将|或会|恐将|恐会)$/.test(t.word) || (/^(或|恐)$/.test(t.word) && /^(会|将)$/.test(next.word));
    if (!modal || /^(不|没|没有|的)$/.test(words[i - 1]?.word ?? '')) return false;
    // "可能赢不了", "或将追不上": a potential complement weighs what the subject can do, a judgement
    // of its ability, not an event to come.
    const potential = /^不(了|到|过|上|起|动|住)$/;
    if (potential.test(next.word.slice(-2)) || potential.test(words[verbAt + 1]?.word ?? '')) return false;
    return !HEDGED_COPULA.test(next.word) && !/^(的|性)$/.test(next.word) && /^(v|d|a|ad)/.test(next.tag);
  });
}

/** Adverbs of repetition before a verb of rumour (再传, 又传出, 再度传出). */
const REPEATED = /^(再|又|再度|再次|又一次|频频|屡屡|接连|一再)$/;

/**
 * A rumour told in the passive of its subject (X被传出有意收购Y, X被曝将裁员, X被指…), or with
 * 传出 after it (X也传出将裁员): someone unnamed spreads it, so it is hearsay as 据传 or 有消息称
 * would make it.
 */
export function rumouredOf(words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      (t.word === '被' && /^(传|传出|曝|曝出|爆|爆出|爆料|指|指称)$/.test(words[i + 1]?.word ?? '')) ||
      // "X随后也传出将裁员": 传出 after its subject says the same without 被 (word of X got out).
      // ("X传出裁员消息后股价下跌": in a frame of time, the news is only when the fact happened.)
      (/^传出了?$/.test(t.word) && i > 0 && subjectBefore(words, i) && !endsInTimeFrame(words, i)) ||
      // "X传将推出Y", "X传已暂停…": a headline's 传 right after the subject, before what is rumoured.
      (t.word === '传' &&
        /^(将|已|已经|正|正在|拟|有意|计划|或|欲|要)$/.test(words[i + 1]?.word ?? '') &&
        subjectBefore(words, i)) ||
      // "X的布局再传大动作", "X又传高管离职": 传 again after an adverb of repetition is word going
      // round about what its clause opens with, whatever jieba tags it.
      (/^传出?$/.test(t.word) &&
        REPEATED.test(words[i - 1]?.word ?? '') &&
        words.slice(0, i - 1).some((w) => w.entityId) &&
        !endsInTimeFrame(words, i)),
  );
}

/**
 * "据知情人士透露，X预计…", "有消息称，X计划…": a clause of an unnamed informed source right before
 * a speaker's clause passes the speaker's words on; they are hearsay (reported), whoever speaks.
 */
export function hedgesSpeaker(clauses: readonly Clause[], c: number, own: readonly number[]): boolean {
  const hedge = clauses[c]!;
  const next = clauses[c + 1];
  return (
    hedge.type === 'attribution' &&
    hedge.attribution?.kind === 'unnamed' &&
    (!hedge.attribution.text || INFORMED_SOURCE.test(hedge.attribution.text)) &&
    !!next?.attribution &&
    next.attribution.kind !== 'unnamed' &&
    own.includes(c + 1)
  );
}

/**
 * A hedge inside the clause (据称, 据悉: INLINE_HEDGE), or the 据报 and 据指 of Hong Kong and Taiwan
 * (據報X已…, X據報正…), which jieba cuts into 据 and a noun, or 网传.
 */
export function inlineHedge(words: readonly Token[]): boolean {
  return words.some(
    (t, i) =>
      INLINE_HEDGE.test(t.word) ||
      (t.word === '据' && /^(报|指)$/.test(words[i + 1]?.word ?? '')) ||
      // ("網傳X將…": 网传 "rumoured online", which jieba cuts 网/传.)
      (t.word === '网' && words[i + 1]?.word === '传') ||
      rumourOpens(words, i),
  );
}

/** Who spreads a rumour without being anyone, before 传闻 (市场传闻X将…, 坊间盛传). */
const RUMOUR_CROWD = /^(市场|市场上|坊间|外界|网上|业内|业界|圈内)$/;

/**
 * "传闻X将与Y合并", "市场盛传X有意收购Y": a verb of rumour opening its clause, right before the
 * name it is about (or 称 / 指), tells hearsay as 据传 does; "传闻不实" (the rumour as a noun, its
 * predicate after it) does not.
 */
function rumourOpens(words: readonly Token[], i: number): boolean {
  const at = words.findIndex((t) => !isPunct(t));
  // "消息指X正研究…", "有消息称X将…" (Hong Kong writes 消息指 with no comma after it).
  const news = words[at]?.word === '有' ? at + 1 : at;
  if (i === news && words[i]!.word === '消息' && /^(指|称|指出)$/.test(words[i + 1]?.word ?? ''))
    return !!words[i + 2]?.entityId || PRONOUN.test(words[i + 2]?.word ?? '');
  const opens = i === at || (i === at + 1 && RUMOUR_CROWD.test(words[at]!.word));
  const next = words[i + 1];
  // "有指X正考慮…", "有傳X將…", "市傳X將…": Hong Kong's 有指 / 有传 ("it is said") and 市传 ("the market
  // says"), which jieba cuts into 有 / 市 and a bare 指 / 传, right before the name they are about.
  // ("传X将收购Y": a headline's bare 传 opening the clause right before the name does the same.)
  if (
    (i === at + 1 && /^(有|市)$/.test(words[at]!.word) && /^(指|传)$/.test(words[i]!.word)) ||
    (i === at && words[i]!.word === '传')
  )
    return !!next && (!!next.entityId || PRONOUN.test(next.word));
  return (
    opens &&
    /^(传闻|传言|盛传|风传|流传)$/.test(words[i]!.word) &&
    !!next &&
    (!!next.entityId || /^(称|指|说)$/.test(next.word) || PRONOUN.test(next.word))
  );
}

/** Whether the words after `i` close a frame of time (…消息后, …之后) before the clause ends. */
function endsInTimeFrame(words: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < words.length && !isPunct(words[k]!); k++)
    if (/^(后|之后|以后|时|之际)$/.test(words[k]!.word)) return true;
  return false;
}

/** A name or a pronoun before `i`, past adverbs and times only: the subject of the verb at `i`. */
function subjectBefore(words: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.entityId || PRONOUN.test(w.word)) return true;
    if (!/^(d|t|c)$/.test(w.tag)) return false;
  }
  return false;
}

/** "对此，", "就此", "针对上述传闻，": a frame that makes what follows an answer to what was just told. */
const ANSWER_FRAME =
  /^(对此|就此|对于此事|针对此事|对于(这一|上述|相关|该|此)(传闻|传言|报道|报导|消息|说法)|针对(这一|上述|相关|该|此)(传闻|传言|报道|报导|消息|说法))/;

/**
 * A party answering a rumour without a verb of answering (回应, 澄清): the one the latest hearsay
 * of the paragraph (or the paragraph before) is about speaking in its own name ("有消息称X将裁员。
 * X表示，公司并未裁员。"), or after a frame of answering ("对此，X方面表示…"), answers the rumour,
 * so what it says plays the rumour down or denies it as after 回应称 (see PLAYS_DOWN). Someone else
 * speaking (an analyst after 对此) comments; they do not answer.
 */
export function answersRumour(clauses: Clause[], folded: string, rumoured: string | null): void {
  if (!rumoured) return;
  clauses.forEach((clause, i) => {
    const source = clause.attribution;
    if (!source || clause.hearsay || source.entityId !== rumoured) return;
    if (source.kind !== 'organization' && source.kind !== 'person') return;
    const framed = clauses.slice(0, i + 1).some((c) => ANSWER_FRAME.test(folded.slice(c.start, c.end).trim()));
    // The party itself, or a frame of answering before its words.
    if (framed || clause.tokens.some((t) => t.entityId === rumoured)) clause.responds = true;
  });
}

/**
 * A verb of intent (INTENT_VERB) whose complement is a verb phrase: a verb follows it in its clause,
 * past times and places (力争三年内实现…, 准备在X建设…, 有意收购…). Not one done in the past (曾考虑,
 * 一度有意) or negated (没有准备好…), nor 考虑到 ("given that"), 争取到, 做好了准备, nor one in a relative
 * clause (准备上市的公司).
 */
function intendsTo(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    const before = words[i - 1]?.word ?? '';
    if (!INTENT_VERB.test(t.word) || PAST_ADVERB.test(before) || NEGATION.test(before)) return false;
    if (/^(到|了|过|的|好)$/.test(words[i + 1]?.word ?? '')) return false;
    // ("寻求以50亿美元的估值融资": a prepositional phrase before the verb may hold a 的 of its own.)
    let preposition = false;
    for (let k = i + 1; k < Math.min(words.length, i + 10); k++) {
      const w = words[k]!;
      if (k === i + 1 && /^(以|在|于|向|与|同|和|从|通过|借助)$/.test(w.word)) preposition = true;
      if (isPunct(w) || /^(到|了|过)$/.test(w.word) || (w.word === '的' && !preposition)) return false;
      if (/^v/.test(w.tag)) return words[k + 1]?.word !== '的';
    }
    return false;
  });
}

/**
 * The claim's predicate is a graded passive of reception (GRADED_RECEPTION: X备受关注, X是最受瞩目的
 * 一家). Before 的 it modifies a noun ("最受期待的X并未上线" says X did not launch) unless a copula
 * makes it the predicate.
 */
function gradedReception(words: readonly Token[]): boolean {
  const text = words.map((t) => t.word).join('');
  const found = GRADED_RECEPTION.exec(text);
  if (!found) return false;
  const after = text.slice(found.index + found[0].length);
  return !after.startsWith('的') || /(是|成为|成了|堪称|当属)$/.test(text.slice(0, found.index));
}

/** Adverbs of certainty that, in an answer, confirm the report. */
const CONFIRMING = /^(确实|的确|确有)$/;

/**
 * The writer weighing an open question ("X能否盈利，将决定Y的命运", "Y是否会跟进仍有待观察"): a
 * yes-no question is the clause's subject, no verb before it in its clause, so what the claim says
 * of it (将决定, 取决于, 有待观察) argues a view, it predicts or reports nothing. Under a verb
 * ("尚未透露是否会…", "正评估能否…") the question is that verb's object, and the verb decides.
 */
export function openQuestion(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    if (!QUESTION_VERB.test(t.word)) return false;
    // "X的成败将决定Y能否立足", "这关系到Y是否…": a question what is at stake decides is weighed too.
    // ("尚未决定是否…", "正在决定是否…": someone deciding, negated or under way, is the verb whose
    // object the question is; it is that someone's act, not a stake.)
    const decider = (k: number) =>
      words[k]?.word === '决定' &&
      /^(未|尚未|还未|仍未|没有|还没有|并未|正|正在|仍在|还在)$/.test(words[k - 1]?.word ?? '');
    if (
      (/^(决定|决定着|取决于|关系到|关乎|攸关)$/.test(words[i - 1]?.word ?? '') && !decider(i - 1)) ||
      (/^(决定|取决于)$/.test(words[i - 2]?.word ?? '') && !decider(i - 2))
    )
      return true;
    for (let k = i - 1; k >= 0 && !isPunct(words[k]!); k--) if (isVerb(words[k]!)) return false;
    return true;
  });
}

/**
 * Nouns of what is at stake or worth watching (关键, 重点, 焦点, 看点, 考验, 变数, 分水岭, 试金石,
 * 风向标, 转折点, 胜负手): a copula naming its subject one of them weighs it, a judgement of
 * importance, not an event.
 */
const STAKE_NOUN = /(关键|重点|焦点|看点|考验|变数|分水岭|试金石|风向标|转折点|胜负手|重中之重)$/;

/** Verbs of depending on (取决于, 决定于, 有赖于): what decides the subject, a weighing of causes. */
const DEPENDS_ON = /^(取决于|决定于|有赖于|端视)$/;

/**
 * "X的良率，将是观察其获利的关键", "订单调整将是下一个观察重点", "X能否维持领先，将取决于Y": a copula
 * (是, 成为, after 将/会 or not) whose clause ends on a noun of stake (STAKE_NOUN), or a verb of
 * depending on, says what matters, not what will happen: the 将 before it is the copula's tense,
 * and the claim is the writer's or a commentator's view (the editors': a judgement that is not a
 * future event is `opinion`). (A noun of stake before another noun, 重点领域, 关键技术, names a field.)
 */
function weighsStake(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    if (DEPENDS_ON.test(t.word)) return !NEGATION.test(words[i - 1]?.word ?? '');
    if (!/^(是|成为|成)$/.test(t.word) || NEGATION.test(words[i - 1]?.word ?? '')) return false;
    for (let k = i + 1; k < words.length && !isPunct(words[k]!); k++) {
      const next = words[k + 1];
      if (STAKE_NOUN.test(words[k]!.word) && (!next || isPunct(next) || next.word === '之一')) return true;
    }
    return false;
  });
}

/** Nouns that cast an entity in a role that judges it: the winner, the mainstay, the weak spot. */
const EVALUATIVE_ROLE =
  /^(赢家|大赢家|输家|受益者|受害者|黑马|霸主|王者|基本盘|护城河|杀手锏|软肋|短板|命门|领头羊|搅局者|颠覆者|风向标|标杆|排头兵|领跑者|佼佼者)$/;

/**
 * Whether the words judge: an evaluative word (看好, 在于, 显得, 有待), a negated adjective
 * (不稳固), or a degree adverb grading a predicate (相当密集, 非常欣赏) in a claim no figure
 * measures ("增长了32%，非常快" reports the figure).
 */
function evaluative(words: readonly Token[]): boolean {
  const figure = measured(words);
  return words.some((t, i) => {
    if (t.entityId) return false;
    // "X所看好的Y": a judgement inside a relative clause names Y, it asserts nothing.
    // ("表现最亮眼的是X": in a pseudo-cleft the relative is the predicate.)
    // ("交出了一份亮眼的成绩单": after a numeral and a measure word, an indefinite noun phrase the
    // adjective grades is the writer's characterisation, unless a figure measures it.)
    if (EVALUATIVE_WORD.test(t.word))
      return (
        words[i - 1]?.word !== '所' &&
        (words[i + 1]?.word !== '的' ||
          CLEFT_COPULA.test(words[i + 2]?.word ?? '') ||
          (/^(m|mq|q)$/.test(words[i - 1]?.tag ?? '') && !figure))
      );
    // "X的压力显而易见", "X的前景堪忧": an adjective or an idiom as the predicate of a company's
    // state or standing judges it, unless a figure measures it or 更/最/较 only compare.
    // ("并不知情", "不清楚": a negated verb of knowing, which jieba may tag an idiom, says what
    // someone knew, not how good something is.)
    if (
      /^(a|i)$/.test(t.jiebaTag ?? '') &&
      !figure &&
      !/^(更|最|较|更加)$/.test(words[i - 1]?.word ?? '') &&
      !NOT_KNOWING.test(t.word)
    )
      return true;
    // "X是最大的受益者之一", "手机仍是公司的基本盘": a role that judges, given by a copula.
    // (jieba may cut the noun in two: 基本/盘.)
    const role = EVALUATIVE_ROLE.test(t.word) || EVALUATIVE_ROLE.test(t.word + (words[i + 1]?.word ?? ''));
    if (role && words.slice(0, i).some((w) => /^(.?是|成为|成了|堪称|当属)$/.test(w.word))) return true;
    // "就像电影里的AI": a simile jieba cuts in two.
    if (t.word === '像' && /^(就|好|正)$/.test(words[i - 1]?.word ?? '')) return true;
    // "要先满足用户，才能…", "只有…才可以": a condition argued for, not a fact.
    if (t.word === '才' && /^(能|能够|可能|可以|会)$/.test(words[i + 1]?.word ?? '')) return true;
    if (t.word === '才能' && t.tag !== 'n') return true;
    // "X在推理能力上遥遥领先", "ChatGPT略胜一筹", "X的处境岌岌可危": an idiom of verdict (who is
    // ahead, how things stand) is the writer's judgement, unless a figure measures it.
    if (!figure && VERDICT_IDIOM.test(wordsFrom(words, i)) && !VERDICT_IDIOM.test(words[i - 1]?.word ?? ''))
      return true;
    // "X是国内最成功的AI公司之一", "增长强劲": an adjective of merit, graded by 最 or as the
    // predicate, judges what no figure measures.
    // (After 的 it is a noun: "…式的成功".)
    const predicate = (!words[i + 1] || isPunct(words[i + 1]!)) && words[i - 1]?.word !== '的';
    if (MERIT.test(t.word) && !figure && (words[i - 1]?.word === '最' || predicate)) return true;
    // "并不稳固", "不理想": a negated gradable adjective (not 不同, 不少, 不断: no grading).
    if ((t.jiebaTag ?? t.tag) === 'a' && /^不(?!同|少|断|久|仅|止|再|过|光)../.test(t.word)) return true;
    // The same cut in two ("并/不/明显") or in one short word ("压力不小"), where no figure says how
    // much (不足10%, 不到一半 measure).
    const negatedAdjective =
      (/^(不|不算|算不上|称不上|谈不上|难言|难称|难说)$/.test(t.word) && words[i + 1]?.tag === 'a') ||
      // ("难/称/理想": jieba cuts 难称 in two.)
      (t.word === '难' && /^(称|言|说)$/.test(words[i + 1]?.word ?? '') && /^(a|n)$/.test(words[i + 2]?.tag ?? '')) ||
      ((t.jiebaTag ?? t.tag) === 'a' && /^不(?!同|少|足|满|及|到|断|久)./.test(t.word));
    if (negatedAdjective && !figure) return true;
    // "走得小心翼翼", "卖得十分火爆": a complement of manner after 得 grades how it was done, the
    // writer's description of it, unless a figure measures it (涨得最多的是…12%).
    if (t.word === '得' && t.tag === 'ud' && /^(a|ad|i|l|z)$/.test(gradedWordAfter(words, i)?.tag ?? '') && !figure)
      return true;
    // "走得更激进", "来得不算快", "变得更加紧迫": a graded complement (更, 不算, 足够 before it) judges
    // too, whatever jieba tags the word graded; 来得, 变得, 显得 are one word to it.
    // (Not under a causative, "让机器人变得更聪明": the effect sought, not how it is judged.)
    const caused = words.slice(Math.max(0, i - 4), i).some((w) => /^(让|使|令|使得)$/.test(w.word));
    if (((t.word === '得' && t.tag === 'ud') || /^(来得|变得|显得)$/.test(t.word)) && !caused) {
      const graded = /^(更|更加|更为|越来越|不算|算不上|足够|还算|相当|十分|非常|颇为|极为|过于|太)$/;
      if (graded.test(words[i + 1]?.word ?? '') && /^(a|ad|i|l|z|v)$/.test(words[i + 2]?.tag ?? '') && !figure)
        return true;
    }
    const next = words[i + 1];
    // "颇受期待的X": a graded modifier inside a noun phrase describes X.
    const de = words.slice(i + 1, i + 4).findIndex((x) => x.word === '的');
    // ("相当数量的AI芯片": the head may be written in Latin letters.)
    // (Unless a copula makes that noun phrase the predicate: "中国是英伟达非常重要的市场" grades what
    // the subject is, as "X非常重要" does.)
    const modifier = de >= 0 && /^(n|eng)/.test(words[i + 2 + de]?.tag ?? '') && !copulaBefore(words, i);
    // ("并不知情", "毫不犹豫地…": a negating adverb before a verb negates an act, it grades
    // nothing; before an adjective, "并不稳固", it does.)
    const grades = NEGATING_DEGREE.test(t.word) ? /^(a|ad|an|i|l|z)/ : /^(a|ad|an|v|vn|i|l|z)/;
    return !figure && !modifier && DEGREE_ADVERB.test(t.word) && !!next && !next.entityId && grades.test(next.tag);
  });
}

/**
 * Idioms of verdict in news commentary: who leads or trails (遥遥领先, 略胜一筹, 占据上风, 相形见绌),
 * how a firm stands (岌岌可危, 举步维艰, 任重道远, 如火如荼, 炙手可热), what must not be missed (不容
 * 忽视). jieba may cut one in two (占据/上风), so a word and the next are read together.
 */
const VERDICT_IDIOM =
  /^(遥遥领先|略胜一筹|稍胜一筹|更胜一筹|一骑绝尘|独占鳌头|首屈一指|后来居上|占据上风|占了上风|占上风|略逊一筹|稍逊一筹|逊色不少|相形见绌|望尘莫及|难以望其项背|岌岌可危|举步维艰|步履维艰|任重道远|如火如荼|炙手可热|风生水起|雪上加霜|捉襟见肘|不计成本|不容忽视|不可忽视|可圈可点|乏善可陈|差强人意|不尽如人意)/;

/** A copula earlier in the clause of `i` (是, 仍是, 成为): what follows it is the predicate. */
function copulaBefore(words: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !isPunct(words[k]!); k--)
    if (/^(是|仍是|也是|就是|才是|都是|不是|已是|正是|更是|依然是|仍然是|成为)$/.test(words[k]!.word)) return true;
  return false;
}

/** The word at `i` and the two after it, past a perfective 了 (占据/了/上风 → 占据上风). */
const wordsFrom = (words: readonly Token[], i: number) =>
  words
    .slice(i, i + 4)
    .filter((w, k) => k === 0 || w.word !== '了')
    .slice(0, 3)
    .map((w) => w.word)
    .join('');

/** A negated verb of knowing: 不知情, 不清楚, 不了解 (what someone knew, no judgement). */
const NOT_KNOWING = /^(不知情|不知道|不清楚|不了解|不知悉|不知晓|不知)$/;

/** Degree adverbs that negate (并不, 毫不, 不太): they grade an adjective, not a verb. */
const NEGATING_DEGREE = /^(并不|毫不|不太|不够)$/;

/** Adjectives of merit or its lack: the writer's (or the speaker's) grading. */
const MERIT = /^(成功|优秀|出色|优异|卓越|强劲|疲软|低迷|乏力|火爆|好用)$/;

/** The word after `i`, past a degree adverb grading it (得十分火爆 → 火爆). */
function gradedWordAfter(words: readonly Token[], i: number): Token | undefined {
  const next = words[i + 1];
  return next && DEGREE_ADVERB.test(next.word) ? words[i + 2] : next;
}

/**
 * A number written in digits, or a share or a multiple in words (八成, 两倍, 三成多): a figure
 * measures what the words around it say.
 */
const measured = (words: readonly Token[]) =>
  words.some(
    (t) => /^m/.test(t.tag) && (/\d/.test(t.word) || /^[一二两三四五六七八九十半几数]+(成|倍)多?$/.test(t.word)),
  );

/** Conjunctions of condition that open a clause: 如果, 若, 一旦, 只要, 除非 (not 如果说, "if one says"). */
const CONDITION_OPENER = /^(如果|假如|假若|假使|倘若|若是|若|要是|一旦|万一|如若|只要|除非)$/;

/** Modals of what follows a condition: 将, 会 (就会, 便会, 不会: "除非…，否则X不会…"), 可望, 有望, 势必. */
const CONSEQUENCE_MODAL = /^(将|将会|会|就会|便会|则将|可望|有望|势必|势将|恐将|或将|不会|就不会|将不会)$/;

/**
 * "如果需求持续走弱，X将下调全年目标", "只要成本继续下降，X就会进一步降价": a condition opening the
 * claim and, after its comma, a modal of what will follow is a prediction (the editors': an
 * analyst's 若…将 / 如果…有望 is `forecast`). "只要上传照片，就能生成视频" (ability, 能/可以) is no
 * prediction; neither is "如果说…" (a way of saying).
 */
function conditionalWill(words: readonly Token[]): boolean {
  const opens = words.findIndex((t) => !isPunct(t) && !/^(但|而|不过|可是)$/.test(t.word));
  const opener = words[opens];
  // ("除非成本下降，否则X不会降价": the clause of 否则 / 不然, "otherwise", is the consequence itself.)
  if (opener && /^(否则|不然|要不然)$/.test(opener.word))
    return words.some((t, k) => k > opens && CONSEQUENCE_MODAL.test(t.word));
  if (!opener || !CONDITION_OPENER.test(opener.word) || /^(说|来说|讲)$/.test(words[opens + 1]?.word ?? ''))
    return false;
  const comma = words.findIndex((t, k) => k > opens && /^[，,]$/.test(t.word));
  return (
    comma > 0 &&
    words.some((t, k) => k > comma && CONSEQUENCE_MODAL.test(t.word) && !NEGATION.test(words[k - 1]?.word ?? ''))
  );
}

/** Verbs of setting a target (喊出, 设定, 定下, 立下); jieba may cut 喊出 in two. */
const SET_TARGET = /(喊出|设定|设下|定下|订下|立下|提出|制定|确立|定出|订出|锁定)$/;

/**
 * A planned figure (目标, 预算, 指引, 财测, 展望) and, a few words on, a verb of change (上调, 下修) to
 * a new figure in its clause: the plan set anew. (Not one met or missed: 完成目标, see MEET_TARGET.)
 */
function movesTarget(words: readonly Token[]): boolean {
  return words.some((t, i) => {
    if (!PLANNED_NOUN.test(t.word) || /^(计划|规划|路线图|蓝图)$/.test(t.word)) return false;
    // (To a new figure, 上调至35万辆: the figure is the new target; by an amount, 上调20%, it measures
    // the act of moving it.)
    for (let k = i + 1; k < Math.min(words.length, i + 8) && !isPunct(words[k]!); k++)
      if (CHANGE_VERB.test(words[k]!.word)) return /^(至|到|为)$/.test(words[k + 1]?.word ?? '');
    return false;
  });
}

/** Verbs of reaching a target: 完成, 达成, 实现 — a target met or missed is a fact of the result. */
const MEET_TARGET = /^(完成|达成|实现|达到|达标|超额完成|未能|未达|落空)$/;

/**
 * "X喊出今年出货量挑战1000万台的目标", "X设定了全年营收增长两成的目标": a target someone sets, with a
 * figure, is their forecast of it, as 目标是 / 目标为 are (tests/claims-eval/README.md: a target is
 * `forecast`); one met or missed (超额完成…目标, 未能达成目标) is a fact.
 */
function setsTarget(words: readonly Token[]): boolean {
  const at = words.findIndex((t) => /^目标$/.test(t.word));
  if (at < 0 || !measured(words.slice(0, at)) || words.slice(0, at).some((t) => MEET_TARGET.test(t.word))) return false;
  let text = '';
  for (let k = 0; k < at; k++) {
    text += words[k]!.word;
    if (SET_TARGET.test(text) && !NEGATION.test(words[k - 1]?.word ?? '')) return true;
  }
  return false;
}

/**
 * Copulas that give a name to what their subject is: 是, 成为, 称为, 形容为. (Not 为 alone: after a
 * verb of designating, "将Temu认定为“超大型平台”", it is an act of an authority, a fact.)
 */
const NAMING_COPULA = /^(是|成为|成了|称为|被称为|视为|形容为|比喻为)$/;

/**
 * "此次合作是星辰“又一次自我突破”", "这是公司「最艰难的一年」": a copula right before words in quotes
 * that close the claim, with no figure in them — the speaker's name for the thing.
 */
function quotedCharacterisation(words: readonly Token[]): boolean {
  // (Whose it is may come between: "是星辰“又一次自我突破”", "是公司的「转折点」".)
  const named = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (NAMING_COPULA.test(words[k]!.word)) return true;
      if (!words[k]!.entityId && !/^(n[a-z]*|r|的)$/.test(words[k]!.tag) && words[k]!.word !== '的') return false;
    }
    return false;
  };
  const at = words.findIndex((t, i) => /^[“「『"]$/.test(t.word) && named(i));
  if (at < 0) return false;
  const rest = words.slice(at + 1);
  const close = rest.findIndex((t) => /^[”」』"]$/.test(t.word));
  return close > 0 && rest.slice(close + 1).every(isPunct) && !measured(rest.slice(0, close));
}

/** Nouns of how something did, which only a judgement grades: 表现, 反响, 效果, 成绩. */
const PERFORMANCE = /^(表现|反响|反应|效果|成绩|口碑)$/;

/**
 * "X的表现超出预期", "市场反响好于预期": a performance noun as the subject of a comparison with
 * expectations (expectedAsStandard), and no figure in the claim.
 */
function gradedAgainstExpectation(words: readonly Token[]): boolean {
  if (measured(words) || !words.some((t) => PERFORMANCE.test(t.word))) return false;
  return words.some((t, i) => /^(预期|预计|预料)$/.test(t.word) && expectedAsStandard(words, i));
}

/** Deferring to a notice: "一切以公告为准", "以官方发布的信息为准". */
const DEFERS_TO_NOTICE =
  /以[^，,。；]{0,8}(公告|官方信息|官方消息|官方发布|正式发布|官方公布|官宣)(的信息|的内容|信息|内容)?为准/;

/**
 * Deadlines within a running period: 年内, 今年内, 年底前, 月底前 (jieba may cut 年底/前), and the end
 * of the running month (月底, 本月底, 月末): a day still to come in the article's month.
 */
const DEADLINE =
  /^(年内|今年内|本年内|年底前|今年底前|年末前|月底前|本月底前|本月内|季内|本季内|月底|本月底|月末|本月末)$/;

/** Words that say the act is done or summed: 已, 了, 过, 曾, 累计 (年内已完成, 年内累计出货). */
const DONE_OR_COUNTED = /^(已|已经|了|过|曾|曾经|先后|累计|共)$/;

/**
 * "X年内在香港开设研发中心", "X年底前推出企业版": a deadline in the running period right before the
 * verb phrase (a verb, a preposition or an adverb after it), with nothing that says the act is done
 * or counted, tells what is to be done by then: a plan. (年内的第二笔融资: a modifier, counted.)
 */
function byDeadline(words: readonly Token[]): boolean {
  if (words.some((t) => DONE_OR_COUNTED.test(t.word))) return false;
  return words.some((t, i) => {
    const joined =
      /^(年底|今年底|月底|本月底|年末)$/.test(t.word) && words[i + 1]?.word === '前'
        ? t.word + (words[i + 1]?.word ?? '')
        : t.word;
    if (!DEADLINE.test(joined)) return false;
    // (jieba keeps 本月底 and 今年底 one word before 前: "本月底前公布".)
    // ("上月底", "3月底": a month named before 月底 is another month's end, the date decides.)
    if (/^月/.test(joined) && /^(上|下|去年|\d+|[一二三四五六七八九十]+)$/.test(words[i - 1]?.word ?? '')) return false;
    const next = words[i + (joined === t.word ? 1 : 2)];
    return !!next && (isVerb(next) || /^(p|d|ad)$/.test(next.tag)) && !NEGATION.test(next.word);
  });
}

/**
 * Adverbs of a later time: 届时 ("by then", a time set before it), 下一步 ("as a next step"),
 * 接下来, 今后 — in news a time to come (not 日后, which jieba cuts from 十日后 "ten days on"); told of a past event they come with the
 * perfective (届时推出了…, 接下来他演示了…), which cancels them, and before 的 they modify a noun
 * (接下来的两年, 下一步的计划): the predicate decides.
 */
const LATER_TIME = /^(届时|下一步|接下来|今后|稍后|晚些时候|不久后|不久之后)/;

function atThatTime(words: readonly Token[]): boolean {
  if (words.some((t) => DONE_OR_COUNTED.test(t.word))) return false;
  return words.some((t, i) => {
    // (jieba cuts 下一步 下/一步 and 晚些时候 晚些/时候: a word and the next two are read together.)
    const joined = t.word + (words[i + 1]?.word ?? '') + (words[i + 2]?.word ?? '');
    const found = LATER_TIME.exec(joined);
    if (!found || found[0].length < t.word.length) return false;
    // ("发布不久后即…", "同年稍后": after a verb or a time, the later time counts from an event told
    // before it, often a past one; 今年晚些时候 counts from now.)
    const before = words[i - 1];
    if (before && (isVerb(before) || before.tag === 't') && !/^(今年|本月|本周|今天)$/.test(before.word)) return false;
    let k = i;
    for (let n = 0; n < found[0].length && k < words.length; k++) n += words[k]!.word.length;
    return words[k]?.word !== '的';
  });
}

/**
 * The next week, month or quarter and the next days (下周, 下个月, 下季度, 明天, 后天), which the date
 * reader leaves unresolved, before a verb phrase with nothing done or counted: what is to happen then.
 * (次月, 翌日 are relative to a date told before them, often a past one: not here.)
 */
const NEXT_PERIOD = /^(下周|下星期|下个?月|下个?季度?|下一季度?|明天|明日|后天)/;

function nextPeriod(words: readonly Token[]): boolean {
  if (words.some((t) => DONE_OR_COUNTED.test(t.word))) return false;
  return words.some((t, i) => {
    // (jieba may cut 下/周, 下/个月: the word and the next are read together.)
    const joined = t.word + (words[i + 1]?.word ?? '') + (words[i + 2]?.word ?? '');
    if (!NEXT_PERIOD.test(joined) || words[i - 1]?.word === '的') return false;
    const len = NEXT_PERIOD.exec(joined)![0].length;
    let k = i;
    for (let n = 0; n < len; k++) n += words[k]!.word.length;
    // (A weekday or a day after it: 下周一, 下月初, 明天上午; a 的 makes a noun phrase: 下月的发布会.)
    while (words[k] && /^(t|m|f)$/.test(words[k]!.tag) && words[k]!.word !== '的') k++;
    const next = words[k];
    return !!next && next.word !== '的' && (isVerb(next) || /^(p|d|ad)$/.test(next.tag)) && !NEGATION.test(next.word);
  });
}

/** What comes before 要 when it is not "going to": a negation, a copula, a necessity (一定要, 必须要). */
const NOT_WILL_BEFORE_YAO = /^(不|不是|并非|并不|而是|是|就是|也是|一定|必须|需|需要|还需|只|想|都要)$/;

/**
 * The modal 要 ("is to", "is going to": X要在年内推出…, 新芯片就要量产了) before a verb phrase; not
 * 要 before 看 ("depends on"), 比 (a comparison: 要比预期好), 数 (要数X最…), nor in a relative clause
 * (每天要处理的请求), nor after a negation or a word of necessity (不要, 一定要), nor under a negation
 * earlier in its clause (没有人要做…: "want"), nor the condition of 要(先)…才能 ("one must first … to …").
 */
function modalYao(words: readonly Token[]): boolean {
  if (words.some((t) => /^(才|才能|才会|才可以)$/.test(t.word))) return false;
  return words.some((t, i) => {
    if (!/^(要|就要|快要|还要|也要)$/.test(t.word) || NOT_WILL_BEFORE_YAO.test(words[i - 1]?.word ?? '')) return false;
    for (let k = i - 1; k >= 0 && !isPunct(words[k]!); k--) if (NEGATION.test(words[k]!.word)) return false;
    const next = words[i + 1];
    if (!next || isPunct(next) || /^(看|比|数|是|么|不|求|先)$/.test(next.word)) return false;
    if (!(isVerb(next) || /^(p|d)$/.test(next.tag))) return false;
    return !words.slice(i + 1, i + 4).some((w) => w.word === '的');
  });
}
