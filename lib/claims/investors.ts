/**
 * Investors: the lists of investors a funding clause names (由X领投，Y、Z跟投; 投资方包括…), the investee a
 * clause leaves unsaid, and an unnamed giver.
 */
import { isPunct, type Token } from './segment';
import { isPredicate, isVerb, LIST_JOINERS, NEGATION, properName } from './words';
import type { Investors } from './types';
import type { Role } from './vocabulary';
import { INVESTING } from './modifiers';

/** What money goes into: a company or an organization, not a model or a product. */
export const INVESTEE_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);

/**
 * "这已是X第三度注资Y。2019年，X首度投资10亿美元": an investing verb whose complement is only an
 * amount (or nothing) leaves the investee unsaid; it is the company the paragraph last named as a
 * counterpart (the investee of the sentence before).
 */
export function unsaidInvestee(tokens: Token[]): boolean {
  // (Also the noun after a verb of adding: 追加投资, 继续投资.)
  const at = tokens.findIndex(
    (t, k) => INVESTOR_VERB.test(t.word) && (isPredicate(tokens, k) || (k > 0 && isVerb(tokens[k - 1]!))),
  );
  if (at < 0) return false;
  // "A获得…注资": the money the subject receives; it is the investee itself.
  if (tokens.slice(0, at).some((t) => /^(获|获得|得到|拿到|接受|迎来|获取)$/.test(t.word))) return false;
  // The amount ends the clause: "投资5亿元建设数据中心" puts money into a project, not a company.
  // (An amount may be hedged: 约3亿美元, 近5亿元.)
  let k = at + 1;
  if (tokens[k]?.word === '了') k++;
  while (
    tokens[k] &&
    (/^(m|q|mq|eng)$/.test(tokens[k]!.tag) || /^(约|近|逾|超|超过|共|合计|总计)$/.test(tokens[k]!.word)) &&
    !tokens[k]!.entityId
  )
    k++;
  return !tokens[k] || isPunct(tokens[k]!);
}

/**
 * "Y领投", "Y和Z跟投", "W等参投": a clause that is only investors and their part in a round, which
 * belongs to the funding proposition before it. Returns the investors, or null. Fewer than three
 * named act, 等 or not; three or more are listed; either way the company raising becomes the
 * object of its round (the majority of editors: investee `object` whenever an investor is
 * named; only dev's editor keeps it the agent beside listed investors). The names counted are the list's, in the
 * gazetteer or not (A、Salesforce Ventures、B等跟投 is a list of three).
 */
export function investorClause(tokens: Token[]): Investors | null {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  let k = 0;
  // "投资方为Y", "本轮投资方包括A、B和C": a noun for the investors, then who they are.
  let named = false;
  while (k < 3 && words[k] && !words[k]!.entityId && !INVESTOR_NOUN.test(words[k]!.word)) k++;
  if (INVESTOR_NOUN.test(words[k]?.word ?? '') && NAMES_AS.test(words[k + 1]?.word ?? '')) {
    k += 2;
    named = true;
  } else k = 0;
  const list = investorList(words, k);
  if (!list) return null;
  k = list.end;
  // (After the investors' noun, the names may end with a noun for them: 等机构.)
  if (named) return k >= words.length - 1 ? investorsAs(list.ids, list.names) : null;
  // "X、Y等老股东跟投", "…等科技巨头均有参投": a noun for the investors, adverbs, and 有.
  for (let n = 0; n < 3 && /^(n|nz|j|a)$/.test(words[k]?.tag ?? '') && !words[k]!.entityId; n++) k++;
  while (k < words.length && /^(d|ad)$/.test(words[k]!.tag) && !NEGATION.test(words[k]!.word)) k++;
  if (words[k]?.word === '有') k++;
  if (!INVESTOR_VERB.test(words[k]?.word ?? '')) return null;
  if (!words.slice(k + 1).every((t) => /^(了|投资)$/.test(t.word))) return null;
  return investorsAs(list.ids, list.names);
}

/** The longest name of a list the gazetteer may lack (Salesforce Ventures, 砺思资本), in words. */
const LIST_NAME_WORDS = 4;

/**
 * The names listed from `k` on (A、B和C, A、B等): how many, the gazetteer's among them, and where
 * the list ends. A name the gazetteer lacks counts only in a list of two or more (a lone word
 * before 跟投 may be anything); a gazetteer name followed by more words in its item
 * (前X执行长Y) is a modifier of someone else's name and not an investor. Null when no gazetteer
 * name invests.
 */
function investorList(words: Token[], k: number): { ids: string[]; names: number; end: number } | null {
  const items: Token[][] = [[]];
  for (; k < words.length; k++) {
    const t = words[k]!;
    if (/^等等?$/.test(t.word)) {
      k++;
      break;
    }
    if (t.word === '、' || (LIST_JOINERS.test(t.word) && !t.entityId)) {
      items.push([]);
      continue;
    }
    if (!t.entityId && (INVESTOR_VERB.test(t.word) || /^(d|ad)$/.test(t.tag) || t.word === '有')) break;
    items[items.length - 1]!.push(t);
  }
  // A joiner with no name after it ("A、B和…") is no list.
  if (items.some((item) => !item.length)) return null;
  const ids: string[] = [];
  for (const [n, item] of items.entries()) {
    const at = item.findIndex((t) => t.entityId);
    if (items.length === 1 || at < 0) {
      // One name alone must be the gazetteer's; in a list, another name is any short run of words.
      if (
        items.length === 1
          ? at !== 0
          : item.length > LIST_NAME_WORDS || item.some((t) => /^v/.test(t.tag) && t.word.length > 1)
      )
        return null;
    }
    if (at < 0) continue;
    // "X老股东" closing the list keeps X the investor: a noun for what it is, not someone else's name.
    const tail = item.slice(at + 1);
    const investor = !tail.length || (n === items.length - 1 && tail.every((t) => /^(n|a|j)$/.test(t.tag)));
    if (investor) ids.push(item[at]!.entityId!);
    else if (items.length === 1) return null;
  }
  if (!ids.length) return null;
  // (The loop stops on the word after the list, or after 等; a noun closing the last item is in it.)
  return { ids, names: items.length, end: k };
}

/** "X的投资方包括A和B", "X的投资者为Y": the investors named for X (the investee), or null. */
export function investorsNamedFor(tokens: Token[]): (Investors & { investee: string }) | null {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  const owner = words.findIndex((t, k) => !!t.entityId && words[k + 1]?.word === '的');
  if (owner < 0 || owner > 2 || !INVESTOR_NOUN.test(words[owner + 2]?.word ?? '')) return null;
  const investors = investorClause(words.slice(owner + 2));
  return investors ? { ...investors, investee: words[owner]!.entityId! } : null;
}

/** Nouns for a company's backers as a body: 投资方, 股东, and their roll (股东名单, 投资方名单). */
const BACKERS_NOUN = /^(投资方|投资者|投资人|出资方|投资机构|股东|老股东|早期股东)(名单)?$/;

/**
 * "（X…）投资方包括A、B和C", "其早期股东名单包括A、B…", "投资方名单中同时出现了A、B…": a clause that
 * opens on the backers of a company it leaves unsaid (no name before the noun, or only 其) and names
 * gazetteer companies among them. The backed company is the topic carried on, the investee, so it
 * is the object of its round (README: investee `object` whenever an investor is named); the names
 * keep the roles the list gave them. Returns the backers' ids, or null.
 */
export function backersNamedForTopic(tokens: Token[]): string[] | null {
  for (let i = 0; i < tokens.length; i++) {
    let noun = tokens[i]!.word;
    let k = i + 1;
    if (/^(股东|投资方)$/.test(noun) && tokens[k]?.word === '名单') {
      noun += '名单';
      k++;
    }
    if (!BACKERS_NOUN.test(noun)) continue;
    // (The noun opens its clause: after punctuation, 其, or words for which round or how early.)
    let b = i - 1;
    while (b >= 0 && /^(其|本轮|早期|此前|主要|现有)$/.test(tokens[b]!.word)) b--;
    if (b >= 0 && !isPunct(tokens[b]!)) continue;
    // "包括", "为", "中同时出现了": the words that say who they are.
    while (tokens[k] && /^(中|里|同时|均|也|则|还|出现|出现了|了)$/.test(tokens[k]!.word)) {
      if (/^出现/.test(tokens[k]!.word)) noun = 'named';
      k++;
    }
    if (noun !== 'named' && !NAMES_AS.test(tokens[k]?.word ?? '')) continue;
    const ids: string[] = [];
    for (let n = noun === 'named' ? k : k + 1; tokens[n] && !/^[，,。；;！？]$/.test(tokens[n]!.word); n++)
      if (tokens[n]!.entityId) ids.push(tokens[n]!.entityId!);
    if (ids.length) return ids;
  }
  return null;
}

/** Nouns for the investors of a round: 投资方, 领投方, 投资机构. */
const INVESTOR_NOUN = /^(投资方|投资者|投资人|出资方|领投方|跟投方|投资机构)$/;

/** What says who they are: 为, 是, 包括. */
const NAMES_AS = /^(为|是|包括|包含|有|分别为|分别是)$/;

/**
 * Up to two named investors act, 等 or not (A、B等跟投: two names are no enumeration); three and
 * more names are listed, counting those the gazetteer lacks.
 */
function investorsAs(ids: string[], names: number): Investors {
  const unique = [...new Set(ids)];
  const role: Role = Math.max(names, unique.length) >= 3 ? 'listed' : 'agent';
  return { ids: unique, role };
}

/** Latin words that are common nouns of the trade, not product names: X的AI业务, X的GPU, X的CEO. */
export const GENERIC_LATIN = /^(ai|aigc|api|app|apps|gpu|cpu|npu|tpu|ipo|ceo|cto|cfo|coo|it|pc|ip)$/i;

/**
 * "获芯片商Intel注资", "获得红杉中国领投的…融资": after a verb of receiving, a proper name no entity
 * covers (a few common nouns saying what it is may come first) and then a verb of investing.
 */
export function unnamedGiver(tokens: Token[]): boolean {
  // "X共引入10名基石投资者，包括A、B…": investors the company takes in, named after it though the
  // gazetteer lacks them, make it the investee (with none named, "引入重磅战略投资者", it stays the
  // agent of its round).
  const admitted = tokens.some((t, i) => {
    if (!/^(引入|引进|迎来|吸引)$/.test(t.word)) return false;
    for (let k = i + 1; k <= i + 4 && tokens[k] && !isPunct(tokens[k]!); k++) {
      if (tokens[k]!.entityId) return false;
      if (/(投资者|投资人|投资方|股东)$/.test(tokens[k]!.word))
        return tokens.slice(k + 1).some((x) => /^(包括|包含|分别是|分别为|其中包括)$/.test(x.word));
    }
    return false;
  });
  if (admitted) return true;
  return tokens.some((t, i) => {
    if (!/^(获|获得|得到|拿到)$/.test(t.word)) return false;
    let k = i + 1;
    while (k <= i + 2 && tokens[k]?.tag === 'n' && !tokens[k]!.entityId) k++;
    const name = k;
    while (k <= name + 1 && tokens[k] && !tokens[k]!.entityId && properName(tokens[k]!)) k++;
    if (k === name || GENERIC_LATIN.test(tokens[name]!.word)) return false;
    if (GIVEN_KIND.test(tokens[k]?.word ?? '')) k++;
    return INVESTING.test(tokens[k]?.word ?? '');
  });
}

/** Words for the kind of a stake before the act given: 获X战略投资, 获得X的追加投资. */
export const GIVEN_KIND = /^(战略|追加|巨额|新一轮|首轮|天使|天使轮|种子轮|独家|联合)$/;

/** Nouns after 该/这 that stand for something said or done, not for a named entity. */
/** Verbs of an investor's part in a round: its subject backs the topic, it is not the topic. */
export const INVESTOR_VERB = /^(领投|跟投|参投|注资|投资|入股|出资|加注)$/;
