/**
 * Finds and marks corpus entities on a live page. Work runs in slices of a few milliseconds
 * that yield to the page, so even a megabyte page gets no long task; a batched
 * MutationObserver rescans only what changed. Marks are CSS highlights over StaticRanges (live
 * Ranges would slow every DOM change the page makes), one Highlight per entity type.
 *
 * Only marks near the viewport are in the highlights. Chromium revalidates every registered
 * range whenever any highlight changes (measured: 20,000 ranges made each change, even one
 * added range or the hover mark, a 160 ms frame), so the registry holds the marks of blocks an
 * IntersectionObserver sees within a few screens, and cost follows what is on screen, not the
 * page's length. Counts and reveal use all marks.
 */
import type { Recognizer } from '../match/recognizer';
import { pageConfirms, type Mention } from '../match/evidence';
import { isInline, iterateTextBlocks, locate, type TextBlock } from './text-blocks';
import { pageEvidenceReaches, sectionOf } from './section';

export const HIGHLIGHT_PREFIX = 'techlens-';
/** Characters matched per step inside one block: a megabyte text node is cut into windows. */
const WINDOW = 16_384;
/** Budget of one slice before yielding to the page (ms). */
const SLICE_MS = 6;
/**
 * Marks shown per text node. Chromium keeps each text node's highlight ranges in a sorted list
 * it rebuilds on style changes: 129,000 ranges in one megabyte text node froze a page for 29 s
 * per frame. Mentions past the cap are still counted (panel, reveal), just not drawn.
 */
export const MAX_MARKS_PER_TEXT_NODE = 1000;
/** How far beyond the viewport marks are drawn: scrolling a screen never shows unmarked names. */
const DRAWN_MARGIN = '200% 0px';
/** Mutations are gathered this long before a rescan (ms). */
const MUTATION_BATCH_MS = 150;

export interface MarkedMention {
  entityId: string;
  /** The block element the mention sits in: its visibility decides whether the mark is drawn. */
  container: Element;
  range: StaticRange;
  /** Text node the mention starts in. */
  node: Text;
  /** Every text node the mention covers (字节<b>跳动</b> covers two). */
  nodes: Text[];
}

export interface PageEntitySummary {
  id: string;
  count: number;
  /** Document order of the first mention among all found (0 = first on the page). */
  firstIndex: number;
}

export interface ScannerOptions {
  recognizer: Recognizer;
  /** Elements the scanner must leave alone (our own UI). */
  exclude?: (element: Element) => boolean;
  /** Called (debounced by the caller if needed) when the set of marks changes. */
  onChange?: () => void;
  /** Yields to the page between slices; tests can replace it. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageScanner {
  private readonly recognizer: Recognizer;
  private readonly options: ScannerOptions;
  private readonly highlights = new Map<string, Highlight>();
  /** Marks by the text node they start in: counts and stale-range removal look here. */
  readonly byNode = new Map<Text, MarkedMention[]>();
  /** Marks by every text node they cover: hit-testing looks here, never at all marks. */
  readonly touching = new Map<Text, MarkedMention[]>();
  private readonly pending: Array<{ mention: MarkedMention; type: string }> = [];
  private readonly unambiguous = new Set<string>();
  private readonly observers: MutationObserver[] = [];
  /** Open shadow roots being watched: hit-testing must be told about them to see inside. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly dirty = new Set<Node>();
  private mutationTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private order = 0;
  private readonly firstSeen = new Map<string, number>();
  /** The registry name each type's highlight shows under (null: not shown). */
  private nameFor: (type: string) => string | null = (type) => HIGHLIGHT_PREFIX + type;
  private readonly shownAs = new Map<string, string>();
  /** Drawable marks by block element, and the blocks near the viewport now. */
  private readonly byContainer = new Map<Element, Set<MarkedMention>>();
  private readonly nearViewport = new Set<Element>();
  private readonly visibility: IntersectionObserver | null;

  constructor(options: ScannerOptions) {
    this.options = options;
    this.recognizer = options.recognizer;
    this.visibility =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.onVisibility(entries), { rootMargin: DRAWN_MARGIN })
        : null;
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    if (this.stopped) return;
    for (const entry of entries) {
      const marks = this.byContainer.get(entry.target);
      if (!marks) continue;
      // No box at all (display: contents, or not laid out yet): it cannot be judged, so draw.
      const { width, height } = entry.boundingClientRect;
      const near = entry.isIntersecting || (width === 0 && height === 0);
      if (near === this.nearViewport.has(entry.target)) continue;
      if (near) this.nearViewport.add(entry.target);
      else this.nearViewport.delete(entry.target);
      for (const mark of marks) {
        const highlight = this.highlightFor(this.typeOf(mark.entityId));
        if (near) highlight.add(mark.range);
        else highlight.delete(mark.range);
      }
    }
  }

  /** Scans a root (document or shadow root) and keeps watching it. */
  start(root: Document | ShadowRoot): Promise<void> {
    this.observe(root);
    return this.enqueue(root);
  }

  stop(): void {
    this.stopped = true;
    for (const observer of this.observers) observer.disconnect();
    this.visibility?.disconnect();
    this.shadowRoots.length = 0;
    this.byContainer.clear();
    this.nearViewport.clear();
    if (this.mutationTimer) clearTimeout(this.mutationTimer);
    for (const [type, highlight] of this.highlights) this.unregister(type, highlight);
    this.highlights.clear();
    this.byNode.clear();
    this.touching.clear();
  }

  /** Resolves when every scan queued so far has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  summary(): PageEntitySummary[] {
    const counts = new Map<string, number>();
    for (const marks of this.byNode.values())
      for (const m of marks) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    return [...counts]
      .map(([id, count]) => ({ id, count, firstIndex: this.firstSeen.get(id) ?? 0 }))
      .sort((a, b) => a.firstIndex - b.firstIndex);
  }

  /** All marks of one entity in document order of discovery. */
  mentionsOf(entityId: string): MarkedMention[] {
    const out: MarkedMention[] = [];
    for (const marks of this.byNode.values()) for (const m of marks) if (m.entityId === entityId) out.push(m);
    return out;
  }

  private enqueue(root: Node): Promise<void> {
    this.queue = this.queue
      .then(() => this.scan(root))
      .catch((error: unknown) => {
        console.warn('[techlens] scan failed', error);
      });
    return this.queue;
  }

  private async scan(root: Node): Promise<void> {
    const now = this.options.now ?? (() => performance.now());
    const yieldToPage = this.options.yieldToPage ?? defaultYield;
    const shadows: ShadowRoot[] = [];
    let sliceStart = now();
    const blocks = iterateTextBlocks(root, { exclude: this.options.exclude, onShadowRoot: (s) => shadows.push(s) });
    for (const block of blocks) {
      for (let from = 0; from < block.text.length;) {
        if (this.stopped) return;
        from = this.markWindow(block, from, Math.min(block.text.length, from + WINDOW));
        if (now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          sliceStart = now();
        }
      }
      if (now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = now();
      }
    }
    for (const shadow of shadows) {
      this.observe(shadow);
      await this.scan(shadow);
    }
    this.options.onChange?.();
  }

  /** Marks the mentions starting in block.text[from, to); returns where the next window starts. */
  private markWindow(block: TextBlock, from: number, to: number): number {
    const { certain, needsPage, unambiguousIds, folded, next } = this.recognizer.classify(block.text, from, to);
    for (const id of unambiguousIds) this.unambiguous.add(id);
    for (const mention of certain) this.mark(block, mention);
    // An aside, a comment or a footer gets no say from the article's evidence.
    const reached = needsPage.length > 0 && (!block.nodes[0] || pageEvidenceReaches(sectionOf(block.nodes[0])));
    for (const mention of reached ? needsPage : []) {
      const confirmed = pageConfirms(mention, this.unambiguous.size, this.recognizer.byId, (cue) =>
        folded.includes(cue),
      );
      const marked = this.toMarked(block, mention);
      if (confirmed) this.add(marked);
      else this.pending.push({ mention: marked, type: this.typeOf(mention.entityId) });
    }
    // The page just became "about tech": ambiguous mentions seen earlier now count.
    if (this.pending.length && this.unambiguous.size >= 2) {
      for (const { mention } of this.pending.splice(0)) if (mention.node.isConnected) this.add(mention);
    }
    return next;
  }

  private typeOf(entityId: string): string {
    return this.recognizer.byId.get(entityId)?.type ?? 'company';
  }

  private toMarked(block: TextBlock, mention: Mention): MarkedMention {
    const start = locate(block, mention.start);
    const end = locate(block, mention.end, true);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    return {
      entityId: mention.entityId,
      container: containerElement(start.node),
      range,
      node: start.node,
      nodes: block.nodes.slice(start.index, end.index + 1),
    };
  }

  private mark(block: TextBlock, mention: Mention): void {
    this.add(this.toMarked(block, mention));
  }

  private add(marked: MarkedMention): void {
    const list = this.byNode.get(marked.node) ?? [];
    list.push(marked);
    this.byNode.set(marked.node, list);
    if (!this.firstSeen.has(marked.entityId)) this.firstSeen.set(marked.entityId, this.order++);
    if (list.length > MAX_MARKS_PER_TEXT_NODE) return;
    for (const node of marked.nodes) {
      const touching = this.touching.get(node) ?? [];
      touching.push(marked);
      this.touching.set(node, touching);
    }
    const { container } = marked;
    let drawable = this.byContainer.get(container);
    if (!drawable) {
      drawable = new Set();
      this.byContainer.set(container, drawable);
      if (this.visibility) this.visibility.observe(container);
      else this.nearViewport.add(container);
    }
    drawable.add(marked);
    if (this.nearViewport.has(container)) this.highlightFor(this.typeOf(marked.entityId)).add(marked.range);
    else this.highlightFor(this.typeOf(marked.entityId)); // registered now, drawn when near
  }

  private highlightFor(type: string): Highlight {
    let highlight = this.highlights.get(type);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(type, highlight);
    }
    this.register(type, highlight);
    return highlight;
  }

  /**
   * How each type's marks are shown: the registry name to use (each name has its own rule in the
   * content stylesheet), or null to hide them. Changing style re-registers the highlights under
   * other names: no stylesheet change, so no restyle of a huge page.
   */
  setPresentation(nameFor: (type: string) => string | null): void {
    this.nameFor = nameFor;
    this.reassert();
  }

  /** Restores our highlights if the page deleted them from the registry. */
  reassert(): void {
    for (const [type, highlight] of this.highlights) this.register(type, highlight);
  }

  private register(type: string, highlight: Highlight): void {
    const name = this.nameFor(type);
    const previous = this.shownAs.get(type);
    if (previous !== undefined && previous !== name) this.unregister(type, highlight);
    if (name === null) return;
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    this.shownAs.set(type, name);
  }

  private unregister(type: string, highlight: Highlight): void {
    // Never touch the page's own highlights: only the name we used, only if it is still ours.
    const name = this.shownAs.get(type);
    if (name !== undefined && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.shownAs.delete(type);
  }

  private observe(root: Node): void {
    if (root instanceof ShadowRoot) {
      if (this.shadowRoots.includes(root)) return;
      this.shadowRoots.push(root);
    }
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.dirty.add(record.target);
        for (const node of record.addedNodes) this.dirty.add(node);
        if (record.removedNodes.length) this.dirty.add(record.target);
      }
      if (!this.mutationTimer) this.mutationTimer = setTimeout(() => this.flushMutations(), MUTATION_BATCH_MS);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
  }

  private flushMutations(): void {
    this.mutationTimer = null;
    if (this.stopped) return;
    const changed = [...this.dirty];
    this.dirty.clear();
    // Rescan each changed region from its enclosing block element, once.
    const containers = new Set<Node>();
    for (const node of changed) {
      const container = blockContainer(node);
      if (
        container &&
        container.isConnected &&
        !(this.options.exclude && container instanceof Element && this.options.exclude(container))
      )
        containers.add(container);
    }
    const roots = [...containers].filter((c) => ![...containers].some((other) => other !== c && other.contains(c)));
    this.dropMarks((node) => !node.isConnected || roots.some((r) => r.contains(node)));
    for (const root of roots) void this.enqueue(root);
    if (!roots.length) this.options.onChange?.();
  }

  private dropMarks(stale: (node: Text) => boolean): void {
    for (const [node, marks] of this.byNode) {
      if (!stale(node)) continue;
      for (const m of marks) {
        this.highlights.get(this.typeOf(m.entityId))?.delete(m.range);
        const drawable = this.byContainer.get(m.container);
        if (drawable?.delete(m) && !drawable.size) {
          this.byContainer.delete(m.container);
          this.nearViewport.delete(m.container);
          this.visibility?.unobserve(m.container);
        }
        for (const covered of m.nodes) {
          const rest = this.touching.get(covered)?.filter((t) => t !== m) ?? [];
          if (rest.length) this.touching.set(covered, rest);
          else this.touching.delete(covered);
        }
      }
      this.byNode.delete(node);
    }
  }
}

/** The element whose box decides whether a mark in `text` is near the viewport. */
function containerElement(text: Text): Element {
  const block = blockContainer(text);
  if (block instanceof Element) return block;
  // Text right under a shadow root or document: its host, or the root element.
  if (block instanceof ShadowRoot) return block.host;
  return text.parentElement ?? text.ownerDocument.documentElement;
}

/** The nearest ancestor that is a block (text flows across inline elements). */
function blockContainer(node: Node): Node | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1 && isInline(current as Element)) current = current.parentNode;
  return current;
}
