/**
 * The reader's notes: this page's, all, by entity, by tag, and a search that ignores script.
 * Rendering only: which notes show is lib/notes/filter.ts, saving is lib/notes/note-editor.ts and
 * autosave.ts, delete and undo lib/notes/undo-delete.ts, files lib/notes/exchange.ts. The list
 * renders a window of notes and grows as the reader scrolls, so 200,000 notes open as fast as 50.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NotesDb, Note } from '../../notes/db';
import type { Autosaver } from '../../notes/autosave';
import { readNotes } from '../../notes/store';
import { SearchIndexer } from '../../notes/search';
import {
  exportJson,
  exportMarkdown,
  importNotes,
  readImportFile,
  type ImportProblem,
  type ImportProgress,
} from '../../notes/exchange';
import { filterNotes, linkedEntityIds, tagCounts, type NotesViewMode } from '../../notes/filter';
import { UndoDelete } from '../../notes/undo-delete';
import { normalizeUrl } from '../../notes/url';
import { localDay } from '../../text/dates';
import type { AnchorStatus } from '../../messages';
import type { Translate } from '../strings';
import { useLiveQuery } from './common';
import { NoteItem } from './note-item';
import { saveErrorText } from './errors';
import { fileProblemText } from '../backup-problem';

export type { NotesViewMode };

/** Notes rendered at first, and added each time the reader reaches the end of the list. */
export const NOTES_WINDOW = 50;

/** A refused import file, in the reader's language (technical details stay as they are). */
function importProblemText(t: Translate, problem: ImportProblem): string {
  switch (problem.code) {
    case 'invalidNote':
      return t('importInvalidNote', problem.note, problem.detail);
    case 'duplicateId':
      return t('importDuplicateId', problem.note, problem.id);
    default:
      return fileProblemText(t, problem, 'importNotOurs');
  }
}

function progressText(t: Translate, progress: ImportProgress): string {
  if (progress.phase === 'reading') return t('importReading');
  return t(progress.phase === 'checking' ? 'importChecking' : 'importWriting', progress.done, progress.total);
}

/** Saves `content` as a file through a link to a blob: URL (no downloads permission). */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface NotesViewProps {
  db: NotesDb;
  t: Translate;
  autosaver: Autosaver;
  pageUrl: string | null;
  entityName: (id: string) => string;
  fold: (text: string) => string;
  anchors: ReadonlyMap<string, AnchorStatus>;
  /** The note to focus (just created). */
  focusId: string | null;
  onCreate: () => void;
  onReveal: (noteId: string) => void;
  onNotesChanged: () => void;
  /** Notes rendered at first (the benchmark renders every note, as the panel did before windowing). */
  windowSize?: number;
}

export function NotesView(props: NotesViewProps) {
  const { db, t, pageUrl, entityName, fold } = props;
  // Until the reader picks a view: this page's notes once the page is known (it arrives after
  // the first render), all notes where there is no web page.
  const [chosenMode, setMode] = useState<NotesViewMode | null>(null);
  const mode: NotesViewMode = chosenMode === 'page' || chosenMode === null ? (pageUrl ? 'page' : 'all') : chosenMode;
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<string>('');
  const [tag, setTag] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [undoable, setUndoable] = useState<Note | null>(null);
  const [undo] = useState(() => new UndoDelete(db, setUndoable));
  useEffect(() => () => undo.dispose(), [undo]);
  const stored = useLiveQuery(
    () => readNotes(db),
    [db],
    null as { notes: Note[]; damaged: number } | null,
    (e) => setError(t('readError', String(e))),
  );
  const notes = stored?.notes ?? null;
  // Each rebuild (after every save) reuses the folded text of the notes that did not change.
  const [indexer] = useState(() => new SearchIndexer(fold));
  const index = useMemo(() => (notes ? indexer.index(notes) : null), [notes, indexer]);
  const pageKey = pageUrl ? normalizeUrl(pageUrl) : null;
  const searching = !!query.trim();

  const entityIds = useMemo(
    () => linkedEntityIds(notes ?? []).sort((a, b) => entityName(a).localeCompare(entityName(b), 'zh')),
    [notes, entityName],
  );
  const tags = useMemo(() => tagCounts(notes ?? []), [notes]);
  const shown = useMemo(
    () => filterNotes(notes ?? [], { mode, query, entity, tag, pageUrl }, index),
    [notes, mode, query, entity, tag, pageUrl, index],
  );

  // A note just created for another address (the reader page's article) is found under "all".
  useEffect(() => {
    if (props.focusId && notes && !searching && mode === 'page' && !shown.some((n) => n.id === props.focusId))
      if (notes.some((n) => n.id === props.focusId)) setMode('all');
  }, [props.focusId, notes, shown, mode, searching]);

  // The window of the list: reset when what is shown changes kind, grown at its end.
  const firstWindow = props.windowSize ?? NOTES_WINDOW;
  const [windowSize, setWindowSize] = useState(firstWindow);
  useEffect(() => setWindowSize(firstWindow), [mode, query, entity, tag, pageUrl, firstWindow]);
  const end = useRef<HTMLLIElement>(null);
  const more = shown.length - windowSize;
  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel || more <= 0) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setWindowSize((n) => n + NOTES_WINDOW);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [more]);

  const remove = async (note: Note) => {
    props.autosaver.cancel(note.id);
    try {
      await undo.remove(note.id);
      props.onNotesChanged();
    } catch (e) {
      setError(saveErrorText(t, e));
    }
  };

  const importFile = async (file: File) => {
    setInfo(null);
    setError(null);
    const parsed = await readImportFile(file, setProgress);
    if (!parsed.ok) {
      setProgress(null);
      setError(t('importFailed', importProblemText(t, parsed.problem)));
      return;
    }
    try {
      const result = await importNotes(db, parsed.notes, setProgress);
      setInfo(t('importDone', result.added, result.updated, result.unchanged));
      props.onNotesChanged();
    } catch (e) {
      setError(t('importFailed', saveErrorText(t, e)));
    } finally {
      setProgress(null);
    }
  };

  const modes: Array<[NotesViewMode, string]> = [
    ['page', t('viewPage')],
    ['all', t('viewAll')],
    ['entity', t('viewEntity')],
    ['tag', t('viewTag')],
  ];

  return (
    <section class="notes-view" aria-label={t('tabNotes')}>
      <div class="notes-toolbar">
        <input
          type="search"
          class="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="button" class="primary" onClick={props.onCreate} disabled={!pageUrl}>
          {t('newNote')}
        </button>
      </div>
      {!searching && (
        <div class="segmented" role="radiogroup" aria-label={t('tabNotes')}>
          {modes.map(([value, text]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={mode === value}
              onClick={() => setMode(value)}
              disabled={value === 'page' && !pageUrl}
            >
              {text}
            </button>
          ))}
        </div>
      )}
      {!searching && mode === 'entity' && (
        <select aria-label={t('viewEntity')} value={entity} onChange={(e) => setEntity(e.currentTarget.value)}>
          <option value="">—</option>
          {entityIds.map((id) => (
            <option key={id} value={id}>
              {entityName(id)}
            </option>
          ))}
        </select>
      )}
      {!searching && mode === 'tag' && (
        <div class="tag-filter">
          {tags.map(([name, count]) => (
            <button
              key={name}
              type="button"
              class="chip"
              aria-pressed={tag === name}
              onClick={() => setTag(tag === name ? '' : name)}
            >
              #{name} <span class="count">{count}</span>
            </button>
          ))}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!!stored?.damaged && (
        <p class="error damaged" role="alert">
          {t('damagedNotes', stored.damaged)}
        </p>
      )}
      {progress && (
        <p class="info progress" role="status">
          {progressText(t, progress)}
        </p>
      )}
      {info && (
        <p class="info" role="status">
          {info}
        </p>
      )}
      {undoable && (
        <div class="toast" role="status">
          <span>{t('deleted')}</span>
          <button
            type="button"
            onClick={() => void undo.undo().then(props.onNotesChanged, (e: unknown) => setError(saveErrorText(t, e)))}
          >
            {t('undo')}
          </button>
        </div>
      )}
      {notes && !shown.length && <p class="empty">{searching ? t('noMatches') : t('notesEmpty')}</p>}
      <ol class="notes">
        {shown.slice(0, windowSize).map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            db={db}
            t={t}
            autosaver={props.autosaver}
            entityName={entityName}
            showPage={mode !== 'page' || searching}
            anchor={note.url === pageKey ? props.anchors.get(note.id) : undefined}
            focus={props.focusId === note.id}
            onDelete={() => void remove(note)}
            onReveal={props.onReveal}
            onError={setError}
          />
        ))}
        {more > 0 && (
          <li ref={end} class="more">
            <button type="button" class="link" onClick={() => setWindowSize((n) => n + NOTES_WINDOW)}>
              {t('moreNotes', more)}
            </button>
          </li>
        )}
      </ol>
      <footer class="notes-footer">
        <span>{t('noteCount', notes?.length ?? 0)}</span>
        <button
          type="button"
          onClick={() =>
            download(
              `techlens-notes-${localDay(Date.now())}.md`,
              'text/markdown',
              exportMarkdown(notes ?? [], { entityName }),
            )
          }
        >
          {t('exportMarkdown')}
        </button>
        <button
          type="button"
          onClick={() =>
            download(`techlens-notes-${localDay(Date.now())}.json`, 'application/json', exportJson(notes ?? []))
          }
        >
          {t('exportJson')}
        </button>
        <label class="button">
          {t('importJson')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            disabled={!!progress}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </footer>
    </section>
  );
}
