/**
 * The segmenter over its two jieba backends: the build's (@node-rs/jieba) and the extension's
 * (jieba-wasm, loaded from the package's .wasm bytes as the extension loads it from its own
 * origin); user words reach the backend; and what an extension page bundles for processing
 * imports nothing Node-only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Segmenter, type Tagger, type UserWord } from '../../lib/claims/segment';
import { nodeJiebaTagger } from '../../lib/claims/node-jieba';
import { wasmTagger } from '../../lib/library/wasm-segmenter';
import { libraryConverters } from '../../lib/library/converters';
import { foldText } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import { wasmBytes } from './library-fixture';

const TEXT = '青禾智能周三官宣完成新一轮融资，并计划明年在香港上市；创始人表示，公司的新模型已经上线了。';

describe('segmenter backends', () => {
  it('hands the names and news verbs to the backend as user words', () => {
    const added: UserWord[] = [];
    const fake: Tagger = {
      tag: (text) => [...text].map((word) => ({ word, tag: 'x' })),
      addWords: (w) => added.push(...w),
    };
    new Segmenter(['青禾智能', 'a', 'open ai'], fake);
    expect(added).toContainEqual({ word: '青禾智能', freq: 100000, tag: 'nz' });
    expect(added).toContainEqual({ word: '官宣', freq: 100000, tag: 'v' });
    // Too short, or with a space (jieba's dictionary lines split on spaces): not user words.
    expect(added.map((w) => w.word)).not.toContain('a');
    expect(added.map((w) => w.word)).not.toContain('open ai');
  });

  it('gives words with offsets into the text', () => {
    const words = new Segmenter(['青禾智能'], nodeJiebaTagger()).words(TEXT);
    expect(words[0]).toEqual({ word: '青禾智能', tag: 'nz', start: 0, end: 4 });
    for (const w of words) expect(TEXT.slice(w.start, w.end)).toBe(w.word);
    expect(words.at(-1)!.end).toBe(TEXT.length);
  });

  it('tags the same on jieba-wasm as on @node-rs/jieba, names and mentions included', async () => {
    const names = ['青禾智能'];
    const onNode = new Segmenter(names, nodeJiebaTagger());
    const onWasm = new Segmenter(names, await wasmTagger(wasmBytes()));
    expect(onWasm.words(TEXT)).toEqual(onNode.words(TEXT));
    const mention = [{ start: 0, end: 4, entityId: 'qinghe' }];
    expect(onWasm.tokens(TEXT, mention)).toEqual(onNode.tokens(TEXT, mention));
  });
});

describe('what an extension page bundles to process articles', () => {
  const LIB = path.resolve(import.meta.dirname, '../../lib');
  const NODE_ONLY = /^(node:|fs$|path$|@node-rs\/)/;

  /** Every module reachable from `entry` by relative imports, with its bare (package) imports. */
  function closure(entry: string): Map<string, string[]> {
    const seen = new Map<string, string[]>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^;]*?\bfrom\s+'([^']+)'/gms)].map(
        (m) => m[1]!,
      );
      seen.set(
        file,
        specifiers.filter((s) => !s.startsWith('.')),
      );
      for (const s of specifiers.filter((x) => x.startsWith('.'))) {
        const base = path.resolve(path.dirname(file), s);
        visit(existsSync(`${base}.ts`) ? `${base}.ts` : `${base}.tsx`);
      }
    };
    visit(entry);
    return seen;
  }

  it('imports no Node-only module from processArticle, the cards, the wasm segmenter or the converters', () => {
    for (const entry of [
      'library/process.ts',
      'library/card.ts',
      'library/wasm-segmenter.ts',
      'library/converters.ts',
      'related/related.ts',
    ]) {
      const modules = closure(path.join(LIB, entry));
      expect(modules.size).toBeGreaterThan(0);
      const nodeOnly = [...modules].flatMap(([file, bare]) =>
        bare.filter((b) => NODE_ONLY.test(b)).map((b) => `${path.relative(LIB, file)} → ${b}`),
      );
      expect(nodeOnly).toEqual([]);
    }
    // The check sees Node-only imports where they are (the build's backend).
    const build = closure(path.join(LIB, 'claims/node-jieba.ts'));
    expect([...build.values()].flat()).toContain('@node-rs/jieba');
  });

  it('folds with the shipped table exactly as the build does', () => {
    const convert = libraryConverters(foldPairs());
    const text = '騰訊混元與ＯｐｅｎＡＩ的GPT-4o，臺灣的輝達';
    expect(convert.fold(text)).toBe(foldText(text));
    expect(convert.toTraditional('腾讯混元')).toBe('騰訊混元');
  });
});
