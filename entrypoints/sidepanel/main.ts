import './style.css';
import '../../lib/ui/popover.css';
import { liveQuery } from 'dexie';
import corpusData from '../../.generated/corpus.json';
import type { CompiledCorpus } from '../../lib/corpus/compile';
import { entityCard } from '../../lib/corpus/card';
import { renderCard } from '../../lib/ui/card-view';
import { NotesDb, type Note } from '../../lib/notes/db';
import { createNote, notesForUrl, updateNote } from '../../lib/notes/store';
import { parseMessage, type OpenPanelRequest, type PageEntitiesMessage, type ScriptChoice } from '../../lib/messages';

const corpus = corpusData as unknown as CompiledCorpus;
const db = new NotesDb();
const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The tab this panel follows: ?tab=ID (tests, pinned), else the active tab of this window. */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || null;
let tabId: number | null = pinnedTab;
let page: PageEntitiesMessage | null = null;
let selected: string | null = null;
let notesSubscription: { unsubscribe(): void } | null = null;
const pendingSaves = new Map<string, () => Promise<void>>();

function script(): ScriptChoice {
  return page?.script ?? 'hans';
}

function nameOf(id: string): string {
  return entityById.get(id)?.name[script()] ?? id;
}

function renderEntities(): void {
  const list = $('entities');
  list.replaceChildren();
  const entities = page?.entities ?? [];
  $('entities-empty').hidden = entities.length > 0;
  $('page-title').textContent = page?.title ?? '';
  for (const summary of entities) {
    if (!entityById.has(summary.id)) continue;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-pressed', String(summary.id === selected));
    button.textContent = nameOf(summary.id);
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(summary.count);
    button.append(count);
    button.addEventListener('click', () => select(summary.id === selected ? null : summary.id));
    item.append(button);
    list.append(item);
  }
}

function select(entityId: string | null): void {
  selected = entityId && entityById.has(entityId) ? entityId : null;
  renderEntities();
  $('card-section').hidden = !selected;
  if (!selected) return;
  // The panel shows every claim, not only the popover's top few.
  renderCard($('card'), entityCard(corpus, selected, script(), Number.POSITIVE_INFINITY), script(), {
    openEntity: (id) => select(id),
    addNote: (id) => void addNote({ entityIds: [id], quote: null }),
    close: () => select(null),
  });
}

function showError(message: string | null): void {
  $('notes-error').hidden = !message;
  $('notes-error').textContent = message ?? '';
}

function saveMessage(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return '磁盘空间不足，笔记没有保存；文字仍保留在输入框里。';
  return `笔记没有保存：${String(error)}；文字仍保留在输入框里。`;
}

function renderNotes(notes: Note[]): void {
  const list = $('notes');
  $('notes-empty').hidden = notes.length > 0;
  const focused = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.dataset.noteId : undefined;
  // A note being edited keeps its textarea (and the reader's cursor); others are redrawn.
  const keep = new Map([...list.querySelectorAll<HTMLElement>('.note')].map((el) => [el.dataset.noteId!, el]));
  list.replaceChildren(
    ...notes.map((note) => {
      const existing = keep.get(note.id);
      if (existing && note.id === focused) return existing;
      return noteElement(note);
    }),
  );
}

function noteElement(note: Note): HTMLElement {
  const item = document.createElement('li');
  item.className = 'note';
  item.dataset.noteId = note.id;
  if (note.quote) {
    const quote = document.createElement('blockquote');
    quote.textContent = note.quote.exact;
    item.append(quote);
  }
  const body = document.createElement('textarea');
  body.value = note.body;
  body.dataset.noteId = note.id;
  body.setAttribute('aria-label', '笔记内容');
  body.placeholder = '写下你的想法…';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async () => {
    clearTimeout(timer);
    pendingSaves.delete(note.id);
    try {
      await updateNote(db, note.id, { body: body.value });
      showError(null);
    } catch (error) {
      showError(saveMessage(error));
    }
  };
  body.addEventListener('input', () => {
    clearTimeout(timer);
    pendingSaves.set(note.id, save);
    timer = setTimeout(() => void save(), 400);
  });
  const meta = document.createElement('div');
  meta.className = 'meta';
  const entities = document.createElement('span');
  entities.className = 'entities';
  entities.textContent = note.entityIds.map(nameOf).join('、');
  const time = document.createElement('time');
  time.dateTime = new Date(note.updatedAt).toISOString();
  time.textContent = new Date(note.updatedAt).toLocaleString();
  meta.append(entities, time);
  item.append(body, meta);
  return item;
}

/** Autosave is debounced; closing or hiding the panel flushes what is pending. */
function flushSaves(): void {
  for (const save of [...pendingSaves.values()]) void save();
}
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushSaves());
addEventListener('pagehide', flushSaves);

async function addNote(seed: { entityIds: string[]; quote: OpenPanelRequest['note'] | null }): Promise<void> {
  if (!page) return;
  try {
    const note = await createNote(db, {
      url: seed.quote?.url ?? page.url,
      pageTitle: seed.quote?.title ?? page.title,
      quote: seed.quote ? { exact: seed.quote.quote, prefix: seed.quote.prefix, suffix: seed.quote.suffix } : null,
      entityIds: seed.entityIds,
    });
    // Wait for the live query to draw it, then put the cursor in it.
    requestAnimationFrame(function focus(attempt = 0) {
      const box = document.querySelector<HTMLTextAreaElement>(`textarea[data-note-id="${note.id}"]`);
      if (box) box.focus();
      else if (attempt < 30) requestAnimationFrame(() => focus(attempt + 1));
    });
  } catch (error) {
    showError(saveMessage(error));
  }
}

function watchNotes(): void {
  notesSubscription?.unsubscribe();
  if (!page) return renderNotes([]);
  const url = page.url;
  notesSubscription = liveQuery(() => notesForUrl(db, url)).subscribe({
    next: renderNotes,
    error: (error: unknown) => showError(`无法读取笔记：${String(error)}`),
  });
}

async function loadPage(): Promise<void> {
  if (tabId === null) return;
  const key = `page:${tabId}`;
  const stored = (await browser.storage.session.get(key))[key];
  const message = parseMessage(stored);
  page = message?.type === 'page-entities' ? message : null;
  renderEntities();
  watchNotes();
  await handleRequest();
}

/** A request from the popover (open on an entity, or add a note) for this panel's tab. */
async function handleRequest(): Promise<void> {
  const { panelRequest } = await browser.storage.session.get('panelRequest');
  const request = panelRequest as (OpenPanelRequest & { tabId: number }) | undefined;
  if (!request || request.tabId !== tabId || !parseMessage(request)) return;
  await browser.storage.session.remove('panelRequest');
  if (request.entityId) select(request.entityId);
  if (request.note) await addNote({ entityIds: request.entityId ? [request.entityId] : [], quote: request.note });
}

browser.storage.session.onChanged.addListener((changes) => {
  if (tabId !== null && `page:${tabId}` in changes) void loadPage();
  else if ('panelRequest' in changes && changes.panelRequest?.newValue) void handleRequest();
});

async function followActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  tabId = tab?.id ?? null;
  selected = null;
  await loadPage();
}

if (pinnedTab === null) {
  browser.tabs.onActivated.addListener(() => void followActiveTab());
  void followActiveTab();
} else {
  void loadPage();
}
