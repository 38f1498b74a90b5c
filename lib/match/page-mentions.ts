/**
 * Mentions on a whole page given as blocks of text, each saying whether page-level evidence may
 * reach it (the article body, not an aside or a comment: lib/page/section.ts). The same steps
 * the scanner takes incrementally, for tools that have the page at once (the CLI, evaluation).
 */
import { pageConfirms, type Mention } from './evidence';
import type { Recognizer } from './recognizer';
import { PageDeclarations } from './declared-names';

export interface PageBlock {
  text: string;
  /** Whether evidence from the rest of the page may decide ambiguous names here. */
  pageEvidence: boolean;
}

/** Mentions per block, in order, offsets into each block's text. */
export function pageMentions(recognizer: Recognizer, blocks: readonly PageBlock[]): Mention[][] {
  const unambiguous = new Set<string>();
  const found: Mention[][] = blocks.map(() => []);
  const pending: Array<{ block: number; mention: Mention }> = [];
  const bodyText: string[] = [];
  const foldedBlocks: string[] = [];
  blocks.forEach((block, i) => {
    const result = recognizer.classify(block.text);
    foldedBlocks.push(result.folded);
    result.unambiguousIds.forEach((id) => unambiguous.add(id));
    found[i]!.push(...result.certain);
    if (block.pageEvidence) {
      bodyText.push(result.folded);
      for (const mention of result.needsPage) pending.push({ block: i, mention });
    }
  });
  const page = bodyText.join('\n');
  for (const { block, mention } of pending) {
    if (pageConfirms(mention, unambiguous.size, recognizer.byId, (cue) => page.includes(cue)))
      found[block]!.push(mention);
  }
  // Short names declared on the page (（以下简称“X”）) hold from their declaration on.
  const declarations = new PageDeclarations<number>((a, b) => a < b);
  found.forEach((list, i) => list.push(...declarations.read(i, foldedBlocks[i]!, list).uses));
  for (const list of found) list.sort((a, b) => a.start - b.start);
  return found;
}
