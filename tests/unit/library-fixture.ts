/**
 * A small fictional world for the library's tests (never corpus sentences): a bundled corpus
 * compiled by the real compiler from a two-company gazetteer and one article, a reader entity,
 * and pages as the extraction script would send them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus, type CompileResult } from '../../lib/corpus/compile';
import { BUILD_CONVERTERS } from '../../lib/corpus/load';
import { nodeJiebaTagger } from '../../lib/claims/node-jieba';
import { librarySegmenter, processArticle, type ProcessContext } from '../../lib/library/process';
import type { ExtractedPage, ReaderEntity, SavedArticle } from '../../lib/library/model';

const ENTITIES = `
- id: acme
  type: company
  name: { hans: 星辰科技, hant: 星辰科技, en: Acme }
  aliases: []
  parent: null
  description: 一家虚构的人工智能公司。
- id: nova
  type: model
  name: { hans: Nova, hant: Nova }
  aliases: []
  parent: acme
  description: 星辰科技的大模型。
- id: umbrella
  type: company
  name: { hans: 远山资本, hant: 遠山資本 }
  aliases: []
  parent: null
  description: 一家虚构的投资机构。
`;

const ARTICLE = `---
id: bundled-one
title: 星辰科技发布新模型
site: 测试网
author: null
date: "2024-03-06"
dateSource: byline
url: null
script: zh-Hans
seed: null
boilerplate: []
---

星辰科技于2024年3月5日发布了Nova大模型。

远山资本去年领投了星辰科技的A轮融资。
`;

let compiled: CompileResult | undefined;

export function fixtureCorpus(): CompileResult {
  compiled ??= compileCorpus(
    { articles: [{ file: 'articles/bundled-one.md', source: ARTICLE }], entitiesYaml: ENTITIES },
    BUILD_CONVERTERS,
  );
  return compiled;
}

export const READER_ENTITY: ReaderEntity = {
  id: 'user:aurora',
  type: 'company',
  name: { hans: '极光数据', hant: '極光數據', en: 'Aurora Data' },
  aliases: ['极光'],
  parent: 'acme',
  description: '读者添加的数据公司。',
  ambiguousNames: ['极光'],
  cues: ['数据', '公司'],
  createdAt: 1,
  updatedAt: 1,
};

export function page(paragraphs: string[], overrides: Partial<ExtractedPage> = {}): ExtractedPage {
  return {
    url: 'https://news.example.com/2025/06/aurora',
    title: '极光数据获得新融资',
    titleDerived: false,
    site: '示例新闻',
    author: null,
    published: '2025-06-02',
    dateSource: 'meta',
    script: 'hans',
    paragraphs,
    ...overrides,
  };
}

export function context(readerEntities: ReaderEntity[] = [READER_ENTITY], dismissed: string[] = []): ProcessContext {
  const { corpus } = fixtureCorpus();
  return {
    corpus,
    readerEntities,
    dismissed: new Set(dismissed),
    segmenter: librarySegmenter(corpus, readerEntities, BUILD_CONVERTERS, nodeJiebaTagger()),
    convert: BUILD_CONVERTERS,
  };
}

export function saved(paragraphs: string[], overrides: Partial<ExtractedPage> = {}, ctx = context()): SavedArticle {
  return processArticle(page(paragraphs, overrides), ctx, 1_750_000_000_000);
}

export const WASM_FILE = join(import.meta.dirname, '../../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm');
export const wasmBytes = () => readFileSync(WASM_FILE);
