/**
 * Length-preserving text folding: every UTF-16 unit maps to exactly one unit, so an offset in
 * folded text is the same offset in the original (a DOM offset on a page). One function serves
 * the corpus compiler, the matcher, the CLI and note search.
 *
 * Folding: Traditional → Simplified per character (table from opencc-js, made at build time),
 * full-width ASCII → half-width, ideographic space → space, ’ → ', ASCII upper → lower case.
 * Regional vocabulary (軟體/软件) is not folded here: it goes into the dictionary at build time.
 */

/** Traditional→Simplified, one code unit to one code unit. */
export type FoldTable = ReadonlyMap<number, number>;

export function foldCode(code: number, table: FoldTable): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  if (code === 0x3000) return 0x20;
  // Typographic apostrophes: “Generative AI’s” and "Generative AI's" are one name.
  if (code === 0x2018 || code === 0x2019) return 0x27;
  return table.get(code) ?? code;
}

export function fold(text: string, table: FoldTable): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list short on megabyte inputs.
  const chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    chunk.push(foldCode(text.charCodeAt(i), table));
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** Serialized form shipped to the extension: pairs [from, to, from, to, …]. */
export function tableFromPairs(pairs: ArrayLike<number>): FoldTable {
  const table = new Map<number, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs[i]!, pairs[i + 1]!);
  return table;
}
