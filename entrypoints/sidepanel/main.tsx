import './style.css';
import '../../lib/ui/popover.css';
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import corpusData from '../../.generated/corpus.json';
import foldPairs from '../../.generated/fold-pairs.json';
import type { CompiledCorpus } from '../../lib/corpus/compile';
import { fold, tableFromPairs } from '../../lib/text/fold';
import { TechLensDb } from '../../lib/library/db';
import { createNote, notesForUrl } from '../../lib/notes/store';
import { exportBackup, importBackup, readBackupFile } from '../../lib/library/backup';
import { backupImportText, backupProblemText } from '../../lib/ui/backup-problem';
import { exportArticleMarkdown } from '../../lib/library/markdown-export';
import { Autosaver } from '../../lib/notes/autosave';
import { recoverDrafts } from '../../lib/notes/drafts';
import { buildRelatedIndex, relatedArticles } from '../../lib/related/related';
import { browserTranslator, documentLang, localeFor } from '../../lib/ui/strings';
import { PageView } from '../../lib/ui/panel/page-view';
import { RelatedView } from '../../lib/ui/panel/related-view';
import { NotesView } from '../../lib/ui/panel/notes-view';
import { saveErrorText } from '../../lib/ui/panel/errors';
import { errorText } from '../../lib/ui/card-view';
import { useLiveQuery } from '../../lib/ui/panel/common';
import { useSettings } from '../../lib/ui/use-settings';
import { isActiveOn, scriptFor, withSite } from '../../lib/settings/settings';
import { updateSettings } from '../../lib/settings/store';
import { followTab } from '../../lib/panel/follow-tab';
import { newNoteFrom, requestNoteId, type NoteSeed } from '../../lib/panel/new-note';
import { readTab, takePanelRequest, watchTab, type TabState } from '../../lib/tab-session';
import { backgroundSender, pageSender, type PageMessage } from '../../lib/messages';
import { LibraryView } from '../../lib/ui/panel/library-view';
import { libraryBackend } from '../../lib/panel/library-backend';
import { followSaves } from '../../lib/panel/follow-saves';
import type { SaveStatus } from '../../lib/panel/save-status';
import { refusalText } from '../../lib/ui/library-refusal';
import type { ScriptConverter } from '../../lib/panel/entity-draft';
import type { TimelineItem } from '../../lib/panel/library-services';
import { dismissedKeys, listReaderEntities } from '../../lib/library/store';
import { allSavedArticles, libraryForEntity } from '../../lib/library/entity-library';
import { entityTimeline, libraryEntityCard } from '../../lib/library/card';
import type { ExtractedPage, ReaderEntity, SavedArticle } from '../../lib/library/model';
import type { RecognizerData } from '../../lib/match/recognizer';
import { isSavedArticleId, savedArticleId } from '../../lib/library/ids';
import { normalizeUrl } from '../../lib/notes/url';
import { httpUrl } from '../../lib/web/http-url';

const corpus = corpusData as unknown as CompiledCorpus;
const foldTable = tableFromPairs(foldPairs);
const foldForSearch = (text: string) => fold(text, foldTable);
const db = new TechLensDb();
const autosaver = new Autosaver();
const t = browserTranslator();
const locale = localeFor(browser.i18n.getUILanguage());
document.documentElement.lang = documentLang(locale);
const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
/** Folded bundled names (not blockers) → entity id: "is this name taken", "who is this owner". */
const bundledNames = new Map(
  corpus.names.flatMap((n) => (n.blocker || !n.entityIds[0] ? [] : [[n.key, n.entityIds[0]]])),
);
const toBackground = backgroundSender((message) => browser.runtime.sendMessage(message));

/** The processor loads opencc and the segmenter the first time a page is saved. */
type Processor = (page: ExtractedPage, now: number) => Promise<SavedArticle>;
let processor: Promise<Processor> | null = null;
const process: Processor = async (page, now) => {
  processor ??= Promise.all([import('../../lib/panel/processing'), import('../../.generated/recognizer.json')]).then(
    ([processing, recognizer]) =>
      processing.panelProcessor({
        corpus,
        lexicon: (recognizer.default as unknown as RecognizerData).lexicon,
        foldPairs,
        library: async () => ({ readerEntities: await listReaderEntities(db), dismissed: await dismissedKeys(db) }),
      }),
  );
  return (await processor)(page, now);
};

const library = libraryBackend({
  db,
  fold: foldForSearch,
  bundledIdOf: (key) => bundledNames.get(key) ?? null,
  process,
  rebuildRecognizer: async () => {
    const reply = await toBackground({ type: 'rebuild-recognizer' });
    if (reply && !reply.ok) throw new Error(reply.error);
    return reply?.collisions ?? [];
  },
  timeline: async (entityId, script): Promise<TimelineItem[]> => {
    return entityTimeline(corpus, await libraryForEntity(db, entityId), entityId, script).map(({ date, claim }) => {
      const source = claim.sources[0];
      return {
        date,
        text: claim.text,
        source: [source?.title, source?.site].filter(Boolean).join(' · '),
        fromLibrary: !!source && isSavedArticleId(source.articleId),
      };
    });
  },
  exportBackup: async () => ({
    name: `techlens-backup-${new Date().toISOString().slice(0, 10)}.json`,
    type: 'application/json',
    content: await exportBackup(db),
  }),
  importBackup: async (file) => {
    const parsed = await readBackupFile(file);
    if (!parsed.ok) return { ok: false, error: backupProblemText(t, parsed.problem) };
    return { ok: true, done: backupImportText(t, await importBackup(db, parsed.backup)) };
  },
  articleMarkdown: async (article) => {
    const readers = new Map((await listReaderEntities(db)).map((e) => [e.id, e]));
    const name = (id: string) => {
      const entity = entityById.get(id) ?? readers.get(id);
      return entity ? entity.name[article.script] : id;
    };
    return {
      name: `${article.title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80) || 'article'}.md`,
      type: 'text/markdown',
      content: exportArticleMarkdown(article, await notesForUrl(db, article.url), { entityName: name }),
    };
  },
  refusalText: (refusal) => refusalText(t, refusal),
});
// Text typed into a panel that was killed before it could save (open editors follow the live query).
void recoverDrafts(db, localStorage).catch((e: unknown) => console.warn('[techlens] draft recovery failed', e));

/** The tab this panel follows: ?tab=ID (tests, a pinned panel), else the active tab of its window. */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || null;

type PanelTab = 'page' | 'related' | 'notes' | 'library';
/** Requests already acted on: the initial read and a change event can both see the same one. */
const handledRequests = new Set<number>();
const NO_TAB: TabState = { page: null, anchors: new Map() };

function sendToPage<T extends PageMessage['type']>(tabId: number, message: Extract<PageMessage, { type: T }>) {
  return pageSender((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }))(message);
}

function App() {
  const [tabId, setTabId] = useState<number | null>(pinnedTab);
  const [{ page, anchors }, setTabState] = useState<TabState>(NO_TAB);
  const settings = useSettings();
  const [view, setView] = useState<PanelTab>('page');
  const [selected, setSelected] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ phase: 'idle' });
  const [entityRequest, setEntityRequest] = useState<{ name: string; at: number } | null>(null);
  const [convert, setConvert] = useState<ScriptConverter | null>(null);
  const script = scriptFor(settings, page?.script ?? (locale === 'zh_TW' ? 'hant' : 'hans'));
  const readerEntities = useLiveQuery(() => listReaderEntities(db), [], [] as ReaderEntity[]);
  // Saved articles join the related ones; read (with their text) only while that view is open.
  const savedForRelated = useLiveQuery(
    () => (view === 'related' ? allSavedArticles(db) : Promise.resolve([])),
    [view],
    [] as SavedArticle[],
  );
  const relatedIndex = useMemo(() => buildRelatedIndex(corpus, savedForRelated), [savedForRelated]);

  useEffect(() => followTab(pinnedTab, setTabId), []);

  const loadPage = useCallback(async () => {
    setTabState(tabId === null ? NO_TAB : await readTab(tabId));
  }, [tabId]);

  const addNote = useCallback(
    async (entityIds: string[], seed: NoteSeed, id?: string) => {
      const draft = newNoteFrom(entityIds, seed, page, id);
      if (!draft) return;
      try {
        const note = await createNote(db, draft);
        setView('notes');
        setFocusId(note.id);
        if (tabId !== null) void sendToPage(tabId, { type: 'refresh-notes' });
      } catch (e) {
        setError(saveErrorText(t, e));
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
    if (tabId === null) return;
    const request = await takePanelRequest(tabId, handledRequests);
    if (!request) return;
    if (request.entityId) {
      setSelected(request.entityId);
      setView('page');
    }
    if (request.newEntity) {
      setEntityRequest({ name: request.newEntity, at: request.at });
      setView('library');
    }
    // The request's own id: another panel of this tab may be acting on it too.
    if (request.note) await addNote(request.entityId ? [request.entityId] : [], request.note, requestNoteId(request));
  }, [tabId, addNote]);

  useEffect(() => {
    setSelected(null);
    void loadPage();
  }, [loadPage]);

  // A save of this tab's article: the library shows each step and then what was found.
  useEffect(() => {
    if (tabId === null) return;
    setSaveStatus({ phase: 'idle' });
    return followSaves(
      tabId,
      library,
      (status) => {
        setSaveStatus(status);
        setView('library');
      },
      (id) =>
        browser.tabs.get(id).then(
          () => true,
          () => false,
        ),
    );
  }, [tabId]);

  // opencc (about 1 MB) loads when the library is first shown: the entity form fills in both scripts.
  useEffect(() => {
    if (view === 'library' && !convert)
      void import('../../lib/text/convert').then(({ toSimplified, toTraditional }) =>
        setConvert({ toSimplified, toTraditional }),
      );
  }, [view, convert]);
  useEffect(() => {
    void handleRequest();
    if (tabId === null) return;
    return watchTab(tabId, { onState: () => void loadPage(), onRequest: () => void handleRequest() });
  }, [tabId, loadPage, handleRequest]);

  /** A note on the page's selection (or without a quote), linked to the chosen entity. */
  const createFromSelection = async () => {
    const quote = tabId === null ? null : await sendToPage(tabId, { type: 'selection-quote' });
    await addNote(selected ? [selected] : [], quote && page ? { ...quote, url: page.url, title: page.title } : null);
  };

  const related = useMemo(
    () =>
      page
        ? relatedArticles(
            relatedIndex,
            { entityCounts: page.entities.map((e) => ({ id: e.id, count: e.count })) },
            script,
            9,
          )
            // The page itself, when the reader saved it, is not related to itself.
            .filter((a) => !httpUrl(page.url) || a.articleId !== savedArticleId(normalizeUrl(page.url)))
            .slice(0, 8)
        : [],
    [page, script, relatedIndex],
  );
  const readerById = useMemo(() => new Map(readerEntities.map((e) => [e.id, e])), [readerEntities]);
  const entityName = useCallback(
    (id: string) => entityById.get(id)?.name[script] ?? readerById.get(id)?.name[script] ?? id,
    [script, readerById],
  );
  const entityInfo = useCallback(
    (id: string) => {
      const found = entityById.get(id) ?? readerById.get(id);
      return found ? { name: found.name[script], type: found.type } : null;
    },
    [script, readerById],
  );
  // Every claim on the card, the corpus's and the library's (updated when either changes).
  const loadCard = useCallback(
    async (entityId: string) =>
      libraryEntityCard(corpus, await libraryForEntity(db, entityId), entityId, script, Number.POSITIVE_INFINITY),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [script, readerEntities],
  );
  const ownerNames = useMemo(
    () => [...corpus.entities.map((e) => e.name[script]), ...readerEntities.map((e) => e.name[script])],
    [script, readerEntities],
  );
  const active = page ? isActiveOn(settings, page.url) : true;
  const isWebPage = !!page && !!httpUrl(page.url);

  const tabs: Array<[PanelTab, string]> = [
    ['page', t('tabPage')],
    ['related', t('tabRelated')],
    ['notes', t('tabNotes')],
    ['library', t('tabLibrary')],
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
              onClick={() =>
                void updateSettings((s) => withSite(s, page.url, !active)).then(
                  () => setError(null),
                  (e: unknown) => setError(t('settingsNotSaved', errorText(e))),
                )
              }
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
            entity={entityInfo}
            loadCard={loadCard}
            page={page}
            t={t}
            selected={selected}
            onSelect={setSelected}
            onReveal={(entityId) => tabId !== null && void sendToPage(tabId, { type: 'reveal-entity', entityId })}
            onAddNote={(entityId) => void addNote([entityId], null)}
          />
        )}
        {view === 'related' && (
          <RelatedView
            // The library's names (reader entities) as the panel knows them.
            items={related.map((a) => ({ ...a, shared: a.shared.map((e) => ({ ...e, name: entityName(e.id) })) }))}
            hasPage={!!page}
            t={t}
            onOpen={(articleId) =>
              void browser.tabs.create({
                url: browser.runtime.getURL(
                  `/reader.html?${isSavedArticleId(articleId) ? 'saved' : 'article'}=${encodeURIComponent(articleId)}` as '/reader.html',
                ),
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
            autosaver={autosaver}
            pageUrl={page?.url ?? null}
            entityName={entityName}
            fold={foldForSearch}
            anchors={anchors}
            focusId={focusId}
            onCreate={() => void createFromSelection()}
            onReveal={(noteId) => tabId !== null && void sendToPage(tabId, { type: 'reveal-note', noteId })}
            onNotesChanged={() => tabId !== null && void sendToPage(tabId, { type: 'refresh-notes' })}
          />
        )}
        {view === 'library' &&
          (convert ? (
            <LibraryView
              t={t}
              script={script}
              services={library}
              convert={convert}
              entityName={entityName}
              ownerNames={ownerNames}
              canSavePage={isWebPage}
              onSavePage={() => tabId !== null && void toBackground({ type: 'save-article', tabId })}
              save={saveStatus}
              entityRequest={entityRequest}
              selectedText={async () => {
                const quote = tabId === null ? null : await sendToPage(tabId, { type: 'selection-quote' });
                // A name, not a paragraph: a long selection starts an empty form.
                const text = quote?.exact.trim() ?? '';
                return text.length <= 40 ? text : '';
              }}
              onOpenReader={(articleId) =>
                void browser.tabs.create({
                  url: browser.runtime.getURL(`/reader.html?saved=${encodeURIComponent(articleId)}` as '/reader.html'),
                })
              }
            />
          ) : (
            <p class="empty">{t('loading')}</p>
          ))}
      </div>
    </>
  );
}

// Hiding or closing the panel saves what is pending at once.
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void autosaver.flushAll());
addEventListener('pagehide', () => void autosaver.flushAll());

render(<App />, document.getElementById('app')!);
