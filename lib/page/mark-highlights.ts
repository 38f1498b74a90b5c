/**
 * One CSS Highlight per entity type, registered under the name the current presentation gives
 * that type (each name has its own static rule in lib/page/highlights.css). Changing the style
 * re-registers the highlights under other names: no stylesheet change, so no restyle of a huge
 * page. Only names we registered, and only while they still hold our highlight, are removed:
 * the page's own highlights are never touched.
 */
export const HIGHLIGHT_PREFIX = 'techlens-';

export class MarkHighlights {
  private readonly byType = new Map<string, Highlight>();
  /** The registry name each type's highlight shows under (null: not shown). */
  private nameFor: (type: string) => string | null = (type) => HIGHLIGHT_PREFIX + type;
  private readonly shownAs = new Map<string, string>();

  show(type: string, range: AbstractRange): void {
    this.highlightFor(type).add(range);
  }

  hide(type: string, range: AbstractRange): void {
    this.byType.get(type)?.delete(range);
  }

  /** Registers a type's highlight before any of its marks is drawn. */
  ensure(type: string): void {
    this.highlightFor(type);
  }

  /** How each type's marks are shown: the registry name to use, or null to hide them. */
  setPresentation(nameFor: (type: string) => string | null): void {
    this.nameFor = nameFor;
    this.reassert();
  }

  /** Restores our highlights if the page deleted them from the registry. */
  reassert(): void {
    for (const [type, highlight] of this.byType) this.register(type, highlight);
  }

  clear(): void {
    for (const [type, highlight] of this.byType) this.unregister(type, highlight);
    this.byType.clear();
  }

  private highlightFor(type: string): Highlight {
    let highlight = this.byType.get(type);
    if (!highlight) {
      highlight = new Highlight();
      this.byType.set(type, highlight);
    }
    this.register(type, highlight);
    return highlight;
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
    const name = this.shownAs.get(type);
    if (name !== undefined && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.shownAs.delete(type);
  }
}
