/**
 * npm run recognize -- PAGE.html|PAGE.txt
 * Prints every mention (surface text, entity, offsets) the extension would mark, using the same
 * lib/ code: text blocks across inline elements, the shipped recognizer, page-level evidence.
 * Offsets are into each block's text (an HTML page) or into the whole file (plain text).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { Recognizer, type RecognizerData } from '../lib/match/recognizer';
import { pageConfirms, type Mention } from '../lib/match/evidence';
import { collectTextBlocks } from '../lib/page/text-blocks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run recognize -- PAGE.html|PAGE.txt');
  const recognizer = new Recognizer(
    JSON.parse(readFileSync(join(root, '.generated/recognizer.json'), 'utf8')) as RecognizerData,
  );
  const source = readFileSync(file, 'utf8');
  let texts: string[];
  if (/\.html?$/i.test(file)) {
    const window = new Window();
    window.document.write(source);
    // No layout here: only the hidden attribute and aria-hidden count as hidden.
    texts = collectTextBlocks(window.document as unknown as Document, {
      isHidden: (e) => e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true',
    }).blocks.map((b) => b.text);
    void window.happyDOM.close();
  } else {
    texts = [source];
  }
  const found: Array<{ block: number; mention: Mention; text: string }> = [];
  const pending: typeof found = [];
  const unambiguous = new Set<string>();
  const folded: string[] = [];
  texts.forEach((text, block) => {
    const result = recognizer.classify(text);
    folded.push(result.folded);
    result.unambiguousIds.forEach((id) => unambiguous.add(id));
    for (const mention of result.certain) found.push({ block, mention, text });
    for (const mention of result.needsPage) pending.push({ block, mention, text });
  });
  const page = folded.join('\n');
  for (const p of pending) {
    if (pageConfirms(p.mention, unambiguous.size, recognizer.byId, (cue) => page.includes(cue))) found.push(p);
  }
  found.sort((a, b) => a.block - b.block || a.mention.start - b.mention.start);
  for (const { block, mention, text } of found) {
    const entity = recognizer.byId.get(mention.entityId)!;
    const where = texts.length > 1 ? `block ${block} ` : '';
    console.log(
      `${where}${mention.start}-${mention.end}\t${text.slice(mention.start, mention.end)}\t${entity.id} (${entity.type})`,
    );
  }
  const distinct = new Set(found.map((f) => f.mention.entityId));
  console.log(
    `${found.length} mentions of ${distinct.size} entities; ${pending.filter((p) => !found.includes(p)).length} ambiguous name(s) left unmarked for lack of evidence`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
