/**
 * Clause classification: whether a clause is a qualifier (when, where, who says so), a topic or
 * content, with its attribution, figures and dates.
 */
import { type DateRef, type Figure, findFigures, isSpanBack, PAST_WORD } from './quantities';
import { isPunct, type Token } from './segment';
import {
  ATTRIBUTION_LEAD,
  AUTHOR_VOICE,
  FORECAST_VERB,
  MEMBER_NOUN,
  NEUTRAL_SPEECH_VERB,
  OPINION_VERB,
  PLAYS_DOWN,
  PRONOUN,
  RESPONSE_VERB,
  SCENE_START,
  SPEECH_VERB,
  TEMPORAL_END,
  TEMPORAL_START,
  UNNAMED_SOURCE,
} from './cues';
import type { Clause, ExtractContext } from './types';
import { THING_TYPES } from './vocabulary';
import { isPredicate, isVerb, negatedAt, NEGATION, TITLE_JOINER } from './words';
import { COMPARING, modifiesNounAfterDe } from './modifiers';
import { ARTICLE, attributionOf, outletSource, SILENCE } from './attribution';
import { insideLongerQuote, QUOTED_SENTENCE, quotedAt } from './quotes';
import { CONCESSIVE, EXAMPLE_LEAD } from './roles';
import { findSubject, framedHead, NEGATED_COPULA } from './subject';
import { investorClause, investorsNamedFor } from './investors';
import { namedPartLeads } from './switch';
import { pronounCopula } from './new-subject';
import { metricLead } from './topic-chain';

export const FIGURE_KINDS = new Set<Figure['kind']>(['money', 'quantity', 'percent']);

/** Units of a length of time: a clause of one alone (不到半年，) says when, as a date does. */
const DURATION_UNITS = new Set<Figure['unit']>(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/** Conjunctions that open a condition: 若 X，Y 将…; 一旦 X，就…. (若干 is "some".) */
const CONDITIONAL = /^(但|而|不过|可是)?(如果(?!说)|假如|假若|假使|倘若|若是|若(?!干|说)|要是|一旦|万一|如若|只要)/;

/**
 * A condition opening its sentence (or the words of a speaker: "X认为，若…，"), with the main clause
 * after it. (After a proposition of its own, "…，一旦X，Y将…" starts the next claim instead.)
 */
function conditionalLead(bodyText: string, sentence: string, start: number, end: number): boolean {
  if (!CONDITIONAL.test(bodyText) || !/[^\s，,。；;！？!?”」』]/.test(sentence.slice(end))) return false;
  const before = sentence.slice(0, start).replace(/[\s，,：:]+$/, '');
  // (After a semicolon, "…；若X，Y还将…", the condition opens a sentence of its own as well.)
  return !before || /(表示|认为|指出|称|说|透露|预计|分析|看来|坦言|强调|[；;])$/.test(before);
}

/** "在…后的48小时内", "在上线一周之内": a span of time closing a when-frame. */
const SPAN_WITHIN =
  /(\d|[一二两兩三四五六七八九十几幾数數半]|小时|小時|天|日|周|週|月|年|期)(内|內|以内|以內|之内|之內)$/;

/**
 * A clause that opens on a verb of its own (not a copula or a verb of reaching, 到, 至) and ends
 * on a noun it takes as its object: "公布去年第四季财报", "发布2024年年报".
 */
function actsOnObject(body: readonly Token[]): boolean {
  const first = body[0];
  const last = body[body.length - 1];
  return (
    body.length >= 2 &&
    !!first &&
    !!last &&
    isVerb(first) &&
    !/^(是|为|到|至|在|于|截至|截止|直到)$/.test(first.word) &&
    /^n[^rst]?$/.test(last.tag)
  );
}

/**
 * "距离X推出Y仅过去约两周，", "距Z发布W不到一个月，": how long after an event the main clause comes.
 * The event only dates what follows, as 在X发布Y之后 does: a time, not a claim of its own.
 */
const DISTANCE_FRAME =
  /^(此时|此刻|这时|如今|目前|而)?(距离|距|离)[^，,。；;：:]{2,40}?(\d+|[一二两三四五六七八九十百半几数]+)(个|多)?(小时|天|日|周|星期|礼拜|月|年|季度)(多|左右|之久|时间)?$/;

/** "自X于去年推出Y起，", "从今年3月起，": a since-frame closed by 起 (only after 自/从 does 起 close a time). */
const SINCE_FROM = /^(自|从|自从)[^，,。；;：:]{1,40}起$/;

/** "开放后的24小时内", "上线后一周内": a span after an event, with or without 在 before it. */
/** Verbs of following another in a ranking: 紧随X之后, 紧随其后. */
const FOLLOWING = /(紧随|紧跟|紧追)/;
const AFTER_SPAN = /(之后|以后|后)的?[^，,。；;、]{1,8}$/;

/** A basis of computation: 按照X计算, 以目前股价计, 按汇率换算. */
const BASIS_FRAME = /^(按照|按|依照|依|以|根据|根據)[^，。；]{1,30}(计算|計算|来算|來算|换算|換算|折算|计|計|算)$/;

/** Verbs of a rumour spreading (传出, 盛传): with a generic source before them, a verb of saying. */
const RUMOUR_SPREAD = /^(传出|盛传|流传|传言|传闻|风传)$/;

/** Who spreads a rumour without being anyone (the market, the trade, the web), with its adverbs. */
const GENERIC_SOURCE =
  /^(市场|市场上|外界|坊间|业内|业界|网上|网络上|圈内|资本市场)(一度|近日|日前|此前|近期|也|还|又|再度|曾)*$/;

/** A clause "X自…以来" / "其从…以来": a subject, then a since-frame of its own. */
function subjectSince(body: Token[]): boolean {
  const at = body.findIndex((t) => /^(自|从|自从)$/.test(t.word));
  return (
    at > 0 &&
    at <= 2 &&
    (body[0]!.entityId !== undefined || PRONOUN.test(body[0]!.word)) &&
    /^(以来|起)$/.test(body[body.length - 1]!.word)
  );
}

/** A frame naming what a response answers: 针对…的说法, 对于外界的质疑, 就…传闻. */
/**
 * A frame of contrast or likeness with no predicate of its own: "不同于X，", "有别于X，", "不像X，",
 * "与X不同，", "跟X一样，", "和X相似，". What X is set against is the main clause's subject; X is only
 * the foil, so the frame opens the claim after it (and X is mentioned there). (与X相比 is a
 * comparison, read above.)
 */
const CONTRAST_FRAME =
  /^(而|但|然而|不过)?((不同于|不同於|有别于|有別於|区别于|迥异于|有异于|异于|不像|不似|并非像)[^，。；]{1,24}|(与|和|跟|同|像|如同|一如)[^，。；]{1,24}(不同|不一样|一样|一般|相似|类似|相同|相反|有别|迥异|似的))$/;
const RESPONSE_FRAME = /^(针对|对于|关于|就|面对)(.*)(说法|传闻|传言|消息|质疑|报道|报导|猜测|疑问|指控|批评)$/;

/** Verbs of belief: what follows is the holder's opinion, not a statement of theirs. */
const BELIEF_VERB = /^(认为|普遍认为|一致认为|觉得|相信|判断|看来|研判|坚信|断言|比喻|看好|不看好|唱衰)$/;

/** Nouns for a view offered: "一句研判", "一个比喻", "他的观点". */
const VIEW_NOUN = /研判|比喻|观点|看法|论断|预言/;

/**
 * A source that points back to a report already told: 该报道指出, 上述报道称, 报道还称, 文章进一步
 * 指出. (A report citing someone, 报道援引知情人士称, names its own source.)
 */
const REPORT_REFERENCE =
  /^(而|另外|此外|同时)?(该|上述|这篇|此|前述|该篇|这份)?(报道|报导|文章)(中|里)?(还|也|并|同时|进一步|则|更|亦|另外)?(称|指出|表示|提到|透露|显示|写道|说|披露|介绍|提及)/;

/** Verbs of announcing: before a comma or a colon they introduce what is announced. */
const ANNOUNCE = /^(宣布|官宣|公布|发文|发声|通报)$/;

/** Reporting verbs that take no speaker when they have no subject: 预计将…, 显示出…. */
const IMPERSONAL_VERB = /^(预计|预测|预期|估计|显示|表明|发现|获悉|了解到|报道|据悉)$/;

/** Verbs that pass on a fact rather than a view: what they introduce is a report, quoted or not. */
const REPORTING_VERB = /^(透露|披露|获悉|了解到|报道|报导|显示|表明|发现|告诉)$/;

/** Nouns for a statement someone issues: 发布公告称, 发表声明称, 发文称. */
const SPEECH_NOUN = /^(公告|声明|文章|博文|微博|推文|内部信|邮件|发表声明)$/;

/** Localizers that end a place phrase: "X上", "X期间". */
const PLACE_END = /^(上|中|里|内|期间|现场|会上)$/;

/**
 * A denial said as a predicate, which jieba cuts into pieces ("不/实"); "并无此事" (no such thing),
 * and a report said to be wrong ("相关报道有误", "传闻并不准确"), deny whoever says them.
 */
export const DENIAL_PREDICATE =
  /并无此事|绝无此事|并无其事|没有这回事|(传闻|传言|报道|报导|说法|爆料)(内容)?(并?不准确|有误|并非如此)|澄清(了)?(相关|这一|该|此|上述|有关|市场|网络|网上|外界)?的?(传闻|传言|报道|报导|消息|说法|猜测)|不实|失实|毫无根据|毫无依据|无中生有|并非事实|与事实不符|纯属谣言|子虚乌有|纯属虚构|并不属实|不属实|(系|属|是|均为|皆为|纯属)(伪造|捏造|杜撰|编造|虚构|造谣)|纯属(揣测|臆测|猜测|臆想|炒作)|(没有|并无|暂无|并没有|从未有过?)(任何)?(?!可以?(对外)?(说明|透露|公布|分享|披露|宣布))[^，,。；]{0,14}(计划|打算|意向|安排|想法)|(并不|并未|不)(知悉|知晓)[^，,。；]{0,20}(原因|理由)/;

/**
 * Whose account a clause follows: 按照X的说法 / 照X的说法 / 依X的说法, 用X的话说, 套用X的话 — X speaks,
 * as after 据X.
 */
const ACCOUNT_OF =
  /^(而|但|另)?((按照|按|照|依照|依)[^，,]{1,20}的(说法|介绍|解释|口径|描述)|(用|套用|借用)[^，,]{1,20}的话(说|来说)?)$/;

/** Nouns of deals, projects and products: what is expected to happen, never who expects it. */
const THING_NOUN =
  /^(交易|项目|工厂|新厂|收购|并购|合作|工程|产线|产能|新品|产品|功能|服务|活动|发布会|大会|交割|上市|融资|发行|订单|投资|基地|园区|数据中心|模型|芯片|手机|新机|机型|系列|计划|方案)$/;

/**
 * "该交易", "此次收购", "这一项目", "这笔交易": a demonstrative (and an adverb of time) and a noun of
 * a deal, a project or a product — a thing the text named before, no one who speaks.
 */
function pointedThing(before: readonly Token[]): boolean {
  const head = before[before.length - 1];
  // (jieba cuts 这一 in two: 这/一.)
  const lead = before
    .slice(0, -1)
    .filter((w) => !/^(d|t|c)$/.test(w.tag))
    .map((w) => w.word)
    .join('');
  return (
    !!head &&
    THING_NOUN.test(head.word) &&
    /^(该|这|此|这笔|该笔|此次|这次|该次|这项|该项|这一|此项|这宗|该宗|这个|这款|该款)$/.test(lead)
  );
}

/** Classifiers that count things, not people or firms (not 位, 名, 家): 这座, 该台, 这批, 此项. */
const THING_CLASSIFIER = /^(座|台|栋|批|条|款|项|笔|宗|部|辆|架|艘|颗|块)$/;

/**
 * "这座超级电脑的第一阶段", "这批芯片", "该台新机": a demonstrative and a classifier of things, then
 * nouns (and a part of the thing after 的, 第一期) — a thing whatever its noun, which is expected to
 * happen and speaks for no one. No name, no person's name and no verb may come between.
 */
function countedThing(before: readonly Token[]): boolean {
  let k = 0;
  while (k < before.length && /^(c|d)$/.test(before[k]!.tag)) k++;
  const [demonstrative, classifier] = [before[k], before[k + 1]];
  if (!/^(这|该|此|那)$/.test(demonstrative?.word ?? '') || !THING_CLASSIFIER.test(classifier?.word ?? ''))
    return false;
  const rest = before.slice(k + 2);
  return rest.length > 0 && rest.every((w) => !w.entityId && !/^(nr|v|p)/.test(w.tag));
}

/** A comparison frame before the proposition: 与X相比, 和X比起来, 相较于X. */
const COMPARED_WITH = /^((与|和|跟|同)(?!其).{1,20}(相比|相较|比较|比起来|相比较)|相较于|相比于|较之)/;

/** A clause that only introduces an example: "X就是一个例子", "X便是典型的案例". */
const EXAMPLE_OF =
  /(就|便|正|也)?是(一个|一家|其中的?)?(.{0,12}的)?(典型的?|很好的|最好的|鲜明的|实际)?(例子|案例|用例|代表|缩影|例证|典型)$/;

export function classify(
  start: number,
  end: number,
  sentence: string,
  all: Token[],
  dates: DateRef[],
  context: ExtractContext,
): Clause {
  const tokens = all.filter((t) => t.start >= start && t.end <= end);
  const clause: Clause = { start, end, tokens, type: 'content', from: 0 };
  const words = tokens.filter((t) => !isPunct(t));
  const text = words.map((t) => t.word).join('');
  const verbs = words.filter(isVerb);

  // Who says so: "据知情人士透露", "X表示", "有消息称…", "根据PitchBook的数据".
  // "正如X在…演讲中所说": after 正如/据 the words before the reporting verb are all its source.
  // A conjunction may come first: "而据X透露", "但正如X所说".
  // "该报道指出，…", "报道还称，…": a report already told goes on; its source is the one named
  // before (kept by the caller), and what it says is hearsay.
  const backReference = REPORT_REFERENCE.exec(text);
  if (backReference) {
    clause.attribution = { kind: 'unnamed', text: '' };
    clause.hearsay = clause.refersToReport = true;
    let length = 0;
    const after = words.find((t) => (length += t.word.length) > backReference[0].length);
    if (!after) {
      clause.type = 'attribution';
      return clause;
    }
    clause.from = tokens.indexOf(after);
  }
  // ("按照X的说法，", "照X的说法，", "用X的话说，": whose account or words the clause follows.)
  const sourceLead =
    /^(而|但|但是|不过|同时|另外|此外|然而|另)?(正如|如同|诚如|据|根据|依据|援引)/.test(text) || ACCOUNT_OF.test(text);
  // jieba cuts 所言 as 所 + 言: the pair is one reporting verb.
  const speechWord = (k: number) =>
    words[k - 1]?.word === '所' && /^(言|说|述)$/.test(words[k]!.word) ? `所${words[k]!.word}` : words[k]!.word;
  // "X宣布，…", "X官宣：…": a verb of announcing before a comma or colon introduces what is
  // announced, as a speech verb does (before its object, "宣布完成融资", it is the predicate).
  const announces = (k: number) =>
    ANNOUNCE.test(words[k]!.word) && /^[，,：:]/.test(sentence.slice(words[k]!.end - 0, words[k]!.end + 1));
  // "Nova预计将于年底上线": a model or product is expected to do something; it predicts nothing.
  // (A thing must be named before it: "并预计…" after a speaker's comma is the speaker predicting.)
  // ("该交易预计将于年底完成", "此次收购预计在年内完成", "这一项目预计投资50亿元": so is a deal, a
  // project or a product a demonstrative points back to, which no one speaks for.)
  const expectedOfThing = (k: number) =>
    FORECAST_VERB.test(words[k]!.word) &&
    ((words.slice(0, k).some((w) => w.entityId) &&
      words
        .slice(0, k)
        .every((w) => (w.entityId ? THING_TYPES.has(context.typeOf?.(w.entityId) ?? '') : /^(d|t|c)$/.test(w.tag)))) ||
      pointedThing(words.slice(0, k)) ||
      countedThing(words.slice(0, k)));
  // "市场传出X将…", "外界盛传…": a rumour the market or the trade spreads is said by nobody named;
  // what it spreads is the content ("消息传出后" is a time frame, not this).
  const rumourSpreads = (k: number) =>
    RUMOUR_SPREAD.test(words[k]!.word) &&
    !/^(后|之后|以后|以来)$/.test(words[k + 1]?.word ?? '') &&
    GENERIC_SOURCE.test(
      words
        .slice(0, k)
        .map((w) => w.word)
        .join(''),
    );
  // "业内人士普遍看好，X将…": a verb of judging before a comma frames a view, as 认为 does (before
  // its object, "看好X", it is the predicate).
  // ("业内人士分析，…": so does 分析, a verb of analysing, which frames a view: see OPINION_VERB;
  // and 解读, "市场解读，…", the market's reading.)
  const judgesAhead = (k: number) =>
    /^(看好|不看好|唱衰|分析|解读)$/.test(words[k]!.word) &&
    /^[，,：:]/.test(sentence.slice(words[k]!.end, words[k]!.end + 1));
  // ("有外电报道，X…", "有媒体报导：": jieba makes a medium and 报道 one noun; before the comma it is
  // the medium reporting, as 有外电报道称 is.)
  const mediumReports = (k: number) =>
    /^(媒体|外电|外媒|港媒|台媒|韩媒|日媒|美媒|英媒|欧媒|陆媒|外国媒体|海外媒体)报[道导]$/.test(words[k]!.word) &&
    /^[，,：:]/.test(sentence.slice(words[k]!.end, words[k]!.end + 1)) &&
    // (Only after 有 or nothing: "据多家媒体报道，" is led by 据, see ATTRIBUTION_LEAD.)
    /^(另|也|亦|还|而|但)?(有)?(多家|部分|一些)?$/.test(
      words
        .slice(0, k)
        .map((w) => w.word)
        .join(''),
    );
  const speechAt = words.findIndex(
    (t, k) =>
      (SPEECH_VERB.test(speechWord(k)) || announces(k) || rumourSpreads(k) || judgesAhead(k) || mediumReports(k)) &&
      // "X则未回应", "X并未透露确切金额": a negated speech verb attributes nothing; X kept silent.
      !negatedAt(words, k) &&
      // "X被指…", "X被批评…": after 被 the verb says what others say of X, X says nothing (see
      // rumouredOf in modality.ts).
      words[k - 1]?.word !== '被' &&
      // ("对于外界的质疑，", "根据X的分析，": a verb of judging right after 的 is a noun.)
      !(words[k - 1]?.word === '的' && /^(质疑|批评|担忧|坦承|分析)$/.test(words[k]!.word)) &&
      // "账号状态显示为“离职”": 显示为 is a copula (is shown as), not data showing.
      !(words[k]!.word === '显示' && words[k + 1]?.word === '为') &&
      // "胜过分析师平均预测的约450亿元": a verb of saying before 的 and a noun modifies that noun
      // (what was predicted); it introduces no words. ("正如X所说的，" still does.)
      !(words[k + 1]?.word === '的' && !!words[k + 2] && !isPunct(words[k + 2]!)) &&
      // "X的平均回应时间为3秒": after 的 (and a modifier), a verb of saying before a noun is part
      // of that noun (a response time); it introduces no words.
      !modifiesNounAfterDe(words, k) &&
      !expectedOfThing(k) &&
      // ("星辰科技料将推出…": 料 after a name says it is expected to; 分析师料… predicts.)
      !(words[k]!.word === '料' && words.slice(0, k).some((w) => w.entityId)) &&
      // "营收远高于市场预期；": an expectation compared with names no one who expects.
      !expectedAsStandard(words, k) &&
      (sourceLead ||
        // "…的数据显示", "…报告表明": data showing is a source clause whatever words name it.
        // ("X公布的测试结果显示", "X发布的评测显示": a result or a test someone published shows it.)
        (/^(显示|表明)$/.test(words[k]!.word) &&
          /^(数据|报告|统计|调查|研究|结果|资料|公告|财报|测试|测评|评测|榜单|排名)$/.test(words[k - 1]?.word ?? '')) ||
        // "一位接近X的人士透露": a whole unnamed-source phrase, whatever verbs it holds.
        UNNAMED_SOURCE.test(
          words
            .slice(0, k)
            .map((w) => w.word)
            .join(''),
        ) ||
        (words.slice(0, k).every(
          (w, j) =>
            !isVerb(w) ||
            words[j + 1]?.word === '的' ||
            // "X在接受采访时表示": the verbs of a when-frame before the speech verb are not it.
            inWhenFrame(words, j, k) ||
            // "解释称", "回应说", "补充道": a verb of saying and 称 are one reporting verb.
            (j === k - 1 && /^(称|说|道)$/.test(words[k]!.word)) ||
            // "X笑着说", "X苦笑着表示": a verb with 着 right before the verb of saying is how X says it.
            (j === k - 2 && words[j + 1]!.word === '着') ||
            // "X在社交平台发文表示": posting is how X says it.
            (j === k - 1 && /^(发文|撰文|发帖|发推|致信|致函)$/.test(w.word)) ||
            // "X主席兼行政总裁Y表示": 兼 joins two titles; 联合, 首席 open one (联合创始人).
            (w.word === '兼' && words.slice(j + 1, j + 3).some((x) => MEMBER_NOUN.test(x.word))) ||
            (TITLE_JOINER.test(w.word) && MEMBER_NOUN.test(words[j + 1]?.word ?? '')) ||
            /^(有|获悉|出来|相关|有关)$/.test(w.word) ||
            // "有投放从业者估算": a verb naming the trade of the people who speak modifies them.
            /(从业者|人士|分析师|专家|学者|研究员|投资人)$/.test(words[j + 1]?.word ?? '') ||
            // "市调机构X指出", "研调机构X预估": a verb before 机构 names the trade of a firm.
            /^机构$/.test(words[j + 1]?.word ?? '') ||
            // "发布公告称", "发表声明称": the verb's object is the statement itself.
            SPEECH_NOUN.test(words[j + 1]?.word ?? '') ||
            // (jieba cuts 微博 before 称 in two: 发布/微/博/称.)
            SPEECH_NOUN.test((words[j + 1]?.word ?? '') + (words[j + 2]?.word ?? '')) ||
            SPEECH_NOUN.test(w.word) ||
            UNNAMED_SOURCE.test(w.word) ||
            // "最新数据显示": jieba may tag a data noun a verb after an adverb it misreads.
            /^(数据|统计|报告)$/.test(w.word),
        ) &&
          // "上述报道与事实不符": a speech word right after a determiner is a noun, and names no source;
          // so is one a copula or a denial follows ("相关报道系误读"), or an adjective or a negation
          // ("相关报道严重夸大", "报道并不准确"): a verb of saying is followed by what is said.
          !/^(上述|该|此|这|这些|那些|此类|这一|这份|该份)$/.test(words[k - 1]?.word ?? '') &&
          !(
            /^报[道导]$/.test(words[k]!.word) &&
            // ("报道中的数字并不准确": before a localizer the report is where something is.)
            (/^(系|属|属于|是|并非|纯属|不实|失实|有误|中|里)$/.test(words[k + 1]?.word ?? '') ||
              words[k + 1]?.tag === 'a' ||
              NEGATION.test(words[k + 1]?.word ?? ''))
          ))),
  );
  // (A connective before it, "另据悉" or "而据报道", leaves the lead or the hedge what it is.)
  const unjoined = text.replace(/^(而|但|但是|不过|同时|另外|此外|然而|另)/, '');
  const lead = ATTRIBUTION_LEAD.test(unjoined);
  // "张明远：我们…", "星辰科技CEO张明远：": a name (and a title) before a colon introduces its words.
  if (
    /[：:]\s*$/.test(sentence.slice(start, end)) &&
    words.length > 0 &&
    words.length <= 4 &&
    words.some((t) => t.entityId) &&
    words.every((t) => t.entityId || MEMBER_NOUN.test(t.word))
  ) {
    const written = sentence.slice(words[0]!.start, words[words.length - 1]!.end);
    clause.attribution = attributionOf(text, written, words, context, text);
    clause.opinion = true;
    clause.type = 'attribution';
    return clause;
  }
  // "在X看来，", "在X CEO眼中，": a named holder of a view frames what follows as X认为 does.
  if (
    words.length >= 3 &&
    words[0]!.word === '在' &&
    /^(看来|眼中|眼里)$/.test(words[words.length - 1]!.word) &&
    words.slice(1, -1).some((t) => t.entityId) &&
    words.slice(1, -1).every((t) => t.entityId || MEMBER_NOUN.test(t.word))
  ) {
    const holder = words.slice(1, -1);
    const written = sentence.slice(holder[0]!.start, holder[holder.length - 1]!.end);
    clause.attribution = attributionOf(written, written, holder, context, text);
    clause.opinion = clause.belief = true;
    clause.type = 'attribution';
    return clause;
  }
  // "据悉，", "据称，", "有消息称，": a hedge alone is a clause of attribution.
  // "本报观察，", "笔者看来，": the writer’s view opens the sentence (no verb of saying, so not found
  // below); what follows is theirs, a view even of what is to come, as after 认为.
  if (AUTHOR_VOICE.test(unjoined) && /(观察|看来)$/.test(unjoined)) {
    clause.attribution = ARTICLE;
    clause.opinion = clause.belief = true;
    clause.type = 'attribution';
    return clause;
  }
  // (Hong Kong and Taiwan: 據報, 消息指, 外電報導; the wires, 外电, report as a medium does.)
  if (
    /^(据悉|据了解|据称|据传|据说|据报道|据报导|据报|有消息称|消息称|有消息指出?|消息指出?|网传|传闻|外电报[道导])$/.test(
      unjoined,
    ) ||
    // "多家媒体报道，", "有媒体报道称，": media no one names (jieba makes 媒体报道 one noun).
    /^(多家|多名|有|部分|不少|多个|一些)?媒体报[道导]称?$/.test(unjoined)
  ) {
    // No source is named: the hedge itself is the attribution, shown by the 报道 tag.
    clause.attribution = { kind: 'unnamed', text: '' };
    clause.type = 'attribution';
    return clause;
  }
  // "据财报，", "根据X发布的公告，", "据公开资料，": a lead naming a document is a source clause too.
  const leadSource =
    /(数据|报道|消息|统计|调查|调研|估算|测算|显示|来看|报告|财报|年报|季报|招股书|白皮书|公告|资料|信息|公报|文件|通报|的(说法|介绍|解释|口径|描述)|(该|这一|这|此|上述|这个|公布的|发布的|披露的|提出的|出台的)(方案|计划|规划))$/;
  // ("X指出，根据他的调查，…": a survey or an estimate a pronoun owns is the speaker's before, whose
  // words go on; it names no new source.)
  const ownSurvey = /^(据|根据|依据)(他|她|其|他们|她们)的?(调查|调研|估算|测算)$/.test(unjoined);
  if (!backReference && (speechAt >= 0 || (lead && leadSource.test(text) && !ownSurvey))) {
    const verb = speechAt >= 0 ? words[speechAt]! : null;
    // (The verb of "解释称", "回应说" is the reporting verb's, not part of who speaks.)
    const joined = verb && speechAt > 0 && isVerb(words[speechAt - 1]!) && /^(称|说|道)$/.test(verb.word);
    const sourceWords = verb ? words.slice(0, joined ? speechAt - 1 : speechAt) : words;
    const sourceText = sourceWords.map((t) => t.word).join('');
    const written = sourceWords.length
      ? sentence.slice(sourceWords[0]!.start, sourceWords[sourceWords.length - 1]!.end)
      : '';
    if (verb || lead) {
      // A name inside a title or quotes (“在《报告》中指出”) is where it was said, not who said it.
      const unquotedWords = sourceWords.filter(
        (t) => !quotedAt(sentence, t.start) && !insideLongerQuote(tokens, tokens.indexOf(t)),
      );
      const unquoted = sourceWords
        .filter((t) => !quotedAt(sentence, t.start))
        .map((t) => t.word)
        .join('');
      // …unless the title is the speaker itself ("《经济学人》提出").
      const speakers = unquotedWords.some((t) => t.entityId) ? unquotedWords : sourceWords;
      clause.attribution = attributionOf(sourceText, written, speakers, context, text, unquoted);
      if (verb && announces(speechAt)) clause.announces = true;
      if (verb && OPINION_VERB.test(speechWord(speechAt))) clause.opinion = true;
      // ("分析称，…", "坦承称": the verb before 称 is the one that frames the words.)
      if (joined && OPINION_VERB.test(words[speechAt - 1]!.word)) clause.opinion = true;
      // ("分析称，…", "韩媒分析指": an analysis with no name is a view too; jieba tags 分析 a noun.)
      if (verb && /分析$/.test(sourceText) && /^(称|指|指出)$/.test(verb.word)) clause.opinion = true;
      if (verb && NEUTRAL_SPEECH_VERB.test(speechWord(speechAt))) clause.says = true;
      // "X回应称", "X随即澄清": the verb, or one just before 称/说 ("回应/称").
      if (verb && (RESPONSE_VERB.test(verb.word) || (joined && RESPONSE_VERB.test(words[speechAt - 1]!.word))))
        clause.responds = true;
      // "正如X所言，…": the writer cites a saying to make a point of their own.
      // ("正如此前预期，X如期发布了Y": what was expected, now met, is no saying: see asExpected.)
      if (/^(而|但|但是|不过)?(正如|如同|诚如)/.test(text) && !/(预期|预料|所料|预计|预测)[，,]?$/.test(text))
        clause.opinion = true;
      // 估计 is an estimate like 估算: of what is to come a forecast (the words say so: 将, 明年), of
      // what is or was ("估计去年的出货量约为…") the estimator's view (the editors' majority,
      // tests/claims-eval/README.md: an analyst's estimate of a present figure is `figure`, `opinion`).
      if (verb && /^(估算|测算|推算|估计)$/.test(verb.word)) clause.estimates = true;
      if (verb && /^(估计|估計|预估|預估)$/.test(verb.word)) clause.estimator = true;
      // (Not "此前市场预计…": an expectation put in the past.)
      // (預估, Taiwan's estimate, frames as 估计 does: its own words say whether it looks ahead, and a
      // figure dated on its own after it stays a fact.)
      if (
        verb &&
        FORECAST_VERB.test(verb.word) &&
        !/^(估计|预估)$/.test(verb.word) &&
        !(pastPlanAt(words, speechAt) && !standingExpectation(words, speechAt)) &&
        !asExpected(words, speechAt)
      )
        clause.forecast = true;
      // An impersonal 预计 ("预计将达到…") or a verb of evidence (显示) has no speaker.
      if (verb && !sourceWords.length && !sourceLead && !lead && !IMPERSONAL_VERB.test(verb.word))
        clause.subjectSpeaks = true;
      if (AUTHOR_VOICE.test(text)) clause.opinion = true;
      // "称“…”": words quoted after a verb of saying are the speaker's view; a verb that
      // reports a fact (透露, 披露, 显示) keeps them a report.
      const quoted = verb && /^[“「『"]/.test(sentence.slice(verb.end, end).replace(/^[道到称]?[，,：:\s]*/, ''));
      if (quoted && !REPORTING_VERB.test(speechWord(speechAt))) clause.opinion = true;
      if ((verb && BELIEF_VERB.test(speechWord(speechAt))) || VIEW_NOUN.test(text))
        clause.belief = clause.opinion = true;
      if ((verb && /^报[道导]/.test(verb.word)) || (lead && /报[道导]$/.test(sourceText))) clause.hearsay = true;
      // "彭博社称，…", "日经指出，…": a news outlet passes on what it learned, whatever verb it uses.
      const source = clause.attribution;
      if (source.kind === 'organization' && !source.entityId && outletSource(source.text ?? '', sourceText, text))
        clause.hearsay = true;
      const rest = verb
        ? tokens.slice(tokens.indexOf(verb) + 1).filter((t) => !isPunct(t) && !/^(道|到|称)$/.test(t.word))
        : [];
      if (!rest.length) {
        clause.type = 'attribution';
        return clause;
      }
      clause.from = tokens.indexOf(rest[0]!);
    }
  }
  // "…，如星辰科技与Y合作推出Z": an example given as a whole clause is a proposition of its own.
  const example = tokens.slice(clause.from).find((t) => !isPunct(t));
  if (example && EXAMPLE_LEAD.test(example.word)) {
    const rest = tokens.slice(tokens.indexOf(example) + 1);
    const subject = findSubject(rest);
    if (subject?.kind === 'entity' && rest.some((t, k) => isPredicate(rest, k)))
      clause.from = tokens.indexOf(example) + 1;
  }
  const body = tokens.slice(clause.from).filter((t) => !isPunct(t));
  const bodyText = body.map((t) => t.word).join('');
  const bodyVerbs = body.filter((t) => isVerb(t) || NEGATED_COPULA.test(t.word) || COMPARING.test(t.word));
  void verbs;
  // When: a clause of dates and time words only, or a temporal subordinate clause.
  // (A span back, 过去一年, is counted by its time word 过去 alone: "过去一年更翻了两倍" is a predicate.)
  const dateChars = dates
    .filter((d) => d.start >= start && d.end <= end && !isSpanBack(d))
    .reduce((n, d) => n + d.text.length, 0);
  const timeWords = body.filter((t) => t.tag === 't').reduce((n, t) => n + t.word.length, 0);
  // "不到半年，", "历时近21个月，": a length of time, bounded or not, opening the sentence is its time.
  const spanChars = findFigures(sentence.slice(start, end))
    .filter((f) => DURATION_UNITS.has(f.unit))
    .reduce((n, f) => n + f.text.length, 0);
  const rest =
    bodyText.length - dateChars - timeWords - spanChars - (bodyText.match(/[在于早就了起的至到]/g)?.length ?? 0);
  const introduces = /[：:]\s*$/.test(sentence.slice(start, end)) && !body.some((t) => t.entityId);
  // "最引人关注的是两笔投资：": a lead-in without a name introduces what follows.
  // "身为行业龙头的X，…": a verb of role describing the name it ends on heads the clause with that
  // name, the subject of what follows.
  if (framedHead(tokens.slice(clause.from))) clause.type = 'topic';
  else if (EXAMPLE_OF.test(bodyText) && body.some((t) => t.entityId)) {
    // "Nova就是一个例子，它…": the clause only introduces what the next one says about it.
    clause.type = 'aside';
    clause.introduces = true;
  } else if (
    COMPARED_WITH.test(bodyText) &&
    (body.some((t) => t.entityId) ||
      dates.some((d) => d.start >= start && d.end <= end) ||
      /同期|此前|以往/.test(bodyText))
  ) {
    // "与X相比，…": X is what the proposition after it is compared with; "与去年同期相比" compares
    // the subject with itself at another time.
    clause.type = 'scene';
    clause.comparison = true;
  } else if (DENIAL_PREDICATE.test(bodyText) || (clause.responds && PLAYS_DOWN.test(bodyText))) {
    // "该消息不实": a denial is a predicate even with no verb tag; so is an answer that plays the
    // report down in the clause of its speech verb ("X回应称这只是一次测试").
  } else if (CONCESSIVE.test(bodyText) || conditionalLead(bodyText, sentence, start, end)) {
    // "若X按计划发布，Y将…", "一旦X开源，Y将面临…": a condition, like a concession, states nothing
    // of its own; it qualifies the main clause after it (one claim, the editors' spans).
    clause.type = 'scene';
    clause.concessive = true;
    if (!CONCESSIVE.test(bodyText)) clause.conditional = true;
  } else if (introduces) clause.type = 'scene';
  // (Only before a main clause: "距离X上市已过去一年。" alone says how long it has been.)
  else if (DISTANCE_FRAME.test(bodyText) && /[^\s，,。；;！？!?”」』]/.test(sentence.slice(end))) clause.type = 'time';
  // ("云海集团则预计今年下半年量产": what a verb of predicting frames, with a verb of its own, is a
  // proposition however short, not a time.)
  else if (
    bodyText &&
    rest <= 2 &&
    !body.some((t) => t.entityId) &&
    // ("公布去年第四季财报": a verb of its own with a noun object after a date is an act, not a time.)
    !actsOnObject(body) &&
    !(clause.from > 0 && clause.forecast && bodyVerbs.length)
  )
    clause.type = 'time';
  else if (
    (TEMPORAL_END.test(bodyText) ||
      SINCE_FROM.test(bodyText) ||
      ((TEMPORAL_START.test(bodyText) || AFTER_SPAN.test(bodyText)) && SPAN_WITHIN.test(bodyText))) &&
    // "其自去年推出X以来，已…": a since-clause after its own subject is that subject's predicate.
    !subjectSince(body) &&
    // ("X紧随Y之后", "X以16%紧随其后": a verb of following in a ranking is the predicate; its 之后
    // closes the standard followed, not a time.)
    !FOLLOWING.test(bodyText) &&
    // "竞争才刚刚开始" is a proposition; "从去年开始" a time.
    (TEMPORAL_START.test(bodyText) || (bodyVerbs.length > 0 && !/开始$/.test(bodyText))) &&
    bodyText.length <= 40
  )
    clause.type = 'time';
  // "针对网传…的说法，", "对于外界的质疑，": what a response answers sets its scene.
  else if (RESPONSE_FRAME.test(bodyText)) clause.type = 'scene';
  else if (CONTRAST_FRAME.test(bodyText) && bodyVerbs.every((t) => !/^(是|为)$/.test(t.word))) clause.type = 'scene';
  // "按照…的报价计算，", "以目前股价计，": the basis a figure is computed on frames the proposition.
  else if (BASIS_FRAME.test(bodyText) && !body.some((t) => t.entityId)) clause.type = 'scene';
  else if (
    SCENE_START.test(bodyText) &&
    // ("其中Nova降价80%": 其中 and a named part with a predicate of its own state that part's fact.)
    !namedPartLeads(body, bodyText) &&
    // ("…，其中海外销量为41.7万辆": 其中 and a metric of the owner's with its figure state that part's
    // figure, a proposition of its own, not a frame.)
    !(/^其中/.test(bodyText) && !!metricLead(bodyText)) &&
    // ("在线营销服务收入…" opens on a word of its own, not on the preposition 在.)
    !(bodyText.startsWith('在') && body[0]?.word !== '在' && body[0]?.tag !== 'p') &&
    // "面对X的竞争", "作为Y的开发者": the frame's own verb does not make it a proposition.
    // (At the head of a sentence: "将X，作为Y，…" later on is the verb's own frame.)
    (!bodyVerbs.filter((t) => t !== body[0] || !FRAME_VERB.test(t.word) || start > 0).length ||
      /(之一|为例|之外|以外|中|上|里|下|背后|方面|领域|来说|而言|看来|来看|看|说法|消息|传闻|质疑|的是|资料|记录)$/.test(
        bodyText,
      ))
  )
    clause.type = 'scene';
  else if (
    !bodyVerbs.length &&
    // "“今天只是一个新的起点。”X说": a whole sentence quoted is said, verb or not.
    !QUOTED_SENTENCE.test(sentence.slice(start, end)) &&
    // "X表示不予置评": keeping silent is what the clause says (jieba tags the set phrase an idiom).
    !SILENCE.test(bodyText) &&
    !findFigures(sentence.slice(start, end)).some((f) => FIGURE_KINDS.has(f.kind)) &&
    // "…，后者如今已是其网络产品的核心", "…，该公司是国内最大的…": a pronoun subject with a copula
    // states what its antecedent is, a proposition with a new subject (lib/claims/new-subject.ts).
    !pronounCopula(body) &&
    // "投资方为Y", "X的投资者为Y" say who invested, with no verb.
    !investorClause(body) &&
    !investorsNamedFor(body)
  )
    clause.type = body.some((t) => t.entityId)
      ? // "世界移动通信大会上，": a name and a localizer say where, like "在…上".
        PLACE_END.test(body[body.length - 1]!.word)
        ? 'scene'
        : 'topic'
      : // "受众群体更小，…": a noun and its adjective are a comment of their own, not a scene.
        body.some((t) => t.tag === 'a') && body[0]?.tag.startsWith('n') && !clause.attribution
        ? 'aside'
        : 'scene';
  // "在供应链看来，…", "在不少分析师看来": a frame of belief, as 认为 is.
  if (clause.type === 'scene' && /^(而|但)?在.{1,20}(看来|眼中|眼里)$/.test(bodyText)) {
    clause.belief = clause.opinion = true;
    // (Whose view it is: the holder between 在 and 看来, "在业内人士看来" unnamed, "在X看来" X;
    // 在笔者看来 stays the writer's.)
    const holder = body.slice(body.findIndex((t) => /^在$/.test(t.word)) + 1, -1);
    const holderText = holder.map((t) => t.word).join('');
    if (holder.length && !clause.attribution && !/^(我|我们|笔者|作者|本报|本刊)$/.test(holderText))
      clause.attribution = attributionOf(
        holderText,
        sentence.slice(holder[0]!.start, holder[holder.length - 1]!.end),
        holder,
        context,
        bodyText,
      );
  }
  // "从财报看，…": the writer reading evidence; a view unless the claim gives the figures read.
  if (clause.type === 'scene' && /^从.{1,12}(来)?看$/.test(bodyText)) clause.reading = true;
  // "以X为例，其…": X is what the next clause is about, and the antecedent of its pronoun.
  // (对X而言 is read where roles are given: see aboutFrame.)
  if (clause.type === 'scene' && /^以.{1,12}为例$/.test(bodyText) && body.some((t) => t.entityId))
    clause.example = true;
  // "X给出的财测是营收季增13%至15%", "X公布的指引为…": guidance that X gave is X's forecast, X
  // speaking as after "X预计".
  if (clause.type === 'content' && !clause.attribution) {
    const giver = guidanceGiver(body);
    if (giver)
      clause.attribution = attributionOf(
        giver.word,
        sentence.slice(giver.start, giver.end),
        [giver],
        context,
        bodyText,
      );
  }
  if (clause.type !== 'content' && clause.from > 0 && clause.attribution) {
    // "有消息称在Sora引爆…前": the hedge covers what follows.
    return clause;
  }
  return clause;
}

/** Verbs that open a frame of scene or role: 面对X, 作为Y, 拿Z来说. */
const FRAME_VERB = /^(面对|作为|拿|对于|针对|围绕|除了|身为)$/;

/** Whether word `j` is inside a "在…时" (or "在…中") frame that closes before word `k`. */
/** Nouns of what a company forecasts of itself: guidance, an outlook, a target. */
const GUIDANCE_NOUN = /^(财测|指引|业绩指引|营收指引|展望|业绩展望|预测|预期|目标|财务目标|业绩目标)$/;

/**
 * The name that gives the guidance a clause opens on ("X给出的财测", "X公布的业绩指引", "X更新后的
 * 全年展望"): a name (times and adverbs after it), a verb of giving and 的, then within three words a
 * noun of guidance; null otherwise.
 */
function guidanceGiver(body: readonly Token[]): Token | null {
  const name = body[0];
  if (!name?.entityId) return null;
  let k = 1;
  while (body[k] && /^(t|d|m)$/.test(body[k]!.tag)) k++;
  if (!/^(给出|公布|发布|提供|披露|更新|上调|下调|调整)(后)?$/.test(body[k]?.word ?? '')) return null;
  if (body[k + 1]?.word === '后') k++;
  if (body[k + 1]?.word !== '的') return null;
  // (jieba cuts 财测 in two: 财/测.)
  const noun = (t: Token, m: number) =>
    GUIDANCE_NOUN.test(t.word) || GUIDANCE_NOUN.test(t.word + (body[k + 3 + m]?.word ?? ''));
  return body.slice(k + 2, k + 5).some(noun) ? name : null;
}

/** Where one posts what one says: a platform, an official site, a microblog, an account. */
const POSTED_ON = /(平台|官网|网站|微博|微信|博客|账号|频道|直播间|社交媒体|主页|公众号)$/;

function inWhenFrame(words: Token[], j: number, k: number): boolean {
  const open = words.slice(0, j).findLastIndex((w) => /^(在|当|于)$/.test(w.word));
  // "X上月访问上海时强调": a verb phrase closed by 时 says when even with no 在 opening it.
  if (open < 0)
    return words.slice(j + 1, k).some((w, m) => /^(时|时候|之际|之时)$/.test(w.word) && j + 1 + m === k - 1);

  // "在…时" says when; "在推特上", "在财报会议上" say where (jieba may cut 推/v 特 inside).
  // ("在社群平台表示", "在个人微博发文称": a medium one posts on closes the frame of where, with no 上.)
  const close = words.findIndex(
    (w, m) =>
      m > j &&
      m < k &&
      (/^(时|时候|之际|期间|之时|过程中|上|中|会上|后|之后|以后)$/.test(w.word) ||
        (m >= k - 2 &&
          POSTED_ON.test(w.word) &&
          words.slice(m + 1, k).every((x) => /^(发文|撰文|发帖|发推)$/.test(x.word)))),
  );
  return close > 0;
}

/**
 * "超出华尔街预期", "远高于市场预期", "低于分析师此前预期", "好于预期": the expectation at `i` is the
 * standard of a comparison a few nouns back, what was expected before, not a prediction now.
 */
export function expectedAsStandard(words: readonly Token[], i: number): boolean {
  return words.slice(Math.max(0, i - 3), i).some(
    (w, k, before) =>
      (STANDARD_BEFORE.test(w.word) ||
        (w.word === '于' && /^(好|高|低|差|优|逊|快|慢)$/.test(before[k - 1]?.word ?? ''))) &&
      // ("低于市场普遍预期", "胜过分析师平均预测", "略低于市场一致预期": an adverb or an adjective
      // may grade whose expectation it was.)
      // ("远低于外界的预期": whose expectation may be told with 的.)
      // ("表现「超出预期」": a quote mark may open the standard.)
      before
        .slice(k + 1)
        .every((x) => (/^(n|nr|nt|ns|t|r|ad|a|d)$/.test(x.tag) || /^(的|[“「『"])$/.test(x.word)) && !x.entityId),
  );
}

/** Verbs that measure against a standard: 高于预期, 不如预期, 符合预期 (jieba writes 远高于, 略低于 as one word). */
const STANDARD_BEFORE =
  /^(远|略|稍|大幅)?(高于|低于|少于|多于|大于|小于|强于|弱于|快于|慢于|不如|超出|超过|超|胜过|胜于|符合|好于|差于|优于|逊于|不及|未达|达到|低|高|比|较|较之|相比)$/;

/**
 * Words that put a plan or an expectation before now: 原计划, 此前预计, 原本打算. What was planned
 * or expected then is told as past (it was changed, or is measured against what happened), not
 * predicted now.
 */
const PAST_PLAN = new RegExp(`^(?:${PAST_WORD})$`);

/** Verbs of planning and expecting a past-plan word can put in the past. */
const PLAN_VERB = /^(计划|预计|预期|预测|打算|拟|估计)$/;

/**
 * "正如此前预期", "如市场所料…预期", "一如预期": an expectation after 如 (as) is the standard what
 * happened matched. jieba cuts 正如此前 into 正/如此/前.
 */
export function asExpected(words: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k]!.word;
    if (/^(如|正如|诚如|一如|恰如|如同)$/.test(w) || (w === '如此' && words[k + 1]?.word === '前')) return true;
    if (isPunct(words[k]!) || isVerb(words[k]!)) return false;
  }
  return false;
}

/** Periods still running or to come when the article is written: what an expectation of them is about. */
const STANDING_PERIOD =
  /^(今年|本年|明年|后年|年内|今年内|年底|今年底|年末|下半年|本季|本季度|下季|下季度|下个月|下月|未来)$/;

/** Words that say an expectation changed or was measured against what happened. */
const DEPARTED =
  /^(推迟|延后|延期|延迟|提前|调整|改为|下调|上调|下修|上修|取消|搁置|但|但是|却|实际|实际上|最终|如今|现已|未能|不及|落空|超出|超过|高于|低于|好于|了)$/;

/**
 * "X曾预计Y今年的产量约为5000台", "X此前预计Y明年扭亏": an expectation voiced before (曾, 此前 — not
 * 原, which says it was replaced) of a period still running or to come, with nothing after it in its
 * clause saying it changed or was met, still stands: the speaker's forecast, as it would be after a
 * comma ("X此前预计，Y今年…"). (Revised or beaten in its own clause, 此前预计…已下调, it is told as
 * past: see pastPlanAt.)
 */
function standingExpectation(words: readonly Token[], i: number): boolean {
  if (!/^(曾|曾经|此前|之前|先前|早前)$/.test(words[i - 1]?.word ?? '')) return false;
  const after = words.slice(i + 1);
  // (A later clause that turns from it, "…，但该计划已落后", is a claim of its own: the expectation
  // told is still the speaker's forecast.)
  return after.some((t) => STANDING_PERIOD.test(t.word)) && !after.some((t) => DEPARTED.test(t.word));
}

/** Whether the plan or expectation word at `i` is put in the past (原计划, 此前市场预计). */
export function pastPlanAt(words: readonly Token[], i: number): boolean {
  // "原/计划" or "原计划"; "此前/市场/预计": a past word, then at most two nouns who expected it.
  if (/^(原|原本|原先)(计划|打算|预计)$/.test(words[i]!.word)) return true;
  if (!PLAN_VERB.test(words[i]!.word)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    if (PAST_PLAN.test(w.word)) return true;
    if (!/^(n|nr|nt|ns|nz|r|d)$/.test(w.tag) || w.entityId) return false;
  }
  return false;
}
