/**
 * Whether a claim reads alone on a card, and the text a card shows. Works on either script and
 * needs no segmenter, so the popover, the side panel and the saved-article cards apply it alike.
 *
 * News prose ties a sentence to the one before it with a discourse connective at its head (而,
 * 但, 此外, 因此, 例如): on a card there is no sentence before, so the connective only points at
 * nothing and is left out; what follows still states the fact. A span that ends on a word that
 * needs a continuation (a modifier's 的, an enumeration comma, a conjunction, an ellipsis, a
 * connective opening the next clause) was cut before its end: no reader can quote it.
 */
import { fold, type FoldTable } from '../text/fold';
import { ANY_TITLE_PATTERN } from './titles';

/**
 * Connectives that join a sentence to its neighbour and say nothing of the fact (紧接着 and 随后
 * place it after an event only the previous sentence names); 另外 and 同时 only before a comma
 * (另外两家公司 is "the other two", 同时期 "the same period"). Single-character 而 and 但
 * only where they are not the first character of another word (而今, 而后, 但凡).
 */
const LEADING_CONNECTIVE = new RegExp(
  '^(?:与此同时|與此同時|除此之外|此外|另一方面|另外(?=[，,])|另(?=据|據)|同[时時](?=[，,])|因此|因而|所以|于是|於是|而且|并且|並且|然而|不过|不過|可是|但是|只是(?=[，,])|' +
    '例如|比如|那么|那麼|总之|總之|事实上|事實上|其实|其實|紧接着|緊接著|随后|隨後|但(?![凡愿願])|而(?![今后後言已立]))[，,、：:\\s]*',
);

/**
 * A fronted frame whose demonstrative points at the sentence before ("在这样的氛围下，",
 * "在此背景下，", "针对这一现状，"): on a card it frames nothing, and the proposition after it
 * stands alone.
 */
const BACK_FRAME =
  /^就?(?:在|针对|針對|面对|面對|鉴于|鑑於|鑒於|对于|對於)(?:这样|這樣|这种|這種|这一|這一|这些|這些|此)[^，,。]{0,8}[，,]\s*/;

/** A resolved subject joined to its proposition by the extractor ("字节跳动…其…"). */
const RESOLVED_HEAD = /^([^…，,。；;]{1,30}…)/;

/**
 * What a cut-off span ends on: punctuation that opens more, a conjunction waiting for its next item
 * (not the words that end in the same character: 参与, 给与, 普及, 涉及, 饱和, 缓和, 反而), an
 * ellipsis, a connective opening the next clause.
 */
const DANGLING_END = new RegExp(
  '(?:[、，,：:；;（(“「『《—]|(?<![平温溫缓緩总總饱飽调調附应應随隨共])和|(?<![参參给給赋賦授])[与與]|' +
    '(?<![涉普波危来來企])及|或|或者|\\.{2,}|…+|总之|總之|因此|所以|但是?|(?<![反然])而|并且|並且|而且|例如|比如|包括)$',
);

/** A connective opening the next sentence, caught at the end of a span after a break ("……总之"). */
const TRAILING_OPENER =
  /(?:[，,；;]|…+|\.{2,})\s*(?:总之|總之|因此|所以|但是?|而且?|并且|並且|此外|另外|同时|同時|然而|不过|不過)$/;

/**
 * The claim's text as a card shows it: without a leading discourse connective or a frame that
 * points back (also after a resolved subject) and without the opener of the next sentence a span
 * ran into.
 */
export function displayText(text: string): string {
  const trimmed = text.trim().replace(TRAILING_OPENER, '');
  const head = RESOLVED_HEAD.exec(trimmed)?.[1] ?? '';
  const rest = trimmed.slice(head.length);
  const stripped = rest.replace(LEADING_CONNECTIVE, '').replace(BACK_FRAME, '');
  // A connective is all there is: keep the text as written rather than show nothing.
  return stripped ? head + stripped : trimmed;
}

/** A conditional conjunction opening a span with no clause after it. */
const CONDITION_ONLY = /^(?:如果|如若|假如|假若|倘若|若是|若(?!干)|一旦|只要|要是|万一|萬一)[^，,；;：:]*$/;

/** A bracketed headline and nothing else. */
const HEADLINE = /^【[^【】]+】$/;

/**
 * Prepositions that open a predicate and need its subject before them: 将/把 (the doer comes
 * first), 被 (the one it happens to), 较 (what is compared), 向/给 (who gives). A span that starts
 * with one left its subject in another sentence ("将X整合进Y", "较去年同期减少12%"). Not the
 * adverbs that share a first character (将近 nearly, 较早 earlier, 较为 rather, 向来 always).
 */
const SUBJECTLESS_OPENER = /^(?:[将將](?!近)|把|被|[较較](?![为為早])|向(?![来來])|[给給])/;

/**
 * A speech verb with nothing after it: what was said is in another sentence ("X在演讲中说。").
 * Not the nouns that end in the same character (小说, 传说, 名称, 简称, 堪称).
 */
const SPEECH_ONLY =
  /(?:(?<![小传傳学學])[说說]|表示|指出|(?<![名简簡号號堪对對])[称稱]|认为|認為|透露|强调|強調|坦言|直言|写道|寫道|提到)$/;

/**
 * What was said stands before its speaker in the same span: a closing quote ("“…”X在发布会上说",
 * "「…」X表示") or a clause of content before the last clause ("…，知情人士称", "…，一位接近X的人士
 * 透露"), the speech verb closing the span as attribution named after the fact. Not a fronted frame
 * of time or place before the speaker ("在财报电话会上，X坦言": what X said is still to come), nor a
 * topic frame ending in the same character (对X来说 needs its comment after it).
 */
function saidBefore(shown: string): boolean {
  if (/[来來][说說]$/.test(shown)) return false;
  if (/[”」』"][^”」』"“「『]{1,40}$/.test(shown)) return true;
  const clauses = shown.split(/[，,]/).slice(0, -1);
  return clauses.some((clause) => {
    const c = clause.trim();
    return c.length > 0 && !FRAME_CLAUSE.test(c) && !(c.length <= 8 && TIME_CLAUSE.test(c));
  });
}

/** A short clause that is only a time or a connective (上月底，去年3月，此前，): no content either. */
const TIME_CLAUSE =
  /(?:年|月|日|底|初|末|季度|周[一二三四五六日]|週[一二三四五六日]|上午|下午|晚间|晚間|当天|當天|近日|日前|此前|随后|隨後|同时|同時|此外|另外|不过|不過)$/;

/** A fronted adverbial of time or place (在…上, 当…时, 截至…, 随着…), not content. */
const FRAME_CLAUSE =
  /^(?:在|于|於|当|當|就在|自从|自從|截至|随着|隨著)|(?:上|中|时|時|期间|期間|之际|之際|以来|以來|前后|前後)$/;

/**
 * Whether a claim reads alone: its span ends where its proposition ends (not on a word that
 * needs more), and it has its own subject (not one left before a predicate-opening preposition)
 * and its own content (not only "X说"). A final 的 closes a sentence only in
 * the 是…的 construction ("模型是去年发布的"); elsewhere it is a modifier waiting for its noun.
 */
export function readableAlone(text: string): boolean {
  const shown = displayText(text).replace(/[。！!？?]+$/, '');
  if (!shown.length || DANGLING_END.test(shown) || (SPEECH_ONLY.test(shown) && !saidBefore(shown))) return false;
  // A digest's 【headline】 sums up the item after it in a few words, without the item's source,
  // hedge or figures' context ("【X：用户数突破2亿】"): the item is the claim a card shows.
  if (HEADLINE.test(shown)) return false;
  // "一旦Nova开源", "如果监管收紧": the condition of a conditional asserts nothing; what holds under
  // it is in the clause after, which this span does not reach.
  if (CONDITION_ONLY.test(shown)) return false;
  // 目的 (a purpose) is a noun, not a modifier's 的.
  if (/(?<!目)的$/.test(shown) && !/是/.test(shown)) return false;
  // A subject resolved from a pronoun stands before the predicate: the rest may start anywhere,
  // except at a demonstrative standing for an earlier sentence's event (see EVENT_REFERENCE).
  if (resolvedSubject(shown)) return !EVENT_REFERENCE.test(afterHead(shown));
  return !SUBJECTLESS_OPENER.test(shown) && !OPENING_REFERENCE.test(shown);
}

/**
 * A pronoun or a demonstrative noun phrase opening a span stands for something an earlier sentence
 * named (其背后的…, 它…, 这个答案…, 这一表态…, 此举…, 该产品…, 上述…): with no subject resolved
 * before it, the card cannot show what it is. Not 其中/其他/其实/其次, which are other words; not
 * a bare 这 as the subject of 是 ("这已是X第三次注资Y"), which frames a fact the rest states whole;
 * not a pronoun that only speaks ("他预计，X…", "其发言人表示，X…"): what it says stands, only
 * the speaker is unnamed.
 */
const SPEECH = '(?:表示|认为|認為|预计|預計|预测|預測|说|說|称|稱|透露|指出|强调|強調|坦言|直言|提到)';
const OPENING_REFERENCE = new RegExp(
  `^(?:其(?![中他它余實实次])(?![^，,。]{0,20}${SPEECH})|[它他她](?![国國人])(?![们們]?[^，,。]{0,3}${SPEECH})|[这這那](?:个|個|些|一|种|種|样|樣|次|项|項|份|笔|筆|位|款|则|則|条|條|番|段|波|轮|輪|家)|` +
    '此(?:举|舉|事|番|类|類|项|項)|[该該]|上述)',
);

/**
 * A demonstrative standing for what an earlier sentence told (这是…第四轮融资, 这已不是…第一次,
 * 此举引发…): the proposition's subject is that event, which the card does not show. After a
 * resolved subject it means the resolver named an entity for a pronoun further in ("这是该公司…"),
 * not for the subject, so the claim neither reads alone nor is surely about that entity. Not
 * 这家/这些/这款 (an entity named before) nor 此后 (afterwards).
 */
const EVENT_REFERENCE =
  /^(?:这|這|此)(?:(?:已|也|又|更|并|並|则|則|已经|已經|并不|並不)?(?:是|不是|并非|並非|算是)|举|舉|事|一(?:举动|舉動|决定|決定|消息|做法|变化|變化))/;

/** The text after a resolved subject ("X…"), without a connective opening it. */
function afterHead(text: string): string {
  const head = RESOLVED_HEAD.exec(text)?.[1] ?? '';
  return text.slice(head.length).replace(LEADING_CONNECTIVE, '');
}

/**
 * A plural pronoun or a pair word (它们, 他们, 双方, 两者, 这些) opening what follows a resolved
 * subject: the sentence is about a set that an earlier sentence named. Resolved to one name, the
 * resolver narrowed the set to one of its members, so the roles it carries belong to nobody on
 * their own ("A…它们被并称为…"). Resolved to several names ("A、B…两者的…"), it says something of
 * the pair together (how they compare, what they share, a figure summed over both): on one
 * member's card it reads as that member's fact, and the pairing itself came from the resolver,
 * not from the sentence.
 */
const PLURAL_REFERENCE =
  /^(?:它们|他们|她们|它們|他們|她們|双方|雙方|两者|兩者|二者|两家|兩家|这些|這些|这两家|這兩家|两人|兩人)/;

export function pluralResolved(text: string): boolean {
  const trimmed = text.trim();
  return resolvedSubject(trimmed) && PLURAL_REFERENCE.test(afterHead(trimmed));
}

/**
 * Scalar focus: 连X都…, 就连X也…, 即便是X也…, 哪怕是X… name X as the extreme case of a statement
 * about a whole class (everyone struggles; even X does): the claim is about the class, X only
 * its example.
 */
const EXTREME_CASE = /(?:连|連|即便是|即使是|哪怕是|就算是|纵然是|縱然是)$/;

/** Whether every place the text names the entity (by any of `names`) is its extreme case. */
export function namedAsExtremeCase(text: string, names: readonly string[]): boolean {
  return everyNaming(text, names, (at) => EXTREME_CASE.test(text.slice(Math.max(0, at - 3), at)));
}

/**
 * Whether the text names the entity (by any of `names`, case-insensitively) and every place it
 * does passes `test(start, length)`. False when it is not named at all: nothing to judge.
 */
function everyNaming(text: string, names: readonly string[], test: (at: number, length: number) => boolean): boolean {
  const lower = text.toLowerCase();
  let found = false;
  for (const name of names) {
    const key = name.toLowerCase();
    if (!key) continue;
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
      found = true;
      if (!test(at, key.length)) return false;
    }
  }
  return found;
}

/**
 * Whether the claim's subject was resolved from a pronoun or a zero subject earlier in the
 * paragraph (the extractor writes it as "name…"): right most of the time, but a direct name is
 * surer, so a card prefers it.
 */
export function resolvedSubject(text: string): boolean {
  return RESOLVED_HEAD.test(text.trim());
}

/** Past this many characters a copular sentence says more than where a paragraph is going. */
const TOPIC_SENTENCE_LENGTH = 12;

/**
 * A short copular sentence ("X则是另一种路径", "X并非唯一的玩家", "X也不例外") or one that only
 * announces a contrast ("X则走了另一条路", "Y选了不同的方向") opens a paragraph and announces what
 * follows: on its own it states nothing a reader could check. Only a claim with no figure, date or
 * counterpart can be one (the caller checks those).
 */
export function topicSentence(text: string): boolean {
  const shown = displayText(text).replace(/[。！!？?]+$/, '');
  if (GLOSS.test(shown)) return true;
  return shown.length <= TOPIC_SENTENCE_LENGTH && /(?:是|並非|并非|不是|例外|另一|另外一|不同的)/.test(shown);
}

/**
 * Background at any length: a gloss explains the article's own words ("X，是指…", "所谓X，…"),
 * it states no fact about the entity a reader could check.
 */
const GLOSS = /是指|指的是|所谓|所謂/;

/**
 * Words that open a modifier of the noun after it when the phrase they start ends in 的:
 * 由X团队孵化的Y, 源自X的公司, 专为X打造的芯片, 基于X的产品, 以X闻名的Y (not 以 ending 所以,
 * 可以, 予以, 得以, 加以, 难以, 用以, 足以). A name inside such a phrase describes
 * that noun; the claim is about the noun, not the name. Not 为 in 成为/作为/称为/视为/认为, which
 * link a subject to what it is.
 */
const MODIFIER_OPENER =
  /(?:由|源自|来自|來自|出自|专为|專為|(?<![成作称稱视視认認])[为為]|基于|基於|针对|針對|整合|搭载|搭載|采用|採用|(?<![所可予得加难難用足])以)$/;
/** From the name to the 的 closing its modifier: a few characters, no clause break, no second 的. */
const MODIFIER_CLOSE = /^([^，,。；;：:、“”「」《》的]{0,8})的/;
/**
 * Money moving inside the modifier makes the name the investor, the claim's actor: 由X领投的新一轮
 * 融资, 获得来自X的投资.
 */
const INVESTOR_PHRASE = /[投注]资|[领跟参]投|[領跟參]投|[投注]資/;
const INVESTMENT_HEAD = /^(?:[投注融]资|[投注融]資|资金|資金|战略投资|戰略投資)/;

/**
 * Whether every place the text names the entity (by any of `names`) is inside a modifier of
 * another noun (see MODIFIER_OPENER). False when the text does not name it at all (a subject
 * resolved from a pronoun): nothing to judge.
 */
export function namedOnlyInModifier(text: string, names: readonly string[]): boolean {
  return everyNaming(text, names, (at, length) => {
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + length);
    const close = MODIFIER_CLOSE.exec(after);
    if (!MODIFIER_OPENER.test(before) || !close) return false;
    const head = after.slice(close[0].length);
    return !INVESTOR_PHRASE.test(close[1]!) && !INVESTMENT_HEAD.test(head);
  });
}

/**
 * An event of the entity's named as a noun and made the subject (X的成立，…; X的发布让…; 苹果的胜出，
 * 反映出…): the claim is about what that event brings about, and X is only its owner, as in
 * "从X发布到现在". The noun is an event word after 的, then a comma or a verb of effect.
 */
const EVENT_OWNED =
  /^[^，,。；;的]{0,6}?的(?:发布|發布|推出|成立|上线|上線|问世|問世|爆火|出现|出現|入局|加入|走红|走紅|亮相|登场|登場|崛起|胜出|勝出|诞生|誕生|缺席|退出|离开|離開|入场|入場)(?:[，,]|[^，,。]{0,3}?(?:让|讓|使|令|意味|反映|表明|说明|說明|引发|引發|带来|帶來|推动|推動|加速|促使|可能|或))/;

/** Whether every place the text names the entity is as the owner of an event made the subject. */
export function namedAsEventOwner(text: string, names: readonly string[]): boolean {
  return everyNaming(text, names, (at, length) => EVENT_OWNED.test(text.slice(at + length)));
}

/**
 * Job titles, titles.ts's closed class (officer, board seat or staff, with its modifiers: 联合创始人,
 * 高级副总裁), on folded text. All of them: a past post of any kind (X前发言人Y, X原总监Y) is no
 * longer held, and whatever post a founder of another firm holds (X产品经理Y创办的Z), what Z does is
 * Z's, not X's.
 */
const POST = `(?:${ANY_TITLE_PATTERN})`;

/**
 * The entity named only as a person's post where the person does not act for it: a past post
 * (X前首席技术官Y, X原总裁Y, X的前CEO Y: 前/原/前任, the mark of a post no longer held), or any post
 * of a person who founded the noun that follows (X联合创始人Y创办的Z: a relative clause; the claim
 * is about Z). What that person does or says is theirs, or Z's, not the entity's: X only says
 * where they came from.
 */
const FORMER_POST = new RegExp(`^(?:的)?(?:前任|前|原)${POST}`);
const FOUNDER_OF_OTHER = new RegExp(`^(?:的)?${POST}[^，,。；;、的]{1,16}?(?:创办|创立|创建|成立|打造|孵化)的`);

/** No Traditional characters to fold: the fold of text already Simplified. */
const NO_SCRIPT_TABLE: FoldTable = new Map();
/** ASCII and full-width letters to lower case, one code unit to one: the fold of Simplified text. */
const foldCase = (text: string) => fold(text, NO_SCRIPT_TABLE);

/**
 * Whether every place the text names the entity is as such a person's post (see FORMER_POST).
 * Read on the folded text, where the titles are written (titles.ts: Simplified, lower case):
 * `foldText` is that fold, one code unit to one code unit (lib/text/fold.ts), so a place found in
 * the folded text is the same place in the text. The default folds only case and width: cards pass
 * the claim's Simplified text (text.hans); a caller with text in Traditional characters passes the
 * fold with the script table (lib/text/convert.ts foldText), which the content and reader pages do
 * not bundle.
 */
export function namedAsPersonsPost(
  text: string,
  names: readonly string[],
  foldText: (text: string) => string = foldCase,
): boolean {
  const folded = foldText(text);
  return everyNaming(folded, names.map(foldText), (at, length) => {
    const after = folded.slice(at + length);
    return FORMER_POST.test(after) || FOUNDER_OF_OTHER.test(after);
  });
}
