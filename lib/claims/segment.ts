/**
 * Word segmentation and part-of-speech tags for claim extraction: jieba with its 349k-word
 * dictionary, plus the gazetteer's names as user words so a name stays one word and the words
 * around it segment as they would around any name. Entity mentions found by the matcher then
 * replace whatever tokens they cover, so a token is either a word or a mention.
 *
 * jieba itself is a backend (`Tagger`): @node-rs/jieba at build time (lib/claims/node-jieba.ts,
 * which also makes itself the default when imported) and jieba-wasm in the extension
 * (lib/library/wasm-segmenter.ts). This module imports neither, so extension pages can bundle it.
 */
import { INLINE_HEDGE, MEMBER_NOUN } from './cues';
import { ALL_TITLES } from './titles';

export interface Token {
  word: string;
  /** jieba's tag (v verb, n noun, r pronoun, p preposition, t time, m numeral, x punctuation…) or 'ENT'. */
  tag: string;
  start: number;
  end: number;
  entityId?: string;
  /** jieba's tag of an adjective or idiom read here as a clause's predicate ("优势并不稳固", "压力显而易见"). */
  jiebaTag?: string;
}

/** Punctuation or space: jieba's `x` tag, or a run of the marks news text uses. */
export const isPunct = (t: Token): boolean =>
  t.tag === 'x' || /^[\s，,。：:；;、！？!?“”"‘’「」『』()（）《》—…·]+$/.test(t.word);

export interface MentionSpan {
  start: number;
  end: number;
  entityId: string;
}

const NEWS_VERBS = [
  ...['官宣', '领投', '跟投', '参投', '注资', '开源', '上架', '下架', '辟谣', '登顶', '发布', '推出', '上线'],
  // Going on sale, which jieba cuts (开/卖) or tags a noun (发售/vn).
  ...['开卖', '开售', '发售'],
  // Verbs of catching up that jieba tags as adverbs (赶上/d).
  ...['赶上', '追上', '赶超', '追平'],
  // Verbs of what news does to a company's prospects, which jieba tags adjectives (利好/a X, 利空).
  ...['利好', '利空'],
  // Verbs of ranking that jieba tags as a classifier or a noun (分列/q 第四, 居首/n, 名列/n 前茅).
  ...['分列', '居首', '垫底', '名列', '问鼎'],
  // Holding level with a standard (与去年同期持平), which jieba tags a noun.
  ...['持平'],
  // Moving to another employer (跳槽至X), which jieba tags a noun.
  ...['跳槽', '转投'],
  // Benchmarking against a rival (对标X), which jieba cuts into a preposition and a noun (对/p 标/n).
  ...['对标'],
  // Losing to a rival (不敌X), which jieba cuts into an adverb and a noun (不/d 敌/ng).
  ...['不敌'],
];

const NEWS_VERB_SET: ReadonlySet<string> = new Set(NEWS_VERBS);

/** A frequency high enough that a listed name wins over splitting it into dictionary words. */
const NAME_FREQUENCY = 100000;

export interface UserWord {
  word: string;
  freq: number;
  tag: string;
}

/** What the segmenter needs from a jieba: tagging with its dictionary (HMM on) and user words. */
export interface Tagger {
  tag(text: string): Array<{ word: string; tag: string }>;
  /** Adds words to this tagger's dictionary (words with spaces are never passed). */
  addWords(words: readonly UserWord[]): void;
}

let defaultTagger: (() => Tagger) | null = null;

/** Sets the backend `new Segmenter(names)` and defaultSegmenter() use when none is given. */
export function setDefaultTagger(create: () => Tagger): void {
  defaultTagger = create;
}

function createDefaultTagger(): Tagger {
  if (!defaultTagger)
    throw new Error(
      'no jieba backend: import lib/claims/node-jieba (Node) or pass a wasm tagger (lib/library/wasm-segmenter)',
    );
  return defaultTagger();
}

export class Segmenter {
  private readonly tagger: Tagger;

  /** `names`: folded written forms of the gazetteer's names. `tagger`: the jieba backend (else the default). */
  constructor(names: Iterable<string> = [], tagger: Tagger = createDefaultTagger()) {
    this.tagger = tagger;
    const words: UserWord[] = [];
    // jieba's dictionary format is "word freq tag" split on spaces: names with spaces cannot be
    // user words (the mention override below still keeps them whole).
    for (const name of names)
      if (name.length >= 2 && !/\s/.test(name)) words.push({ word: name, freq: NAME_FREQUENCY, tag: 'nz' });
    // News verbs jieba's dictionary lacks or splits (官宣 → 官 + 宣) are verbs here.
    for (const verb of NEWS_VERBS) words.push({ word: verb, freq: NAME_FREQUENCY, tag: 'v' });
    this.tagger.addWords(words);
  }

  /** jieba's words and tags for `folded`, with offsets, before mentions and re-tags. */
  words(folded: string): Token[] {
    const out: Token[] = [];
    let at = 0;
    for (const { word, tag } of this.tagger.tag(folded)) {
      out.push({ word, tag, start: at, end: at + word.length });
      at += word.length;
    }
    return out;
  }

  /**
   * Tokens of `folded` (Simplified, lower-case text) with mentions as single ENT tokens. `words`:
   * jieba's words of `folded` (see `words`) when the caller has them already.
   */
  tokens(folded: string, mentions: readonly MentionSpan[], words: readonly Token[] = this.words(folded)): Token[] {
    const out: Token[] = [];
    let at = 0;
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    let m = 0;
    for (const { word, tag } of words) {
      const start = at;
      const end = at + word.length;
      at = end;
      while (m < sorted.length && sorted[m]!.end <= start) m++;
      const mention = sorted[m];
      if (mention && mention.start < end && mention.end > start) {
        // The mention absorbs every token it overlaps; emit it once, at its first token.
        if (start < mention.start)
          out.push({ word: folded.slice(start, mention.start), tag, start, end: mention.start });
        const last = out[out.length - 1];
        if (!last || last.entityId !== mention.entityId || last.start !== mention.start) {
          out.push({
            word: folded.slice(mention.start, mention.end),
            tag: 'ENT',
            start: mention.start,
            end: mention.end,
            entityId: mention.entityId,
          });
        }
        // A token that runs past the mention keeps its tail as a word of its own.
        if (end > mention.end) out.push({ word: folded.slice(mention.end, end), tag: tag, start: mention.end, end });
        continue;
      }
      out.push({ word, tag, start, end });
    }
    return retagVerbs(joinTitledNames(joinTitles(splitEvidenceVerb(splitSpeechAfterWhen(joinTimeWords(out))))));
  }
}

let shared: Segmenter | null = null;

/** A segmenter without user words, for callers that have no gazetteer (unit tests of one sentence). */
export function defaultSegmenter(): Segmenter {
  return (shared ??= new Segmenter());
}

/**
 * jieba cuts 上月, 下月, 上季度 into a localizer and a unit after a name ("X上/月完成…"), which
 * reads as a place ("X上"). 上 or 下 right before a calendar unit is a time word; it cuts 这款
 * and 这家 the same way.
 */
function joinTimeWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // (近月, "in recent months", is cut the same way: 近/a 月.)
    if (!t.entityId && /^(上|下|近)$/.test(t.word) && next && !next.entityId && CALENDAR_UNIT.test(next.word)) {
      out.push({ word: t.word + next.word, tag: 't', start: t.start, end: next.end });
      i++;
    } else if (/^(这|那|该)$/.test(t.word) && next && !next.entityId && CLASSIFIER.test(next.word)) {
      // "这/款/模型": a demonstrative and its classifier are one determiner (这款), as jieba
      // tags it elsewhere.
      out.push({ word: t.word + next.word, tag: 'r', start: t.start, end: next.end });
      i++;
    } else if (
      /^(这|那|该)$/.test(t.word) &&
      next &&
      !next.entityId &&
      next.word.length >= 2 &&
      next.word.startsWith('家')
    ) {
      // "这/家电/商/巨头": jieba reads 家电 (appliances) where the demonstrative takes its classifier
      // (这家电商巨头, 这家电池厂商); news prose counts an appliance with 台 or 款, so after 这 the 家
      // is the classifier, and what is left of the word opens the noun, joined to a one-character
      // word after it (电 + 商 = 电商). (Only 家: 这/部分, 这/类似 are words of their own.)
      out.push({ word: t.word + '家', tag: 'r', start: t.start, end: next.start + 1 });
      const after = tokens[i + 2];
      const joinsAfter = after && !after.entityId && after.word.length === 1 && !isPunct(after);
      out.push({
        word: next.word.slice(1) + (joinsAfter ? after.word : ''),
        tag: 'n',
        start: next.start + 1,
        end: joinsAfter ? after.end : next.end,
      });
      i += joinsAfter ? 2 : 1;
    } else out.push(t);
  }
  return out;
}
const CLASSIFIER = /^(款|家|位|个|名|项|部|支|份|种|则|类)$/;

/**
 * "在接受采访时说": jieba's dictionary has 时说 as one noun, which hides the verb of saying that
 * ends a when-frame; after a verb it is the frame's 时 and the speaker's 说.
 */
function splitSpeechAfterWhen(tokens: Token[]): Token[] {
  return tokens.flatMap((t, i) =>
    t.word === '时说' && !t.entityId && /^v/.test(tokens[i - 1]?.tag ?? '')
      ? [
          { word: '时', tag: 'n', start: t.start, end: t.start + 1 },
          { word: '说', tag: 'v', start: t.start + 1, end: t.end },
        ]
      : [t],
  );
}
/**
 * "测试结果显示", "调查结果表明": jieba's dictionary has 结果显示 as one noun, which hides the verb of
 * evidence after the noun of what shows it; it is that noun and 显示 / 表明.
 */
function splitEvidenceVerb(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => {
    const found = !t.entityId && /^(结果)(显示|表明)$/.exec(t.word);
    if (!found) return [t];
    const cut = t.start + found[1]!.length;
    return [
      { word: found[1]!, tag: 'n', start: t.start, end: cut },
      { word: found[2]!, tag: 'v', start: cut, end: t.end },
    ];
  });
}
/** Every title of titles.ts, for joining the pieces jieba cuts one into. */
const TITLE_WORDS: ReadonlySet<string> = new Set(ALL_TITLES);

/**
 * jieba's dictionary lacks most compound and regional titles and cuts them into their parts
 * (首席/技术/官, 联合/创始人, 高/管, 财务/长): two or three adjacent words that together are a title
 * of titles.ts are one noun, so every rule that reads a title reads it whole. Only jieba's own cuts
 * are joined, never a word split: where jieba read 技术/长期 or 执行/董事会, no title is made.
 */
function joinTitles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = 0;
    for (let n = 3; n >= 2 && !joined; n--) {
      const parts = tokens.slice(i, i + n);
      if (
        parts.length === n &&
        parts.every((t) => !t.entityId && !isPunct(t)) &&
        TITLE_WORDS.has(parts.map((t) => t.word).join(''))
      )
        joined = n;
    }
    if (!joined) {
      out.push(tokens[i]!);
      continue;
    }
    const parts = tokens.slice(i, i + joined);
    out.push({
      word: parts.map((t) => t.word).join(''),
      tag: 'n',
      start: parts[0]!.start,
      end: parts[joined - 1]!.end,
    });
    i += joined - 1;
  }
  return out;
}

/**
 * Common Chinese surnames. After a title, one of them opens the holder's name ("X总裁谭待",
 * "X董事长刘庆峰"), which jieba, not knowing the name, cuts into single characters it tags as
 * morphemes or verbs (谭/zg 待/v, 刘/zg 庆/vg 峰/nr).
 */
const SURNAME =
  /^(王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|付|方|白|邹|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|史|陶|黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤|柳|殷|翁|庞|欧阳|司马|上官|诸葛)$/;
/** What may follow a titled person's name: a time, an adverb, a preposition, a verb. */
const AFTER_NAME = /^(t|d|p|c|v)$/;
/** Academic and public titles before a name, besides a company's (MEMBER_NOUN). */
const PUBLIC_TITLE = /(教授|院士|博士|主任|部长|局长|市长|总统|首相|校长|院长|所长)$/;
const SAYS_AFTER_NAME = /^(表示|称|说|指出|强调|坦言|透露|认为|介绍|宣布|回应|提到|告诉|直言|补充)$/;

/**
 * "X董事长刘/庆/峰在…表示": right after a title, a surname and one or two single characters
 * before a time word, an adverb, a preposition, punctuation or a verb of saying are the titled
 * person's name, one word (nr), so the clause reads "[X董事长刘庆峰] 在…表示" and the speaker is found.
 */
function joinTitledNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out.push(t);
    const title = tokens[i - 1];
    if (
      !title ||
      title.entityId ||
      !(MEMBER_NOUN.test(title.word) || PUBLIC_TITLE.test(title.word)) ||
      t.entityId ||
      !SURNAME.test(t.word)
    )
      continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 2 && tokens[k]!.word.length === 1 && !tokens[k]!.entityId) {
      const c = tokens[k]!;
      if (/^[\p{P}\s]$/u.test(c.word) || /^(在|于|也|则|还|曾|就|对|向|和|与|等|的|说|称)$/.test(c.word)) break;
      k++;
    }
    const after = tokens[k];
    const closes =
      !after || /^[\p{P}\s]/u.test(after.word) || AFTER_NAME.test(after.tag) || SAYS_AFTER_NAME.test(after.word);
    // (A name already one word, 库克/nrt, needs nothing; two to three characters make a name.)
    if (k === i + 1 || k - i > 3 || !closes) continue;
    out.pop();
    out.push({
      word: tokens
        .slice(i, k)
        .map((x) => x.word)
        .join(''),
      tag: 'nr',
      start: t.start,
      end: tokens[k - 1]!.end,
    });
    i = k - 1;
  }
  return out;
}

const CALENDAR_UNIT = /^(月|个月|周|星期|季度|季|半年|半月|旬|财年)$/;

/** Who a clause may open on as the topic of a topic-comment predicate: a name, or a word standing for one. */
const TOPIC_OPENER = /^(其|它|公司|该公司|这家公司|集团|该集团)$/;

/**
 * "X现金消耗严重。", "公司近月广告收入疲软。": a clause opening on a name (or 其, 公司) and going
 * on with nouns only (a time word among them) up to the adjective at `i` that ends it is a
 * topic-comment sentence (主谓谓语句): the nouns are what of X the adjective judges, and the
 * adjective is the predicate. A bare common noun opening the clause is not enough ("媒体声势浩大"
 * says nothing about an entity).
 */
function topicCommentHead(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  let nouns = 0;
  while (
    k >= 0 &&
    !tokens[k]!.entityId &&
    /^(n|vn|ng|t)$/.test(tokens[k]!.tag) &&
    !TOPIC_OPENER.test(tokens[k]!.word)
  ) {
    if (tokens[k]!.tag !== 't') nouns++;
    k--;
  }
  const opener = tokens[k];
  if (!opener || nouns === 0 || !(opener.entityId || TOPIC_OPENER.test(opener.word))) return false;
  const before = tokens[k - 1];
  return !before || /^[，,。；;：:！!？?]$/.test(before.word) || /^(但|而|但是|不过|然而)$/.test(before.word);
}

/** Connectives of consequence before a predicate: 由此, 因此, 从此, 就此, 随之. */
const CONSEQUENCE = /^(由此|因此|从此|就此|随之|自此)$/;
/** An adverb of manner or degree fused with a verb of change (不断扩大, 持续增长, 稳步提升). */
const FUSED_CHANGE =
  /^(不断|持续|稳步|逐步|逐渐|大幅|快速|迅速|显著|明显|进一步|急剧|迅猛|飞速|日益|小幅)(增长|扩大|上升|下降|下滑|提升|提高|增加|减少|攀升|走高|走低|回落|放缓|加快|加速|恶化|改善|扩张|萎缩|缩小|收窄|发展|推进|升级|壮大|加大|下跌|上涨|增强|减弱)$/;

/** Prepositions that name a counterpart before the predicate: 向X, 为X, 给X, 与X. */
const COUNTERPART_OPENER = /^(向|为|给|替|帮|与|和|跟|同|对)$/;

/** jieba's tags of a proper name: a person's, a place's, an organization's, another (nz), an abbreviation, a Latin word. */
export const PROPER_TAG = /^(nz|nr|nrt|nrfg|nt|ns|eng|j)$/;

/** A name: the gazetteer's, or one jieba tags proper (国科会/nt, 华为/nr). */
const isName = (t: Token) => !!t.entityId || PROPER_TAG.test(t.tag);

/**
 * Where the preposition of the counterpart before a list of names that ends right before `i`
 * stands ("与X、Y及Z合作": 与), the names joined by 、, 和, 及, 以及, known to the gazetteer or not;
 * -1 when no such phrase ends there.
 */
function counterpartListStart(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 1 && isName(tokens[k]!); k -= 2) {
    const before = tokens[k - 1]!;
    if (before.tag === 'p' && COUNTERPART_OPENER.test(before.word)) return k - 1;
    if (!/^(、|和|及|以及)$/.test(before.word)) return -1;
  }
  return -1;
}

/** Whether a subject (a name or a pronoun, adverbs and times after it) ends at `k`. */
function subjectBefore(tokens: Token[], k: number): boolean {
  while (k >= 0 && /^(d|ad|t|c)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k--;
  return !!tokens[k] && (!!tokens[k]!.entityId || tokens[k]!.tag === 'r');
}

/**
 * 联合 / 共同 / 合作 fused with the verb of a joint act, which jieba may tag a name or a set phrase
 * (联合开发/nt, 合作开发/l).
 */
const FUSED_JOINT =
  /^(联合|共同|合作)(开发|研发|推出|发布|打造|成立|创立|设立|创办|投资|出资|主办|举办|发起|研制|建设|运营|领投|收购)$/;

/**
 * Verbs of making, supplying and appointing that jieba tags as nouns out of context (代工/n,
 * 任命/n, 供货/n, 量产/n): a closed list, made verbs only where they stand as a predicate (see
 * `nounTaggedVerb`), so that the noun use ("X的代工业务", "量产时间") stays a noun.
 */
const NOUN_TAGGED_VERB =
  /^(代工|代工生产|任命|委任|委派|供货|出货|量产|试产|投产|停产|减产|扩产|营运|代理|交货|备货|发货|立案|研发|委托|状告|责令|勒令)$/;

/** The prepositions that bring in the doer or the counterpart before a verb: 为X代工, 由X代工, 向X供货. */
const DOER_OR_COUNTERPART = /^(为|由|交由|交给|向|替|给|帮|对)$/;

/**
 * Whether the noun-tagged verb at `i` is a predicate: after a preposition and its name
 * ("为X代工", "由X代工生产", "向X供货", "对X立案"), before its object's name ("任命X为…"), or ending
 * its clause right after its subject's name or a time ("X已量产。" is the adverb rule's).
 */
function nounTaggedVerb(tokens: readonly Token[], i: number, ends: (t: Token | undefined) => boolean): boolean {
  const t = tokens[i]!;
  if (t.entityId || /^v$/.test(t.tag) || !NOUN_TAGGED_VERB.test(t.word)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.entityId && DOER_OR_COUNTERPART.test(tokens[i - 2]?.word ?? '')) return true;
  if (prev?.entityId && ends(next)) return true;
  // (A verb of ordering, suing or commissioning before a name is its verb whoever stands before it:
  // "监管部门责令X整改", "多名用户状告X".)
  if (/^(责令|勒令|状告|委托)$/.test(t.word) && !!next?.entityId) return true;
  // (After a time that ends the clause with it: "新芯片预计明年第二季量产".)
  if (ends(next) && /^(t|m|mq)$/.test(prev?.tag ?? '') && /[年月季底初]$/.test(prev!.word)) return true;
  return (
    !!next && (!!next.entityId || /^nr/.test(next.tag)) && !!prev && (!!prev.entityId || /^(d|ad|t)$/.test(prev.tag))
  );
}

/** Nouns of a company's standing in a field, which an appositive name follows: 搜索巨头X, 外送龙头X. */
const APPOSITIVE_HEAD = /^(巨头|龙头|大厂|巨擘|霸主|一哥|老大|独角兽|新贵|新势力|龙头企业|领头羊)$/;

/** Words of likeness that end a comparison "与X相当" (jieba tags 相当 an adverb). */
const LIKENESS_END =
  /^(相当|相若|相近|相仿|相同|相似|类似|接近|一致|持平|比肩|看齐|不相上下|旗鼓相当|平分秋色|并驾齐驱|势均力敌)$/;

/** Whether a comparison preposition (与, 和, 跟, 同) opens a phrase within the clause before `i`. */
function comparedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (isPunct(tokens[k]!)) return false;
    if (/^(与|和|跟|同|與)$/.test(tokens[k]!.word) && k < i - 1) return true;
  }
  return false;
}

/**
 * jieba tags many news verbs as nouns out of context (上线, 投资). Two grammatical signs fix that:
 * an aspect particle after the word (上线了, 投资过) and an adverb right before it (已然登顶).
 */
function retagVerbs(tokens: Token[]): Token[] {
  const ends = (t: Token | undefined) => !t || /^[，,。；;！!？?”」]$/.test(t.word);
  /** No verb from `i` to the end of its clause. */
  const lastVerbOfClause = (i: number) => {
    for (let k = i + 1; k < tokens.length && !ends(tokens[k]); k++) if (/^v/.test(tokens[k]!.tag)) return false;
    return true;
  };
  /** An adverb of aspect (正在, 已经, 仍在) at most three words before `i`, and no verb in the clause before `i`. */
  const aspectShortlyBefore = (i: number) => {
    let aspect = false;
    for (let k = i - 1; k >= 0 && !ends(tokens[k]); k--) {
      if (/^v/.test(tokens[k]!.tag)) return false;
      if (k >= i - 3 && /^(正在|已经|已|正|仍在|仍然在|还在|将|将会|即将|已经在)$/.test(tokens[k]!.word)) aspect = true;
    }
    return aspect;
  };
  /** The clause after `i` is a noun phrase (no verb, no verbal noun) ending on a noun. */
  const copulaComplement = (i: number) => {
    let k = i + 1;
    for (; k < tokens.length && !ends(tokens[k]); k++) if (/^v/.test(tokens[k]!.tag)) return false;
    return k > i + 1 && /^(n|nz|ng|nt|nr)$/.test(tokens[k - 1]!.tag);
  };
  /**
   * 过 before a one-character adjective ending its clause, after no verb, is the adverb "too"
   * (估值过高, 增速过快, 依赖过重), not the aspect particle: the adjective is the predicate.
   */
  const tooAt = (j: number) =>
    tokens[j]?.word === '过' &&
    /^u/.test(tokens[j].tag) &&
    // (多 and 少 jieba tags numerals: 库存过多, 投入过少.)
    (tokens[j + 1]?.tag === 'a' || /^(多|少)$/.test(tokens[j + 1]?.word ?? '')) &&
    tokens[j + 1]!.word.length === 1 &&
    ends(tokens[j + 2]) &&
    !!tokens[j - 1] &&
    !/^v/.test(tokens[j - 1]!.jiebaTag ?? tokens[j - 1]!.tag);
  // The closed list of noun-tagged verbs first, so that a copula 为 below sees them as verbs.
  tokens.forEach((t, i) => {
    if (nounTaggedVerb(tokens, i, ends)) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
    }
  });
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // A verb right before a noun of standing that an appositive name follows says what the name
    // is a leader in, not what anyone does: "搜索/v 巨头 X", "外送/v 龙头 X" (X's title, as 电商巨头 X).
    if (!t.entityId && t.tag === 'v' && APPOSITIVE_HEAD.test(next?.word ?? '') && !!tokens[i + 2]?.entityId) {
      t.jiebaTag = t.tag;
      t.tag = 'vn';
      return;
    }
    if (tooAt(i)) {
      t.tag = 'd';
      // (过多, 过少: the quantity words are adjectives here, "too many", "too few".)
      if (next!.tag !== 'a') next!.tag = 'a';
      return;
    }
    // An aspect particle follows only a predicate, whatever jieba tags the word before it: an
    // adverb (纷纷更新/d了), a time morpheme (晚/tg了), a preposition (给/p了), an adjective (贵了).
    const aspectAfter = !!next && /^(了|过|着)$/.test(next.word) && /^u/.test(next.tag) && !tooAt(i + 1);
    if (!t.entityId && aspectAfter && /^(d|tg|p|q|a|ad)$/.test(t.tag)) {
      t.tag = 'v';
      return;
    }
    // An adjective before 于 and what it is measured against is a comparative predicate: 落后于X,
    // 高于预期, 优于同类.
    if (!t.entityId && t.tag === 'a' && next?.word === '于') {
      t.tag = 'v';
      return;
    }
    // A copula 为 after an adverb, with no verb after it in the clause, is the predicate "is":
    // "A和B均为其股东", "X的算力仅约为Y的两成" (为 before a verb is "for": 已为用户提供…).
    if (t.word === '为' && t.tag === 'p' && /^(d|ad)$/.test(prev?.tag ?? '') && lastVerbOfClause(i)) {
      t.tag = 'v';
      return;
    }
    // Right after its subject's name, 为 before a noun phrase that ends the clause with no verb or
    // verbal noun in it is the copula too: "X为Y的全资子公司", "X为全球最大的代工厂".
    if (t.word === '为' && t.tag === 'p' && !!prev?.entityId && copulaComplement(i)) {
      t.tag = 'v';
      return;
    }
    // A word of likeness ending a comparison is its predicate: "X的性能与Y相当/相若".
    if (!t.entityId && !/^v/.test(t.tag) && LIKENESS_END.test(t.word) && ends(next) && comparedBefore(tokens, i)) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // A verbal noun ending a clause that has no verb, a few words after an adverb of aspect, is its
    // predicate, with a manner between: "X的工厂正在满负荷生产", "新产线已全面投入运营".
    if (!t.entityId && t.tag === 'vn' && ends(next) && aspectShortlyBefore(i)) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // An adjective of comparison before a measure that ends the clause is its predicate:
    // "X的芯片性能落后两代", "领先一代".
    if (!t.entityId && t.tag === 'a' && next?.tag === 'm' && ends(tokens[i + 2])) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // An adjective or an idiom ending its clause after an adverb, or after the head noun of a
    // possessive ("X的压力显而易见。"), is the predicate: "X的优势并不稳固。" (jieba tags the 并 of
    // 并不 a conjunction). (A bare noun before it may be its subject or its topic: "媒体声势浩大".)
    const possessiveHead = !!prev && /^(n|vn|ng)$/.test(prev.tag) && tokens[i - 2]?.word === '的';
    if (
      !t.entityId &&
      /^(a|i)$/.test(t.tag) &&
      ends(next) &&
      !!prev &&
      (/^(d|ad)$/.test(prev.tag) ||
        prev.word === '并' ||
        // ("明显落后", "严重滞后": an adjective before another is its adverb.)
        (prev.tag === 'a' && t.tag === 'a') ||
        possessiveHead ||
        topicCommentHead(tokens, i))
    ) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // A connective of consequence (由此, 因此, 从此) right before an adjective or a set phrase ending
    // its clause makes it the predicate: "X的管理文化由此可见一斑。", "Y从此一蹶不振。".
    if (!t.entityId && /^(a|i|l)$/.test(t.tag) && ends(next) && !!prev && CONSEQUENCE.test(prev.word)) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // jieba fuses an adverb of manner or degree with a verb of change into one word it tags a noun
    // or an idiom (不断扩大/n, 持续增长/n, 稳步增长/i): the word is that verb.
    // (Its own word, not an idiom: jieba's tag is not kept.)
    if (!t.entityId && !/^v/.test(t.tag) && (FUSED_CHANGE.test(t.word) || FUSED_JOINT.test(t.word))) {
      t.tag = 'v';
      return;
    }
    // A preposition of the counterpart and its name are followed by the predicate, whatever jieba
    // tags it: "向X供应/vn芯片", "为X提供/vn服务" (not "对X的…", where the name owns a noun).
    // The counterpart may be a list of names, known or not: "与X、Y及Z合作/vn".
    const opener = counterpartListStart(tokens, i);
    if (!t.entityId && t.tag === 'vn' && opener > 0 && subjectBefore(tokens, opener - 1)) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // 传 after an adverb of repetition is the verb "is rumoured": "X的布局再传大动作", "X又传裁员".
    if (!t.entityId && t.word === '传' && /^(再|又|再度|再次|频频|屡屡|接连|一再)$/.test(prev?.word ?? '')) {
      t.jiebaTag = t.tag;
      t.tag = 'v';
      return;
    }
    // A hedge opening its clause right before the name it is about ("据传X有意收购Y", "据悉X将…")
    // is a sentence adverb, as it is after the subject ("X据称已…"): the name is the subject.
    if (
      !t.entityId &&
      INLINE_HEDGE.test(t.word) &&
      (!prev || isPunct(prev)) &&
      !!next &&
      (!!next.entityId || /^(该|其|这家|此|他|她|它)/.test(next.word))
    ) {
      t.jiebaTag = t.tag;
      t.tag = 'd';
      return;
    }
    // jieba keeps its own tag for a word it knows (赶上/d): the news verbs are verbs.
    if (!t.entityId && NEWS_VERB_SET.has(t.word)) {
      t.tag = 'v';
      return;
    }
    // Titles are nouns wherever they stand (jieba tags 副总裁 a verb): "X副总裁在…表示".
    if (!t.entityId && MEMBER_NOUN.test(t.word)) {
      if (/^v/.test(t.tag)) t.tag = 'n';
      return;
    }
    // Distinguishing words (主导/b) and abbreviations (j) before an aspect particle are verbs too;
    // so are set phrases (共同开发/l) after an adverb.
    if (!/^(n|vn|nz|ns|j|b|l)$/.test(t.tag) || t.entityId || t.word.length < 2) return;
    // Adverbs modify predicates, not nouns: 已然登顶, 已经投资, 正式立案.
    // jieba tags some aspect adverbs as time words (正在/t).
    const adverb = prev && (/^(d|ad)$/.test(prev.tag) || /^(正在|已经|曾经|即将|将要)$/.test(prev.word));
    // A clause ends on its predicate after a place or a time: 在香港上市。, 于明年发布。
    const closing = ends(next) && prev && /^(ns|t|s)$/.test(prev.tag);
    // Right after a name and before a time or a preposition, a word is what the name does:
    // "X计划明年…", "X计划在…".
    // (A body or the side of the organization is a noun there: "X董事会在…中称", "X方面对记者称".)
    const afterName =
      prev?.entityId &&
      next &&
      /^(t|p)$/.test(next.tag) &&
      t.tag !== 'ns' &&
      !/(会|委员会|部|局|组|方面)$/.test(t.word);
    // A verbal noun before a number takes it as its complement (突破百万, 增长30%); before a
    // name, as its object (投资X, 挑战X).
    const counted = t.tag === 'vn' && (next?.tag === 'm' || !!next?.entityId);
    // A set phrase ending a clause right after its subject is the predicate: "X方面不予置评。".
    const setPredicate = t.tag === 'l' && ends(next) && !!prev && (!!prev.entityId || /^n/.test(prev.tag));
    // After an adverb, 在 is the progressive aspect, not "at": the word after it is the verb
    // ("X同样在加码AI", "X也在布局Y"), unless it is a place its localizer or 的 closes (也在市场中).
    const progressive =
      prev?.word === '在' &&
      /^(d|ad)$/.test(tokens[i - 2]?.tag ?? '') &&
      /^(n|vn)$/.test(t.tag) &&
      !ends(next) &&
      !/^(f|uj)$/.test(next?.tag ?? '');
    // "被X罚款", "被X调查": after 被 and the doer's name comes the verb, whatever jieba tags it.
    const passive = !!prev?.entityId && tokens[i - 2]?.word === '被' && /^(n|vn)$/.test(t.tag);
    if (
      aspectAfter ||
      counted ||
      setPredicate ||
      progressive ||
      passive ||
      (t.tag !== 'b' && t.tag !== 'a' && (adverb || closing || afterName))
    ) {
      // (A noun's own tag is kept: after 将 it may be the object of 把, see modality.ts.)
      if (/^n/.test(t.tag)) t.jiebaTag ??= t.tag;
      t.tag = 'v';
    }
  });
  return tokens;
}
