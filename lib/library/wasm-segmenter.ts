/**
 * The segmenter's backend in the extension: jieba-wasm (jieba-rs compiled to WebAssembly, with
 * jieba's dictionary inside the .wasm, about 4 MB). Tags like @node-rs/jieba at build time, with
 * HMM off as there, so claims extracted from a saved article read the same as the corpus's.
 *
 * The .wasm ships in the extension package: Vite emits `jieba_rs_wasm_bg.wasm` as an asset from
 * jieba-wasm's `new URL(…, import.meta.url)`, and init fetches it from the extension's own origin
 * (no network). Node (tests, bench) passes the file's bytes instead.
 *
 * jieba-wasm keeps one dictionary per loaded module: user words added by one Segmenter stay for
 * every later one until the page (offscreen document) is reloaded. Adding a word twice is harmless.
 */
import init, { add_word, tag, type InitInput } from 'jieba-wasm/web';
import type { Tagger } from '../claims/segment';

let loading: Promise<unknown> | null = null;

/**
 * Loads the WebAssembly module once (later calls reuse it) and returns a tagger over it.
 * `source`: the .wasm as bytes, a Response or a URL; by default the file bundled with the code.
 */
export async function wasmTagger(source?: InitInput): Promise<Tagger> {
  loading ??= init(source === undefined ? undefined : { module_or_path: source }).catch((error: unknown) => {
    loading = null;
    throw new Error(
      `the segmenter could not load (jieba-wasm): ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  await loading;
  return {
    tag: (text) => tag(text, false),
    addWords: (words) => {
      for (const w of words) add_word(w.word, w.freq, w.tag);
    },
  };
}
