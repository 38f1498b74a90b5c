/**
 * Page-wide evidence for ambiguous names (豆包, 苹果): once the page mentions enough unambiguous
 * entities it is "about tech", and ambiguous mentions seen before then count. Until that
 * happens they wait here, keyed by their text node, so a feed that removes old items also
 * removes what waited in them.
 */
import { PAGE_EVIDENCE_THRESHOLD } from '../match/evidence';
import type { MarkedMention } from './marks';

export class PageEvidence {
  private readonly unambiguous = new Set<string>();
  private readonly pending = new Map<Text, MarkedMention[]>();
  private pendingCount = 0;

  /** Distinct unambiguous entities seen (bounded by the gazetteer). */
  get unambiguousCount(): number {
    return this.unambiguous.size;
  }

  get aboutTech(): boolean {
    return this.unambiguous.size >= PAGE_EVIDENCE_THRESHOLD;
  }

  /** Ambiguous mentions waiting for the page to be about tech. */
  get waiting(): number {
    return this.pendingCount;
  }

  noteUnambiguous(ids: Iterable<string>): void {
    for (const id of ids) this.unambiguous.add(id);
  }

  hold(mark: MarkedMention): void {
    const list = this.pending.get(mark.node);
    if (list) list.push(mark);
    else this.pending.set(mark.node, [mark]);
    this.pendingCount++;
  }

  /** Once the page is about tech: every waiting mention, handed over and forgotten here. */
  release(): MarkedMention[] {
    if (!this.aboutTech || !this.pendingCount) return [];
    const out = [...this.pending.values()].flat();
    this.pending.clear();
    this.pendingCount = 0;
    return out;
  }

  /** Forgets the mentions waiting in `node` (removed or about to be rescanned). */
  forget(node: Text): void {
    const list = this.pending.get(node);
    if (!list) return;
    this.pending.delete(node);
    this.pendingCount -= list.length;
  }

  clear(): void {
    this.unambiguous.clear();
    this.pending.clear();
    this.pendingCount = 0;
  }
}
