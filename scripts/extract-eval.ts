/**
 * Measures extractPage (lib/library/extract-page.ts) on saved pages with expected values:
 * tests/fixtures/saved-pages/held-out/ (never tuned on) and dev/ (the first held-out set, since
 * used to fix rules): whether each page is saved or refused as expected, and each metadata field
 * against what a reader would want. `--details` lists misses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../lib/library/extract-page';

const FIELDS = ['title', 'site', 'author', 'published', 'dateSource', 'script', 'paragraphs'] as const;
type Expected = Partial<Record<(typeof FIELDS)[number], string | number | null>> & { refusal?: string };

const details = process.argv.includes('--details');

for (const set of ['held-out', 'dev']) {
  const DIR = `tests/fixtures/saved-pages/${set}`;
  const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
  let decided = 0;
  const right = new Map<string, number>();
  let articles = 0;
  for (const [file, want] of Object.entries(expected)) {
    const { document } = parseHTML(readFileSync(join(DIR, file), 'utf8'));
    const result = extractPage(document, `https://example.com/held-out/${file}`);
    const got = result.ok ? 'saved' : result.refusal.code;
    if (got === (want.refusal ?? 'saved')) decided++;
    else if (details) console.log(`${file}: ${got}, expected ${want.refusal ?? 'saved'}`);
    if (want.refusal || !result.ok) continue;
    articles++;
    for (const field of FIELDS) {
      const value = field === 'paragraphs' ? result.page.paragraphs.length : result.page[field];
      if (value === want[field]) right.set(field, (right.get(field) ?? 0) + 1);
      else if (details)
        console.log(`${file}: ${field} = ${JSON.stringify(value)}, expected ${JSON.stringify(want[field])}`);
    }
  }
  const total = Object.keys(expected).length;
  console.log(`${set} saved pages: ${decided}/${total} saved or refused as expected`);
  for (const field of FIELDS) console.log(`  ${field}: ${right.get(field) ?? 0}/${articles}`);
}
