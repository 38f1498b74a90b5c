/**
 * Gathers a page's DOM changes into batches: every change in a short window becomes one batch
 * of the subtrees that were removed and the block elements to rescan, each once (an append
 * storm of thousands of paragraphs under one parent is one root per paragraph, and a paragraph
 * inside a changed block is not rescanned twice). The observer callback only records nodes:
 * the page's mutations cost it almost nothing; the scanner does the work in slices.
 */
import { isInline } from './text-blocks';

/** Mutations are gathered this long before a batch is handed over (ms). */
export const MUTATION_BATCH_MS = 150;

export interface MutationBatch {
  /** Subtrees taken out of the page (their marks go). */
  removed: Node[];
  /** Connected block elements (or roots) to rescan, none inside another. */
  roots: Node[];
}

export class MutationBatcher {
  private readonly observers = new Map<Node, MutationObserver>();
  private readonly changed = new Set<Node>();
  private readonly removed = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onBatch: (batch: MutationBatch) => void;
  private readonly exclude: ((element: Element) => boolean) | undefined;

  constructor(onBatch: (batch: MutationBatch) => void, exclude?: (element: Element) => boolean) {
    this.onBatch = onBatch;
    this.exclude = exclude;
  }

  /** Open shadow roots being watched: hit-testing must be told about them to see inside. */
  get shadowRoots(): ShadowRoot[] {
    return [...this.observers.keys()].filter((root): root is ShadowRoot => root instanceof ShadowRoot);
  }

  /** Whether changes are gathered and not yet handed over as a batch. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Watches a document or shadow root; false if it was already watched. */
  observe(root: Node): boolean {
    if (this.observers.has(root)) return false;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.changed.add(record.target);
        for (const node of record.addedNodes) this.changed.add(node);
        if (record.removedNodes.length) {
          // Removing an inline element can join the text around it: rescan its block.
          this.changed.add(record.target);
          for (const node of record.removedNodes) this.removed.add(node);
        }
      }
      this.timer ??= setTimeout(() => this.flush(), MUTATION_BATCH_MS);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.set(root, observer);
    return true;
  }

  /** Stops watching a shadow root that left the page. */
  forget(root: Node): void {
    this.observers.get(root)?.disconnect();
    this.observers.delete(root);
  }

  disconnect(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
    this.removed.clear();
  }

  private flush(): void {
    this.timer = null;
    const removed = [...this.removed];
    const candidates = new Set<Node>();
    for (const node of this.changed) {
      const block = blockContainer(node);
      if (block?.isConnected && !(block instanceof Element && this.exclude?.(block))) candidates.add(block);
    }
    this.changed.clear();
    this.removed.clear();
    // Keep the outermost: one walk up from each candidate (depth, not candidates squared).
    const roots: Node[] = [];
    for (const node of candidates) {
      let inside = false;
      for (let up = node.parentNode; up && !inside; up = up.parentNode) inside = candidates.has(up);
      if (!inside) roots.push(node);
    }
    if (removed.length || roots.length) this.onBatch({ removed, roots });
  }
}

/** The nearest ancestor that is a block (text flows across inline elements). */
export function blockContainer(node: Node): Node | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1 && isInline(current as Element)) current = current.parentNode;
  return current;
}
