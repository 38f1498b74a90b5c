/**
 * A product stands for its maker. News prose names a company's product, model, service or unit
 * as the doer of what the company does through it ("小米SU7上市首日…", "Magic6搭载…", "后者售价…"),
 * and a reader takes the sentence as a claim about the maker. The gazetteer does not list every
 * product, so the extractor would find no actor there (or credit a bystander). This module learns,
 * from the article itself, which strings are product names and who makes them, and puts a mention
 * of the maker where the product is named; the product itself is never an entity.
 *
 * Which strings are product names (never an ordinary word, never a name the gazetteer has: its
 * mention wins):
 * - a Latin/digit model name: a Latin word with a digit (Magic6, HBM3E, Yi-34B) or a capital
 *   (Temu, Vision Pro), with the words, digits and joiners after it (Galaxy S24, Baichuan 4); not
 *   an acronym of the trade (AI, API, GPU, CEO, IPO: all capitals, no digit) nor a period (Q2);
 * - a name in quotation or title marks after a verb of bringing out or 名为 (推出「X」, 名为“X”的);
 * - a proper noun jieba tags (nz, ns, nr) followed by a product noun (X的安第斯大模型).
 *
 * Who makes it, in order of strength, from the article so far:
 * - a brand prefix: a company's name right before the model, perhaps with a measure or a noun
 *   between (小米SU7, 三星12层HBM3E, 小米汽车SU7);
 * - a possessive or a frame of making: X的Y, X旗下(的)Y, X自研的Y, X推出的Y (a descriptor may
 *   come between: X旗下跨境电商平台Y, X的第四代存储芯片Y);
 * - X and a verb of bringing out before Y in one clause (X发布Y, X今日正式推出Y);
 * - Y由X开发/推出.
 * The first two name the maker where the product is: X and Y read as one mention of X (Y's
 * role is X's). The last two leave X its own role (X发布Y: X is the agent already) and only teach
 * the name. A later bare Y, 后者 right after Y, or a demonstrative product noun (这款车, 该产品)
 * while Y is the last product named, is a mention of X. No maker found: nothing changes.
 */
import { MEMBER_NOUN, SPEECH_VERB } from './cues';
import type { Token } from './segment';
import { PRODUCT_MAKER_TYPES, PRODUCT_TYPES } from './vocabulary';

/** Verbs of bringing out: X + verb + Y teaches that X makes Y. */
const BRING_OUT = /^(发布|推出|上线|开源|发表|亮相|量产|首发|发售|开卖|开售|上市|官宣|推|发)$/;
/** Verbs of making, which teach the maker as bringing out does (X开发了Y). */
const MAKE = /^(开发|研发|打造|设计|生产|制造|开发出|研发出|造出|推出了|发布了)$/;
const makes = (t: Token | undefined) => !!t && (BRING_OUT.test(t.word) || MAKE.test(t.word));
/** Words that may stand between X and its verb of bringing out in one clause: 正式, 宣布, 今日. */
const BEFORE_VERB =
  /^(正式|宣布|官宣|今日|今天|昨日|昨天|日前|近日|首次|率先|再次|又|也|还|已|已经|将|计划|同步|同时|于|在)$/;
/** Frames of making between X and 的: X旗下的Y, X自研的Y, X推出的Y. */
const MAKING = /^(旗下|自研|自主研发|研发|推出|发布|开发|打造|推出了|发布了|研发的|自家)$/;
/** Y由X开发: the verbs after 由X. */
const MADE_BY = /^(开发|研发|推出|发布|打造|出品|设计|制造|生产|运营)$/;
/** Nouns naming a kind of product, after which a proper noun reads as its name (…大模型, …App). */
const PRODUCT_NOUN =
  /^(大模型|模型|平台|应用|助手|手机|汽车|车型|芯片|系列|产品|系统|软件|服务|app|引擎|智能体|机器人|头显|眼镜|耳机|处理器|内存|存储器|记忆体|晶片)$/;
/** A demonstrative product phrase a maker's product may be: 这款车, 该产品, 这款手机. */
const DEMONSTRATIVE = /^(这款|该款|此款|这|该|此)$/;
const DEMONSTRATED =
  /^(车|车型|新车|手机|新机|机型|产品|新品|芯片|晶片|应用|app|软件|设备|头显|平台|服务|模型|大模型|系列)$/;
/** Verbs of a career move: the Latin name before one is a person's (X的Jane Doe离职). */
const PERSONNEL = /^(离职|加入|出任|担任|辞职|卸任|跳槽|入职|履新|接任|接掌)$/;
/** Latin words of the trade that are never a product's name on their own. */
const GENERIC_LATIN =
  /^(ai|aigc|agi|api|apps?|gpu|cpu|npu|tpu|ipo|ceo|cto|cfo|coo|it|pc|ip|ok|vs|pro|max|plus|ultra|cloud)$/;
/** Periods written in Latin letters: Q2, H1, FY2024. */
const PERIOD = /^(q[1-4]|h[12]|fy\d{2,4})$/;
const OPEN_QUOTE = /^[“「『《"]$/;
const CLOSE_QUOTE = /^[”」』》"]$/;
/** Tokens a descriptor between X(的) and the name may be made of: nouns, adjectives, numbers. */
const DESCRIPTOR_TAG = /^(n|nz|vn|a|b|m|q|mq|eng|t|l|j|f)$/;
const MAX_DESCRIPTOR = 6;

/** Where a product name runs in a sentence's tokens, and its folded text. */
interface NameSpan {
  from: number;
  /** Exclusive. */
  to: number;
  name: string;
  /** Latin, quoted, a proper noun before a product noun, or after X旗下's product noun: how it was recognised. */
  by: 'latin' | 'quoted' | 'proper' | 'apposed';
}

/** What an article has taught so far: product names and their makers, and the last product named. */
export class ProductMakers {
  private readonly makers = new Map<string, string>();
  /** The maker of the product named last (for 这款车), while no listed product came after. */
  private last: string | null = null;
  /** Whether the last name read (an entity or a product) was a product with a maker (for 后者). */
  private lastIsProduct = false;

  /** Whether the article has named any product with a known maker. */
  get known(): boolean {
    return this.makers.size > 0;
  }

  /** Whether the article named a product this entity makes. */
  makes(id: string): boolean {
    return [...this.makers.values()].includes(id);
  }

  /** The maker of a product name (folded), if the article said it. */
  makerOf(name: string): string | undefined {
    return this.makers.get(name);
  }

  /**
   * A sentence's tokens with each product whose maker is known read as a mention of the maker.
   * `original`: the sentence as written (same offsets as the folded tokens), for capitals.
   */
  standIn(tokens: readonly Token[], original: string, typeOf: (id: string) => string | undefined): Token[] {
    const isMaker = (t: Token | undefined) => !!t?.entityId && PRODUCT_MAKER_TYPES.has(typeOf(t.entityId) ?? '');
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.entityId) {
        // A product the gazetteer knows ends the reign of the last product named.
        if (PRODUCT_TYPES.has(typeOf(t.entityId) ?? '')) this.last = null;
        this.lastIsProduct = false;
        out.push(t);
        continue;
      }
      const span = this.knownAt(tokens, i) ?? nameAt(tokens, i, original);
      if (span) {
        const maker =
          this.owned(tokens, out, span, isMaker) ??
          this.taught(tokens, span, isMaker) ??
          (span.by === 'apposed' ? this.apposed(tokens, out, span, isMaker) : null);
        if (maker) {
          this.last = maker;
          this.lastIsProduct = true;
          // Owned (X的Y): `out` now ends with the mention of X over both; taught (X发布Y): Y stays.
          if (out[out.length - 1]?.end !== tokens[span.to - 1]!.end)
            for (let k = i; k < span.to; k++) out.push(tokens[k]!);
          i = span.to - 1;
          continue;
        }
        const known = this.makers.get(span.name);
        if (known && opensClause(tokens, span.from)) {
          this.last = known;
          this.lastIsProduct = true;
          out.push(mentionOf(tokens, i, span.to, known));
          i = span.to - 1;
          continue;
        }
        for (let k = i; k < span.to; k++) out.push(tokens[k]!);
        i = span.to - 1;
        continue;
      }
      // 这款车, 该产品: the last product named, when it had a maker.
      const subject = opensClause(tokens, i);
      if (this.last && subject && DEMONSTRATIVE.test(t.word) && DEMONSTRATED.test(tokens[i + 1]?.word ?? '')) {
        out.push(mentionOf(tokens, i, i + 2, this.last));
        i++;
        continue;
      }
      // "…发布Magic6，后者…": 后者 right after a product is that product.
      if (this.last && subject && this.lastIsProduct && t.word === '后者') {
        out.push(mentionOf(tokens, i, i + 1, this.last));
        continue;
      }
      out.push(t);
    }
    return out;
  }

  /** A name the article taught, starting at token `i` and ending on a token's end (the longest). */
  private knownAt(tokens: readonly Token[], i: number): NameSpan | null {
    const first = tokens[i]!;
    const before = tokens[i - 1];
    // Not the tail of a longer Latin word.
    if (before && before.end === first.start && /[a-z0-9]$/.test(before.word) && /^[a-z0-9]/.test(first.word))
      return null;
    let best: NameSpan | null = null;
    let text = '';
    for (let to = i; to < tokens.length && to < i + 8; to++) {
      const t = tokens[to]!;
      if (t.entityId) break;
      text += t.word;
      if (!this.makers.has(text)) continue;
      // A name ends where a Latin word does not go on (Magic6, not Magic6x).
      const next = tokens[to + 1];
      if (next && next.start === t.end && /[a-z0-9]$/.test(t.word) && /^[a-z0-9]/.test(next.word)) continue;
      best = { from: i, to: to + 1, name: text, by: 'latin' };
    }
    return best;
  }

  /**
   * A brand prefix (X + Y) or a possessive frame (X的Y, X旗下Y) right before the name: the
   * tokens from X to the name's end become one mention of X, replacing what `out` holds of them.
   */
  private owned(
    tokens: readonly Token[],
    out: Token[],
    span: NameSpan,
    isMaker: (t: Token | undefined) => boolean,
  ): string | null {
    return this.ownedFrom(ownerBefore(tokens, span), tokens, out, span, isMaker);
  }

  /**
   * X旗下 + a descriptor ending on a product noun + Y (百度旗下自动驾驶出行服务平台Y): the
   * descriptor may hold verbs (驾驶, 出行), which a possessive's descriptor does not; read as
   * owned() reads X旗下Y.
   */
  private apposed(
    tokens: readonly Token[],
    out: Token[],
    span: NameSpan,
    isMaker: (t: Token | undefined) => boolean,
  ): string | null {
    return this.ownedFrom(underOwner(tokens, span.from - 1), tokens, out, span, isMaker);
  }

  /**
   * The owner at token `x` (-1: none) makes the name its product; as a clause's subject, the tokens
   * from X to the name's end become one mention of X, replacing what `out` holds of them.
   */
  private ownedFrom(
    x: number,
    tokens: readonly Token[],
    out: Token[],
    span: NameSpan,
    isMaker: (t: Token | undefined) => boolean,
  ): string | null {
    if (x < 0 || !isMaker(tokens[x])) return null;
    const maker = tokens[x]!.entityId!;
    this.learn(span.name, maker);
    // Only as a subject: "领先X的Y" names X in passing, as the owner of what is compared.
    if (!opensClause(tokens, x)) return null;
    // `out` ends with the tokens from x on, as they were (none of them is a name).
    const kept = out.length - (span.from - x);
    if (kept < 0 || out[kept] !== tokens[x]) return null;
    out.splice(kept, out.length - kept, mentionOf(tokens, x, span.to, maker));
    return maker;
  }

  /** X发布Y, Y由X开发: X makes Y; it keeps its own role here and Y stays a word. */
  private taught(tokens: readonly Token[], span: NameSpan, isMaker: (t: Token | undefined) => boolean): string | null {
    // Back from the name over a descriptor to the verb of bringing out, then to X in the clause.
    let k = span.from - 1;
    if (OPEN_QUOTE.test(tokens[k]?.word ?? '')) k--;
    // "X开发了A1、A2": back over the names listed before this one.
    while (/^(、|和|及|与)$/.test(tokens[k]?.word ?? '') && /^(eng|m)$/.test(tokens[k - 1]?.tag ?? '')) {
      k--;
      while (k > 0 && (/^(eng|m)$/.test(tokens[k - 1]!.tag) || /^( |-|\.)$/.test(tokens[k - 1]!.word))) k--;
      k--;
    }
    // …and over a descriptor, which may hold a relative clause closed by 的 (开发了符合新规的Y).
    let steps = 0;
    let relative = false;
    while (k >= 0 && steps < MAX_DESCRIPTOR + 2 && !makes(tokens[k])) {
      const t = tokens[k]!;
      if (t.word === '的') relative = true;
      else if (!isDescriptor(t) && !(relative && /^(v|d|p)/.test(t.tag) && !t.entityId)) break;
      k--;
      steps++;
    }
    if (tokens[k]?.word === '了') k--;
    if (k >= 0 && makes(tokens[k])) {
      for (let j = k - 1; j >= 0; j--) {
        const t = tokens[j]!;
        if (isMaker(t)) return this.learn(span.name, t.entityId!);
        if (t.entityId || isClauseBreak(t)) break;
        if (!BEFORE_VERB.test(t.word) && !/^(t|m|q|d|p|ns|n|f)$/.test(t.tag)) break;
      }
    }
    // Y由X开发.
    let after = span.to;
    if (CLOSE_QUOTE.test(tokens[after]?.word ?? '')) after++;
    const maker = tokens[after + 1];
    if (tokens[after]?.word !== '由' || !isMaker(maker)) return null;
    let verb = after + 2;
    while (tokens[verb]?.tag === 'd') verb++;
    return MADE_BY.test(tokens[verb]?.word ?? '') ? this.learn(span.name, maker!.entityId!) : null;
  }

  private learn(name: string, maker: string): string {
    if (!this.makers.has(name)) this.makers.set(name, maker);
    // "Magic6 Pro" teaches "Magic6" too: a shorter Latin name with a digit is the same line.
    const words = name.split(' ');
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (/\d/.test(prefix) && /[a-z]{2}/.test(prefix) && !this.makers.has(prefix)) this.makers.set(prefix, maker);
    }
    return this.makers.get(name)!;
  }
}

/**
 * Whether the name at token `i` opens its clause, where a subject stands: nothing but time
 * words, adverbs, conjunctions, numbers and modifiers before it since the last clause break (a
 * verb only inside a modifier closed by 的: 去年推出的Y). A product after its verb or a
 * preposition is what the clause is about, and its maker is only its owner there.
 */
function opensClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // What a verb of saying introduces is a clause of its own (郭明錤估计Y首周售出…).
    if (isClauseBreak(t) || SPEECH_VERB.test(t.word)) return true;
    if (t.entityId) return false;
    // A verb or preposition heads the clause unless it closes a short modifier (推出的, 升级后的).
    const relative = tokens[k + 1]?.word === '的' || tokens[k + 2]?.word === '的';
    if (/^(v|p)/.test(t.tag) && !relative) return false;
  }
  return true;
}

/** One mention of `maker` over tokens [from, to). */
function mentionOf(tokens: readonly Token[], from: number, to: number, maker: string): Token {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const word = tokens
    .slice(from, to)
    .map((t) => t.word)
    .join('');
  return { word, tag: 'ENT', start: first.start, end: last.end, entityId: maker };
}

const isClauseBreak = (t: Token) => /^[，,。；;：:！!？?]$/.test(t.word);
/**
 * Nouns of a tie or an office between X and a name (X的竞争对手Y, X母公司Y, X创始人Y): the name
 * is another party's, not X's product.
 */
const TIE = /对手|竞品|客户|供应商|伙伴|盟友|股东|投资方|投资人|投资者|子公司|母公司|公司|集团|创始人|创办人/;
const isDescriptor = (t: Token) =>
  !t.entityId &&
  !isClauseBreak(t) &&
  t.word !== '的' &&
  DESCRIPTOR_TAG.test(t.tag) &&
  !TIE.test(t.word) &&
  !MEMBER_NOUN.test(t.word);

/**
 * Index of a maker named right before the name: X + (measure or noun) + Y, or X + (making frame)
 * + (的) + descriptor + Y. -1 when there is none.
 */
function ownerBefore(tokens: readonly Token[], span: NameSpan): number {
  let k = span.from - 1;
  if (span.by === 'quoted') k--;
  // Brand prefix: X, then at most a measure (12层) or one noun (汽车), then the Latin name.
  if (span.by === 'latin') {
    let j = k;
    let between = 0;
    while (j >= 0 && between < 3 && isDescriptor(tokens[j]!) && /^(m|q|mq|n)$/.test(tokens[j]!.tag)) {
      j--;
      between++;
    }
    if (j >= 0 && tokens[j]!.entityId && tokens[j]!.end === tokens[j + 1]?.start) return j;
  }
  // X的Y, X旗下Y, X旗下的…Y, X自研的…Y.
  let steps = 0;
  while (k >= 0 && steps < MAX_DESCRIPTOR && isDescriptor(tokens[k]!) && !MAKING.test(tokens[k]!.word)) {
    k--;
    steps++;
  }
  if (tokens[k]?.word === '的') {
    // X的Y, or a short relative clause of making: X自研的Y (自/p 研/vn), X去年推出的Y.
    k--;
    for (let steps = 0; k >= 0 && steps < 3 && !tokens[k]!.entityId; steps++) {
      const t = tokens[k]!;
      if (!MAKING.test(t.word) && !/^(自|研|所|了|最新|首款|独立|自主)$/.test(t.word) && !/^(t|d)$/.test(t.tag)) break;
      k--;
    }
    return k >= 0 && tokens[k]!.entityId ? k : -1;
  }
  // X旗下Y.
  return tokens[k]?.word === '旗下' && tokens[k - 1]?.entityId ? k - 1 : -1;
}

/** A product name starting at token `i`, or null. */
function nameAt(tokens: readonly Token[], i: number, original: string): NameSpan | null {
  const latin = latinNameAt(tokens, i, original);
  if (latin && namesAPerson(tokens, latin)) return null;
  return (
    latin ?? quotedNameAt(tokens, i) ?? properNameAt(tokens, i) ?? launchedNameAt(tokens, i) ?? apposedNameAt(tokens, i)
  );
}

/**
 * Index of X in "X旗下(的) + descriptor + product noun" ending at token `end` (the product noun),
 * or -1: the descriptor is nouns and verbs of what the product does (自动驾驶出行服务平台), never
 * a clause break, 的 or a name.
 */
function underOwner(tokens: readonly Token[], end: number): number {
  // (jieba keeps some compounds whole: 服务平台, 出行平台.)
  const noun = tokens[end];
  if (!noun || !(PRODUCT_NOUN.test(noun.word) || (/^n/.test(noun.tag) && PRODUCT_NOUN_TAIL.test(noun.word)))) return -1;
  let k = end - 1;
  for (let steps = 0; k >= 0 && steps < MAX_DESCRIPTOR; steps++, k--) {
    const t = tokens[k]!;
    if (t.word === '旗下' || t.word === '的' || t.entityId || isClauseBreak(t)) break;
    if (!/^(n|vn|v|nz|b|eng|a)$/.test(t.tag)) return -1;
  }
  if (tokens[k]?.word === '的' && tokens[k - 1]?.word === '旗下') k--;
  return tokens[k]?.word === '旗下' && tokens[k - 1]?.entityId ? k - 1 : -1;
}

/** A compound noun ending on a product noun: 服务平台, 社交平台, 出行服务. */
const PRODUCT_NOUN_TAIL = /(平台|服务|应用|软件|系统|品牌|助手|芯片|晶片)$/;

/** Tags of the pieces jieba cuts an unknown Chinese name into (萝卜/n 快/a 跑/v). */
const NAME_PIECE = /^(n|nz|ns|nr|nrt|ng|a|v|vn|j|zg)$/;
/** One-character words that end a name's run rather than continue it: copulas, verbs of saying. */
const NOT_NAME_PIECE = /^(是|有|为|将|在|称|说|达|获|已|也|都|和|与|及|于)$/;

/**
 * A Chinese name right after X旗下's product noun (百度旗下出行服务平台萝卜快跑在…): jieba cuts a
 * name it does not know into short pieces, so the name runs over one- and two-character pieces
 * until a function word, a time word, a number or a verb of two characters (发布, 宣布) begins the
 * predicate; two to six characters.
 */
function apposedNameAt(tokens: readonly Token[], i: number): NameSpan | null {
  if (underOwner(tokens, i - 1) < 0) return null;
  let to = i;
  let name = '';
  while (to < tokens.length && to < i + 4) {
    const t = tokens[to]!;
    if (t.entityId || !NAME_PIECE.test(t.tag) || NOT_NAME_PIECE.test(t.word) || !/^[\u4e00-\u9fff]+$/.test(t.word))
      break;
    if (/^v/.test(t.tag) && t.word.length > 1 && to > i) break;
    name += t.word;
    to++;
  }
  if (to === i || name.length < 2 || name.length > 6) return null;
  return { from: i, to, name, by: 'apposed' };
}

/**
 * A proper noun jieba tags nz in a launch frame: right after a verb of bringing out, or after a
 * product noun that follows one (推出AI助手X).
 */
function launchedNameAt(tokens: readonly Token[], i: number): NameSpan | null {
  const t = tokens[i]!;
  // Before a noun it only modifies the product's kind (推出万能/nz 充电器): no name.
  if (t.tag !== 'nz' || t.word.length < 2 || /^(n|vn|eng)/.test(tokens[i + 1]?.tag ?? '')) return null;
  let k = i - 1;
  if (PRODUCT_NOUN.test(tokens[k]?.word ?? '')) k--;
  while (k >= 0 && i - k <= MAX_DESCRIPTOR && isDescriptor(tokens[k]!) && !BRING_OUT.test(tokens[k]!.word)) k--;
  if (tokens[k]?.word === '了') k--;
  const launched = k >= 0 && BRING_OUT.test(tokens[k]!.word) && (k === i - 1 || PRODUCT_NOUN.test(tokens[i - 1]!.word));
  return launched ? { from: i, to: i + 1, name: t.word, by: 'proper' } : null;
}

/**
 * A Latin name after a title or before a verb of saying is a person's (X的CEO Jane Doe表示):
 * a product neither holds an office nor speaks.
 */
function namesAPerson(tokens: readonly Token[], span: NameSpan): boolean {
  const skip = (k: number, step: number) => (tokens[k]?.word === ' ' ? k + step : k);
  const before = tokens[skip(span.from - 1, -1)];
  const after = tokens[skip(span.to, 1)];
  return (
    (!!before && before.word !== '旗下' && MEMBER_NOUN.test(before.word)) ||
    (!!after && (SPEECH_VERB.test(after.word) || PERSONNEL.test(after.word)))
  );
}

/**
 * A Latin/digit model name: a Latin word, then Latin words or digits joined directly or by one
 * space, hyphen, colon or dot. It needs a digit or a capital (as written), and is not an acronym
 * of the trade or a period.
 */
function latinNameAt(tokens: readonly Token[], i: number, original: string): NameSpan | null {
  const first = tokens[i]!;
  if (first.tag !== 'eng' || !/^[a-z]/.test(first.word)) return null;
  // Not the tail of a longer Latin word (a name the gazetteer has, "run" in "x-run").
  const before = tokens[i - 1];
  if (before && before.end === first.start && /[a-z0-9\-:.]$/.test(before.word)) return null;
  let to = i + 1;
  for (;;) {
    const t = tokens[to];
    const next = tokens[to + 1];
    if (t && !t.entityId && t.start === tokens[to - 1]!.end && /^(eng|m)$/.test(t.tag) && /^[a-z0-9]/.test(t.word)) {
      to++;
      continue;
    }
    // One joiner between two Latin or digit words: Galaxy S24, Yi-34B, Run:ai, Baichuan 4.
    if (
      t &&
      next &&
      /^( |-|:|\.|\+)$/.test(t.word) &&
      !next.entityId &&
      /^(eng|m)$/.test(next.tag) &&
      /^[a-z0-9]/.test(next.word) &&
      next.start === t.end
    ) {
      to += 2;
      continue;
    }
    break;
  }
  const name = tokens
    .slice(i, to)
    .map((t) => t.word)
    .join('');
  const written = original.slice(first.start, tokens[to - 1]!.end);
  if (GENERIC_LATIN.test(name) || PERIOD.test(name)) return null;
  const digit = /\d/.test(name);
  const capital = /[A-Z]/.test(written);
  // An acronym with no digit (HBM, DRAM, GPT) names a kind of thing, not a product.
  const acronym = /^[A-Z]{1,5}$/.test(written);
  if ((!digit && !capital) || (acronym && !digit)) return null;
  // A size or a count (72B, 5G) is not a name: the name starts with a letter and has two.
  if (!/^[a-z]{2}|^[a-z]\d/.test(name)) return null;
  return { from: i, to, name, by: 'latin' };
}

/** A name in quotation or title marks after a verb of bringing out or 名为 (推出「X」, 名为“X”). */
function quotedNameAt(tokens: readonly Token[], i: number): NameSpan | null {
  if (!OPEN_QUOTE.test(tokens[i - 1]?.word ?? '')) return null;
  let to = i;
  while (tokens[to] && !CLOSE_QUOTE.test(tokens[to]!.word)) {
    const t = tokens[to]!;
    if (t.entityId || isClauseBreak(t) || OPEN_QUOTE.test(t.word)) return null;
    to++;
  }
  if (!tokens[to] || to === i) return null;
  const name = tokens
    .slice(i, to)
    .map((t) => t.word)
    .join('');
  if (name.length < 2 || name.length > 12) return null;
  // Introduced as a product: a verb of bringing out (over a descriptor) or 名为/叫做 before it.
  let k = i - 2;
  let steps = 0;
  while (k >= 0 && steps < MAX_DESCRIPTOR && isDescriptor(tokens[k]!) && !BRING_OUT.test(tokens[k]!.word)) {
    k--;
    steps++;
  }
  if (tokens[k]?.word === '了') k--;
  const introduced =
    k >= 0 && (BRING_OUT.test(tokens[k]!.word) || /^(名为|叫做|名叫|称为|旗下|的)$/.test(tokens[k]!.word));
  return introduced ? { from: i, to, name, by: 'quoted' } : null;
}

/** A proper noun jieba tags, with the product noun after it: 安第斯大模型. */
function properNameAt(tokens: readonly Token[], i: number): NameSpan | null {
  const t = tokens[i]!;
  if (!/^(nz|ns|nr|nrt)$/.test(t.tag) || t.word.length < 2) return null;
  // The product noun may be cut in two (大/a 模型/n).
  let noun = '';
  for (let to = i + 1; to <= i + 2 && tokens[to] && !tokens[to]!.entityId; to++) {
    noun += tokens[to]!.word;
    if (PRODUCT_NOUN.test(noun)) return { from: i, to: to + 1, name: t.word + noun, by: 'proper' };
  }
  return null;
}
