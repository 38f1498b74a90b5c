/**
 * Processing a saved article (lib/library/process.ts) on fictional pages: the corpus's pipeline
 * with the reader's entities, claims sourced to the saved article in both scripts, dates against
 * the page's date, duplicates by text, candidates without known or dismissed names, and the
 * extension's wasm backend giving the same result as the build's.
 */
import { describe, expect, it } from 'vitest';
import { BUILD_CONVERTERS } from '../../lib/corpus/load';
import { librarySegmenter, processArticle, ProcessError, reprocessArticle } from '../../lib/library/process';
import { wasmTagger } from '../../lib/library/wasm-segmenter';
import { savedArticleId } from '../../lib/library/ids';
import { PROCESSOR_VERSION } from '../../lib/library/model';
import { context, fixtureCorpus, page, READER_ENTITY, saved, wasmBytes } from './library-fixture';

const TEXT = [
  '极光数据周二宣布完成3亿元B轮融资，由远山资本领投。',
  '极光数据创始人兼CEO林晓峰表示，公司将在年内推出“灵犀”助手。',
  '极光数据去年8月推出了首款产品，星辰科技是它的第一个客户。',
];

describe('processArticle', () => {
  it('finds bundled and reader entities, most mentioned first, with paragraph offsets', () => {
    const article = saved(TEXT);
    expect(article.entityIds).toEqual(['user:aurora', 'umbrella', 'acme']);
    for (const [p, start, end, id] of article.mentions) {
      const text = article.paragraphs[p]!.slice(start, end);
      expect(id === 'user:aurora' ? '极光数据' : id === 'umbrella' ? '远山资本' : '星辰科技').toBe(text);
    }
  });

  it('gives the article its id from the address and its claims that id as source', () => {
    const article = saved(TEXT);
    expect(article.id).toBe(savedArticleId(page(TEXT).url));
    expect(article.id.startsWith('lib:')).toBe(true);
    expect(article.claims.length).toBeGreaterThan(0);
    for (const claim of article.claims) {
      expect(claim.id.startsWith(`${article.id}#c`)).toBe(true);
      expect(claim.sources.every((s) => s.articleId === article.id)).toBe(true);
    }
    expect(article.processorVersion).toBe(PROCESSOR_VERSION);
  });

  it('states the funding with its agent, counterpart and figure, in both scripts', () => {
    const funding = saved(TEXT).claims.find((c) => c.kind === 'funding')!;
    expect(funding.entities).toContainEqual({ id: 'umbrella', role: 'agent' });
    expect(funding.entities).toContainEqual({ id: 'user:aurora', role: 'object' });
    expect(funding.figures.map((f) => f.text)).toEqual(['3亿元']);
    expect(funding.text.hant).toContain('遠山資本');
    expect(funding.text.hant).toContain('極光數據');
    expect(funding.figureText.hant).toEqual(['3億元']);
  });

  it('takes a short name the article declares (（以下简称“X”）) as that entity, in its mentions and its claims', () => {
    const article = saved([
      '星辰科技股份有限公司（以下简称“星辰”）今日宣布完成新一轮融资。',
      '星辰表示，新资金将用于研发下一代Nova大模型。',
    ]);
    const second = article.mentions
      .filter(([p]) => p === 1)
      .map(([p, s, e, id]) => [article.paragraphs[p]!.slice(s, e), id]);
    expect(second).toContainEqual(['星辰', 'acme']);
    const said = article.claims.find((c) => c.sources[0]!.paragraph === 1)!;
    expect(said.entities.map((e) => e.id)).toContain('acme');
  });

  it('reads a paragraph that opens on 这家公司 as the compiler does: about the topic of the paragraph before', () => {
    const article = saved(['远山资本去年领投了星辰科技的A轮融资。', '这家公司表示，新一代Nova大模型将在年内发布。']);
    const said = article.claims.find((c) => c.sources[0]!.paragraph === 1);
    expect(said?.entities.map((e) => e.id)).toContain('acme');
  });

  it('resolves relative dates against the page date', () => {
    const launch = saved(TEXT, { published: '2025-06-02' }).claims.find((c) => c.text.hans.includes('去年8月'))!;
    expect(launch.dates.map((d) => d.iso)).toEqual(['2024-08']);
    const earlier = saved(TEXT, { published: '2022-01-10' }).claims.find((c) => c.text.hans.includes('去年8月'))!;
    expect(earlier.dates.map((d) => d.iso)).toEqual(['2021-08']);
  });

  it('reads a Traditional page the same way and hashes its text the same', () => {
    const hans = saved(TEXT);
    const hant = saved(TEXT.map(BUILD_CONVERTERS.toTraditional), {
      url: 'https://tw.example.com/aurora',
      script: 'hant',
    });
    expect(hant.entityIds).toEqual(hans.entityIds);
    expect(hant.claims.map((c) => c.text.hans)).toEqual(hans.claims.map((c) => c.text.hans));
    expect(hant.textHash).toBe(hans.textHash);
    expect(hant.id).not.toBe(hans.id);
    expect(saved([...TEXT, '另一段文字。']).textHash).not.toBe(hans.textHash);
  });

  it('proposes new names but none an entity covers or the reader dismissed', () => {
    const names = saved(TEXT).candidates.map((c) => c.name);
    expect(names).toContain('林晓峰');
    expect(names).toContain('灵犀');
    expect(names).not.toContain('极光数据');
    expect(saved(TEXT, {}, context([READER_ENTITY], ['林晓峰'])).candidates.map((c) => c.name)).not.toContain('林晓峰');
    // Without the reader entity its name is new, and the company rule proposes it.
    expect(saved(['北京极光数据科技有限公司今天成立。'], {}, context([])).candidates.map((c) => c.name)).toContain(
      '极光数据科技',
    );
  });

  it('an ambiguous reader name needs its cues, like a bundled one', () => {
    const ids = (text: string) => saved([text]).mentions.map((m) => m[3]);
    expect(ids('昨晚的极光非常美丽，很多人拍照。')).toEqual([]);
    expect(ids('极光公司发布了新的数据平台。')).toEqual(['user:aurora']);
  });

  it('cleans the page text and refuses a page with none', () => {
    const article = saved(['  星辰科技  发布了 Nova。 ', '', '发表评论']);
    expect(article.paragraphs).toEqual(['星辰科技 发布了 Nova。']);
    expect(() => saved(['', '  '])).toThrow(ProcessError);
  });

  it('processes again with the same id and save time', () => {
    const first = saved(TEXT);
    const again = reprocessArticle(first, context(), first.savedAt + 5000);
    expect(again.id).toBe(first.id);
    expect(again.savedAt).toBe(first.savedAt);
    expect(again.processedAt).toBe(first.savedAt + 5000);
    expect(again.claims).toEqual(first.claims);
  });

  it('runs the compiler’s pipeline: a bundled article saved again gives the compiler’s mentions and claims', () => {
    const { corpus } = fixtureCorpus();
    const bundled = corpus.articles[0]!;
    const article = processArticle(
      page(bundled.paragraphs, { published: bundled.date, title: bundled.title.hans }),
      context([]),
      1,
    );
    expect(article.mentions).toEqual(bundled.mentions.map(([p, s, e, i]) => [p, s, e, corpus.entities[i]!.id]));
    const shape = (c: (typeof corpus.claims)[number]) => ({
      kind: c.kind,
      modality: c.modality,
      text: c.text,
      entities: c.entities,
      figures: c.figures,
      dates: c.dates,
      where: c.sources.map((s) => [s.paragraph, s.start, s.end]),
    });
    expect(article.claims.map(shape)).toEqual(corpus.claims.map(shape));
  });

  it('gives the same article on the extension backend (jieba-wasm) as on the build one', async () => {
    const { corpus } = fixtureCorpus();
    const wasm = librarySegmenter(corpus, [READER_ENTITY], BUILD_CONVERTERS, await wasmTagger(wasmBytes()));
    const onWasm = processArticle(page(TEXT), { ...context(), segmenter: wasm }, 1);
    const onNode = processArticle(page(TEXT), context(), 1);
    expect(onWasm).toEqual(onNode);
  });
});
