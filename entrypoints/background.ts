import corpusData from '../.generated/corpus.json';
import bundledRecognizer from '../.generated/recognizer.json';
import allFoldPairs from '../.generated/fold-pairs.json';
import wordTable from '../.generated/word-table.json';
import { libraryEntityCard } from '../lib/library/card';
import { libraryForEntity } from '../lib/library/entity-library';
import type { CompiledCorpus } from '../lib/corpus/compile';
import { TechLensDb } from '../lib/library/db';
import { notesForUrl } from '../lib/notes/store';
import { browserTranslator } from '../lib/ui/strings';
import { forgetTab, readTab, requestPanel, saveNoteAnchors, savePageReport } from '../lib/tab-session';
import { runExtraction } from '../lib/library/save-job';
import {
  backgroundListener,
  pageSender,
  type EntityCardResponse,
  type PageNotesResponse,
  type RebuildRecognizerResponse,
} from '../lib/messages';
import type { RecognizerData } from '../lib/match/recognizer';
import { recognizerBuilder } from '../lib/library/recognizer-builder';
import { loadReaderEntities } from '../lib/library/reader-entities-source';
import { saveRecognizer } from '../lib/recognizer-store';
import { scriptVariants } from '../lib/text/convert';

const corpus = corpusData as unknown as CompiledCorpus;
const ADD_NOTE_MENU = 'techlens-add-note';
/** On the toolbar button's own menu: the site switch in one click from the toolbar. */
const TOGGLE_SITE_MENU = 'techlens-toggle-site';
const SAVE_ARTICLE_MENU = 'techlens-save-article';
const ADD_ENTITY_MENU = 'techlens-add-entity';

export default defineBackground(() => {
  const t = browserTranslator();
  const db = new TechLensDb();
  // The toolbar button opens the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  // The recognizer content scripts load: bundled names plus the reader's, rebuilt when either changes.
  const rebuildRecognizer = recognizerBuilder({
    bundled: bundledRecognizer as RecognizerData,
    allFoldPairs,
    wordTable,
    converters: () => ({ scriptVariants }),
    loadReaderEntities: () => loadReaderEntities(db),
    save: saveRecognizer,
  });
  browser.runtime.onStartup.addListener(() => void rebuildRecognizer());

  browser.runtime.onInstalled.addListener(() => {
    void rebuildRecognizer();
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: ADD_NOTE_MENU, title: t('contextAddNote'), contexts: ['selection'] });
      browser.contextMenus.create({ id: TOGGLE_SITE_MENU, title: t('commandToggleMarks'), contexts: ['action'] });
      browser.contextMenus.create({
        id: SAVE_ARTICLE_MENU,
        title: t('contextSaveArticle'),
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
      browser.contextMenus.create({ id: ADD_ENTITY_MENU, title: t('contextAddEntity'), contexts: ['selection'] });
    });
  });

  /** A note on the reader's selection: the page computes the quote; the menu's text is the fallback. */
  const noteOnSelection = async (
    tabId: number,
    frameId: number | undefined,
    fallbackText: string | undefined,
    url: string | undefined,
  ) => {
    const quote = await pageSender((message) =>
      browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }),
    )({ type: 'selection-quote' });
    const { page } = await readTab(tabId);
    const seed = quote ?? (fallbackText ? { exact: fallbackText.slice(0, 10_000), prefix: '', suffix: '' } : null);
    await requestPanel(tabId, {
      entityId: null,
      note: seed ? { ...seed, url: page?.url ?? url ?? '', title: page?.title ?? '' } : null,
    });
  };

  /** Marks on or off for the tab's site: the page knows its own site; the worker cannot read tab addresses (no "tabs" permission). */
  const toggleSite = (tabId: number) => {
    void pageSender((message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }))({ type: 'toggle-marks' });
  };

  /**
   * Saving: the panel opens (inside the caller's user gesture) and says "saving"; the article is
   * extracted by a script injected into the page only now; the panel processes and stores it.
   */
  const saveArticle = (tabId: number) => {
    try {
      // Throws at once outside a user gesture (a request from the panel itself, already open).
      void browser.sidePanel.open({ tabId }).catch(() => undefined);
    } catch {
      // The panel that asked is open already.
    }
    void runExtraction(tabId, async () => {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        files: ['/extract.js'],
      });
      return frame?.result;
    });
  };

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === TOGGLE_SITE_MENU) toggleSite(tab.id);
    else if (info.menuItemId === SAVE_ARTICLE_MENU) saveArticle(tab.id);
    else if (info.menuItemId === ADD_ENTITY_MENU) {
      void browser.sidePanel.open({ tabId: tab.id });
      void requestPanel(tab.id, {
        entityId: null,
        note: null,
        newEntity: (info.selectionText ?? '').trim().slice(0, 200),
      });
    } else if (info.menuItemId === ADD_NOTE_MENU) {
      // sidePanel.open must run inside the click's user gesture, before any await.
      void browser.sidePanel.open({ tabId: tab.id });
      void noteOnSelection(tab.id, info.frameId, info.selectionText, info.pageUrl);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'open-panel') void browser.sidePanel.open({ tabId: tab.id });
    else if (command === 'add-note') {
      void browser.sidePanel.open({ tabId: tab.id });
      void noteOnSelection(tab.id, undefined, undefined, undefined);
    } else if (command === 'toggle-marks') toggleSite(tab.id);
    else if (command === 'save-article') saveArticle(tab.id);
  });

  browser.runtime.onMessage.addListener(
    backgroundListener<Browser.runtime.MessageSender>(
      {
        'page-entities': (message, sender) => {
          const tabId = sender.tab?.id;
          if (tabId === undefined || sender.frameId !== 0) return;
          // What each tab shows goes to session storage: it outlives this worker's sleep.
          void savePageReport(tabId, message);
          void browser.action.setBadgeText({
            tabId,
            text: message.entities.length ? String(message.entities.length) : '',
          });
          void browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
        },
        'entity-card': (message) =>
          // Corpus and library together: the saved articles that mention it and the reader's entities.
          libraryForEntity(db, message.entityId)
            .then((library): EntityCardResponse => ({
              ok: true,
              card: libraryEntityCard(corpus, library, message.entityId, message.script),
            }))
            .catch((error: unknown): EntityCardResponse => ({ ok: false, error: String(error).slice(0, 1000) })),
        'open-panel': (message, sender) => {
          // The click that sent this is the user gesture sidePanel.open needs.
          const tabId = sender.tab?.id;
          if (tabId === undefined) return;
          void browser.sidePanel.open({ tabId });
          void requestPanel(tabId, { entityId: message.entityId, note: message.note });
        },
        'page-notes': (message) =>
          notesForUrl(db, message.url)
            .then((notes): PageNotesResponse => ({
              ok: true,
              notes: notes.flatMap((n) => (n.quote ? [{ id: n.id, quote: n.quote }] : [])),
            }))
            .catch((error: unknown): PageNotesResponse => ({ ok: false, error: String(error) })),
        'note-anchors': (message, sender) => {
          const tabId = sender.tab?.id;
          if (tabId !== undefined && sender.frameId === 0) void saveNoteAnchors(tabId, message);
        },
        'save-article': (message, sender) => {
          // From the side panel: the tab it follows (named, since a panel shown in a tab has a tab
          // of its own); from a page's popover: its own tab (the click opens the panel).
          // A content script can only ever save its own tab, whatever the message names.
          const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
          const tabId = fromExtensionPage ? (message.tabId ?? sender.tab?.id) : sender.tab?.id;
          if (tabId !== undefined) saveArticle(tabId);
        },
        'rebuild-recognizer': () =>
          rebuildRecognizer().then((result): RebuildRecognizerResponse =>
            result.ok
              ? {
                  ok: true,
                  names: result.names,
                  readerEntities: result.readerEntities,
                  collisions: result.collisions.slice(0, 10_000),
                }
              : result,
          ),
      },
      (sender) => sender.id === browser.runtime.id,
    ),
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: what the old one reported is gone (its content script re-reports).
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
