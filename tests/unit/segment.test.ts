import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon, parseWordList } from '../../lib/corpus/lexicon';
import { encodeLexicon, Lexicon, losesToSegmentation } from '../../lib/match/segment';
import type { Recognizer } from '../../lib/match/recognizer';
import { shippedRecognizer } from './shipped-corpus';

/** A toy word list in jieba's format; frequencies are in proportion to a big one's. */
const WORDS = `北京 34488 ns
东三环 900 ns
京东 70 ns
为什么 9561 r
什么 30000 r
华为 373 nz
为 100000 p
华 2000 ns
北 17860 ns
东 18279 ns
三 42542 m
环 4066 v
其他 1000000 x`;

function at(text: string, name: string): [number, number] {
  const i = text.indexOf(name);
  return [i, i + name.length];
}

describe('word boundaries from a lexicon slice', () => {
  const costs = () => {
    const { logp } = parseWordList(WORDS);
    return new Lexicon(encodeLexicon(logp));
  };

  it('lets a name lose to a clearly more probable reading that crosses it', () => {
    const lexicon = costs();
    expect(losesToSegmentation('住在北京东三环附近', ...at('住在北京东三环附近', '京东'), lexicon)).toBe(true);
  });

  it('keeps a name when the slice knows what the name’s reading needs (华为 + 什么)', () => {
    const lexicon = costs();
    expect(losesToSegmentation('华为什么时候', ...at('华为什么时候', '华为'), lexicon)).toBe(false);
  });

  it('keeps a name with nothing crossing it, and never checks a Latin name', () => {
    const lexicon = costs();
    expect(losesToSegmentation('京东的总部', ...at('京东的总部', '京东'), lexicon)).toBe(false);
    expect(losesToSegmentation('OPPO手机', 0, 4, lexicon)).toBe(false);
  });

  it('round-trips costs through the shipped encoding, to half a unit', () => {
    const lexicon = new Lexicon(
      encodeLexicon(
        new Map([
          ['北京', -7.46],
          ['东三环', -11.2],
        ]),
      ),
    );
    expect(lexicon.cost('北京')).toBe(-7.5);
    expect(lexicon.cost('东三环')).toBe(-11);
    expect(lexicon.cost('京东')).toBeUndefined();
    expect(lexicon.maxLength).toBe(3);
  });

  it('ships only words around the names (and a name’s own cost, when the list knows the name)', () => {
    const lexicon = new Lexicon(buildLexicon(WORDS, [{ key: '京东', ambiguous: false }], new Set(['京东', '北京东'])));
    expect(lexicon.cost('北京')).toBeDefined();
    expect(lexicon.cost('东三环')).toBeDefined();
    expect(lexicon.cost('为什么')).toBeUndefined();
    expect(lexicon.cost('京东')).toBeCloseTo(Math.log(70 / parseWordList(WORDS).total), 0);
  });
});

describe('the shipped slice of jieba’s dictionary', () => {
  let recognizer: Recognizer;
  beforeAll(() => {
    recognizer = shippedRecognizer();
  });
  const loses = (text: string, name: string) =>
    losesToSegmentation(recognizer.fold(text), ...at(recognizer.fold(text), recognizer.fold(name)), recognizer.lexicon);

  it('reads place names and common words across a name', () => {
    expect(loses('他住在北京东三环附近', '京东')).toBe(true);
    expect(loses('我们约在北京东路见面', '京东')).toBe(true);
    expect(loses('這是普通義務教育', '通義')).toBe(true);
  });

  it('reads a crossing word the same in either script: its characters fold as the names do', () => {
    // 钟朋荣 beats 荣耀 in 钟朋荣耀; the shipped fold table must also fold 鍾 for 鍾朋榮耀.
    expect(recognizer.fold('鍾朋榮耀')).toBe(recognizer.fold('钟朋荣耀'));
    expect(loses('鍾朋榮耀', '榮耀')).toBe(loses('钟朋荣耀', '荣耀'));
    const marks = (text: string) =>
      recognizer.classify(text).needsPage.length + recognizer.classify(text).certain.length;
    expect(marks('鍾朋榮耀')).toBe(marks('钟朋荣耀'));
  });

  it('leaves names alone where the other reading is not clearly better', () => {
    expect(loses('京东在北京亦庄建了物流中心', '京东')).toBe(false);
    expect(loses('华为什么时候发布新手机', '华为')).toBe(false);
    expect(loses('快手续约了一批主播', '快手')).toBe(false);
    expect(loses('百度发布了新模型', '百度')).toBe(false);
  });
});
