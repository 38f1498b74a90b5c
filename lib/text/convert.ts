/**
 * Script conversion with opencc-js (about 1 MB of dictionaries): names are expanded and claim
 * texts converted at compile time; the background also expands the reader's own names with it
 * (lib/match/reader-names.ts). Never imported by the content script.
 */
import * as OpenCC from 'opencc-js';
import { buildFoldTable } from './fold-table';
import { fold } from './fold';

/**
 * Each converter is made on first use: making all five takes about half a second (the Taiwan
 * phrase table most of it), which the service worker must not pay each time it wakes.
 */
function lazy(options: OpenCC.ConverterOptions): (text: string) => string {
  let convert: ((text: string) => string) | undefined;
  return (text) => (convert ??= OpenCC.Converter(options))(text);
}

const toHans = lazy({ from: 'tw', to: 'cn' });
const hkToHans = lazy({ from: 'hk', to: 'cn' });
const toHant = lazy({ from: 'cn', to: 'tw' });
const toHongKong = lazy({ from: 'cn', to: 'hk' });
const toTaiwanWords = lazy({ from: 'cn', to: 'twp' });

export function toSimplified(text: string): string {
  return hkToHans(toHans(text));
}

export function toTraditional(text: string): string {
  return toHant(toSimplified(text));
}

/** Character-level Traditional, same length as the input (for telling scripts apart). */
export function toTraditionalChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const converted = toHant(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

/**
 * Every written form of a name a page may use: Simplified, Taiwan and Hong Kong characters.
 * Not opencc's regional vocabulary: it rewrites proper names (字节跳动 → 位元組跳動); a name's
 * regional form (视频 → 視訊) is an alias the editor adds to the gazetteer.
 */
export function scriptVariants(name: string): string[] {
  const hans = toSimplified(name);
  return [...new Set([name, hans, toHant(hans), toHongKong(hans)])];
}

/** The fold used at build time: same function and table the extension ships. */
export function foldText(text: string): string {
  return fold(text, buildFoldTable().table);
}

/**
 * Every written form of an ordinary word (a cue), Taiwan vocabulary included: 芯片 → 晶片,
 * 软件 → 軟體. Right for words, wrong for names (see scriptVariants).
 */
export function wordVariants(word: string): string[] {
  const hans = toSimplified(word);
  return [...new Set([...scriptVariants(word), toTaiwanWords(hans)])];
}
