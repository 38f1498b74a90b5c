/**
 * Document names (reports, regulations) as Chinese news writes them: the title in book-title
 * marks, the issuing body outside them, in Simplified and Traditional (Taiwan wording). Sentences
 * written for this test; the shipped gazetteer's documents are the EU's AI act (owner 欧盟), the
 * generative-AI interim measures (owner 网信办, not part of the name) and a fifth-generation
 * computer plan whose short name 五代机 is also an everyday word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { documentTitleForms, inTitleMarks, insideTitleMarks } from '../../lib/match/document-titles';
import { resolveMentions } from '../../lib/match/evidence';
import { findEntity } from '../../lib/corpus/card';
import { mergeReaderNames, readerNameEntries } from '../../lib/library/reader-names';
import type { ReaderEntity } from '../../lib/library/model';
import { NameMatcher } from '../../lib/match/names';
import { Recognizer } from '../../lib/match/recognizer';
import { foldText, scriptVariants } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import { shippedCorpus, shippedRecognizer } from './shipped-corpus';

describe('documentTitleForms', () => {
  const fold = (s: string) => s.toLowerCase();

  it('wraps each name whole in 《》 and 〈〉', () => {
    expect(inTitleMarks('某某报告')).toEqual(['《某某报告》', '〈某某报告〉', '「某某报告」']);
    expect(documentTitleForms(['某某报告'], [], fold)).toEqual(['《某某报告》', '〈某某报告〉', '「某某报告」']);
  });

  it('puts the owner outside the marks when a name starts with it, with each of its names', () => {
    const forms = documentTitleForms(['东盟数据法案'], ['东盟', '东南亚国家联盟'], fold);
    expect(forms).toEqual(
      expect.arrayContaining([
        '东盟《数据法案》',
        '东盟的《数据法案》',
        '东南亚国家联盟《数据法案》',
        '东盟〈数据法案〉',
      ]),
    );
    // Never the title alone: other jurisdictions have a 《数据法案》 too.
    expect(forms).not.toContain('《数据法案》');
  });

  it('leaves no title shorter than two characters, and no owner form when the name does not start with it', () => {
    expect(documentTitleForms(['东盟法'], ['东盟'], fold)).toEqual(inTitleMarks('东盟法'));
    expect(documentTitleForms(['数据法案'], ['东盟'], fold)).toEqual(inTitleMarks('数据法案'));
  });
});

describe('insideTitleMarks', () => {
  it('narrows a whole title in marks to its inside, and only that', () => {
    const text = '根据《某某报告》，欧盟《某法案》';
    expect(insideTitleMarks(text, { start: 2, end: 8 })).toEqual({ start: 3, end: 7 });
    expect(insideTitleMarks(text, { start: 9, end: 15 })).toEqual({ start: 9, end: 15 });
    expect(insideTitleMarks(text, { start: 3, end: 7 })).toEqual({ start: 3, end: 7 });
  });
});

describe('the shipped recognizer finds documents written in title marks', () => {
  let recognizer: Recognizer;
  beforeAll(() => {
    recognizer = shippedRecognizer();
  });

  /** Mentions on a whole page, with page evidence, as "surface=entity". */
  function marked(page: string): string[] {
    const folded = recognizer.fold(page);
    return resolveMentions(folded, recognizer.match(folded), recognizer.byId, recognizer.lexicon).map(
      (m) => `${page.slice(m.start, m.end)}=${m.entityId}`,
    );
  }

  it.each<[string, string[]]>([
    // The owner outside the marks: the mention covers owner and marks.
    ['欧盟《人工智能法案》将分阶段适用，违规企业最高面临全球营业额7%的罚款。', ['欧盟《人工智能法案》=eu-ai-act']],
    ['歐盟《人工智慧法案》上路後，臺灣的AI業者也開始評估合規成本。', ['歐盟《人工智慧法案》=eu-ai-act']],
    ['歐盟《人工智能法案》的罰則分為三級。', ['歐盟《人工智能法案》=eu-ai-act']],
    ['欧盟的《人工智能法案》把人脸识别列为高风险用途。', ['欧盟的《人工智能法案》=eu-ai-act']],
    ['欧盟《AI法案》已在官方公报上发布。', ['欧盟《AI法案》=eu-ai-act']],
    ['歐盟〈人工智慧法案〉全文超過四百頁。', ['歐盟〈人工智慧法案〉=eu-ai-act']],
    // Taiwan news puts a law's title in 「」.
    ['歐盟「人工智慧法案」明定違規罰則。', ['歐盟「人工智慧法案」=eu-ai-act']],
    // The whole name in marks: the mention covers the marks.
    [
      '根据《生成式人工智能服务管理暂行办法》，服务提供者应当依法开展训练数据处理活动。',
      ['《生成式人工智能服务管理暂行办法》=generative-ai-interim-measures'],
    ],
    [
      '依《生成式人工智慧服務管理暫行辦法》，業者須完成演算法備案。',
      ['《生成式人工智慧服務管理暫行辦法》=generative-ai-interim-measures'],
    ],
    ['《欧盟人工智能法案》正式生效。', ['《欧盟人工智能法案》=eu-ai-act']],
    // An owner that is not part of the name stays its own mention.
    [
      '国家网信办《生成式人工智能服务管理暂行办法》自公布之日起施行。',
      ['国家网信办=cyberspace-administration', '《生成式人工智能服务管理暂行办法》=generative-ai-interim-measures'],
    ],
    // Without marks, as before, and in Taiwan wording.
    ['欧盟人工智能法案的谈判持续了三年。', ['欧盟人工智能法案=eu-ai-act']],
    ['歐盟人工智慧法案的談判持續了三年。', ['歐盟人工智慧法案=eu-ai-act']],
  ])('%s', (page, expected) => {
    expect(marked(page)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The title alone names no one jurisdiction's act.
    ['韩国国会通过了《人工智能基本法》，美国加州也在讨论自己的《人工智能法案》。', []],
    ['立法院審查《人工智慧法案》草案時，多位委員提出修正動議。', []],
    ['〈人工智能法案〉', []],
    ['立法院三讀通過「人工智慧法案」的修正條文。', []],
  ])('not the EU act: %s', (page, expected) => {
    expect(marked(page)).toEqual(expected);
  });

  it('gives a title form of an everyday word the evidence rules of the word', () => {
    // 五代机 is also a fifth-generation fighter: in marks it still needs the computer sense.
    expect(marked('《五代机》这部纪录片讲的是空军的隐身战斗机。')).toEqual([]);
    expect(marked('日本当年押注的《五代机》计划，想造出能推理的人工智能计算机。')).toEqual([
      '《五代机》=fifth-generation-computer-project',
    ]);
  });

  it('marks the same span in the content script path, and the card resolves it', () => {
    const page = '歐盟《人工智慧法案》上路。';
    const { certain } = recognizer.classify(page);
    expect(certain.map((m) => [page.slice(m.start, m.end), m.entityId])).toEqual([
      ['歐盟《人工智慧法案》', 'eu-ai-act'],
    ]);
    expect(recognizer.byId.get('eu-ai-act')?.type).toBe('regulation');
    // `npm run corpus -- show` and the card lookup take the written form too.
    expect(findEntity(shippedCorpus().corpus, '欧盟《人工智能法案》', foldText)?.id).toBe('eu-ai-act');
    expect(findEntity(shippedCorpus().corpus, '歐盟《人工智慧法案》', foldText)?.id).toBe('eu-ai-act');
  });
});

describe("the reader's documents", () => {
  const act: ReaderEntity = {
    id: 'user:ai-basic-act',
    type: 'regulation',
    name: { hans: '人工智能基本法', hant: '人工智慧基本法' },
    aliases: [],
    parent: null,
    description: '',
    ambiguousNames: [],
    cues: [],
    createdAt: 1,
    updatedAt: 1,
  };
  const company: ReaderEntity = {
    ...act,
    id: 'user:lanting',
    type: 'company',
    name: { hans: '兰亭科技', hant: '蘭亭科技' },
    createdAt: 2,
  };
  const empty = {
    version: 2 as const,
    keys: [],
    entries: [],
    ambiguous: [],
    families: [],
    entities: [],
    lexicon: [],
    foldPairs: [],
  };

  it('are written in title marks too, marks included in the mention; other types are not', () => {
    const { data } = mergeReaderNames(empty, [act, company], { scriptVariants }, foldPairs());
    const recognizer = new Recognizer(data);
    const page = '立法院三讀通過《人工智慧基本法》，蘭亭科技表示歡迎。';
    expect(recognizer.classify(page).certain.map((m) => page.slice(m.start, m.end))).toEqual([
      '《人工智慧基本法》',
      '蘭亭科技',
    ]);
    expect(data.keys).not.toContain('《兰亭科技》');
    // The saved-article pipeline's entries agree with the stored recognizer.
    const entries = readerNameEntries([act], { scriptVariants, fold: foldText });
    const matcher = new NameMatcher(entries);
    expect(matcher.findAll(foldText('《人工智能基本法》')).map((m) => [m.start, m.end])).toEqual([[0, 9]]);
  });

  it('reports a name the bundled gazetteer already has once, not once per title mark', () => {
    const bundled = mergeReaderNames(empty, [act], { scriptVariants }, foldPairs()).data;
    const again = { ...act, id: 'user:again', createdAt: 3 };
    const { collisions } = mergeReaderNames(bundled, [again], { scriptVariants }, foldPairs());
    expect(collisions.map((c) => c.key).sort()).toEqual(['人工智慧基本法', '人工智能基本法']);
  });
});
