import './style.css';
import popoverCss from '../../lib/ui/popover.css?inline';
import recognizerData from '../../.generated/recognizer.json';
import { Recognizer, type RecognizerData } from '../../lib/match/recognizer';
import { PageScanner, type MarkedMention } from '../../lib/page/scanner';
import { isChinesePage, sampleText } from '../../lib/page/language';
import { UI_ATTRIBUTE } from '../../lib/page/ui-marker';
import { HoverController } from '../../lib/page/hover';
import { markAtPoint } from '../../lib/page/hit-test';
import { quoteAround } from '../../lib/page/quote';
import { Popover } from '../../lib/ui/popover';
import { renderCard, renderMessage } from '../../lib/ui/card-view';
import { label } from '../../lib/ui/labels';
import type { EntityCardRequest, EntityCardResponse, OpenPanelRequest, PageEntitiesMessage, ScriptChoice } from '../../lib/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const sample = document.body ? sampleText(document.body) : '';
    if (!isChinesePage(document.documentElement.lang, sample)) return;
    const recognizer = new Recognizer(recognizerData as RecognizerData);
    const script: ScriptChoice = recognizer.isTraditional(sample) ? 'hant' : 'hans';

    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        const message: PageEntitiesMessage = { type: 'page-entities', url: location.href, title: document.title, script, entities: scanner.summary() };
        // The background may be asleep or the extension reloaded: the next change re-sends.
        browser.runtime.sendMessage(message).catch(() => {});
      }, 300);
    };
    const scanner = new PageScanner({
      recognizer,
      exclude: (element) => element.hasAttribute(UI_ATTRIBUTE),
      onChange: report,
    });
    ctx.onInvalidated(() => scanner.stop());
    void scanner.start(document);
    // Keeps our highlights registered if the page's scripts delete them.
    ctx.setInterval(() => scanner.reassert(), 2000);

    // Cards are fetched from the background once per entity and kept for the page's lifetime.
    const cards = new Map<string, Promise<EntityCardResponse>>();
    const fetchCard = (entityId: string) => {
      let pending = cards.get(entityId);
      if (!pending) {
        const request: EntityCardRequest = { type: 'entity-card', entityId, script };
        pending = (browser.runtime.sendMessage(request) as Promise<EntityCardResponse | undefined>)
          .then((r) => r ?? { ok: false as const, error: 'no answer' })
          .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
        pending.then((r) => !r.ok && cards.delete(entityId));
        cards.set(entityId, pending);
      }
      return pending;
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'techlens-popover',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: popoverCss,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'pointerdown', 'mousedown', 'click'],
      onMount: (container, _shadow, host) => {
        host.setAttribute(UI_ATTRIBUTE, '');
        return new Popover(container);
      },
    });
    ui.mount();
    const popover = ui.mounted!;
    let shownMark: MarkedMention | null = null;

    const liveRange = (mark: MarkedMention) => {
      const range = document.createRange();
      range.setStart(mark.range.startContainer, mark.range.startOffset);
      range.setEnd(mark.range.endContainer, mark.range.endOffset);
      return range;
    };

    const showEntity = async (entityId: string, mark: MarkedMention) => {
      shownMark = mark;
      renderMessage(popover.element, label.word('loading', script));
      popover.show(liveRange(mark));
      const response = await fetchCard(entityId);
      if (shownMark !== mark) return;
      if (!response.ok) {
        renderMessage(popover.element, label.word('unavailable', script));
        return;
      }
      renderCard(popover.element, response.card, script, {
        openEntity: (id) => void showEntity(id, mark),
        openPanel: (id) => openPanel(id, null),
        addNote: (id) => openPanel(id, mark),
        close: () => hover.close(),
      });
    };

    const openPanel = (entityId: string, mark: MarkedMention | null) => {
      const note = mark ? { ...quoteAround(liveRange(mark)), url: location.href, title: document.title } : null;
      const request: OpenPanelRequest = { type: 'open-panel', entityId, note };
      browser.runtime.sendMessage(request).catch(() => {});
    };

    const hover = new HoverController({
      hitTest: (x, y) => markAtPoint(x, y, scanner.touching),
      prefetch: (mark) => void fetchCard(mark.entityId),
      show: (mark) => void showEntity(mark.entityId, mark),
      hide: () => {
        shownMark = null;
        popover.hide();
      },
      inPopover: (event) => popover.contains(event),
    });
    ctx.addEventListener(document, 'pointermove', (e) => hover.onPointerMove(e as PointerEvent), { passive: true });
    ctx.addEventListener(document, 'pointerdown', (e) => hover.onPointerDown(e as PointerEvent), { passive: true });
    ctx.addEventListener(document, 'keydown', (e) => hover.onKeyDown(e as KeyboardEvent));
    popover.element.addEventListener('pointerleave', () => hover.onPopoverLeave());
    popover.element.addEventListener('keydown', (e) => hover.onKeyDown(e));
  },
});
