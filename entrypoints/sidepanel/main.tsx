import './style.css';
import '../../lib/ui/popover.css';
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import corpusData from '../../.generated/corpus.json';
import foldPairs from '../../.generated/fold-pairs.json';
import type { CompiledCorpus } from '../../lib/corpus/compile';
import { fold, tableFromPairs } from '../../lib/text/fold';
import { NotesDb } from '../../lib/notes/db';
import { createNote, isQuotaError } from '../../lib/notes/store';
import { buildRelatedIndex, relatedArticles } from '../../lib/related/related';
import { browserTranslator, localeFor } from '../../lib/ui/strings';
import { PageView } from '../../lib/ui/panel/page-view';
import { RelatedView } from '../../lib/ui/panel/related-view';
import { recoverDrafts } from '../../lib/notes/drafts';
import { NotesView, flushPendingSaves } from '../../lib/ui/panel/notes-view';
import { DEFAULT_SETTINGS, isActiveOn, scriptFor, withSite, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import {
  pageSender,
  parseMessage,
  type AnchorStatus,
  type OpenPanelRequest,
  type PageEntitiesMessage,
  type PageMessage,
} from '../../lib/messages';

const corpus = corpusData as unknown as CompiledCorpus;
const relatedIndex = buildRelatedIndex(corpus);
const foldTable = tableFromPairs(foldPairs as number[]);
const foldForSearch = (text: string) => fold(text, foldTable);
const db = new NotesDb();
const t = browserTranslator();
const locale = localeFor(browser.i18n.getUILanguage());
document.documentElement.lang = locale === 'en' ? 'en' : locale === 'zh_TW' ? 'zh-Hant' : 'zh-Hans';
const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
// Text typed into a panel that was killed before it could save (open editors follow the live query).
void recoverDrafts(db, localStorage).catch((e: unknown) => console.warn('[techlens] draft recovery failed', e));

/** The tab this panel follows: ?tab=ID (tests, a pinned panel), else the active tab of its window. */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || null;

type PanelTab = 'page' | 'related' | 'notes';
type StoredRequest = OpenPanelRequest & { tabId: number; at: number };
/** Requests already acted on: the initial read and a change event can both see the same one. */
const handledRequests = new Set<number>();

function sendToPage<T extends PageMessage['type']>(tabId: number, message: Extract<PageMessage, { type: T }>) {
  return pageSender((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }))(message);
}

function App() {
  const [tabId, setTabId] = useState<number | null>(pinnedTab);
  const [page, setPage] = useState<PageEntitiesMessage | null>(null);
  const [anchors, setAnchors] = useState<Map<string, AnchorStatus>>(new Map());
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<PanelTab>('page');
  const [selected, setSelected] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const script = scriptFor(settings, page?.script ?? (locale === 'zh_TW' ? 'hant' : 'hans'));

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  // Follow the active tab as the reader switches tabs (a pinned panel stays on its tab).
  useEffect(() => {
    if (pinnedTab !== null) return;
    const follow = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id ?? null);
    };
    void follow();
    const onActivated = () => void follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  const loadPage = useCallback(async () => {
    if (tabId === null) return setPage(null);
    const pageKey = `page:${tabId}`;
    const anchorsKey = `anchors:${tabId}`;
    const stored = await browser.storage.session.get([pageKey, anchorsKey]);
    const message = parseMessage(stored[pageKey]);
    const next = message?.type === 'page-entities' ? message : null;
    setPage(next);
    const anchorMessage = parseMessage(stored[anchorsKey]);
    setAnchors(
      anchorMessage?.type === 'note-anchors' && anchorMessage.url === next?.url
        ? new Map(anchorMessage.anchors.map((a) => [a.id, a.status]))
        : new Map(),
    );
  }, [tabId]);

  const addNote = useCallback(
    async (entityIds: string[], quote: OpenPanelRequest['note'], id?: string) => {
      const url = quote?.url || page?.url;
      if (!url) return;
      try {
        const note = await createNote(db, {
          ...(id !== undefined && { id }),
          url,
          pageTitle: quote?.title || page?.title || '',
          quote: quote?.quote
            ? {
                exact: quote.quote,
                prefix: quote.prefix,
                suffix: quote.suffix,
                ...(quote.position ? { position: quote.position } : {}),
              }
            : null,
          entityIds,
        });
        setView('notes');
        setFocusId(note.id);
        if (tabId !== null) void sendToPage(tabId, { type: 'refresh-notes' });
      } catch (e) {
        setError(isQuotaError(e) ? t('quotaError') : t('saveError', String(e)));
      }
    },
    [page, tabId],
  );

  // An upgrade of the notes database waits while an older Tech Lens page keeps it open: say so.
  useEffect(() => {
    const onBlocked = () => setError(t('notesBlocked'));
    db.on('blocked', onBlocked);
    return () => db.on('blocked').unsubscribe(onBlocked);
  }, []);

  /** A request from the popover, context menu or a command for this panel's tab. */
  const handleRequest = useCallback(async () => {
    const { panelRequest } = await browser.storage.session.get('panelRequest');
    const request = panelRequest as StoredRequest | undefined;
    if (!request || request.tabId !== tabId || handledRequests.has(request.at) || !parseMessage(request)) return;
    handledRequests.add(request.at);
    await browser.storage.session.remove('panelRequest');
    if (request.entityId) {
      setSelected(request.entityId);
      setView('page');
    }
    // The request's own id: another panel of this tab may be acting on it too.
    if (request.note)
      await addNote(request.entityId ? [request.entityId] : [], request.note, `request-${request.tabId}-${request.at}`);
  }, [tabId, addNote]);

  useEffect(() => {
    setSelected(null);
    void loadPage();
  }, [loadPage]);
  useEffect(() => {
    void handleRequest();
    const onChanged = (changes: Record<string, unknown>) => {
      if (tabId !== null && (`page:${tabId}` in changes || `anchors:${tabId}` in changes)) void loadPage();
      if ('panelRequest' in changes) void handleRequest();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, [tabId, loadPage, handleRequest]);

  const related = useMemo(
    () =>
      page
        ? relatedArticles(
            relatedIndex,
            { entityCounts: page.entities.map((e) => ({ id: e.id, count: e.count })) },
            script,
            8,
          )
        : [],
    [page, script],
  );
  const entityName = useCallback((id: string) => entityById.get(id)?.name[script] ?? id, [script]);
  const active = page ? isActiveOn(settings, page.url) : true;
  const isWebPage = !!page && /^https?:/.test(page.url);

  const tabs: Array<[PanelTab, string]> = [
    ['page', t('tabPage')],
    ['related', t('tabRelated')],
    ['notes', t('tabNotes')],
  ];

  return (
    <>
      <header class="panel-header">
        <div class="title-row">
          <h1>{t('extName')}</h1>
          {isWebPage && (
            <button
              type="button"
              class="site-toggle"
              aria-pressed={!active}
              onClick={() => void updateSettings((s) => withSite(s, page.url, !active))}
            >
              {active ? t('turnOffSite') : t('turnOnSite')}
            </button>
          )}
          <button
            type="button"
            class="icon"
            aria-label={t('settings')}
            title={t('settings')}
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            ⚙
          </button>
        </div>
        {page && <p class="page-title">{page.title}</p>}
        <nav class="tabs" role="tablist">
          {tabs.map(([value, text]) => (
            <button
              key={value}
              type="button"
              role="tab"
              id={`tab-${value}`}
              aria-selected={view === value}
              aria-controls="view"
              onClick={() => setView(value)}
            >
              {text}
              {value === 'page' && page?.entities.length ? <span class="count">{page.entities.length}</span> : null}
            </button>
          ))}
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div id="view" role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'page' && (
          <PageView
            corpus={corpus}
            page={page}
            script={script}
            t={t}
            selected={selected}
            onSelect={setSelected}
            onReveal={(entityId) => tabId !== null && void sendToPage(tabId, { type: 'reveal-entity', entityId })}
            onAddNote={(entityId) => void addNote([entityId], null)}
          />
        )}
        {view === 'related' && (
          <RelatedView
            items={related}
            hasPage={!!page}
            t={t}
            onOpen={(articleId) =>
              void browser.tabs.create({
                url: browser.runtime.getURL(`/reader.html?article=${encodeURIComponent(articleId)}` as '/reader.html'),
              })
            }
            onSelectEntity={(id) => {
              setSelected(id);
              setView('page');
            }}
          />
        )}
        {view === 'notes' && (
          <NotesView
            db={db}
            t={t}
            pageUrl={page?.url ?? null}
            entityName={entityName}
            fold={foldForSearch}
            anchors={anchors}
            focusId={focusId}
            onCreate={async () => {
              const quote = tabId === null ? null : await sendToPage(tabId, { type: 'selection-quote' });
              await addNote(
                selected ? [selected] : [],
                quote && page ? { ...quote, url: page.url, title: page.title } : null,
              );
            }}
            onReveal={(noteId) => tabId !== null && void sendToPage(tabId, { type: 'reveal-note', noteId })}
            onNotesChanged={() => tabId !== null && void sendToPage(tabId, { type: 'refresh-notes' })}
          />
        )}
      </div>
    </>
  );
}

// Autosave is debounced; hiding or closing the panel flushes what is pending.
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushPendingSaves());
addEventListener('pagehide', flushPendingSaves);

render(<App />, document.getElementById('app')!);
