import popoverCss from '../../lib/ui/popover.css?inline';
import '../../lib/page/highlights.css';
import recognizerData from '../../.generated/recognizer.json';
import { Recognizer, type RecognizerData } from '../../lib/match/recognizer';
import { isChinesePage, sampleText } from '../../lib/page/language';
import { UI_ATTRIBUTE } from '../../lib/page/ui-marker';
import { Lens } from '../../lib/page/lens';
import { Popover } from '../../lib/ui/popover';
import { browserTranslator } from '../../lib/ui/strings';
import { isActiveOn, isSiteDisabled, withSite, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import type { ScriptChoice } from '../../lib/core/script';
import { backgroundSender, NO_REPLY, pageListener } from '../../lib/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc and about:blank frames (comment widgets, embedded articles) take their parent's origin.
  matchOriginAsFallback: true,
  async main(ctx) {
    const sample = document.body ? sampleText(document.body) : '';
    if (!isChinesePage(document.documentElement.lang, sample)) return;
    const recognizer = new Recognizer(recognizerData as RecognizerData);
    const pageScript: ScriptChoice = recognizer.isTraditional(sample) ? 'hant' : 'hans';
    const isTop = window === window.top;
    // Only the site entries that cover this page: a few keys, however many sites are off.
    let settings: Settings = await loadSettings(location.href);
    const t = browserTranslator();

    // Once the extension is reloaded or removed, every call into it throws: stop quietly.
    const send = backgroundSender((message) =>
      ctx.isValid ? browser.runtime.sendMessage(message) : Promise.resolve(undefined),
    );

    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      if (!isTop) return;
      clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        void send({
          type: 'page-entities',
          url: location.href,
          title: document.title.slice(0, 1000),
          script: lens.script,
          entities: lens.summary(),
        });
      }, 300);
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

    const lens = new Lens({
      recognizer,
      popover: ui.mounted!,
      t,
      pageScript,
      settings,
      exclude: (element) => element.hasAttribute(UI_ATTRIBUTE),
      onReport: report,
      turnOffSite: isTop ? () => updateSettings((current) => withSite(current, location.href, false)) : undefined,
      fetchCard: async (entityId, script) =>
        (await send({ type: 'entity-card', entityId, script })) ?? { ok: false, error: 'no answer' },
      openPanel: (entityId, quote) =>
        void send({
          type: 'open-panel',
          entityId,
          note: quote ? { ...quote, url: location.href, title: document.title.slice(0, 1000) } : null,
        }),
    });

    /** The reader's quotes on this page, found again and marked (top frame only: notes key by page). */
    const anchorNotes = async () => {
      if (!isTop || !lens.running) return;
      const response = await send({ type: 'page-notes', url: location.href });
      if (!response?.ok) return;
      await lens.idle();
      void send({ type: 'note-anchors', url: location.href, anchors: lens.anchorNotes(response.notes) });
    };

    const apply = () => {
      const active = isActiveOn(settings, location.href);
      lens.updateSettings(settings);
      if (active && !lens.running) {
        lens.start(document);
        void anchorNotes();
      } else if (!active && lens.running) {
        lens.stop();
        report();
      }
    };
    apply();
    const unwatch = watchSettings((next) => {
      settings = next;
      apply();
      report();
    }, location.href);

    ctx.onInvalidated(() => {
      // The page first: every extension API throws from now on, removing listeners included.
      lens.stop();
      ui.remove();
      try {
        unwatch();
      } catch {
        // The listener went with the extension context.
      }
    });
    // Keeps our highlights registered if the page's scripts delete them.
    ctx.setInterval(() => lens.reassert(), 2000);
    ctx.addEventListener(document, 'pointermove', (e) => lens.onPointerMove(e), { passive: true });
    ctx.addEventListener(document, 'pointerdown', (e) => lens.onPointerDown(e), { passive: true });
    ctx.addEventListener(document, 'keydown', (e) => lens.onKeyDown(e));
    // Back/forward cache and in-page navigation: tell the panel what this page has again.
    ctx.addEventListener(window, 'pageshow', report);
    ctx.addEventListener(window, 'wxt:locationchange', report);

    browser.runtime.onMessage.addListener(
      pageListener<Browser.runtime.MessageSender>(
        {
          'reveal-entity': (message) => lens.revealEntity(message.entityId),
          'reveal-note': (message) => lens.revealNote(message.noteId),
          'refresh-notes': () => void anchorNotes(),
          'selection-quote': () => {
            // Every frame is asked when the frame is unknown; only one with a selection answers.
            const quote = lens.selectionQuote();
            return quote || isTop ? quote : NO_REPLY;
          },
          'toggle-marks': () => {
            if (isTop)
              void updateSettings((current) =>
                withSite(current, location.href, isSiteDisabled(current, location.href)),
              );
          },
        },
        (sender) => sender.id === browser.runtime.id && ctx.isValid,
      ),
    );
  },
});
