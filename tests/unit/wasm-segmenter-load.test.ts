/**
 * Loading the extension's segmenter backend: a .wasm that cannot load gives a clear error, and a
 * later call with the good file still loads (the failure is not cached). Its own file: the wasm
 * module is loaded once per worker, so the failure must come first.
 */
import { describe, expect, it } from 'vitest';
import { wasmTagger } from '../../lib/library/wasm-segmenter';
import { wasmBytes } from './library-fixture';

describe('wasmTagger', () => {
  it('reports a file that is not WebAssembly, then loads the real one', async () => {
    await expect(wasmTagger(new Uint8Array([0, 1, 2, 3]))).rejects.toThrow(
      /the segmenter could not load \(jieba-wasm\)/,
    );
    const tagger = await wasmTagger(wasmBytes());
    expect(tagger.tag('大模型公司').map((t) => t.word)).toEqual(['大', '模型', '公司']);
  });
});
