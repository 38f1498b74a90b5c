import popoverCss from '../../lib/ui/popover.css?inline';
import '../../lib/page/highlights.css';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { generationOf, loadOrRebuildRecognizer, watchRecognizer } from '../../lib/recognizer-store';
import { exposeStatus, type ContentPhase } from '../../lib/content/status';
import { whenChinese } from '../../lib/page/language-watch';
import { UI_ATTRIBUTE } from '../../lib/page/ui-marker';
import { Lens } from '../../lib/content/lens';
import { selectionQuote } from '../../lib/page/selection';
import { siteAddress } from '../../lib/page/site-address';
import { throttleWithMaxWait } from '../../lib/page/throttle';
import { yieldToPage } from '../../lib/page/slice-clock';
import { Popover } from '../../lib/ui/popover';
import { i18nTranslator } from '../../lib/ui/i18n-translator';
import { DEFAULT_SETTINGS, isActiveOn, isSiteDisabled, withSite, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import type { ScriptChoice } from '../../lib/core/script';
import { backgroundSender, NO_REPLY, pageListener } from '../../lib/messages';

/** Reports to the panel and badge wait for a quiet spell, but never longer than this (ms). */
const REPORT_QUIET_MS = 300;
const REPORT_MAX_WAIT_MS = 1000;

/**
 * WXT stops a content script when another copy announces itself with a DOM event named after
 * the extension id. A page that knows the id can forge it, and this extension never injects a
 * second copy (an orphaned copy finds out its context is gone by itself), so no announcement
 * is accepted: the event is stopped before WXT's listener on the document sees it.
 */
function refuseRestartAnnouncements(ctx: ContentScriptContext): void {
  // As WXT names it (ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, private in its types).
  const name = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  window.addEventListener(name, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc and about:blank frames (comment widgets, embedded articles) take their parent's origin.
  matchOriginAsFallback: true,
  // WXT's start-up handshake would also post the extension id to the page and every frame.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    refuseRestartAnnouncements(ctx);
    // What this script is doing, for tests to wait on (lib/content/status.ts): busy while it
    // starts, while a settings change is applied and while the lens scans; `generation` says
    // which stored recognizer the marks come from.
    let phase: ContentPhase = 'starting';
    let applying = 1; // the start, until its first apply() is over
    let generation = 0;
    let settings: Settings = DEFAULT_SETTINGS;
    let lens: Lens | null = null;
    exposeStatus(() => ({
      phase,
      generation,
      busy: applying > 0 || (lens?.busy ?? false),
      mentions: lens?.summary().reduce((n, entity) => n + entity.count, 0) ?? 0,
      hover: lens?.hoverState ?? null,
      settings,
    }));
    // Out of the task that evaluated this script: compiling it is that task's share.
    await yieldToPage();
    // Client-rendered pages may turn Chinese only when their content arrives.
    phase = 'waiting-for-chinese';
    applying--;
    const sample = await whenChinese(document, ctx.signal);
    if (sample === null) return;
    phase = 'starting';
    applying++;
    const isTop = window === window.top;
    // Only the site entries that cover this page: a few keys, however many sites are off.
    const site = () => siteAddress(location.href, origin);
    settings = await loadSettings(site());
    const t = i18nTranslator();
    const exclude = (element: Element) => element.hasAttribute(UI_ATTRIBUTE);
    const isOn = () => isActiveOn(settings, site());

    // Once the extension is reloaded or removed, every call into it throws: stop quietly.
    const send = backgroundSender((message) =>
      ctx.isValid ? browser.runtime.sendMessage(message) : Promise.resolve(undefined),
    );

    /**
     * `lens` is built the first time marks are on for this site: a frame on a site that is off
     * builds nothing. Null when no recognizer could be had (the page stays as it is).
     */
    let building: Promise<Lens | null> | null = null;
    let unwatchRecognizer = () => {};

    const report = throttleWithMaxWait(
      () => {
        void send({
          type: 'page-entities',
          url: location.href,
          title: document.title.slice(0, 1000),
          script: lens?.script ?? (settings.script === 'page' ? 'hans' : settings.script),
          entities: lens?.summary() ?? [],
        });
      },
      { waitMs: REPORT_QUIET_MS, maxWaitMs: REPORT_MAX_WAIT_MS },
    );
    const reportIfTop = () => {
      if (isTop) report();
    };

    /** The reader's quotes on this page, found again and marked (top frame only: notes key by page). */
    const anchorNotes = async () => {
      if (!isTop || !lens?.running) return;
      const response = await send({ type: 'page-notes', url: location.href });
      if (!response?.ok || !lens?.running) return;
      await lens.idle();
      void send({ type: 'note-anchors', url: location.href, anchors: lens.anchorNotes(response.notes) });
    };

    const build = async (): Promise<Lens | null> => {
      // The background's stored recognizer (bundled and reader names); absent: it builds one.
      const recognizer = await loadOrRebuildRecognizer(() => send({ type: 'rebuild-recognizer' }));
      if (!recognizer || !ctx.isValid) return null;
      generation = generationOf(recognizer);
      // Each step its own task: the page keeps its thread between them.
      const pageScript: ScriptChoice = recognizer.isTraditional(sample) ? 'hant' : 'hans';
      await yieldToPage();
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
      await yieldToPage();
      const built = new Lens({
        recognizer,
        popover: ui.mounted!,
        t,
        pageScript,
        settings,
        exclude,
        onReport: reportIfTop,
        turnOffSite: isTop ? () => updateSettings((current) => withSite(current, location.href, false)) : undefined,
        // The background opens the panel (this click is its user gesture) and extracts the article.
        saveArticle: isTop ? () => void send({ type: 'save-article', tabId: null }) : undefined,
        fetchCard: async (entityId, script) =>
          (await send({ type: 'entity-card', entityId, script })) ?? { ok: false, error: 'no answer' },
        openPanel: (entityId, quote) =>
          void send({
            type: 'open-panel',
            entityId,
            note: quote ? { ...quote, url: location.href, title: document.title.slice(0, 1000) } : null,
          }),
      });
      // Keeps our highlights registered if the page's scripts delete them.
      ctx.setInterval(() => built.reassert(), 2000);
      ctx.addEventListener(document, 'pointermove', (e) => built.onPointerMove(e), { passive: true });
      ctx.addEventListener(document, 'pointerdown', (e) => built.onPointerDown(e), { passive: true });
      ctx.addEventListener(document, 'keydown', (e) => built.onKeyDown(e));
      lens = built;
      // The reader's names changed: open pages re-mark with the new recognizer.
      unwatchRecognizer = watchRecognizer((next) => {
        generation = generationOf(next);
        built.setRecognizer(next);
      });
      return built;
    };

    const apply = async () => {
      applying++;
      try {
        await applyNow();
      } finally {
        applying--;
      }
    };
    const applyNow = async () => {
      if (!lens && !isOn()) {
        phase = 'off';
        return;
      }
      building ??= build();
      const current = await building;
      if (!current) {
        building = null; // tried again at the next settings change
        phase = 'no-recognizer';
        return;
      }
      // Settings may have changed while the lens was being built: read them now.
      const active = isOn();
      current.updateSettings(settings);
      if (active && !current.running) {
        current.start(document);
        void anchorNotes();
      } else if (!active && current.running) {
        current.stop();
        reportIfTop();
      }
      phase = current.running ? 'on' : 'off';
    };
    await apply();
    applying--; // the start is over
    const unwatch = watchSettings((next) => {
      settings = next;
      void apply();
      reportIfTop();
    }, site());

    ctx.onInvalidated(() => {
      // The page first: every extension API throws from now on, removing listeners included.
      lens?.stop();
      report.cancel();
      try {
        unwatch();
        unwatchRecognizer();
      } catch {
        // The listener went with the extension context.
      }
    });
    // Back/forward cache and in-page navigation: tell the panel what this page has again.
    ctx.addEventListener(window, 'pageshow', reportIfTop);
    ctx.addEventListener(window, 'wxt:locationchange', reportIfTop);

    browser.runtime.onMessage.addListener(
      pageListener<Browser.runtime.MessageSender>(
        {
          'reveal-entity': (message) => lens?.revealEntity(message.entityId) ?? false,
          'reveal-note': (message) => lens?.revealNote(message.noteId) ?? false,
          'refresh-notes': () => void anchorNotes(),
          'selection-quote': () => {
            // Every frame is asked when the frame is unknown; only one with a selection answers.
            const quote = selectionQuote(document, exclude);
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
