/**
 * Everything the reader sees on a page, wired together: the scanner's marks, their style, hover
 * and the popover, revealing a mention, and the reader's note quotes. The content script and the
 * extension's reader page both run it; they differ only in how cards are fetched and where
 * actions go.
 */
import type { Recognizer } from '../match/recognizer';
import type { AnchorStatus, EntityCardResponse } from '../messages';
import type { ScriptChoice } from '../core/script';
import type { Settings } from '../settings/settings';
import { PageScanner } from '../page/scanner';
import type { MarkedMention, PageEntitySummary } from '../page/marks';
import { HoverController, type HoverState } from '../page/hover';
import { acceptOnlyTrustedInput, trustedOnly } from '../page/trusted-input';
import { quoteAround } from '../page/quote';
import { selectionQuote } from '../page/selection';
import { ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, NOTE_HIGHLIGHT, highlightName } from '../page/highlight-style';
import { pageText, rangeFor } from '../page/page-text';
import { anchorQuote } from '../notes/anchor';
import type { TextQuoteSelector } from '../notes/selector';
import type { Popover } from '../ui/popover';
import { renderCard, renderMessage } from '../ui/card-view';
import type { Translate } from '../ui/strings';

/** A note's quote, as the page gets it to mark: never the note's text. */
export interface NoteQuote {
  id: string;
  quote: TextQuoteSelector;
}

export interface LensOptions {
  recognizer: Recognizer;
  popover: Popover;
  t: Translate;
  /** Script of the page's own text (corpus text follows it unless the reader chose one). */
  pageScript: ScriptChoice;
  settings: Settings;
  fetchCard: (entityId: string, script: ScriptChoice) => Promise<EntityCardResponse>;
  openPanel: (entityId: string | null, quote: TextQuoteSelector | null) => void;
  onReport: (entities: PageEntitySummary[]) => void;
  /** Absent on extension pages. */
  turnOffSite?: () => Promise<unknown> | void;
  /** Save this page to the reader's library; absent where there is no web page to save. */
  saveArticle?: () => void;
  exclude: (element: Element) => boolean;
}

const FLASH_MS = 1600;

export class Lens {
  private readonly options: LensOptions;
  private scanner: PageScanner | null = null;
  private readonly hover: HoverController;
  private settings: Settings;
  private shownMark: MarkedMention | null = null;
  private readonly active = new Highlight();
  private readonly flash = new Highlight();
  private readonly notes = new Highlight();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private noteRanges = new Map<string, StaticRange>();
  private recognizer: Recognizer;
  private root: Document | null = null;

  constructor(options: LensOptions) {
    this.options = options;
    this.recognizer = options.recognizer;
    this.settings = options.settings;
    options.popover.element.dataset.theme = options.settings.theme;
    this.hover = new HoverController({
      hitTest: (x, y) => (this.scanner ? this.visibleMark(this.scanner.markAt(x, y)) : null),
      prefetch: (mark) => void this.card(mark.entityId),
      show: (mark) => void this.showEntity(mark.entityId, mark),
      hide: () => {
        this.shownMark = null;
        this.active.clear();
        options.popover.hide();
      },
      inPopover: (event) => options.popover.contains(event),
      trigger: () => this.settings.trigger,
    });
    const popoverElement = options.popover.element;
    // Before our own listeners: a page's synthetic clicks and keys never reach a control.
    acceptOnlyTrustedInput(popoverElement);
    popoverElement.addEventListener('pointerleave', () => this.hover.onPopoverLeave());
    popoverElement.addEventListener('keydown', (e) => this.hover.onKeyDown(e));
  }

  get script(): ScriptChoice {
    return this.settings.script === 'page' ? this.options.pageScript : this.settings.script;
  }

  get running(): boolean {
    return this.scanner !== null;
  }

  /** Event handlers the caller attaches to the document (so it controls their lifetime). */
  /** Each ignores events the page forged: a page must not open or close the card. */
  readonly onPointerMove = trustedOnly((event: PointerEvent) => this.hover.onPointerMove(event));
  readonly onPointerDown = trustedOnly((event: PointerEvent) => this.hover.onPointerDown(event));
  readonly onKeyDown = trustedOnly((event: KeyboardEvent) => this.hover.onKeyDown(event));

  /** Starts marking (the lens starts stopped: the caller decides from settings). */
  start(root: Document): void {
    if (this.scanner) return;
    this.root = root;
    const scanner = new PageScanner({
      recognizer: this.recognizer,
      exclude: this.options.exclude,
      onChange: () => this.options.onReport(scanner.summary()),
    });
    this.scanner = scanner;
    this.applyTypes();
    for (const [name, highlight] of [
      [ACTIVE_HIGHLIGHT, this.active],
      [FLASH_HIGHLIGHT, this.flash],
      [NOTE_HIGHLIGHT, this.notes],
    ] as const)
      CSS.highlights.set(name, highlight);
    void scanner.start(root);
  }

  /**
   * New names (the reader's gazetteer changed): the page is scanned again with them, so marks
   * of new names appear and those of deleted ones go, without a reload. Note marks stay.
   */
  setRecognizer(recognizer: Recognizer): void {
    this.recognizer = recognizer;
    if (!this.scanner || !this.root) return;
    this.hover.close();
    this.scanner.stop();
    this.scanner = null;
    this.start(this.root);
  }

  /** Removes every mark at once (site turned off, pause, extension gone). */
  stop(): void {
    this.hover.close();
    this.scanner?.stop();
    this.scanner = null;
    for (const [name, highlight] of [
      [ACTIVE_HIGHLIGHT, this.active],
      [FLASH_HIGHLIGHT, this.flash],
      [NOTE_HIGHLIGHT, this.notes],
    ] as const) {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.noteRanges.clear();
    this.options.onReport([]);
  }

  idle(): Promise<void> {
    return this.scanner?.idle() ?? Promise.resolve();
  }

  /** The card and what the pointer has set in motion (see HoverController.state). */
  get hoverState(): HoverState {
    return this.hover.state;
  }

  /** Whether the scanner has work queued, running or gathering (see PageScanner.busy). */
  get busy(): boolean {
    return this.scanner?.busy ?? false;
  }

  summary(): PageEntitySummary[] {
    return this.scanner?.summary() ?? [];
  }

  updateSettings(settings: Settings): void {
    const scriptChanged = this.script !== (settings.script === 'page' ? this.options.pageScript : settings.script);
    this.settings = settings;
    this.options.popover.element.dataset.theme = settings.theme;
    if (scriptChanged) this.cards.clear();
    this.applyTypes();
  }

  /** Puts our highlights back if the page deleted them (never touching the page's own). */
  reassert(): void {
    if (!this.scanner) return;
    this.scanner.reassert();
    this.applyTypes();
    for (const [name, highlight] of [
      [ACTIVE_HIGHLIGHT, this.active],
      [FLASH_HIGHLIGHT, this.flash],
      [NOTE_HIGHLIGHT, this.notes],
    ] as const) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  /** Scrolls to an entity's first mention and flashes it. */
  revealEntity(entityId: string): boolean {
    const first = this.scanner?.mentionsOf(entityId).sort((a, b) => compareRanges(a.range, b.range))[0];
    if (!first) return false;
    this.flashRange(first.range);
    return true;
  }

  revealNote(noteId: string): boolean {
    const range = this.noteRanges.get(noteId);
    if (!range) return false;
    this.flashRange(range);
    return true;
  }

  /** Finds each note's quote on the page (exact, then fuzzy) and marks it; reports what was found. */
  anchorNotes(notes: readonly NoteQuote[]): Array<{ id: string; status: AnchorStatus }> {
    this.notes.clear();
    this.noteRanges.clear();
    if (!notes.length) return [];
    const page = pageText(document, { exclude: this.options.exclude });
    return notes.map(({ id, quote }) => {
      const found = anchorQuote(page.text, quote);
      const range = found ? rangeFor(page, found.start, found.end) : null;
      if (!found || !range) return { id, status: 'orphan' as const };
      this.notes.add(range);
      this.noteRanges.set(id, range);
      return { id, status: found.exact ? ('exact' as const) : ('fuzzy' as const) };
    });
  }

  /** The reader's selection as a quote for a new note, or null when nothing is selected. */
  selectionQuote(): TextQuoteSelector | null {
    return selectionQuote(document, this.options.exclude);
  }

  private flashRange(range: StaticRange): void {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const element = range.startContainer.parentElement;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    this.flash.clear();
    this.flash.add(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.flash.clear(), FLASH_MS);
  }

  /** Style and unmarked types: highlights move to other names or leave the registry, at once. */
  private applyTypes(): void {
    const { markedTypes, highlightStyle } = this.settings;
    this.scanner?.setPresentation((type) =>
      markedTypes.includes(type as never) ? highlightName(type, highlightStyle) : null,
    );
  }

  private visibleMark(mark: MarkedMention | null): MarkedMention | null {
    if (!mark) return null;
    const type = this.recognizer.byId.get(mark.entityId)?.type;
    return type && this.settings.markedTypes.includes(type) ? mark : null;
  }

  private readonly cards = new Map<string, Promise<EntityCardResponse>>();

  private card(entityId: string): Promise<EntityCardResponse> {
    let pending = this.cards.get(entityId);
    if (!pending) {
      pending = this.options
        .fetchCard(entityId, this.script)
        .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
      // A failure is not cached: the next hover asks again.
      void pending.then((response) => !response.ok && this.cards.delete(entityId));
      this.cards.set(entityId, pending);
    }
    return pending;
  }

  private async showEntity(entityId: string, mark: MarkedMention): Promise<void> {
    const { popover, t } = this.options;
    this.shownMark = mark;
    this.active.clear();
    this.active.add(mark.range);
    renderMessage(popover.element, t('loading'));
    popover.show(liveRange(mark.range));
    const response = await this.card(entityId);
    if (this.shownMark !== mark) return;
    if (!response.ok) {
      renderMessage(popover.element, t('unavailable'));
      return;
    }
    renderCard(popover.element, response.card, t, {
      openEntity: (id) => void this.showEntity(id, mark),
      openPanel: (id) => this.options.openPanel(id, null),
      addNote: (id) => this.options.openPanel(id, this.sentenceQuote(mark)),
      close: () => this.hover.close(),
      turnOffSite: this.options.turnOffSite,
      saveArticle: this.options.saveArticle,
    });
  }

  private sentenceQuote(mark: MarkedMention): TextQuoteSelector {
    return quoteAround(liveRange(mark.range));
  }
}

function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
