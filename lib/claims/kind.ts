/**
 * The kind of a proposition (launch, funding, event, denial, comparison…) from its cue words, and
 * the readings that block a cue (a habitual or irrealis launch, founding nothing).
 */
import { isPunct, type Token } from './segment';
import type { ClaimKind, Modality } from './vocabulary';
import { KIND_CUES, STANCE_TAKEN } from './cues';
import type { Attribution } from './types';
import { isCopula, isPredicate, isVerb, negatedAt, opensRelative, verbalRelative } from './words';
import { listedModifier, TIME_LOCALIZER } from './modifiers';
import { DENIAL_PREDICATE, pastPlanAt } from './clauses';
import { FRAME_OPENER } from './roles';

/** Derived forms of the cue patterns, built once each: extraction tests them per token. */
export function derived(
  cache: WeakMap<RegExp, RegExp>,
  make: (pattern: RegExp) => RegExp,
): (pattern: RegExp) => RegExp {
  return (pattern) => {
    let out = cache.get(pattern);
    if (!out) cache.set(pattern, (out = make(pattern)));
    return out;
  };
}

/** The pattern matching a whole word only. */
export const wholeWord = derived(new WeakMap(), (pattern) => new RegExp(`^(${pattern.source})$`));

/** Verbs that take an event noun as their predicate: 完成…收购, 进行…融资, 宣布…上线. */
const LIGHT_VERB = /^(完成|进行|启动|达成|开启|实现)$/;

/** Cues that are nouns in their usual phrase ("看到X的身影", "估值达…"). */
const NOUN_CUE = /^(身影|估值)$/;

/** Verbs of bringing about an effect (不会产生影响, 不会造成冲击), whatever jieba tags them. */
export const EFFECT_VERB = /^(产生|造成|带来|导致|引发|影响|构成)$/;

/** Having no plan (没有融资计划, 暂无上市打算, 并没有任何出售的想法). */
const NO_PLAN = /(没有|并无|暂无|并没有|从未有过?)(任何)?[^，,。；]{0,14}(计划|打算|意向|安排|想法)/g;

/**
 * One clause that ends on a stance taken (对合作持开放态度, 对新规持观望态度, 保持谨慎立场): a view of
 * the subject's, whatever its topic names (开放 there launches nothing, 投资 is no round).
 */
const STANCE = new RegExp(`^[^，,；;]*${STANCE_TAKEN}[。；;！!]?$`);

/** Yes-no question verbs: "X能否盈利", "Y是否会跟进". */
export const QUESTION_VERB = /^(能否|是否|能不能|会不会|可否|是不是)$/;

/** 澄清 and, a few words on, the rumour it clears up (澄清裁员传闻, 澄清有关合并的传言). */
const CLEARS_RUMOUR = /澄清[^，,。；;]{0,8}?(传闻|传言|谣言)/;

export function kindOf(
  tokens: Token[],
  figure: boolean,
  modality: Modality,
  attribution: Attribution,
  dated: boolean,
  /** The speaker's verb is one of belief (认为, 判断) or the source a view (研判, 比喻). */
  belief = false,
  /** It may answer a report: it responds (回应称), or the article told a rumour before it. */
  answers = true,
): ClaimKind | null {
  const framed = framedTokens(tokens);
  // A cue counts as a whole word, or inside a verb; not inside a noun (投资人) nor right after
  // 的 ("Sora的发布" names the event, it is not this clause's predicate); not
  // inside a frame of time ("在X问世之后") nor under a verb of trying, appealing or seeing
  // ("试图探索…落地", "呼吁…保护开源", "看到X问世"), where nothing has been launched.
  const verbal = (pattern: RegExp, asserted: (i: number) => boolean = () => true) => {
    const whole = wholeWord(pattern);
    return tokens.some((t, i) => {
      if (!asserted(i)) return false;
      // "可以看到X的身影" sees a person's presence (a noun cue), not an unrealized event.
      if (framed.has(i) || (!NOUN_CUE.test(t.word) && underIrrealis(tokens, i))) return false;
      // …nor inside a relative clause: "正式开放使用的时间表" names a timetable, it launches nothing.
      // …unless a light verb before it makes the event the predicate ("完成对X的收购").
      const lightVerb = tokens.slice(0, i).some((x) => LIGHT_VERB.test(x.word));
      const nominalized =
        (tokens[i - 1]?.word === '的' && /^v/.test(t.tag) && !lightVerb) ||
        ((isVerb(t) || verbalRelative(tokens, i)) && opensRelative(tokens, i));
      const negated = negatedAt(tokens, i);
      // A cue word modifying a noun or listed with nouns ("投资、并购项目") names a kind of thing.
      const next = tokens[i + 1];
      // …unless the words after 、 go on with a verb ("投资、收购了X": two predicates, one object).
      const coordinated = next?.word === '、' && !!tokens[i + 2] && isVerb(tokens[i + 2]!);
      const modifies = !isVerb(t) && !!next && ((next.word === '、' && !coordinated) || /^n/.test(next.tag));
      const listed = next?.word === '、' && listedModifier(tokens, i);
      const isCueWord = whole.test(t.word) && (NOUN_CUE.test(t.word) || !modifies);
      return (
        !nominalized &&
        !negated &&
        !listed &&
        !notLaunch(tokens, i) &&
        (isCueWord || (isVerb(t) && pattern.test(t.word)))
      );
    });
  };
  // A denial jieba cuts in two ("不/实") still denies.
  const said = tokens.map((t) => t.word).join('');
  // "公司短期内没有融资计划": saying there is no plan denies only a report it answers; told on its
  // own, it is a plain statement of the company's plans.
  // ("发文澄清裁员传闻": 澄清 with the rumour it clears, whatever names the rumour's content, denies it.)
  const denial = DENIAL_PREDICATE.test(answers ? said : said.replace(NO_PLAN, '')) || CLEARS_RUMOUR.test(said);
  const cue = denial ? 'denial' : (KIND_CUES.find(([, pattern]) => verbal(pattern))?.[0] ?? null);
  // A launch or a funding round is what the claim reports, whatever figures come with it (上线了X,
  // 上架了300个模型); a launch or a round still to come is one too, with the forecast modality.
  if (cue === 'denial') return cue;
  if (STANCE.test(said)) return 'opinion';
  // A view framed by 认为, 判断, 看来 is an opinion, whatever it is about.
  if (belief) return 'opinion';
  if (cue === 'funding' || cue === 'event') return cue;
  // A company going public on an exchange (在港交所上市, 分拆上市) is a dated happening, not a product.
  if (cue === 'launch' && listsOnExchange(tokens)) return 'event';
  // A plan or a prediction (将推出, 计划投入…, 将在年底前出货) is a forecast in kind whatever it would
  // launch or measure (the editors' majority, tests/claims-eval/README.md: dev-3 … dev-6, and dev's
  // second editor 18 of 30); an announced deal, a layoff or a round keeps its kind, as above.
  if (modality === 'forecast') return 'forecast';
  // A launch with its price or size is still a launch ("推出X，售价…起"); only "已发布了79个",
  // which counts what was launched and names nothing, is a figure.
  if (cue === 'launch' && (!figure || !launchCounts(tokens))) return cue;
  // Money an investor puts into a company ("向X投入了…亿美元", "X对Y的100亿美元") is funding;
  // money spent ("投入400亿元建设数据中心") is a figure.
  if (figure && moneyInto(tokens)) return 'funding';
  // What the writer thinks will happen ("会让…") is a forecast too, even with a figure or a
  // ranking word in it.
  if (epistemicWill(tokens) && attribution.kind === 'article') return 'forecast';
  // A happening verb (签署, 辞职, 达成协议, 印发…) makes the proposition an event, whatever it counts.
  if (verbal(HAPPENING, (i) => !happeningAsTopic(tokens, i))) return 'event';
  // "X超越Y": a figure that ranks the subject against a named rival is a comparison.
  // "以约15%的份额排名第三", "以2500万月活位居第一": a rank is the claim, the figure its measure.
  if (figure && cue === 'comparison' && (ranksAgainstNamed(tokens) || ranksOrdinal(tokens))) return cue;
  // A view with a figure in it ("X坦言，成本可能高达数十亿美元") is still a view.
  if (figure && modality === 'opinion') return 'opinion';
  if (figure) return 'figure';
  if (cue) return cue;
  // A date makes a happening only when something took place on it: a date that opens a span
  // ("今年以来访问量持续攀升") dates a state, so does a habit ("每年推出一次"), and a negated
  // predicate ("并未在当天上线") a non-event.
  const happened = dated && !durative(tokens) && !habitual(tokens) && !firstPredicateNegated(tokens);
  // Someone's belief is an opinion; their words a statement, or an event when they state as a
  // fact what happened when ("X宣布，已于11月21日达成协议"); a view of theirs stays a statement.
  // A view is an opinion whoever holds it (the writer, 张明远表示…在于…, 有分析师指出…).
  if (modality === 'opinion') return 'opinion';
  if (attribution.kind === 'person' || attribution.kind === 'organization')
    return belief ? 'opinion' : happened && modality === 'fact' ? 'event' : 'statement';
  // Any other complete proposition: a dated event, or a statement of what is the case.
  return happened ? 'event' : 'statement';
}

/**
 * Verbs of a happening news reports as done on a day, a closed class by domain: people joining
 * and leaving (辞职, 出任, 罢免), agreements and partnerships (签署, 达成协议, 洽谈, 谈崩, 与X合作), rulings and rules issued
 * (印发, 出台, 颁布, 判决, 起诉), a corporate action (回购, 派发, 分拆, 退市, 停止, 关停), a
 * meeting held (召开, 举行). Launches, funding and acquisitions have their own cues.
 */
export const HAPPENING =
  /辞职|离职|出任|任命|解雇|罢免|撤换|卸任|接任|当选|签署|签订|签约|达成协议|达成一致|谈崩|洽谈|谈判|结盟|合作|联手|携手|牵手|印发|出台|颁布|判决|裁定|起诉|处罚|罚款|立案|回购|派发|分红|分拆|退市|停牌|关停|停止|召开|举行|举办/;

/**
 * A happening word that is not what the clause asserts: named as a topic after a determiner
 * ("此次谈判破裂"), under a condition ("如果…", "一旦…"), or inside the complement of a copula
 * ("他是推动罢免X的董事之一" says who he is).
 */
export function happeningAsTopic(tokens: Token[], i: number): boolean {
  const clause = clauseBefore(tokens, i);
  return (
    /^(此次|这次|本次|该|这场|那次|上述|此番)$/.test(tokens[i - 1]?.word ?? '') ||
    clause.some((x) => /^(如果|若|假如|一旦|倘若|要是|如若)$/.test(x.word)) ||
    clause.some(isCopula)
  );
}

/** The tokens of i's clause before it (a comma or a full stop ends a clause; 、 does not). */
function clauseBefore(tokens: Token[], i: number): Token[] {
  const before = tokens.slice(0, i);
  return before.slice(before.findLastIndex((x) => isPunct(x) && x.word !== '、') + 1);
}

/** Where a company lists: an exchange, a board or a market (在港交所上市, 登陆纳斯达克, 分拆上市). */
const LISTING_PLACE =
  /交易所|港交所|联交所|上交所|深交所|纳斯达克|纽交所|科创板|创业板|主板|a股|港股|美股|独立|分拆|挂牌|ipo|首次公开/;

/** "在港交所上市", "分拆并独立上市": 上市 of a company on a market, not a product on sale. */
function listsOnExchange(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.word === '上市' && tokens.slice(Math.max(0, i - 6), i).some((x) => LISTING_PLACE.test(x.word.toLowerCase())),
  );
}

/**
 * "已发布了12个大模型", "上线仅5天": the launch verb's clause names nothing it launched (no
 * entity, no written name such as Latin letters or a quoted title) but counts or times it, so the
 * figure is the point. "推出折叠手机Atlas，售价…" names its product and stays a launch.
 */
function launchCounts(tokens: Token[]): boolean {
  const launch = KIND_CUES.find(([kind]) => kind === 'launch')![1];
  // (jieba may tag the cue a noun: 上市/ns.)
  let at = tokens.findIndex((t) => isVerb(t) && wholeWord(launch).test(t.word));
  if (at < 0) at = tokens.findIndex((t) => wholeWord(launch).test(t.word));
  if (at < 0) return true;
  const end = tokens.findIndex((t, k) => k > at && isPunct(t) && !/^[“”"「」《》]$/.test(t.word));
  const object = tokens.slice(at + 1, end < 0 ? tokens.length : end);
  // "X正式上市，起售价…": a launch verb with nothing after it launches the name before it.
  const clauseStart = tokens.slice(0, at).findLastIndex((t) => isPunct(t) && !/^[“”"「」《》]$/.test(t.word)) + 1;
  const subject = object.length === 0 ? tokens.slice(clauseStart, at) : [];
  const named = [...object, ...subject].some(
    (t) => !!t.entityId || /^(eng|nz)$/.test(t.tag) || /^[“「《]$/.test(t.word),
  );
  return !named && (object.some((t) => /^m/.test(t.tag)) || !object.some((t) => /^n/.test(t.tag)));
}

/** A comparison verb with a named rival right after it ("首度超越微软"), not a threshold ("超过700人"). */
function ranksAgainstNamed(tokens: Token[]): boolean {
  const comparison = KIND_CUES.find(([kind]) => kind === 'comparison')![1];
  return tokens.some((t, i) => comparison.test(t.word) && !!tokens[i + 1]?.entityId);
}

/** A verb of ranking with its place: 位列第一, 排名第三, 位居前五, 登上榜首; or right after the one before: 紧随其后. */
function ranksOrdinal(tokens: Token[]): boolean {
  const text = tokens.map((t) => t.word).join('');
  if (/紧随其后|尾随其后/.test(text)) return true;
  return /(位列|位居|排名|排在|名列|位于|居于|跻身|稳居|升至|跌至|降至|排)[^，,。；;]{0,10}?(第[一二三四五六七八九十两\d]+|前[一二三四五六七八九十两\d]+|榜首|首位|次席|末位)/.test(
    text,
  );
}

/** Aspect of a span, not a point: 以来, 至今, 持续, 一直 ("今年以来访问量持续攀升"). */
function durative(tokens: Token[]): boolean {
  return tokens.some((t) => /(以来|至今|迄今)$|^(持续|一直|始终)$/.test(t.word));
}

/** Every so often (每半年, 每年) before the verb, or 一次 after it: a habit, not one happening. */
const EVERY_PERIOD = /^每(半|个|一|两|隔)?(年|月|季度?|周|星期|天|日|小时)/;

function habitualAt(tokens: Token[], i: number): boolean {
  return clauseBefore(tokens, i).some((x) => EVERY_PERIOD.test(x.word)) || tokens[i + 1]?.word === '一次';
}

const habitual = (tokens: Token[]) => tokens.some((t, i) => isVerb(t) && habitualAt(tokens, i));

function firstPredicateNegated(tokens: Token[]): boolean {
  const first = tokens.findIndex((t, i) => isPredicate(tokens, i));
  return first >= 0 && negatedAt(tokens, first);
}

/** Indices of the tokens inside a frame of time or place ("在X问世之后", "自X推出以来"). */
function framedTokens(tokens: Token[]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((t, i) => {
    if (!FRAME_OPENER.test(t.word) || t.tag !== 'p') return;
    // jieba tags some event verbs as nouns (问世/n): any time localizer before the next comma closes it.
    for (let k = i + 1; k < tokens.length && !/^[，,。；;：:！!？?]$/.test(tokens[k]!.word); k++) {
      if (!TIME_LOCALIZER.test(tokens[k]!.word)) continue;
      for (let j = i; j <= k; j++) inside.add(j);
      return;
    }
  });
  return inside;
}

/**
 * Verbs whose complement has not happened or is only perceived: 试图/尝试 (trying), 呼吁/希望
 * (appealing, hoping), 筹备/准备/考虑 (preparing, weighing), 看到/见证/等待 (seeing, waiting). A launch word after one of them in the
 * same clause launches nothing.
 */
const IRREALIS_VERB =
  /^(试图|尝试|探索|呼吁|希望|寻求|争取|力图|企图|想要|期待|期望|渴望|看到|见证|等待|等到|筹备|准备|酝酿|筹划|考虑)$/;

function underIrrealis(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (isPunct(t) && t.word !== '、') return false;
    if (IRREALIS_VERB.test(t.word)) return true;
    // "原计划在3月发布": a plan put in the past launched nothing.
    if (pastPlanAt(tokens, k)) return true;
  }
  return false;
}

/** Nouns for a company or an institution: 初创公司, 企业, 机构. */
const ORGANIZATION_NOUN = /(公司|企业|创企|机构|实验室|团队)$/;

/** Verbs of putting money into something; with 向/对 an organization, an investment. */
const MONEY_INTO = /^(投入|注入|砸下|押注|投下)$/;

/** "向X投入了…", "X对Y的100亿美元": a sum given to a named counterpart. */
function moneyInto(tokens: Token[]): boolean {
  const counterpart = tokens.some((t, i) => {
    if (!/^(向|对)$/.test(t.word)) return false;
    // "向AI初创公司投入": an organization named by a noun is a counterpart too; "对X来说" is not.
    const phrase = tokens.slice(i + 1, i + 5);
    const end = phrase.findIndex((x) => isVerb(x) || x.word === '的' || isPunct(x));
    const object = end < 0 ? phrase : phrase.slice(0, end);
    if (/^(来说|而言)$/.test(tokens[i + 1 + object.length]?.word ?? '')) return false;
    return object.some((x) => !!x.entityId || ORGANIZATION_NOUN.test(x.word));
  });
  // The first predicate puts the money in ("投入了超过…"), or there is none ("一笔是X对Y的…").
  const verb = tokens.find((t, k) => isPredicate(tokens, k));
  return counterpart && (!verb || MONEY_INTO.test(verb.word));
}

/**
 * Epistemic 会 before a verb ("会让市场少一点虚火", "就会看到…"): what the writer expects, a
 * prediction of theirs.
 */
export function epistemicWill(tokens: Token[]): boolean {
  // "尚未透露是否会推出X": 会 inside a yes-no question expects nothing; the question is asked.
  return tokens.some(
    (t, i) =>
      t.word === '会' &&
      /^v/.test(t.tag) &&
      !QUESTION_VERB.test(tokens[i - 1]?.word ?? '') &&
      !!tokens[i + 1] &&
      // ("会影响其供应", "会对X造成冲击": jieba tags a verb of effect a verbal noun, or a
      // prepositional phrase comes first; "会定期轮换" is a habit, not a prediction.)
      (isVerb(tokens[i + 1]!) || /^(d|p)$/.test(tokens[i + 1]!.tag) || EFFECT_VERB.test(tokens[i + 1]!.word)),
  );
}

/**
 * Whether a founding verb ends its clause with only a date or a time after it (成立于2021年3月,
 * 于去年正式成立): no name, no noun it founds, no later predicate (成立不到一年就跻身…).
 */
export function foundsNothing(tokens: Token[], verb: Token): boolean {
  for (let k = tokens.indexOf(verb) + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A quoted or titled name opens what is founded: 成立了「X论坛」.)
    if (isPunct(t)) return !/^[“「『《"(（]/.test(t.word);
    if (t.entityId || !(/^(于|了|至今)$/.test(t.word) || /^(t|m|mq|q)$/.test(t.tag))) return false;
  }
  return true;
}

/** Verbs of founding: "成立于2018年" dates the company, it launches nothing this week. */
export const FOUNDED = /^(成立|创立|创办|创建|设立|诞生)$/;

/** What is published when a document is: "发布内部信", "发布公告" say something, they launch nothing. */
const DOCUMENT_OBJECT =
  /^了?(一(封|份|篇|则|条|项|场|番|次))?(最新的?)?(内部信|全员信|公开信|公告|声明|通知|通告|财报|年报|报告|文章|博文|长文|帖子|微博|推文|评论|回应|名单|榜单|演讲|讲话|演说|看法|意见|观点|论文|致辞)/;

/** A launch cue that names no launch: a founding date ("成立于"), a document published ("发布内部信"). */
function notLaunch(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (FOUNDED.test(t.word) && foundsNothing(tokens, t)) return true;
  // "官宣停止…", like "宣布退出…": the verb announced decides what happened.
  if (t.word === '官宣' && next && isVerb(next)) return true;
  // "每半年就推出一次": a habit of launching, not a launch; "成为首个开放…的模型" says what it is.
  const launch = KIND_CUES.find(([kind]) => kind === 'launch')![1];
  if (launch.test(t.word) && (habitualAt(tokens, i) || clauseBefore(tokens, i).some(isCopula))) return true;
  // jieba cuts the noun 发表会/发布会 before a localizer ("在发表/会后"): a press event, not a launch.
  if (/^(发布|发表)$/.test(t.word) && /^会(?![让使把将])/.test(next?.word ?? '')) return true;
  if (/^(发布|公布|发出|发表)$/.test(t.word)) {
    const after = tokens.slice(i + 1, i + 6).map((x) => x.word);
    return DOCUMENT_OBJECT.test(after.join(''));
  }
  return false;
}
