/**
 * npm run recognize -- PAGE.html|PAGE.txt
 * Prints every mention (surface text, entity, offsets) the extension would mark, using the same
 * lib/ code: text blocks across inline elements, their page sections, the shipped recognizer,
 * page-level evidence. Offsets are into each block's text (an HTML page) or into the whole file.
 *
 * npm run recognize -- --eval [SET.txt …] [--errors]
 * Scores disambiguation sets (default: tests/fixtures/senses/dev.txt and heldout.txt), each page
 * as written and in the other script: precision and recall per category, on the entities the set
 * was written against (`@entities FILE|all` in the set; by default tests/claims-eval/annotated-entities.txt).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { Recognizer, type RecognizerData } from '../lib/match/recognizer';
import { pageMentions, type PageBlock } from '../lib/match/page-mentions';
import { collectTextBlocks } from '../lib/page/text-blocks';
import { pageEvidenceReaches, sectionOf } from '../lib/page/section';
import {
  addPage,
  declaredEntityList,
  emptyScore,
  f1,
  goldOf,
  parseEvalSet,
  precision,
  recall,
  type BlockKind,
  type Score,
} from '../lib/evaluation/recognition';
import { toSimplified, toTraditional } from '../lib/text/convert';
import { annotatableMentions, DEFAULT_ENTITY_LIST, parseEntityList } from '../lib/evaluation/annotatable';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadRecognizer(): Recognizer {
  return new Recognizer(JSON.parse(readFileSync(join(root, '.generated/recognizer.json'), 'utf8')) as RecognizerData);
}

/** Blocks of an HTML page with their sections, as the content script sees them (no layout here). */
function htmlBlocks(html: string): PageBlock[] {
  const window = new Window();
  window.document.write(html);
  const blocks = collectTextBlocks(window.document as unknown as Document, {
    isHidden: (e) => e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true',
  }).blocks.map((b) => ({ text: b.text, pageEvidence: !b.nodes[0] || pageEvidenceReaches(sectionOf(b.nodes[0])) }));
  void window.happyDOM.close();
  return blocks;
}

function listPage(file: string): void {
  const recognizer = loadRecognizer();
  const source = readFileSync(file, 'utf8');
  const blocks = /\.html?$/i.test(file) ? htmlBlocks(source) : [{ text: source, pageEvidence: true }];
  const found = pageMentions(recognizer, blocks);
  let count = 0;
  const distinct = new Set<string>();
  found.forEach((mentions, block) => {
    for (const mention of mentions) {
      const entity = recognizer.byId.get(mention.entityId)!;
      const where = blocks.length > 1 ? `block ${block} ` : '';
      const text = blocks[block]!.text;
      console.log(
        `${where}${mention.start}-${mention.end}\t${text.slice(mention.start, mention.end)}\t${entity.id} (${entity.type})`,
      );
      count++;
      distinct.add(entity.id);
    }
  });
  console.log(`${count} mentions of ${distinct.size} entities`);
}

/**
 * The entities a set's editor could name: the list it declares (`@entities FILE`), none for
 * `@entities all` (the whole gazetteer), or by default the list the sets written up to 2026-11-26
 * were annotated against.
 */
function setEntityList(
  source: string,
  file: string,
  recognizer: Recognizer,
): { file: string; ids: ReadonlySet<string> } | null {
  const declared = declaredEntityList(source, basename(file)) ?? DEFAULT_ENTITY_LIST;
  if (declared === 'all') return null;
  const ids = parseEntityList(readFileSync(join(root, declared), 'utf8'), declared, new Set(recognizer.byId.keys()));
  return { file: declared, ids };
}

const WRAP: Record<BlockKind, [string, string]> = {
  main: ['<article><p>', '</p></article>'],
  aside: ['<aside><p>', '</p></aside>'],
  comment: ['<div class="comments"><p>', '</p></div>'],
  nav: ['<nav><p>', '</p></nav>'],
  footer: ['<footer><p>', '</p></footer>'],
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function evaluate(files: string[], showErrors: boolean): void {
  const recognizer = loadRecognizer();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const pages = parseEvalSet(source, basename(file));
    const listed = setEntityList(source, file, recognizer);
    const scores = new Map<string, Score>();
    const total = emptyScore();
    const errors: string[] = [];
    for (const page of pages) {
      for (const [script, convert] of [
        ['as written', (t: string) => t],
        ['other script', (t: string) => (recognizer.isTraditional(t) ? toSimplified(t) : toTraditional(t))],
      ] as const) {
        const pageText = page.blocks.map((b) => b.source).join('');
        const render =
          script === 'as written'
            ? convert
            : (t: string) => (recognizer.isTraditional(pageText) ? toSimplified(t) : toTraditional(t));
        const gold = page.blocks.map((b) => goldOf(b.source, render));
        const html = `<!doctype html><html><body>${page.blocks.map((b, i) => WRAP[b.kind][0] + escapeHtml(gold[i]!.text) + WRAP[b.kind][1]).join('')}</body></html>`;
        const blocks = htmlBlocks(html);
        if (blocks.length !== gold.length)
          throw new Error(`${file}:${page.line}: ${blocks.length} blocks on the page, ${gold.length} written`);
        const marked = pageMentions(recognizer, blocks);
        const found = listed ? annotatableMentions(marked, listed.ids) : marked;
        for (const s of [
          total,
          scores.get(page.category) ?? scores.set(page.category, emptyScore()).get(page.category)!,
        ]) {
          const pageErrors = addPage(
            s,
            gold.map((g) => g.gold),
            found,
          );
          if (s !== total) continue;
          for (const e of pageErrors) {
            const text = gold[e.block]!.text;
            errors.push(
              `  ${file}:${page.line} (${script}) ${e.kind} ${text.slice(e.mention.start, e.mention.end)}|${e.mention.entityId} in: ${text}`,
            );
          }
        }
      }
    }
    console.log(
      `${file}: ${pages.length} pages, each as written and in the other script; judged on ${listed ? `the ${listed.ids.size} entities of ${listed.file}` : 'the whole gazetteer'}`,
    );
    const row = (name: string, s: Score) =>
      console.log(
        `  ${name.padEnd(10)} precision ${precision(s).toFixed(3)}  recall ${recall(s).toFixed(3)}  F1 ${f1(s).toFixed(3)}  (${s.correct}/${s.found} found correct, ${s.correct}/${s.gold} expected found; ${s.pagesWithFalseMarks}/${s.pages} pages with a false mark)`,
      );
    for (const [category, s] of scores) row(category, s);
    row('all', total);
    if (showErrors) for (const e of errors) console.log(e);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--eval') {
    const showErrors = args.includes('--errors');
    const files = args.slice(1).filter((a) => a !== '--errors');
    const sets = files.length ? files : ['dev.txt', 'heldout.txt'].map((f) => join(root, 'tests/fixtures/senses', f));
    evaluate(sets, showErrors);
    return;
  }
  if (!args[0]) throw new Error('usage: npm run recognize -- PAGE.html|PAGE.txt, or -- --eval [SET.txt …] [--errors]');
  listPage(args[0]);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
