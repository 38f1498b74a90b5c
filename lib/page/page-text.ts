/**
 * The page's visible text as one string (blocks joined by newlines) with a map back to the DOM:
 * notes anchor their quotes in it and record where a quote was (the position hint).
 */
import { collectTextBlocks, locate, type CollectOptions, type TextBlock } from './text-blocks';

export interface PageText {
  text: string;
  blocks: TextBlock[];
  /** Offset of each block's first character in `text`. */
  offsets: number[];
}

export function pageText(root: Node, options: CollectOptions = {}): PageText {
  const { blocks, shadowRoots } = collectTextBlocks(root, options);
  for (const shadow of shadowRoots) blocks.push(...collectTextBlocks(shadow, options).blocks);
  const offsets: number[] = [];
  let length = 0;
  for (const block of blocks) {
    offsets.push(length);
    length += block.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), blocks, offsets };
}

function blockAt(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (page.offsets[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range for [start, end) of the page text; clipped to the block `start` is in. */
export function rangeFor(page: PageText, start: number, end: number): StaticRange | null {
  if (!page.blocks.length) return null;
  const index = blockAt(page, start);
  const block = page.blocks[index]!;
  const base = page.offsets[index]!;
  const from = Math.max(0, start - base);
  const to = Math.min(block.text.length, end - base);
  if (to <= from) return null;
  const a = locate(block, from);
  const b = locate(block, to, true);
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/** Where a DOM position falls in the page text, or null if that text is not part of it. */
export function offsetOf(page: PageText, node: Node, offset: number): number | null {
  for (let i = 0; i < page.blocks.length; i++) {
    const block = page.blocks[i]!;
    const at = block.nodes.indexOf(node as Text);
    if (at >= 0) return page.offsets[i]! + block.starts[at]! + Math.min(offset, (node as Text).length);
  }
  return null;
}
