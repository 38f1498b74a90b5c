/**
 * Short forms by class noun: once an article has named an organization or a document in full,
 * Chinese news goes on calling it by the class noun its name ends in — 前沿模型论坛 … 论坛将在
 * 数月内成立顾问委员会; “数据要素×”三年行动计划 … 行动计划选取了12个行业; 暂行办法 … 该办法明确要求.
 * The class noun alone, as the subject opening a clause (or after 该/此/这份…), is that name.
 *
 * The reading holds only where it is unambiguous: the word is a whole word of the sentence
 * (jieba's, so 基金经理 or 论坛上 never yield 论坛), a noun, the tail of exactly one name the article
 * has used so far, of a type named by a class noun (an organization, a regulation), and it opens
 * its clause. Companies are left out: 公司 and 集团 stand for whichever company is in focus, which
 * extract.ts resolves as a definite noun phrase.
 */
import { isPunct, type Token } from './segment';

/** Class nouns an organization's or a document's name ends in. */
const CLASS_NOUN =
  /(论坛|联盟|协会|学会|委员会|研究院|研究所|实验室|基金会|交易所|计划|规划|办法|法案|条例|规定|方案|意见|倡议|公约)$/;
const NAMED_BY_CLASS = new Set(['organization', 'regulation']);
/** Words before the class noun that keep it definite: 该论坛, 这份计划, 此办法. */
const DETERMINER = /^(该|此|这|这份|这项|这一|这部|本)$/;

export class ShortForms {
  /** Written (folded) names the article has used, by entity id. */
  private readonly names = new Map<string, Set<string>>();

  /** Learns the names a paragraph writes, of the types a class noun can stand for. */
  learn(
    folded: string,
    mentions: ReadonlyArray<{ start: number; end: number; entityId: string }>,
    typeOf?: (id: string) => string | undefined,
  ): void {
    for (const m of mentions) {
      if (!NAMED_BY_CLASS.has(typeOf?.(m.entityId) ?? '')) continue;
      const written = folded.slice(m.start, m.end).replace(/[（(][^）)]*[）)]$/, '');
      if (!CLASS_NOUN.test(written)) continue;
      const set = this.names.get(m.entityId) ?? new Set<string>();
      set.add(written);
      this.names.set(m.entityId, set);
    }
  }

  get known(): boolean {
    return this.names.size > 0;
  }

  /** The entity a class noun stands for: the one name learned so far that ends in it, else null. */
  private standsFor(word: string): string | null {
    if (word.length < 2 || !CLASS_NOUN.test(word)) return null;
    const ids = [...this.names].filter(([, written]) =>
      [...written].some((w) => w.length > word.length && w.endsWith(word)),
    );
    return ids.length === 1 ? ids[0]![0] : null;
  }

  /** The sentence's tokens with each class noun that stands for a name made that name's mention. */
  resolve(tokens: readonly Token[]): Token[] {
    if (!this.known) return [...tokens];
    return tokens.map((t, i) => {
      if (t.entityId || !/^n/.test(t.tag)) return t;
      let k = i - 1;
      // (A count or a period between the determiner and the noun: 这份三年行动计划, 该2024年计划.)
      let m = k;
      while (m >= 0 && m > k - 2 && tokens[m]!.tag === 'm') m--;
      if (m < k && m >= 0 && DETERMINER.test(tokens[m]!.word)) k = m;
      if (k >= 0 && DETERMINER.test(tokens[k]!.word)) k--;
      const opens = k < 0 || isPunct(tokens[k]!);
      const next = tokens[i + 1];
      // (A noun or a number right after it makes it a modifier: 论坛成员, 论坛四家成员.)
      if (!opens || !next || /^(n|m|q)/.test(next.tag) || next.entityId) return t;
      const id = this.standsFor(t.word);
      return id ? { ...t, tag: 'ENT', entityId: id } : t;
    });
  }
}
