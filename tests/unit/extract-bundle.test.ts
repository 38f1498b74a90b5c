// The saving script is injected into pages on demand, so what extractPage pulls in must stay
// small: no converter dictionaries, no segmenter, no YAML, no database, no test DOM.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = path.resolve(import.meta.dirname, '../../lib/library/extract-page.ts');

function resolveRelative(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, base, path.join(base, 'index.ts')])
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  return null;
}

/** Every file and package reached from `entry` by value imports (type-only imports are erased). */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(import|export)(\s+type)?\b[^;]*?\bfrom\s+'([^']+)'/gms)) {
      if (m[2]) continue;
      const specifier = m[3]!;
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (target) visit(target);
      } else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the saving script (extractPage) bundle', () => {
  const { files, packages } = reach(ENTRY);

  it('reads the imports it checks', () => {
    expect([...files].some((f) => f.endsWith('lib/corpus/page-metadata.ts'))).toBe(true);
  });

  it('imports Readability and nothing heavy', () => {
    expect([...packages].sort()).toEqual(['@mozilla/readability']);
  });

  it('reaches none of the build-time or extension-page modules', () => {
    const relative = [...files].map((f) => path.relative(path.resolve(import.meta.dirname, '../..'), f));
    expect(
      relative.filter((f) => /convert|fold-table|compile|article\.ts$|html-import|db\.ts|store\.ts/.test(f)),
    ).toEqual([]);
  });
});
