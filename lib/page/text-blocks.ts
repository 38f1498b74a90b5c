/**
 * Collects a page's visible text as blocks: runs of text nodes joined across inline elements
 * (字节<b>跳动</b> is one run), split at block boundaries so names never match across
 * paragraphs. Offsets in a block's text map back to (text node, offset) pairs.
 */

/** Elements whose text is never scanned. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
]);

/** Inline elements: text flows through them without a boundary. Anything else is a block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'BIG',
  'TT',
  'STRIKE',
]);

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase());
}

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface CollectOptions {
  /** Elements to leave out entirely (the extension's own UI). */
  exclude?: (element: Element) => boolean;
  /** Visibility test; the default asks the browser (checkVisibility) where it can. */
  isHidden?: (element: Element) => boolean;
}

function defaultIsHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const visible = element as Element & { checkVisibility?: (this: Element, o?: object) => boolean };
  return typeof visible.checkVisibility === 'function' ? !visible.checkVisibility({ visibilityProperty: true }) : false;
}

function isEditable(element: Element): boolean {
  return (element as HTMLElement).isContentEditable === true;
}

export interface IterateOptions extends CollectOptions {
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Start past this node of `root` (the last text node of a block): only the blocks after it. */
  after?: Node;
}

/**
 * Walks `root` and yields its text blocks one at a time, so a caller can stop between blocks
 * and give the page its thread back. Shadow roots met on the way go to `onShadowRoot`.
 */
export function* iterateTextBlocks(root: Node, options: IterateOptions = {}): Generator<TextBlock, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const isHidden = options.isHidden ?? defaultIsHidden;
  let current: TextBlock = { nodes: [], starts: [], text: '' };
  const take = (): TextBlock | null => {
    const done = current.nodes.length && /\S/.test(current.text) ? current : null;
    current = { nodes: [], starts: [], text: '' };
    return done;
  };
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const element = node as Element;
      if (SKIPPED.has(element.tagName.toUpperCase())) return 2; // FILTER_REJECT: skip the subtree
      if (options.exclude?.(element) || isEditable(element) || isHidden(element)) return 2;
      return 1;
    },
  });
  // Entering or leaving a non-inline element ends the current run.
  const openBlocks: Node[] = [];
  if (options.after && root.contains(options.after)) {
    // The block elements the walk would have entered on its way to `after`, outermost first.
    for (let up = options.after.parentNode; up && up !== root; up = up.parentNode)
      if (up.nodeType === 1 && !isInline(up as Element)) openBlocks.unshift(up);
    walker.currentNode = options.after;
  }
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (openBlocks.length && !openBlocks[openBlocks.length - 1]!.contains(node)) {
      openBlocks.pop();
      const block = take();
      if (block) yield block;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
      if (!isInline(element)) {
        const block = take();
        if (block) yield block;
        openBlocks.push(element);
      }
    } else {
      const text = node as Text;
      if (text.data.length) {
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += text.data;
      }
    }
  }
  const last = take();
  if (last) yield last;
}

/** All blocks at once (tools and tests); the content script iterates in slices instead. */
export function collectTextBlocks(
  root: Node,
  options: CollectOptions = {},
): { blocks: TextBlock[]; shadowRoots: ShadowRoot[] } {
  const shadowRoots: ShadowRoot[] = [];
  const blocks = [...iterateTextBlocks(root, { ...options, onShadowRoot: (s) => shadowRoots.push(s) })];
  return { blocks, shadowRoots };
}

/** The text node and offset for a position in a block's text (binary search over starts). */
export function locate(
  block: TextBlock,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number; index: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]!, index: lo };
}
