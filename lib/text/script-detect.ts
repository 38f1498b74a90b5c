/**
 * Which script a text is written in, from the characters only one script uses. The converters are
 * passed in: the corpus build passes opencc-js; extension code that must stay small (the saving
 * script injected into a page) passes `frequentCharConverters`, a table of the few hundred most
 * frequent differing characters, which any news paragraph is full of.
 */
import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './script-chars';

export type WrittenScript = 'zh-Hans' | 'zh-Hant' | 'mixed';

export interface ScriptEvidence {
  /** Characters the Simplified conversion changes (so Traditional-only). */
  traditionalOnly: number;
  /** Characters the Traditional conversion changes (so Simplified-only). */
  simplifiedOnly: number;
}

export function scriptEvidence(
  text: string,
  toSimplified: (text: string) => string,
  toTraditional: (text: string) => string,
): ScriptEvidence {
  const simplified = toSimplified(text);
  const traditional = toTraditional(text);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/[\u3400-\u9fff]/.test(text[i]!)) continue;
    if (text[i] !== simplified[i]) traditionalOnly++;
    else if (text[i] !== traditional[i]) simplifiedOnly++;
  }
  return { traditionalOnly, simplifiedOnly };
}

/** Counts characters that only one script uses; both in quantity means a mixed text. */
export function detectScript(
  text: string,
  toSimplified: (text: string) => string,
  toTraditional: (text: string) => string,
): WrittenScript {
  const { traditionalOnly, simplifiedOnly } = scriptEvidence(text, toSimplified, toTraditional);
  const changed = traditionalOnly + simplifiedOnly;
  if (changed === 0) return 'zh-Hans';
  const minority = Math.min(traditionalOnly, simplifiedOnly) / changed;
  if (minority > 0.15) return 'mixed';
  return traditionalOnly > simplifiedOnly ? 'zh-Hant' : 'zh-Hans';
}

function charMapper(from: string, to: string): (text: string) => string {
  const map = new Map<string, string>();
  for (let i = 0; i < from.length; i++) map.set(from[i]!, to[i]!);
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) out += map.get(text[i]!) ?? text[i]!;
    return out;
  };
}

let converters: { toSimplified: (text: string) => string; toTraditional: (text: string) => string } | undefined;

/** Length-preserving character converters over the frequent-character table (no opencc). */
export function frequentCharConverters() {
  return (converters ??= {
    toSimplified: charMapper(TRADITIONAL_CHARS, SIMPLIFIED_CHARS),
    toTraditional: charMapper(SIMPLIFIED_CHARS, TRADITIONAL_CHARS),
  });
}
