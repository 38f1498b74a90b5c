// The slicing of crossing words (lib/match/crossing-words.ts) over jieba's dictionary: its index
// finds every word that can meet a name, and the content script's pair filter never says no to a
// pair a word has.
import { describe, expect, it } from 'vitest';
import { dict } from '@node-rs/jieba/dict';
import { buildWordTable, parseWordList } from '../../lib/corpus/lexicon';
import {
  crossingWords,
  lexiconCosts,
  MIN_WORD_FREQ,
  wordSource,
  type WordSource,
} from '../../lib/match/crossing-words';
import { Lexicon } from '../../lib/match/segment';

const wordList = new TextDecoder().decode(dict);
const { logp, total } = parseWordList(wordList);
const indexed = wordSource(logp, Math.log(MIN_WORD_FREQ / total));

/** The same words with no index: every query answers every candidate. */
function unindexed(source: WordSource): WordSource {
  const all = [...logp]
    .filter(([w, p]) => w.length >= 2 && w.length <= 4 && p >= Math.log(MIN_WORD_FREQ / total))
    .map(([word, p]) => ({ word, logp: p }));
  return { ...source, withPair: () => all, endingWith: () => all, startingWith: () => all };
}

describe('crossing words', () => {
  it('finds through its index exactly what a scan of every word finds', () => {
    const names = ['京东', '海信', '中兴', '华为', '天工', '通义', '小米', '荣耀'].map((key) => ({
      key,
      ambiguous: key === '小米',
    }));
    const excluded = new Set(names.map((n) => n.key));
    expect(crossingWords(indexed, names, excluded)).toEqual(crossingWords(unindexed(indexed), names, excluded));
  });

  it('gives a name the words that cross it and what its own reading then needs', () => {
    const words = crossingWords(indexed, [{ key: '京东', ambiguous: false }], new Set(['京东']));
    expect(words.has('北京')).toBe(true);
    expect(words.has('东三环') || words.has('东西')).toBe(true);
    // A word that does not meet the name is never shipped.
    expect(words.has('上海')).toBe(false);
  });

  it("reads the background's table as the build reads the dictionary", () => {
    const table = wordSource(lexiconCosts(buildWordTable(wordList)), -Infinity);
    const fromTable = crossingWords(table, [{ key: '海信', ambiguous: false }], new Set(['海信']));
    const fromDictionary = crossingWords(indexed, [{ key: '海信', ambiguous: false }], new Set(['海信']));
    // The table's costs are rounded to half a unit, as every shipped lexicon is, and it lacks
    // the rare words a crossing word's rest may be (地中 of 地中海): nearly the same slice.
    const union = new Set([...fromTable.keys(), ...fromDictionary.keys()]);
    const differing = [...union].filter((w) => fromTable.has(w) !== fromDictionary.has(w));
    expect(fromTable.has('信息') && fromDictionary.has('信息')).toBe(true);
    expect(differing.length / union.size).toBeLessThan(0.1);
  });
});

describe("the lexicon's pair filter", () => {
  const lexicon = new Lexicon(buildWordTable(wordList));

  it('never says no to two characters side by side in a word', () => {
    for (const word of logp.keys()) {
      if (word.length > 4 || lexicon.cost(word) === undefined) continue;
      for (let k = 1; k < word.length; k++)
        expect(lexicon.joins(word.charCodeAt(k - 1), word.charCodeAt(k))).toBe(true);
    }
  });

  it('says no to most pairs no word has', () => {
    const chars = [
      ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质',
    ];
    let yes = 0;
    let asked = 0;
    for (const a of chars)
      for (const b of chars) {
        const pair = a + b;
        if (lexicon.cost(pair) !== undefined) continue;
        asked++;
        if (lexicon.joins(a.charCodeAt(0), b.charCodeAt(0))) yes++;
      }
    // A yes here only costs a full check; most must be a quick no. (Words longer than two
    // characters hold many of these pairs, so the share of true yeses is not small either.)
    expect(yes / asked).toBeLessThan(0.6);
  });
});
