/**
 * Measures the saved-page import (lib/corpus/html-import.ts) on pages laid out as real Chinese
 * tech-news sites publish them: tests/fixtures/saved-pages/sites/ (development, rules fixed on it)
 * and sites-2/ (development since 2026-11-26), sites-held-out/ and sites-held-out-2/ (never tuned on). Per set: metadata fields right, body paragraphs found whole
 * and in order, extra paragraphs, furniture left in a paragraph. `--details` lists every miss;
 * `--set NAME` measures one set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importHtmlArticle } from '../lib/corpus/html-import';
import { checkImport, IMPORT_FIELDS, type ExpectedImport } from '../lib/evaluation/page-import';
import { foldText, toTraditionalChars } from '../lib/text/convert';

const details = process.argv.includes('--details');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
const options = { id: 'site-eval', seed: null, repairs: [], foldLine: foldText, toTraditional: toTraditionalChars };

for (const set of [
  'sites',
  'sites-held-out',
  'sites-held-out-2',
  'sites-2',
  'sites-held-out-4', // sealed: measured, never tuned on
  'sites-3',
  'sites-4', // development: measured cold first, then tuned on
  'sites-5', // development: measured cold first, then tuned on
  'sites-held-out-5', // sealed: measured, never tuned on
  'sites-6', // development: measured cold first, then tuned on
  'sites-7', // development: measured cold first, then tuned on
  'sites-8', // development: measured cold first, then tuned on
  'sites-9', // development: measured cold first, then tuned on
  'sites-10', // development: measured cold first, then tuned on
  'sites-11', // development: measured cold first, then tuned on
  'sites-12', // development: measured cold first, then tuned on
  'sites-held-out-6', // sealed: measured, never tuned on
]) {
  if (only && set !== only) continue;
  const dir = `tests/fixtures/saved-pages/${set}`;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedImport>;
  const right = new Map<string, number>();
  let bodyFound = 0;
  let bodyExpected = 0;
  let extra = 0;
  let furniture = 0;
  let clean = 0;
  const pages = Object.keys(expected).length;
  for (const [file, want] of Object.entries(expected)) {
    let check;
    try {
      const { article } = importHtmlArticle(readFileSync(join(dir, file), 'utf8'), file, options);
      check = checkImport(article, want);
    } catch (error) {
      console.log(`${file}: ${(error as Error).message}`);
      bodyExpected += want.body.length;
      continue;
    }
    for (const field of IMPORT_FIELDS) if (check.fields[field]) right.set(field, (right.get(field) ?? 0) + 1);
    bodyFound += check.bodyFound;
    bodyExpected += check.bodyExpected;
    extra += check.extra.length;
    furniture += check.furniture.length;
    if (!check.misses.length) clean++;
    if (details) for (const miss of check.misses) console.log(`${file}: ${miss}`);
  }
  console.log(`${set}: ${clean}/${pages} pages imported exactly as expected`);
  console.log(`  ${IMPORT_FIELDS.map((f) => `${f} ${right.get(f) ?? 0}/${pages}`).join(', ')}`);
  console.log(
    `  body paragraphs whole and in order ${bodyFound}/${bodyExpected}; extra paragraphs ${extra}; furniture left in paragraphs ${furniture}`,
  );
}
