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
  const mapped = new Map<number, number>();
  for (const [lo, hi] of CJK_RANGES) {
    for (let code = lo; code <= hi; code++) {
      const ch = String.fromCharCode(code);
      for (const convert of converters) {
        const out = convert(ch);
        // Skip mappings that would change length (e.g. 錤 → 𫓹, outside the BMP).
        if (out.length === 1 && out !== ch) {
          mapped.set(code, out.charCodeAt(0));
          break;
        }
      }
    }
  }
  // A character that is some character's Simplified form is Simplified text itself and must stay
  // (opencc also maps 么 → 幺, which would fold 什么 to 什幺 but 什麼 to 什么): so fold(fold(x)) = fold(x).
  const simplifiedForms = new Set(mapped.values());
  const pairs: number[] = [];
  for (const [from, to] of mapped) if (!simplifiedForms.has(from)) pairs.push(from, to);
  cached = { pairs, table: tableFromPairs(pairs) };
  return cached;
}
