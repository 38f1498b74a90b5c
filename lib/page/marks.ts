/**
 * The marks found on a page and the two ways they are looked up: by the text node a mark starts
 * in (counting, dropping the marks of changed or removed text) and by every text node it covers
 * (hit-testing asks only about the node under the pointer). Counts per entity are kept as marks
 * come and go, so a report costs the number of entities, not the number of marks.
 */

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

/**
 * A mention found on the page. Its StaticRange is made when first asked for: only marks near
 * the viewport are drawn, so on a long page most never need one, and every range is a DOM
 * object the garbage collector has to process (measured: scavenges of 100+ ms on a loaded
 * machine while a 1 MB page was marked).
 */
export class Mark implements MarkedMention {
  readonly entityId: string;
  readonly container: Element;
  readonly node: Text;
  readonly nodes: Text[];
  private readonly startOffset: number;
  private readonly endNode: Text;
  private readonly endOffset: number;
  private made: StaticRange | null = null;

  constructor(
    entityId: string,
    container: Element,
    nodes: Text[],
    start: { node: Text; offset: number },
    end: { node: Text; offset: number },
  ) {
    this.entityId = entityId;
    this.container = container;
    this.node = start.node;
    this.nodes = nodes;
    this.startOffset = start.offset;
    this.endNode = end.node;
    this.endOffset = end.offset;
  }

  get range(): StaticRange {
    this.made ??= new StaticRange({
      startContainer: this.node,
      startOffset: this.startOffset,
      endContainer: this.endNode,
      endOffset: this.endOffset,
    });
    return this.made;
  }
}

export interface PageEntitySummary {
  id: string;
  count: number;
  /** Document order of the first mention among all found (0 = first on the page). */
  firstIndex: number;
}

/**
 * Marks drawn per text node. Chromium keeps each text node's highlight ranges in a sorted list
 * it rebuilds on style changes: 129,000 ranges in one megabyte text node froze a page for 29 s
 * per frame. Mentions past the cap are still counted (panel, reveal), just not drawn.
 */
export const MAX_MARKS_PER_TEXT_NODE = 1000;

export class MarkIndex {
  private readonly byNode = new Map<Text, MarkedMention[]>();
  private readonly byCoveredNode = new Map<Text, MarkedMention[]>();
  private readonly counts = new Map<string, number>();
  /** Order in which entities were first found; kept when their marks go (bounded by entities). */
  private readonly firstSeen = new Map<string, number>();
  private total = 0;

  /** Number of marks held. */
  get size(): number {
    return this.total;
  }

  /** Adds a mark; returns whether it may be drawn (its text node is under the cap). */
  add(mark: MarkedMention): boolean {
    let list = this.byNode.get(mark.node);
    if (!list) {
      list = [];
      this.byNode.set(mark.node, list);
    }
    list.push(mark);
    this.total++;
    this.counts.set(mark.entityId, (this.counts.get(mark.entityId) ?? 0) + 1);
    if (!this.firstSeen.has(mark.entityId)) this.firstSeen.set(mark.entityId, this.firstSeen.size);
    if (list.length > MAX_MARKS_PER_TEXT_NODE) return false;
    for (const node of mark.nodes) {
      const covering = this.byCoveredNode.get(node);
      if (covering) covering.push(mark);
      else this.byCoveredNode.set(node, [mark]);
    }
    return true;
  }

  /** Removes and returns the marks that start in `node`. */
  removeAt(node: Text): MarkedMention[] {
    const marks = this.byNode.get(node);
    if (!marks) return [];
    this.byNode.delete(node);
    this.total -= marks.length;
    for (const mark of marks) {
      const left = (this.counts.get(mark.entityId) ?? 1) - 1;
      if (left) this.counts.set(mark.entityId, left);
      else this.counts.delete(mark.entityId);
      for (const covered of mark.nodes) {
        const rest = this.byCoveredNode.get(covered)?.filter((m) => m !== mark) ?? [];
        if (rest.length) this.byCoveredNode.set(covered, rest);
        else this.byCoveredNode.delete(covered);
      }
    }
    return marks;
  }

  /** Drawn marks that cover `node`. */
  covering(node: Text): readonly MarkedMention[] {
    return this.byCoveredNode.get(node) ?? [];
  }

  /** All marks of one entity, drawn or not. */
  mentionsOf(entityId: string): MarkedMention[] {
    const out: MarkedMention[] = [];
    for (const marks of this.byNode.values()) for (const m of marks) if (m.entityId === entityId) out.push(m);
    return out;
  }

  summary(): PageEntitySummary[] {
    return [...this.counts]
      .map(([id, count]) => ({ id, count, firstIndex: this.firstSeen.get(id) ?? 0 }))
      .sort((a, b) => a.firstIndex - b.firstIndex);
  }

  clear(): void {
    this.byNode.clear();
    this.byCoveredNode.clear();
    this.counts.clear();
    this.total = 0;
  }
}
