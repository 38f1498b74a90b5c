/**
 * Finds and marks corpus entities on a live page. All work, the first scan and the rescans of
 * changed content alike, goes through one queue drained in slices of a few milliseconds that
 * yield to the page, so neither a megabyte page nor an append storm becomes a long task. Marks
 * are CSS highlights over StaticRanges (live Ranges would slow every DOM change the page
 * makes), drawn only near the viewport; counts and reveal use all marks.
 *
 * The jobs live in their own modules: the mark indexes (marks.ts), page-wide evidence for
 * ambiguous names (page-evidence.ts), the highlight registry (mark-highlights.ts), visibility
 * (near-viewport.ts), mutation batching (mutation-batch.ts) and slicing (slice-clock.ts). This
 * class only routes between them; nothing outside reaches into their state.
 */
import type { Recognizer } from '../match/recognizer';
import { pageConfirms, type Mention } from '../match/evidence';
import { PageDeclarations, type NewDeclaration } from '../match/declared-names';
import { iterateTextBlocks, locate, type TextBlock } from './text-blocks';
import { pageEvidenceReaches, sectionOf } from './section';
import { Mark, MarkIndex, type MarkedMention, type PageEntitySummary } from './marks';
import { PageEvidence } from './page-evidence';
import { MarkHighlights } from './mark-highlights';
import { NearViewport } from './near-viewport';
import { MutationBatcher, blockContainer, type MutationBatch } from './mutation-batch';
import { SliceClock, type SliceTiming } from './slice-clock';
import { markAtPoint } from './hit-test';
import { precedesOnPage } from './document-order';

export type { MarkedMention, PageEntitySummary } from './marks';
export { MAX_MARKS_PER_TEXT_NODE } from './marks';
export { HIGHLIGHT_PREFIX } from './mark-highlights';

/** Characters matched per step inside one block: a megabyte text node is cut into windows. */
const WINDOW = 16_384;
/** Text nodes dropped between two looks at the clock. */
const DROP_STEP = 256;

export interface ScannerOptions extends SliceTiming {
  recognizer: Recognizer;
  /** Elements the scanner must leave alone (our own UI). */
  exclude?: (element: Element) => boolean;
  /** Called (throttled by the caller if needed) when the marks may have changed. */
  onChange?: () => void;
}

/**
 * One unit of queued work: forget what was held for a subtree, scan one, or mark the uses of a
 * short name the page declared in the blocks after `after` that were read before it (`index`).
 */
type Work =
  | { drop: Node; withShadows: boolean }
  | { scan: Node }
  | { declared: NewDeclaration<Text>; after: Text; index: number };

export class PageScanner {
  private readonly recognizer: Recognizer;
  private readonly options: ScannerOptions;
  private readonly marks = new MarkIndex();
  private readonly evidence = new PageEvidence();
  private readonly highlights = new MarkHighlights();
  private readonly viewport: NearViewport;
  private readonly mutations: MutationBatcher;
  private readonly work: Work[] = [];
  /** Short names the page has declared so far (（以下简称“X”）); they hold in the blocks after theirs. */
  private readonly declarations = new PageDeclarations<Text>(precedesOnPage);
  /** Declarations found so far; each block (by its first text node) remembers how many it was read with. */
  private declarationCount = 0;
  private readonly readWith = new WeakMap<Text, number>();
  private draining: Promise<void> = Promise.resolve();
  /** Set and cleared synchronously, so work scheduled at any moment is never left in the queue. */
  private drainRunning = false;
  private stopped = false;

  constructor(options: ScannerOptions) {
    this.options = options;
    this.recognizer = options.recognizer;
    this.viewport = new NearViewport((marks, near) => {
      if (this.stopped) return;
      for (const mark of marks) {
        if (near) this.highlights.show(this.typeOf(mark.entityId), mark.range);
        else this.highlights.hide(this.typeOf(mark.entityId), mark.range);
      }
    });
    this.mutations = new MutationBatcher((batch) => this.onMutations(batch), options.exclude);
  }

  /** Scans a root (document or shadow root) and keeps watching it. */
  start(root: Document | ShadowRoot): Promise<void> {
    // Every type's highlight registered before the scan: registering one restyles the page, and
    // on a 100,000-node page a trace showed the scan's next visibility check paying 63 ms for it.
    for (const entity of this.recognizer.entities) this.highlights.ensure(entity.type);
    this.mutations.observe(root);
    this.schedule([{ scan: root }]);
    return this.idle();
  }

  stop(): void {
    this.stopped = true;
    this.work.length = 0;
    this.mutations.disconnect();
    this.viewport.disconnect();
    this.highlights.clear();
    this.marks.clear();
    this.evidence.clear();
  }

  /** Resolves when every piece of work queued so far has finished. */
  idle(): Promise<void> {
    return this.draining;
  }

  /**
   * Whether work is queued or running, page changes are gathered for it, or new marks wait for
   * their first visibility check: false only once every mark the page's current content calls
   * for is found and, if near the viewport, drawn.
   */
  get busy(): boolean {
    return !this.stopped && (this.drainRunning || this.mutations.pending || this.viewport.pending);
  }

  summary(): PageEntitySummary[] {
    return this.marks.summary();
  }

  /** All marks of one entity, drawn or not. */
  mentionsOf(entityId: string): MarkedMention[] {
    return this.marks.mentionsOf(entityId);
  }

  /** The drawn mark under a point of the viewport, if any. */
  markAt(x: number, y: number): MarkedMention | null {
    return markAtPoint(x, y, (node) => this.marks.covering(node), this.mutations.shadowRoots);
  }

  /** Marks and waiting ambiguous mentions held: bounded by what is in the DOM. */
  held(): number {
    return this.marks.size + this.evidence.waiting;
  }

  /** How each type's marks are shown: the registry name to use, or null to hide them. */
  setPresentation(nameFor: (type: string) => string | null): void {
    this.highlights.setPresentation(nameFor);
  }

  /** Restores our highlights if the page deleted them from the registry. */
  reassert(): void {
    this.highlights.reassert();
  }

  private onMutations({ removed, roots }: MutationBatch): void {
    if (this.stopped) return;
    // Forget removed content first, then what each rescanned block held, then rescan it.
    this.schedule([
      ...removed.map((node) => ({ drop: node, withShadows: true })),
      ...roots.map((root) => ({ drop: root, withShadows: false })),
      ...roots.map((root) => ({ scan: root })),
    ]);
  }

  private schedule(items: Work[]): void {
    for (const item of items) this.work.push(item);
    if (this.drainRunning) return;
    this.drainRunning = true;
    this.draining = this.drain();
  }

  /** Runs queued work in slices until the queue is empty (work queued meanwhile included). */
  private async drain(): Promise<void> {
    const clock = new SliceClock(this.options);
    try {
      // Never in the caller's task: starting the lens is work enough for one task.
      await clock.pause();
      for (let i = 0; i < this.work.length && !this.stopped; i++) {
        const item = this.work[i]!;
        if ('scan' in item) {
          await this.scan(item.scan, clock);
          this.options.onChange?.();
        } else if ('declared' in item) {
          await this.markLateUses(item.declared, item.after, item.index, clock);
          this.options.onChange?.();
        } else await this.drop(item.drop, item.withShadows, clock);
        // Also between items: thousands of tiny rescans or drops add up.
        if (clock.due()) await clock.pause();
        // Done items go in chunks: a queue of thousands is never shifted one by one.
        if (i >= 1024) {
          this.work.splice(0, i + 1);
          i = -1;
        }
      }
    } catch (error: unknown) {
      console.warn('[techlens] scan failed', error);
    }
    this.work.length = 0;
    this.drainRunning = false;
    if (!this.stopped) this.options.onChange?.();
  }

  private async scan(root: Node, clock: SliceClock): Promise<void> {
    if (!root.isConnected) return;
    const shadows: ShadowRoot[] = [];
    const blocks = iterateTextBlocks(root, { exclude: this.options.exclude, onShadowRoot: (s) => shadows.push(s) });
    for (const block of blocks) {
      this.readWith.set(block.nodes[0]!, this.declarationCount);
      for (let from = 0; from < block.text.length;) {
        if (this.stopped) return;
        from = this.markWindow(block, from, Math.min(block.text.length, from + WINDOW));
        if (clock.due()) await clock.pause();
      }
    }
    // Shadow roots met for the first time are watched and scanned in turn.
    for (const shadow of shadows) if (this.mutations.observe(shadow)) this.work.push({ scan: shadow });
  }

  /** Forgets every mark and waiting mention in a subtree (and its shadow roots if it left the page). */
  private async drop(root: Node, withShadows: boolean, clock: SliceClock): Promise<void> {
    const pending: Node[] = [root];
    let steps = 0;
    while (pending.length) {
      const top = pending.pop()!;
      if (top instanceof ShadowRoot) this.mutations.forget(top);
      const walker = (top.ownerDocument ?? (top as Document)).createTreeWalker(top, 0x1 | 0x4);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === 3) this.forgetText(node as Text);
        else if (withShadows && (node as Element).shadowRoot) pending.push((node as Element).shadowRoot!);
        if (++steps % DROP_STEP === 0 && clock.due()) await clock.pause();
      }
    }
  }

  private forgetText(node: Text): void {
    this.evidence.forget(node);
    for (const mark of this.marks.removeAt(node))
      if (this.viewport.untrack(mark)) this.highlights.hide(this.typeOf(mark.entityId), mark.range);
  }

  /** Marks the mentions starting in block.text[from, to); returns where the next window starts. */
  private markWindow(block: TextBlock, from: number, to: number): number {
    const { certain, needsPage, unambiguousIds, folded, offset, next } = this.recognizer.classify(block.text, from, to);
    this.evidence.noteUnambiguous(unambiguousIds);
    for (const mention of certain) this.add(this.toMarked(block, mention));
    this.markDeclaredNames(block, from, to, folded, offset, certain);
    // An aside, a comment or a footer gets no say from the article's evidence.
    const reached = needsPage.length > 0 && (!block.nodes[0] || pageEvidenceReaches(sectionOf(block.nodes[0])));
    for (const mention of reached ? needsPage : []) {
      const marked = this.toMarked(block, mention);
      const confirmed = pageConfirms(mention, this.evidence.unambiguousCount, this.recognizer.byId, (cue) =>
        folded.includes(cue),
      );
      if (confirmed) this.add(marked);
      else this.evidence.hold(marked);
    }
    // The page just became "about tech": ambiguous mentions seen earlier now count.
    for (const mark of this.evidence.release()) if (mark.node.isConnected) this.add(mark);
    return next;
  }

  /**
   * Uses of the page's declared short names in this window: those declared in blocks before this
   * one, and this block's own from where they stand. A declaration the page did not know yet
   * queues a look at the blocks after it that were read before it (a page adds its blocks in any
   * order: lazy paragraphs, a lead rendered last).
   */
  private markDeclaredNames(
    block: TextBlock,
    from: number,
    to: number,
    folded: string,
    offset: number,
    certain: Mention[],
  ): void {
    // `certain` holds only mentions starting in this window, so each declaration is seen once per scan of its block.
    const { uses, declared } = this.declarations.read(block.nodes[0]!, folded, inWindow(certain, offset));
    this.addWindowUses(block, from, to, offset, uses);
    for (const item of declared)
      this.work.push({ declared: item, after: block.nodes[block.nodes.length - 1]!, index: ++this.declarationCount });
  }

  private addWindowUses(block: TextBlock, from: number, to: number, offset: number, uses: Mention[]): void {
    for (const use of uses) {
      const start = use.start + offset;
      if (start >= from && start < to) this.add(this.toMarked(block, { ...use, start, end: use.end + offset }));
    }
  }

  /**
   * Marks one new declaration's uses in the blocks after its own that were read without it (and
   * before `until`, where the page already knew it from): a substring test on each such block,
   * the recognizer only on those holding the short name. Blocks read since hold it already.
   */
  private async markLateUses(
    { declaration, until }: NewDeclaration<Text>,
    after: Text,
    index: number,
    clock: SliceClock,
  ): Promise<void> {
    if (!after.isConnected) return;
    const surface = declaration.titled ? `《${declaration.name}》` : declaration.name;
    for (const block of iterateTextBlocks(after.getRootNode(), { exclude: this.options.exclude, after })) {
      if (this.stopped) return;
      const first = block.nodes[0]!;
      if (until && !precedesOnPage(first, until)) return;
      const readWith = this.readWith.get(first);
      if (readWith !== undefined && readWith < index && this.recognizer.fold(block.text).includes(surface)) {
        for (let from = 0; from < block.text.length;) {
          const to = Math.min(block.text.length, from + WINDOW);
          const { certain, folded, offset, next } = this.recognizer.classify(block.text, from, to);
          const uses = this.declarations.usesOf(declaration, first, folded, inWindow(certain, offset));
          this.addWindowUses(block, from, to, offset, uses);
          from = next;
        }
      }
      if (clock.due()) await clock.pause();
    }
  }

  private typeOf(entityId: string): string {
    return this.recognizer.byId.get(entityId)?.type ?? 'company';
  }

  private toMarked(block: TextBlock, mention: Mention): MarkedMention {
    const start = locate(block, mention.start);
    const end = locate(block, mention.end, true);
    const nodes = block.nodes.slice(start.index, end.index + 1);
    return new Mark(mention.entityId, containerElement(start.node), nodes, start, end);
  }

  private add(mark: MarkedMention): void {
    if (!this.marks.add(mark)) return;
    const type = this.typeOf(mark.entityId);
    if (this.viewport.track(mark)) this.highlights.show(type, mark.range);
    else this.highlights.ensure(type); // registered now, drawn when near
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

/** Mentions as offsets in the folded window that starts at `offset` of its block. */
function inWindow(mentions: readonly Mention[], offset: number): Mention[] {
  return mentions.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
}
