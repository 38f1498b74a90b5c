/**
 * Build-time only (imports opencc-js, ~1 MB): derives the per-character Traditional→Simplified
 * table that `fold` uses. Never import this from the content script.
 */
import * as OpenCC from 'opencc-js';
import { tableFromPairs, type FoldTable } from './fold';

const CJK_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let cached: { pairs: number[]; table: FoldTable } | undefined;

/** Pairs [traditional, simplified, …] for every BMP character that opencc maps to one BMP character. */
export function foldPairs(): number[] {
  return buildFoldTable().pairs;
}

export function buildFoldTable(): { pairs: number[]; table: FoldTable } {
  if (cached) return cached;
  // Taiwan and Hong Kong forms both fold to Simplified; tw first, hk fills the rest.
  const converters = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const pairs: number[] = [];
  for (const [lo, hi] of CJK_RANGES) {
    for (let code = lo; code <= hi; code++) {
      const ch = String.fromCharCode(code);
      for (const convert of converters) {
        const out = convert(ch);
        // Skip mappings that would change length (e.g. 錤 → 𫓹, outside the BMP).
        if (out.length === 1 && out !== ch) {
          pairs.push(code, out.charCodeAt(0));
          break;
        }
      }
    }
  }
  cached = { pairs, table: tableFromPairs(pairs) };
  return cached;
}
