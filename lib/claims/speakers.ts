/**
 * Who a person speaks for. News prose introduces a speaker once with the organization they belong
 * to — a title after the organization's name (星辰科技执行长周明, 星辰科技的创始人周明, X董事长、联席CEO
 * 陈磊, X主席兼行政总裁Y), or as its founder (由周明创办的星辰科技) — and afterwards writes only the
 * name (周明表示, 周明在发布会上坦言) or 他/她 (他透露), in the same paragraph or later ones. This
 * module keeps, for one article, the people so introduced and the organization each speaks for,
 * and the last person the text named, whom a speaking 他/她 stands for.
 *
 * Only what the text says is evidence: a former title (前CEO, 原总裁, 搜狗前CEO) or an
 * organization the gazetteer does not know teaches nothing, someone the text says leaves a post
 * (离职, 卸任) is forgotten, and when no title or founding says whose voice it is, the
 * organization is left out rather than guessed.
 *
 * A name is two or three Han characters (a Chinese name; a longer transliteration is cut to its
 * first three, which a later mention still starts with). Where it ends is not marked in the text,
 * so both readings are kept (周明 and 周明在 are learned from 周明在…); a later mention matches the
 * longest learned name it starts with.
 */
import type { Token } from './segment';
import { TITLE_PATTERN } from './titles';
import { SPEECH_VERB } from './cues';

/** Officer and board titles (titles.ts) that put a person inside the organization before them. */
const TITLE = TITLE_PATTERN;
/** Titles with no organization before them, then a name: 联合创始人兼CEO周明, 创始人Jane Doe. */
export const LEADING_TITLE = new RegExp(`^(?:${TITLE}(?:兼|暨|、|及|和)?)+(?=[\\u4e00-\\u9fffa-z])`);
/** One or more titles, joined (董事长、联席CEO; 主席兼行政总裁), then the name (captured). */
const TITLED_NAME = new RegExp(`^的?(?:${TITLE}(?:兼|暨|、|及|和)?)+([\\u4e00-\\u9fff]{2,3})`);
/** "由周明创办的", "周明等人联合创立的": a founder before the organization founded. */
const FOUNDER = /([\u4e00-\u9fff]{2,3})(?:等人?)?(?:联合|共同|一手)?(?:创办|创立|创建)的$/;
/** "另一位联席CEO赵强": another officer of the organization whose officer was named last. */
const ANOTHER_TITLED = new RegExp(`另(?:一|外一)?[位名](?:${TITLE}(?:兼|暨|、|及|和)?)+([\\u4e00-\\u9fff]{2,3})`, 'g');
/** Nouns an organization's name ends in, which a person's name does not: 集团, 资本. */
const ORGANIZATION_NOUN = /(集团|公司|科技|资本|基金|团队|实验室|大学|学院|研究院|研究所|政府|银行)$/;
/** What before an organization's name makes its title a former one, or not its own: 前, 原. */
const FORMER = /(前|原)$/;
/** A verb of leaving a post, a few words after a person's name: 周明宣布离职, 周明已于上月卸任. */
const LEAVES = /^[^，,。；;]{0,10}?(离职|辞职|辞去|卸任|离开|出走|跳槽)/;
/** A pronoun that stands for a person speaking. */
const PERSON_PRONOUN = /^(他|她)$/;

export interface SpokenFor {
  /** The name as the text wrote it when it was learned (folded). */
  name: string;
  /** The organization the person speaks for (an entity id). */
  org: string;
}

/** People an article introduced with their organization, and the last person it named. */
export class ArticlePeople {
  private readonly orgs = new Map<string, string>();
  /** The organization of the officer learned last, which 另一位 + a title goes on with. */
  private lastOrg: string | null = null;
  /** The last person named before the current sentence; null when it is one we cannot place. */
  private prior: SpokenFor | null = null;
  /** People named in the current sentence, in order (org null: someone else, unplaced). */
  private current: Array<{ at: number; person: SpokenFor | null }> = [];
  /** The current sentence (folded), where a speaker learned while reading it is named. */
  private sentence = '';

  /** Whether the article has introduced anyone with an organization. */
  get known(): boolean {
    return this.orgs.size > 0;
  }

  /**
   * Reads a sentence (folded text, its tokens with entity ids, offsets within the sentence): learns
   * titled people and founders, and notes where people are named.
   */
  read(folded: string, tokens: readonly Token[], typeOf?: (id: string) => string | undefined): void {
    this.current = [];
    this.sentence = folded;
    const organizations = tokens.filter(
      (t) => t.entityId && /^(company|organization)$/.test(typeOf?.(t.entityId) ?? ''),
    );
    for (const org of organizations) {
      if (FORMER.test(folded.slice(0, org.start))) continue;
      const titled = TITLED_NAME.exec(folded.slice(org.end));
      if (titled) this.learn(titled[1]!, org.entityId!, 'after');
      const from = Math.max(0, org.start - 12);
      const founder = FOUNDER.exec(folded.slice(from, org.start));
      // ("由云海集团创办的星辰科技": a founder that is itself a name, or ends in an organization's noun, is no person.)
      const at = from + (founder?.index ?? 0);
      const named = tokens.some((t) => t.entityId && t.end > at && t.start < at + (founder?.[1]?.length ?? 0));
      if (founder && !named && !ORGANIZATION_NOUN.test(founder[1]!)) this.learn(founder[1]!, org.entityId!, 'before');
    }
    for (const another of folded.matchAll(ANOTHER_TITLED))
      if (this.lastOrg) this.learn(another[1]!, this.lastOrg, 'after');
    // Someone who leaves the organization no longer speaks for it.
    for (const [name] of this.orgs)
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1))
        if (LEAVES.test(folded.slice(at + name.length))) this.orgs.delete(name);
    // Where the sentence names people: a learned name, or a person jieba tags that is not one.
    const seen: Array<{ at: number; person: SpokenFor | null }> = [];
    for (const [name, org] of this.orgs)
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1))
        if (!seen.some((s) => s.at === at && (s.person?.name.length ?? 0) >= name.length))
          seen.push({ at, person: { name, org } });
    const byPlace = new Map<number, { at: number; person: SpokenFor | null }>();
    for (const s of seen) {
      const had = byPlace.get(s.at);
      if (!had || (had.person?.name.length ?? 0) < (s.person?.name.length ?? 0)) byPlace.set(s.at, s);
    }
    for (const t of tokens) {
      const inName = [...byPlace.values()].some(
        (s) => s.person && t.start < s.at + s.person.name.length && t.end > s.at,
      );
      // A person the gazetteer knows, or one jieba finds that we cannot place: 他 may be them.
      const person = t.entityId ? typeOf?.(t.entityId) === 'person' : t.tag === 'nr' && !inName;
      if (person && !byPlace.has(t.start)) byPlace.set(t.start, { at: t.start, person: null });
    }
    this.current = [...byPlace.values()].sort((a, b) => a.at - b.at);
  }

  /** Ends the sentence read last: the last person it named is who a later 他/她 is. */
  endSentence(): void {
    const last = this.current[this.current.length - 1];
    if (last) this.prior = last.person;
    this.current = [];
  }

  /**
   * Learns a speaker the extractor placed by other evidence (其首席技术官赵强, 该公司CEO张三): the
   * name after the last title of the source's text speaks for `org`.
   */
  learnSpeaker(source: string, org: string): void {
    const name = /^[\u4e00-\u9fff]{2,3}/.exec(afterTitles(source) ?? '')?.[0];
    if (!name) return;
    this.learn(name, org, 'after');
    // ("首席执行官陈磊表示，…。他坦言，…": where the current sentence names him, he is now a person
    // placed, not someone unplaced — nor are the pieces jieba cut his name into (陈/nr 磊/nr) — so a
    // 他 in a later sentence stands for him and speaks for the organization.)
    for (let at = this.sentence.indexOf(name); at >= 0; at = this.sentence.indexOf(name, at + 1)) {
      this.current = this.current.filter((s) => s.at < at || s.at >= at + name.length);
      this.current.push({ at, person: { name, org } });
    }
    this.current.sort((a, b) => a.at - b.at);
  }

  /**
   * The organization a person named by `source` (周明, 周明在发布会上, 另一位联席CEO周明) speaks
   * for: the longest learned name it starts with, or that follows its titles.
   */
  orgOf(source: string): string | undefined {
    let best: string | undefined;
    let length = 0;
    for (const named of [source, afterTitles(source)])
      for (const [name, org] of this.orgs)
        if (named?.startsWith(name) && name.length > length) {
          best = org;
          length = name.length;
        }
    return best;
  }

  /**
   * "星辰科技董事长周明…。周明说，…", "…劉揚偉預估，…": jieba, not knowing a name, cuts it into its
   * characters and may join its last one to the verb after it (周/明说, 徐/立/坦言). A name the
   * article introduced is one word (tagged a person's name) wherever it is written again: where
   * jieba cut it into single characters (or names) and it ends at a word's end, or inside a word
   * whose rest is a verb of saying (明说 → 明 + 说), that verb then a word of its own. The longest learned reading that so fits
   * wins (周明 over 周明说, learned from 周明说 when he was introduced).
   */
  joinNames(tokens: readonly Token[]): Token[] {
    if (!this.orgs.size) return [...tokens];
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const joined = this.joinAt(tokens, i);
      if (!joined) {
        out.push(tokens[i]!);
        continue;
      }
      out.push(...joined.words);
      i = joined.last;
    }
    return out;
  }

  /** The learned name starting at token i, as one word (and the verb cut off the word it ends in), or null. */
  private joinAt(tokens: readonly Token[], i: number): { words: Token[]; last: number } | null {
    const first = tokens[i]!;
    if (first.entityId || !/^[\u4e00-\u9fff]/.test(first.word) || this.orgs.has(first.word)) return null;
    // (A name never starts on a function word: 由周明, learned from 由周明创立的X, is 由 + 周明.)
    if (/^(p|c|r|u[a-z]*)$/.test(first.tag)) return null;
    let best: { words: Token[]; last: number } | null = null;
    let length = 0;
    for (const [name] of this.orgs) {
      if (name.length <= length || name === first.word) continue;
      let text = '';
      let k = i;
      while (k < tokens.length && text.length < name.length && !tokens[k]!.entityId) text += tokens[k++]!.word;
      if (!text.startsWith(name) || k - i < 2) continue;
      const end = first.start + name.length;
      const lastWord = tokens[k - 1]!;
      // (A name jieba does not know comes out in single characters or as a name: a word of its own
      // inside, 回应/称 learned from X发言人回应称, is no name.)
      if (tokens.slice(i, k - 1).some((t) => t.word.length > 1 && !/^nr/.test(t.tag))) continue;
      // (…nor is a verb of saying it ends on: 赵明称, learned from X的CEO赵明称, is 赵明 saying.)
      if (
        lastWord.end === end &&
        (SPEECH_VERB.test(lastWord.word) || (lastWord.word.length > 1 && !/^nr/.test(lastWord.tag)))
      )
        continue;
      const rest = lastWord.word.slice(end - lastWord.start);
      if (rest && !SPEECH_VERB.test(rest)) continue;
      const words: Token[] = [{ word: name, tag: 'nr', start: first.start, end }];
      if (rest) words.push({ word: rest, tag: 'v', start: end, end: lastWord.end });
      best = { words, last: k - 1 };
      length = name.length;
    }
    return best;
  }

  /** Whether `source` is exactly a name the article introduced. */
  isName(source: string): boolean {
    return this.orgs.has(source);
  }

  /** Who a speaking pronoun at `at` in the current sentence stands for, or null. */
  pronounAt(word: string, at: number): SpokenFor | null {
    if (!PERSON_PRONOUN.test(word)) return null;
    const named = this.current.filter((s) => s.at < at);
    return named.length ? named[named.length - 1]!.person : this.prior;
  }

  /** Both readings of a name whose end (after) or start (before) the text does not mark. */
  private learn(name: string, org: string, side: 'after' | 'before'): void {
    const short = side === 'after' ? name.slice(0, 2) : name.slice(-2);
    for (const form of new Set([name, short])) if (!this.orgs.has(form)) this.orgs.set(form, org);
    this.lastOrg = org;
  }
}

/** Each title in a run of them (主席兼行政总裁): built once, not on every speaker looked up. */
const TITLE_RUN = new RegExp(`(?:${TITLE})(?:兼|暨|、|及|和)?`, 'g');

/** What follows the last title in a speaker's words (周明 in 星辰科技执行长周明), or null with no title. */
function afterTitles(source: string): string | null {
  let end = -1;
  for (const m of source.matchAll(TITLE_RUN)) end = m.index + m[0].length;
  return end < 0 ? null : source.slice(end);
}

/** Where an unnamed source stands beside a name: 接近X的人士, X内部人士, X方面人士. */
const CLOSE_BEFORE = /接近$/;
const CLOSE_AFTER = /^的[\u4e00-\u9fff]{0,4}人士/;
const INSIDE_AFTER = /^(?:内部|方面)[\u4e00-\u9fff]{0,2}人士/;

/**
 * "一位接近X的人士称", "接近X的知情人士透露", "X内部人士透露": an unnamed source placed beside an
 * organization speaks for it, as its spokesman would (the source stays unnamed). Gives the ids of
 * the names that open such a source in the tokens from `start` to `end` (offsets in `folded`).
 * (接近 with a plain noun after the name, 接近X的水平, is a comparison and no source.)
 */
export function closeSources(folded: string, tokens: readonly Token[], start: number, end: number): string[] {
  return tokens
    .filter((t) => t.entityId && t.start >= start && t.end <= end)
    .filter((t) => {
      const after = folded.slice(t.end, t.end + 8);
      return (
        (CLOSE_BEFORE.test(folded.slice(Math.max(0, t.start - 2), t.start)) && CLOSE_AFTER.test(after)) ||
        INSIDE_AFTER.test(after)
      );
    })
    .map((t) => t.entityId!);
}

/**
 * Words a speaker says as his company: the first person plural (我们, 咱们) or 本公司. A person
 * the gazetteer places in a company who speaks so speaks for it, whatever the modality (README: a
 * gazetteer executive speaking for his company is `mentioned`, the company `agent`); a view in his
 * own name (我认为开源…, 中国AI行业的一大步) has neither. (A bare 公司, 「公司史上最快…」, also
 * moved a claim to the company but emptied the speaker's own card: left out.)
 */
const AS_COMPANY = /我们|我們|咱们|咱們|本公司/;

/** Whether `content` (the words a speaker is reported to say) speaks as his company. */
export function speaksAsCompany(content: string): boolean {
  return AS_COMPANY.test(content);
}

/**
 * Words that put a company in what its officer says: the company speaking (我们, 本公司), the
 * company as a noun (公司, 集团), what it owns or does itself (旗下, 自家, 自研), a demonstrative
 * for it (这家); and, as words of their own (not 其他, 应该), the pronoun 其 and the demonstrative 该.
 * An officer's view with none of them is about the world, not his company.
 */
const COMPANY_IN_WORDS = new RegExp(`${AS_COMPANY.source}|公司|集团|集團|旗下|自家|自研|自身|这家|這家`);
const COMPANY_PRONOUN = /^(其|该|該)$/;

/** Whether the words a speaker is reported to say (`content`, its tokens) have his company in them. */
export function companyInWords(content: string, tokens: readonly Token[]): boolean {
  return COMPANY_IN_WORDS.test(content) || tokens.some((t) => COMPANY_PRONOUN.test(t.word));
}

/** What may stand between an organization's name and its officer's: 的, a bare 集团 / 公司, then the titles (董事长兼CEO). */
const TITLED_GAP = new RegExp(`^的?(?:集团|集團|公司)?(?:${TITLE}(?:兼|暨|、|及|和)?)+$`);

/**
 * "星辰科技执行长张明远", "星辰科技董事长兼CEO张明远": the organization whose serving officer the
 * text writes a gazetteer person as, right before his name (the name after the titles, nothing else
 * between); null when he is written bare or with a former title (前CEO, which the title pattern
 * lacks). The text, not the gazetteer, says whom he speaks for here.
 */
export function titledOrganizationOf(
  folded: string,
  tokens: readonly Token[],
  person: string,
  isOrganization: (id: string) => boolean,
): string | null {
  const at = tokens.findIndex((t) => t.entityId === person);
  if (at < 0) return null;
  let k = at - 1;
  while (k >= 0 && !tokens[k]!.entityId) k--;
  const org = tokens[k];
  if (!org || !isOrganization(org.entityId!)) return null;
  if (FORMER.test(folded.slice(Math.max(0, org.start - 1), org.start))) return null;
  return TITLED_GAP.test(folded.slice(org.end, tokens[at]!.start)) ? org.entityId! : null;
}
