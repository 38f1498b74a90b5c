// The reader's own entities joined to the bundled recognizer (lib/library/reader-names.ts), with
// the build's real opencc converters and fold table, over a small bundled gazetteer whose
// shipped fold table lacks the characters the reader's names need.
import { describe, expect, it } from 'vitest';
import { mergeReaderNames } from '../../lib/library/reader-names';
import type { ReaderEntity } from '../../lib/library/model';
import { Recognizer, recognizerData, type RecognizerData } from '../../lib/match/recognizer';
import { scriptVariants } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import { dict } from '@node-rs/jieba/dict';
import { buildLexicon, buildWordTable } from '../../lib/corpus/lexicon';
import { lexiconCosts, wordSource } from '../../lib/match/crossing-words';
import { Lexicon } from '../../lib/match/segment';

const ALL_PAIRS = foldPairs();
const convert = { scriptVariants };

/** Only the pairs the bundled names need (as the compiler ships them): 節→节, 動→动. */
const shippedPairs = (() => {
  const out: number[] = [];
  for (let i = 0; i < ALL_PAIRS.length; i += 2)
    if ('节动'.includes(String.fromCharCode(ALL_PAIRS[i + 1]!))) out.push(ALL_PAIRS[i]!, ALL_PAIRS[i + 1]!);
  return out;
})();

function bundled(): RecognizerData {
  return recognizerData(
    [
      { key: '字节跳动', entityIds: ['bytedance'], blocker: false },
      { key: 'bytedance', entityIds: ['bytedance'], blocker: false },
      { key: '阿里', entityIds: ['alibaba'], blocker: false },
      { key: '阿里山', entityIds: [], blocker: true },
    ],
    [
      { id: 'bytedance', type: 'company', ambiguous: false, cues: [] },
      { id: 'alibaba', type: 'company', ambiguous: false, cues: [] },
    ],
    shippedPairs,
  );
}

let clock = 0;
function reader(id: string, hans: string, hant: string, more: Partial<ReaderEntity> = {}): ReaderEntity {
  clock++;
  return {
    id,
    type: 'company',
    name: { hans, hant },
    aliases: [],
    parent: null,
    description: '',
    ambiguousNames: [],
    cues: [],
    createdAt: clock,
    updatedAt: clock,
    ...more,
  };
}

/** Entity ids marked in `text` (sentence and paragraph evidence; no page-level evidence). */
function marked(data: RecognizerData, text: string): string[] {
  return new Recognizer(data).classify(text).certain.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);
}

describe('mergeReaderNames', () => {
  const nio = reader('user:nio', '蔚来汽车', '蔚來汽車', { aliases: ['蔚来', 'NIO Inc'] });

  it('recognizes a reader name in Simplified, Traditional and Hong Kong characters', () => {
    const { data } = mergeReaderNames(bundled(), [nio], convert, ALL_PAIRS);
    expect(marked(data, '蔚来汽车发布新车')).toEqual(['蔚来汽车=user:nio']);
    // 來 and 車 are not in the shipped table: the merge adds the pairs the page's text needs.
    expect(marked(bundled(), '蔚來汽車')).toEqual([]);
    expect(marked(data, '據報導，蔚來汽車發布新車')).toEqual(['蔚來汽車=user:nio']);
    expect(marked(data, '蔚來今日公布')).toEqual(['蔚來=user:nio']);
    // Bundled names are still found, with the bundled table's pairs.
    expect(marked(data, '字節跳動與蔚來')).toEqual(['字節跳動=bytedance', '蔚來=user:nio']);
  });

  it('expands a name the reader typed in Traditional to its Simplified form', () => {
    const facebook = reader('user:meta-fb', '脸书', '臉書');
    const onlyTraditional = reader('user:tsmc', '', '台積電');
    const { data } = mergeReaderNames(bundled(), [facebook, onlyTraditional], convert, ALL_PAIRS);
    expect(marked(data, '台积电与脸书')).toEqual(['台积电=user:tsmc', '脸书=user:meta-fb']);
  });

  it('knows the Hong Kong form of a name (綫, where Taiwan writes 線)', () => {
    const line = reader('user:line', '线上科技', '線上科技');
    const { data } = mergeReaderNames(bundled(), [line], convert, ALL_PAIRS);
    expect(marked(data, '綫上科技公布')).toEqual(['綫上科技=user:line']);
    expect(marked(data, '線上科技公布')).toEqual(['線上科技=user:line']);
  });

  it('matches Latin names only at word boundaries, in any case', () => {
    const { data } = mergeReaderNames(bundled(), [nio], convert, ALL_PAIRS);
    expect(marked(data, 'NIO Inc发布')).toEqual(['NIO Inc=user:nio']);
    expect(marked(data, 'nio inc.')).toEqual(['nio inc=user:nio']);
    expect(marked(data, 'NIO Income')).toEqual([]);
  });

  it('writes a transliterated name with every middle dot', () => {
    const bezos = reader('user:bezos', '杰夫·贝索斯', '傑夫·貝索斯', { type: 'person' });
    const { data } = mergeReaderNames(bundled(), [bezos], convert, ALL_PAIRS);
    expect(marked(data, '傑夫‧貝索斯表示')).toEqual(['傑夫‧貝索斯=user:bezos']);
    expect(marked(data, '杰夫・贝索斯表示')).toEqual(['杰夫・贝索斯=user:bezos']);
  });

  it('gives an ambiguous reader name the bundled evidence rules: cues decide, in either script', () => {
    const bear = reader('user:xiaoxiong', '小熊电器', '小熊電器', {
      aliases: ['小熊'],
      ambiguousNames: ['小熊'],
      cues: ['家电', '上市'],
    });
    const { data } = mergeReaderNames(bundled(), [bear], convert, ALL_PAIRS);
    const recognizer = new Recognizer(data);
    expect(marked(data, '小熊发布新款家电。')).toEqual(['小熊=user:xiaoxiong']);
    expect(marked(data, '小熊發布新款家電。')).toEqual(['小熊=user:xiaoxiong']);
    // No cue: left to the page, like a bundled ambiguous name; the full name needs none.
    expect(recognizer.classify('孩子抱着小熊睡着了。').needsPage.map((m) => m.entityId)).toEqual(['user:xiaoxiong']);
    expect(marked(data, '小熊电器今天公告')).toEqual(['小熊电器=user:xiaoxiong']);
  });

  it('leaves a bundled name with its bundled entity and reports the collision', () => {
    const mine = reader('user:bd', '字节', '字節', { aliases: ['字节跳动', 'ByteDance'] });
    const { data, collisions } = mergeReaderNames(bundled(), [mine], convert, ALL_PAIRS);
    expect(marked(data, '字节跳动')).toEqual(['字节跳动=bytedance']);
    expect(marked(data, '字节和ByteDance')).toEqual(['字节=user:bd', 'ByteDance=bytedance']);
    expect(collisions).toContainEqual({ key: '字节跳动', entityId: 'user:bd', keptBy: 'bytedance' });
    expect(collisions).toContainEqual({ key: 'bytedance', entityId: 'user:bd', keptBy: 'bytedance' });
  });

  it('turns a bundled blocker the reader confirmed into the reader name', () => {
    const mountain = reader('user:alishan', '阿里山', '阿里山', { type: 'product' });
    expect(marked(bundled(), '阿里山茶')).toEqual([]);
    const { data, collisions } = mergeReaderNames(bundled(), [mountain], convert, ALL_PAIRS);
    expect(marked(data, '阿里山茶')).toEqual(['阿里山=user:alishan']);
    expect(marked(data, '阿里巴巴的阿里')).toEqual(['阿里=alibaba', '阿里=alibaba']);
    expect(collisions).toEqual([]);
  });

  it('gives a name two reader entities share to the one created first, whatever the order given', () => {
    const first = reader('user:a', '星云科技', '星雲科技');
    const second = reader('user:b', '星云', '星雲', { aliases: ['星云科技'] });
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      const { data, collisions } = mergeReaderNames(bundled(), order, convert, ALL_PAIRS);
      expect(marked(data, '星云科技和星云')).toEqual(['星云科技=user:a', '星云=user:b']);
      expect(collisions).toEqual([{ key: '星云科技', entityId: 'user:b', keptBy: 'user:a' }]);
    }
  });

  it('drops a deleted entity entirely and never changes the bundled data', () => {
    const before = JSON.stringify(bundled());
    const base = bundled();
    const other = reader('user:other', '极光数据', '極光數據');
    const withBoth = mergeReaderNames(base, [nio, other], convert, ALL_PAIRS).data;
    expect(marked(withBoth, '蔚来和极光数据')).toEqual(['蔚来=user:nio', '极光数据=user:other']);
    const afterDelete = mergeReaderNames(base, [other], convert, ALL_PAIRS).data;
    expect(marked(afterDelete, '蔚来和极光数据')).toEqual(['极光数据=user:other']);
    expect(afterDelete.entities.map((e) => e.id)).not.toContain('user:nio');
    expect(afterDelete.keys).not.toContain('蔚来');
    expect(JSON.stringify(base)).toBe(before);
  });

  it('skips names too short to be names and duplicate entities', () => {
    const short = reader('user:x', 'X', 'X', { aliases: ['  ', '云'] });
    const { data } = mergeReaderNames(bundled(), [short, short], convert, ALL_PAIRS);
    expect(data.keys).toEqual(bundled().keys);
    expect(data.entities.filter((e) => e.id === 'user:x')).toHaveLength(1);
  });
});

describe("crossing words for the reader's names (the background's word table)", () => {
  // The table the build writes to .generated/word-table.json, from jieba's dictionary.
  const words = wordSource(lexiconCosts(buildWordTable(new TextDecoder().decode(dict))), -Infinity);
  const hisense = reader('user:hisense', '海信', '海信');
  const zte = reader('user:zte', '中兴', '中興');

  it('leaves a reader name unmarked inside a more probable reading of the text around it', () => {
    const { data } = mergeReaderNames(bundled(), [hisense, zte], convert, ALL_PAIRS, words);
    // 上海/信息 and 集中/兴建 read far more probably than 上/海信/息 and 集/中兴/建.
    expect(marked(data, '他在上海信息技术公司工作。')).toEqual([]);
    expect(marked(data, '政府将集中兴建一批保障房。')).toEqual([]);
    // The crossing words' characters fold on a Traditional page as the names' do.
    expect(marked(data, '政府將集中興建一批保障房。')).toEqual([]);
    // Standing alone, or before words of its own, the name is marked.
    expect(marked(data, '海信发布了新款激光电视。')).toEqual(['海信=user:hisense']);
    expect(marked(data, '中兴通讯发布了新基站。')).toEqual(['中兴=user:zte']);
    expect(marked(data, '中興通訊發布了新基站。')).toEqual(['中興=user:zte']);
  });

  it('is what the reader name lacked without the table', () => {
    const { data } = mergeReaderNames(bundled(), [hisense, zte], convert, ALL_PAIRS);
    expect(marked(data, '他在上海信息技术公司工作。')).toEqual(['海信=user:hisense']);
    expect(marked(data, '政府将集中兴建一批保障房。')).toEqual(['中兴=user:zte']);
  });

  it('keeps the bundled lexicon as it was and adds nothing for names it does not check', () => {
    const base = bundled();
    base.lexicon = buildLexicon(
      new TextDecoder().decode(dict),
      [{ key: '阿里', ambiguous: false }],
      new Set(base.keys),
    );
    const long = reader('user:long', '星云智算', '星雲智算');
    expect(mergeReaderNames(base, [long], convert, ALL_PAIRS, words).data.lexicon).toBe(base.lexicon);
    const merged = new Lexicon(mergeReaderNames(base, [hisense], convert, ALL_PAIRS, words).data.lexicon);
    const bundledWords = lexiconCosts(base.lexicon);
    for (const [word, cost] of bundledWords) expect(merged.cost(word)).toBe(cost);
    expect(merged.cost('信息')).toBeDefined();
    expect(merged.size).toBeGreaterThan(bundledWords.size);
  });
});
