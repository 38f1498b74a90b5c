/**
 * The compiler on the real corpus: the claims a reader will see for the entities the issue
 * names, with their numbers and dates, grouping across articles, and the shipped name forms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileCorpus, type CompileResult, type CompiledClaim } from '../../lib/corpus/compile';
import { readCorpusSources } from '../../lib/corpus/load';
import { entityCard, findEntity } from '../../lib/corpus/card';
import { foldText, scriptVariants, toSimplified, toTraditional } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import { Recognizer } from '../../lib/match/recognizer';
import { resolveMentions } from '../../lib/match/evidence';

let result: CompileResult;
const converters = { fold: foldText, toSimplified, toTraditional, scriptVariants, foldPairs };

beforeAll(() => {
  result = compileCorpus(readCorpusSources(join(__dirname, '../../corpus')), converters);
});

function claimsAbout(id: string): CompiledClaim[] {
  return result.corpus.claims.filter((c) => c.entities.some((e) => e.id === id));
}

function claimWith(id: string, text: string): CompiledClaim {
  const claim = claimsAbout(id).find((c) => foldText(c.text.hans).includes(foldText(text)));
  if (!claim)
    throw new Error(
      `no claim about ${id} containing ${text}:\n${claimsAbout(id)
        .map((c) => c.text.hans)
        .join('\n')}`,
    );
  return claim;
}

describe('compiled corpus', () => {
  it('ships five cleaned articles with no pinyin or mojibake left', () => {
    const { articles } = result.corpus;
    expect(articles).toHaveLength(5);
    const all = articles.flatMap((a) => a.paragraphs).join('\n');
    expect(all).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
    expect(all).not.toMatch(/\?!|<\/?p>|皼/);
    expect(all).toContain('較短(4秒)');
    expect(articles.filter((a) => a.titleDerived)).toHaveLength(2);
  });

  it('finds every gazetteer entity or says which are missing', () => {
    const metadata = foldText(
      result.corpus.articles.flatMap((a) => [a.site ?? '', a.author ?? '', ...a.boilerplate]).join('\n'),
    );
    for (const entity of result.corpus.entities.filter((e) => e.mentionCount === 0)) {
      const warned = result.warnings.some(
        (w) => w.includes('named in no article') && w.split(': ').pop()!.split(', ').includes(entity.id),
      );
      // As the compiler reads it: every name, the English one included (微信公众号 in a site).
      const names = [
        entity.name.hans,
        entity.name.hant,
        ...(entity.name.en ? [entity.name.en] : []),
        ...entity.aliases.hans,
      ];
      const inMetadata = names.some((n) => metadata.includes(foldText(n)));
      expect(warned || inMetadata, entity.id).toBe(true);
    }
    expect(result.corpus.entities.length).toBeGreaterThan(100);
    expect(result.corpus.entities.filter((e) => e.mentionCount > 0).length).toBeGreaterThan(140);
  });

  it('records the PixelDance launch with its resolved date', () => {
    const claim = claimWith('bytedance', 'PixelDance');
    expect(claim.kind).toBe('launch');
    expect(claim.entities.find((e) => e.id === 'bytedance')?.role).toBe('agent');
    expect(claim.dates.map((d) => d.iso)).toContain('2023-11-18');
  });

  it("records 智譜's 30億元 round as funding", () => {
    const zhipu = findEntity(result.corpus, '智譜', foldText)!;
    const claim = claimWith(zhipu.id, '30');
    expect(claim.kind).toBe('funding');
    expect(claim.figures).toEqual(expect.arrayContaining([expect.objectContaining({ value: 3e9, unit: 'CNY' })]));
    expect(claim.entities.find((e) => e.id === zhipu.id)?.role).toBe('agent');
  });

  it("records Inflection AI's US$1.3 billion round and US$4 billion valuation", () => {
    const inflection = findEntity(result.corpus, 'Inflection AI', foldText)!;
    const claim = claimWith(inflection.id, '13億美元');
    const values = claim.figures.map((f) => [f.value, f.unit]);
    expect(values).toEqual(
      expect.arrayContaining([
        [1.3e9, 'USD'],
        [4e9, 'USD'],
      ]),
    );
  });

  it("keeps Microsoft's US$1 billion (2019) and US$10 billion as two claims", () => {
    const microsoft = findEntity(result.corpus, '微软', foldText)!;
    const one = claimWith(microsoft.id, '10億美元');
    const ten = claimWith(microsoft.id, '100億美元');
    expect(one.id).not.toBe(ten.id);
    expect(one.dates.map((d) => d.iso)).toContain('2019');
    expect(one.figures.some((f) => f.value === 1e9 && f.unit === 'USD')).toBe(true);
    expect(ten.figures.some((f) => f.value === 1e10 && f.unit === 'USD')).toBe(true);
  });

  it('groups the 79 models over a billion parameters, backed by two articles', () => {
    const grouped = result.corpus.claims.find(
      (c) => c.figures.some((f) => f.value === 79) && c.figures.some((f) => f.value === 1e9),
    );
    expect(grouped).toBeDefined();
    expect(grouped!.articleCount).toBe(2);
    expect(new Set(grouped!.sources.map((s) => s.articleId)).size).toBe(2);
  });

  it('gives claim texts in both scripts', () => {
    const claim = claimWith('bytedance', 'PixelDance');
    expect(claim.text.hans).toContain('字节跳动');
    expect(claim.text.hant).toContain('字節跳動');
  });

  it('converts an entity’s fallback sentence as claims are: no rare Extension-B form of an ordinary source character', () => {
    const sourceChars = new Set([...result.corpus.articles.flatMap((a) => a.paragraphs).join('')]);
    const rare = (text: string) => [...text].filter((ch) => ch.codePointAt(0)! > 0xffff && !sourceChars.has(ch));
    const sentences = result.corpus.entities.flatMap((e) =>
      e.bestSentence ? [e.bestSentence.text.hans, e.bestSentence.text.hant] : [],
    );
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.flatMap(rare)).toEqual([]);
  });

  it('answers for any alias in either script with the same card', () => {
    for (const query of ['字节跳动', '字節跳動', '字节', 'ByteDance', 'bytedance']) {
      expect(findEntity(result.corpus, query, foldText)?.id).toBe('bytedance');
    }
    const card = entityCard(result.corpus, 'bytedance', 'hant');
    expect(card.name).toBe('字節跳動');
    expect(card.aliases).toContain('字節');
    expect(card.description).toContain('總部');
    expect(card.claims.length).toBeGreaterThanOrEqual(3);
    expect(card.claims[0]!.role).toBe('agent');
    expect(card.claims[0]!.sources[0]!.title).toBeTruthy();
  });

  it('names an unnamed or outside source in the reader’s script', () => {
    // Sources in the gazetteer are shown by their entity name (see the script tests for names).
    const unnamed = new Set(
      result.corpus.claims.filter((c) => c.attribution.text && !c.attribution.entityId).map((c) => c.id),
    );
    let seen = 0;
    for (const entity of result.corpus.entities) {
      for (const [script, convert] of [
        ['hans', toSimplified],
        ['hant', toTraditional],
      ] as const)
        for (const claim of entityCard(result.corpus, entity.id, script, 50).claims) {
          if (!unnamed.has(claim.id)) continue;
          seen++;
          expect(claim.attribution).toBe(convert(claim.attribution));
        }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('ranks claims with the entity as subject first', () => {
    for (const query of ['阿里', 'OpenAI', 'MiniMax', '智谱']) {
      const entity = findEntity(result.corpus, query, foldText)!;
      const card = entityCard(result.corpus, entity.id, 'hans');
      expect(card.claims.length, query).toBeGreaterThan(0);
      const firstMentioned = card.claims.findIndex((c) => c.role === 'mentioned');
      const lastSubject = card.claims.map((c) => c.role).lastIndexOf('agent');
      if (firstMentioned >= 0 && lastSubject >= 0) expect(lastSubject).toBeLessThan(firstMentioned);
    }
  });

  it('ships a recognizer that finds the same mentions as the compiler', () => {
    const recognizer = new Recognizer(JSON.parse(JSON.stringify(result.recognizer)) as CompileResult['recognizer']);
    const text = '字節跳動推出了豆包,阿里雲發布通義千問;OpenAI的Sora與ByteDance';
    const { certain, needsPage } = recognizer.classify(text);
    // This text names several unambiguous entities, so page evidence confirms every pending one.
    const shipped = [...certain, ...needsPage].sort((a, b) => a.start - b.start);
    expect(shipped.map((m) => m.entityId)).toEqual(
      expect.arrayContaining(['bytedance', 'alibaba-cloud', 'openai', 'sora']),
    );
    const folded = foldText(text);
    const viaCompiler = resolveMentions(folded, recognizer.match(folded), recognizer.byId);
    expect(viaCompiler).toEqual(shipped);
  });
});
