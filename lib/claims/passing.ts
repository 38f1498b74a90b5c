/**
 * Names a clause only mentions though they stand after its verb: a model or product built into the
 * subject's own (接入X, 集成X, 将X整合进…), a place of origin (来自X, 出身于X), and the owner of what a
 * copula's complement is made of (成为X今年业绩的增长引擎). Each is a closed class of verbs or a
 * construction of the copula; roles.ts asks these before it makes a name after the verb the object.
 */
import { isPunct, type Token } from './segment';
import { isCopula, isVerb } from './words';
import { PRODUCT_TYPES } from './vocabulary';

/**
 * Verbs of building a model or product into another (接入, 集成, 整合, 内置, 嵌入, 植入, 预装):
 * the thing built in is the subject's means, and the counterpart of no act (README: names used as
 * a base or tool are mentioned).
 */
export const INTEGRATING = /^(接入|集成|整合|内置|嵌入|植入|预装|预载|内建|接进|整合进|集成到|接入到|整合到|嵌入到)$/;

/** Verbs of using a part or a tool: 使用, 采用, 搭载, 调用. */
const TOOL_USE = /^(使用|采用|搭载|调用|用上|用了|内置)$/;

/**
 * "Y接入了X", "将X整合进Y", "Y全面集成X": a model or product named as what is built in, right after
 * an integrating verb (了 or 到 between) or after 把/将 with an integrating verb before the clause
 * ends, is mentioned.
 */
export function integratedTool(tokens: Token[], i: number, type: string | undefined): boolean {
  if (!PRODUCT_TYPES.has(type ?? '')) return false;
  let k = i - 1;
  while (tokens[k] && /^(了|全面|已|正式)$/.test(tokens[k]!.word)) k--;
  if (INTEGRATING.test(tokens[k]?.word ?? '')) return true;
  // "使用了上万张X芯片", "搭载两颗X": a product used as a part, counted, is a means too.
  k = i - 1;
  let counted = false;
  // (A count's own prefix, 上万张 cut 上/万张, counts with it.)
  while (
    tokens[k] &&
    !tokens[k]!.entityId &&
    (/^(m|q|mq)$/.test(tokens[k]!.tag) || (counted && /^(上|近|超|逾)$/.test(tokens[k]!.word)))
  ) {
    counted = true;
    k--;
  }
  if (tokens[k]?.word === '了') k--;
  if (counted && TOOL_USE.test(tokens[k]?.word ?? '')) return true;
  if (!/^(把|将)$/.test(tokens[i - 1]?.word ?? '')) return false;
  for (let m = i + 1; m < tokens.length && !isPunct(tokens[m]!); m++) {
    if (INTEGRATING.test(tokens[m]!.word) || /^(整合|集成|接入|嵌入)/.test(tokens[m]!.word)) return true;
    if (tokens[m]!.entityId) return false;
  }
  return false;
}

/** Verbs of origin: where people, a team or a firm come from (来自X, 出身于X, 毕业于X, 脱胎于X). */
const ORIGIN = /^(来自|源自|出自|出身|出身于|毕业于|脱胎于|孵化自|诞生于)$/;

/** Nouns after 来自X的 that make X a party to an act (来自X的投资, 来自X的竞争): X then acts. */
const ORIGIN_ACT =
  /^(投资|注资|融资|资金|订单|采购|竞争|挑战|压力|威胁|攻击|起诉|诉讼|指控|批评|邀请|支持|授权|收购|要约)$/;

/**
 * "核心成员多来自X", "创始团队出身于X", "一支来自X的团队": the name after a verb of origin says
 * where someone comes from; it is mentioned, unless what comes from X is an act of X's (来自X的投资).
 */
export function originOnly(tokens: Token[], i: number): boolean {
  if (!ORIGIN.test(tokens[i - 1]?.word ?? '')) return false;
  if (tokens[i + 1]?.word !== '的') return true;
  for (let k = i + 2; k < tokens.length && k <= i + 4 && !isPunct(tokens[k]!); k++)
    if (ORIGIN_ACT.test(tokens[k]!.word)) return false;
  return true;
}

/** Nouns of a tie between parties, which a copula's complement names as the subject's (客户, 对手). */
const TIE = /(对手|伙伴|盟友|客户|供应商|股东|投资方|投资者|投资人|子公司|母公司|继任者|竞品|创始人|创办人|劲敌)$/;

/**
 * "Y成为X今年业绩的重要增长引擎", "Y是X最重要的产品": after a copula, a name followed by its
 * possessive 的 (times, numbers or one noun between) heads nothing: the complement is a thing of
 * X's the subject is, and X is mentioned. A tie named there (X最大的客户) is left to roles.ts.
 */
export function ownerInComplement(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !(isCopula(before) || /^(为|作为|变成|沦为|成)$/.test(before.word))) return false;
  let k = i + 1;
  while (tokens[k] && !tokens[k]!.entityId && /^(t|m|mq|n|d|a)$/.test(tokens[k]!.tag) && k <= i + 4) k++;
  if (tokens[k]?.word !== '的') return false;
  let last: Token | undefined;
  for (let m = i + 1; m < tokens.length && !isPunct(tokens[m]!); m++) {
    const t = tokens[m]!;
    if (t.entityId || TIE.test(t.word)) return false;
    // (A verb not modifying a noun after it — "这是X的第三次降价" — makes the complement an act of X's.)
    if (m > k && isVerb(t) && !/^n/.test(tokens[m + 1]?.tag ?? '')) return false;
    last = t;
  }
  return !!last && /^n/.test(last.tag) && last.tag !== 'vn';
}

/** People who use a company's products or platform: X用户, X开发者, X车主. */
const USER_NOUN = /^(用户|使用者|开发者|消费者|玩家|车主|粉丝|会员|商家|卖家|买家|订阅者|创作者|主播)$/;

/**
 * "向X开发者开放接口", "为X车主提供升级": a name right before a noun of its users (not its staff, who
 * are part of it) names whose users they are; the act reaches them, and X is mentioned.
 */
export function usersOf(tokens: Token[], i: number): boolean {
  if (USER_NOUN.test(tokens[i + 1]?.word ?? '')) return true;
  // "向X生态的开发者开放", "为X平台上的商家提供": the users of X's ecosystem, platform or store
  // (a noun of a place of use, then 的 or 上的) are X's users just the same.
  let k = i + 1;
  if (!USE_PLACE.test(tokens[k]?.word ?? '')) return false;
  k++;
  if (tokens[k]?.word === '上') k++;
  if (tokens[k]?.word === '的') k++;
  return USER_NOUN.test(tokens[k]?.word ?? '');
}

/** Nouns of where users meet a company's products: 生态, 平台, 社区, 商店. */
const USE_PLACE = /^(生态|生态圈|生态系统|平台|社区|商店|应用商店|应用市场|商城|体系)$/;

/** Verbs of arriving on, or listing in, a venue: 入驻, 登陆, 上架. */
const VENUE_VERB = /^(入驻|进驻|登陆|登录|上架|登上|开店|落户)$/;

/** Nouns of a venue: a store, a platform, a channel, a live room. */
const VENUE_NOUN = /(应用商店|应用市场|商店|商城|平台|直播间|频道|旗舰店|网店|专区|榜单|榜)$/;

/**
 * "入驻X的应用商店", "登陆X平台": after a verb of arriving, a name before a venue noun (的 or one
 * more noun between) owns the place, where nothing is done to it; X is mentioned.
 */
export function venueOf(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.word === '了') k--;
  if (!VENUE_VERB.test(tokens[k]?.word ?? '')) return false;
  for (let m = i + 1; m <= i + 3 && tokens[m] && !isPunct(tokens[m]!); m++) {
    if (tokens[m]!.entityId) return false;
    if (VENUE_NOUN.test(tokens[m]!.word)) return true;
  }
  return false;
}

/**
 * Nouns whose modifier is their content, a proposition of its own: a plan, a report, a rumour, a
 * decision (出售X的计划, “X将收购Y”的消息, 将X出售给Y的方案).
 */
const CONTENT_NOUN =
  /^(消息|传闻|传言|计划|计画|方案|说法|报道|决定|提议|提案|打算|意向|构想|猜测|谣言|可能|可能性|预期|承诺|要求)$/;

/** Prepositions of a fronted frame of what a clause answers or deals with. */
const ABOUT_FRAME = /^(对于|关于|针对|有关|就|至于)$/;

/** A verb, or a verbal noun jieba tags vn (出售/vn). */
const verbal = (t: Token) => isVerb(t) || t.tag === 'vn';

/** Words before a name inside a content clause that make it what the clause acts on: 将X, 给X. */
const ACTED_ON = /^(将|把|给|向|对|与|和)$/;

/**
 * "流传小米将配股的消息", "公司没有出售X的计划", "将X出售给Y的方案": a name inside the clause a
 * content noun closes (a verb of its own before 的, quotes allowed) is a party to that proposition,
 * not a modifier of the noun: right before the clause's verb (adverbs between) it is the doer
 * ('agent'); after a verb, or after 将, 给 and the like, it is acted on ('object'). Null when the
 * name is not in such a clause.
 */
export function contentClauseRole(tokens: Token[], i: number): 'agent' | 'object' | null {
  let verbAfter = false;
  let close = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
    const t = tokens[k]!;
    if (isPunct(t) && !/^[“”「」"'‘’]$/.test(t.word)) return null;
    if (t.word === '的') {
      close = k;
      break;
    }
    if (isVerb(t) && !t.entityId) verbAfter = true;
  }
  if (close < 0) return null;
  // (A fronted frame of what is answered, 对于网传X…的说法，…, leaves the rumour's names mentioned.)
  for (let k = i - 1; k >= 0 && !isPunct(tokens[k]!); k--) if (ABOUT_FRAME.test(tokens[k]!.word)) return null;
  let h = close + 1;
  if (/^[”」"'’]$/.test(tokens[h]?.word ?? '')) h++;
  if (!CONTENT_NOUN.test(tokens[h]?.word ?? '')) return null;
  const before = tokens[i - 1];
  const quoted = /^[“「"'‘]$/.test(before?.word ?? '');
  // (A clause of its own: a verb after the name, or one right before it: 出售X的计划, 出售给X的方案.)
  const verbBefore =
    !!before && (verbal(before) || (ACTED_ON.test(before.word) && !!tokens[i - 2] && verbal(tokens[i - 2]!)));
  if (!verbAfter && !verbBefore) return null;
  if (!quoted && before && ACTED_ON.test(before.word)) return 'object';
  // (The doer: only adverbs and time words, 将/会/已, between the name and its verb.)
  let k = i + 1;
  while (
    tokens[k] &&
    !tokens[k]!.entityId &&
    (/^(d|t)$/.test(tokens[k]!.tag) || /^(将|会|已|已经|正|拟|要)$/.test(tokens[k]!.word))
  )
    k++;
  if (tokens[k] && isVerb(tokens[k]!) && !tokens[k]!.entityId) return 'agent';
  if (!quoted && before && verbal(before)) return 'object';
  return null;
}

/** Ties to another company, which the noun after X(的) names instead of X: X的母公司Y, X的竞争对手Y. */
const COMPANY_TIE =
  /^(母公司|控股股东|大股东|子公司|竞争对手|对手|劲敌|友商|合作伙伴|伙伴|供应商|大客户|客户|代工厂|代工商)$/;

/**
 * Rivals, who act on their own even when no known name follows (X的竞争对手纷纷降价); X's customers
 * or suppliers with no name are X's own base (X的客户高度集中于…), and X stays the topic.
 */
const OTHER_PARTY = /^(竞争对手|对手|劲敌|友商)$/;

/**
 * "X的母公司Y股价下跌", "X的竞争对手Y宣布扩产", "X的友商们纷纷跟进": a name right before (的 and) a
 * noun of a tie to another company only tells whose parent, rival or supplier acts; the other party
 * heads the subject and X is named in passing. Returns the index of the known name in apposition
 * after the tie noun, -1 when a rival the gazetteer lacks acts (X stays mentioned all the same),
 * or null when no such tie follows. (A parent or unit the gazetteer lacks, 谷歌母公司Alphabet, is
 * left to stand for X.)
 */
export function tiedOtherParty(tokens: Token[], i: number): number | null {
  let k = i + 1;
  if (tokens[k]?.word === '的') k++;
  if (!tokens[k] || tokens[k]!.entityId) return null;
  // (jieba may cut the noun in two: 竞争/对手.)
  let word = tokens[k]!.word.replace(/们$/, '');
  if (!COMPANY_TIE.test(word) && tokens[k + 1] && !tokens[k + 1]!.entityId) {
    word = (tokens[k]!.word + tokens[k + 1]!.word).replace(/们$/, '');
    k++;
  }
  if (!COMPANY_TIE.test(word)) return null;
  if (tokens[k + 1]?.entityId) return k + 1;
  return OTHER_PARTY.test(word) && !/^(之一|是)$/.test(tokens[k + 1]?.word ?? '') ? -1 : null;
}
