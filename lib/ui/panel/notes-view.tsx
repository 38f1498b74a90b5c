/**
 * The reader's notes: this page's, all, by entity, by tag, and a search that ignores script.
 * Edits autosave (debounced, flushed when the panel hides or closes); a save that finds the note
 * changed elsewhere keeps both versions; a failed save keeps the text on screen.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NotesDb, Note } from '../../notes/db';
import { clearDraft, writeDraft } from '../../notes/drafts';
import { readNotes, deleteNote, isQuotaError, normalizeTags, restoreNote, saveNote } from '../../notes/store';
import { buildSearchIndex, type SearchIndex } from '../../notes/search';
import {
  MAX_IMPORT_BYTES,
  exportJson,
  exportMarkdown,
  importNotes,
  parseImport,
  refused,
  type ImportProblem,
} from '../../notes/exchange';
import { normalizeUrl } from '../../notes/url';
import type { AnchorStatus } from '../../messages';
import type { Translate } from '../strings';
import { Markdown, formatDay, useLiveQuery } from './common';

export type NotesViewMode = 'page' | 'all' | 'entity' | 'tag';

const AUTOSAVE_MS = 400;
const UNDO_MS = 10_000;

/** Saves waiting for their debounce; flushed when the panel is hidden or closed. */
const pendingSaves = new Map<string, () => Promise<void>>();
export function flushPendingSaves(): void {
  for (const save of [...pendingSaves.values()]) void save();
}

/** A refused import file, in the reader's language (technical details stay as they are). */
function importProblemText(t: Translate, problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('importTooLarge');
    case 'notJson':
      return t('importNotJson');
    case 'notOurs':
      return t('importNotOurs');
    case 'newerVersion':
      return t('importNewerVersion', problem.version);
    case 'unknownVersion':
      return t('importUnknownVersion', problem.version);
    case 'invalidFile':
      return t('importInvalidFile', problem.detail);
    case 'invalidNote':
      return t('importInvalidNote', problem.note, problem.detail);
    case 'duplicateId':
      return t('importDuplicateId', problem.note, problem.id);
  }
}

export interface NotesViewProps {
  db: NotesDb;
  t: Translate;
  pageUrl: string | null;
  entityName: (id: string) => string;
  fold: (text: string) => string;
  anchors: ReadonlyMap<string, AnchorStatus>;
  /** The note to focus (just created). */
  focusId: string | null;
  onCreate: () => void;
  onReveal: (noteId: string) => void;
  onNotesChanged: () => void;
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
  const [undo, setUndo] = useState<Note | null>(null);
  const stored = useLiveQuery(
    () => readNotes(db),
    [db],
    null as { notes: Note[]; damaged: number } | null,
    (e) => setError(t('readError', String(e))),
  );
  const notes = stored?.notes ?? null;
  // Each rebuild (after every save) reuses the folded text of the notes that did not change.
  const lastIndex = useRef<SearchIndex | undefined>(undefined);
  const index = useMemo(
    () => (notes ? (lastIndex.current = buildSearchIndex(notes, fold, lastIndex.current)) : null),
    [notes, fold],
  );
  const pageKey = pageUrl ? normalizeUrl(pageUrl) : null;

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const entityIds = useMemo(
    () =>
      [...new Set((notes ?? []).flatMap((n) => n.entityIds))].sort((a, b) =>
        entityName(a).localeCompare(entityName(b), 'zh'),
      ),
    [notes, entityName],
  );
  const tags = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of notes ?? []) for (const tg of n.tags) counts.set(tg, (counts.get(tg) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [notes]);

  let shown: Note[] = notes ?? [];
  if (query.trim() && index) shown = index.search(query);
  else if (mode === 'page') shown = shown.filter((n) => n.url === pageKey);
  else if (mode === 'entity') shown = entity ? shown.filter((n) => n.entityIds.includes(entity)) : [];
  else if (mode === 'tag') shown = tag ? shown.filter((n) => n.tags.includes(tag)) : [];

  const remove = async (note: Note) => {
    try {
      const removed = await deleteNote(db, note.id);
      pendingSaves.delete(note.id);
      setUndo(removed);
      props.onNotesChanged();
    } catch (e) {
      setError(t('saveError', String(e)));
    }
  };

  const download = (name: string, type: string, content: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const stamp = () => new Date().toISOString().slice(0, 10);

  const importFile = async (file: File) => {
    setInfo(null);
    setError(null);
    // Refuse a huge file before reading it into memory.
    const parsed = file.size > MAX_IMPORT_BYTES ? refused({ code: 'tooLarge' }) : parseImport(await file.text());
    if (!parsed.ok) {
      setError(t('importFailed', importProblemText(t, parsed.problem)));
      return;
    }
    try {
      const result = await importNotes(db, parsed.notes);
      setInfo(t('importDone', result.added, result.updated, result.unchanged));
      props.onNotesChanged();
    } catch (e) {
      setError(t('importFailed', isQuotaError(e) ? t('quotaError') : String(e)));
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
      {!query.trim() && (
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
      {!query.trim() && mode === 'entity' && (
        <select aria-label={t('viewEntity')} value={entity} onChange={(e) => setEntity(e.currentTarget.value)}>
          <option value="">—</option>
          {entityIds.map((id) => (
            <option key={id} value={id}>
              {entityName(id)}
            </option>
          ))}
        </select>
      )}
      {!query.trim() && mode === 'tag' && (
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
      {info && (
        <p class="info" role="status">
          {info}
        </p>
      )}
      {undo && (
        <div class="toast" role="status">
          <span>{t('deleted')}</span>
          <button
            type="button"
            onClick={async () => {
              const note = undo;
              setUndo(null);
              try {
                await restoreNote(db, note);
                props.onNotesChanged();
              } catch (e) {
                setError(t('saveError', String(e)));
              }
            }}
          >
            {t('undo')}
          </button>
        </div>
      )}
      {notes && !shown.length && <p class="empty">{query.trim() ? t('noMatches') : t('notesEmpty')}</p>}
      <ol class="notes">
        {shown.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            {...props}
            showPage={mode !== 'page' || !!query.trim()}
            anchor={note.url === pageKey ? props.anchors.get(note.id) : undefined}
            onDelete={() => void remove(note)}
            onError={setError}
          />
        ))}
      </ol>
      <footer class="notes-footer">
        <span>{t('noteCount', notes?.length ?? 0)}</span>
        <button
          type="button"
          onClick={() =>
            download(`techlens-notes-${stamp()}.md`, 'text/markdown', exportMarkdown(notes ?? [], { entityName }))
          }
        >
          {t('exportMarkdown')}
        </button>
        <button
          type="button"
          onClick={() => download(`techlens-notes-${stamp()}.json`, 'application/json', exportJson(notes ?? []))}
        >
          {t('exportJson')}
        </button>
        <label class="button">
          {t('importJson')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
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

interface NoteItemProps extends NotesViewProps {
  note: Note;
  showPage: boolean;
  anchor: AnchorStatus | undefined;
  onDelete: () => void;
  onError: (message: string | null) => void;
}

function NoteItem({ note, db, t, entityName, showPage, anchor, focusId, onDelete, onError, onReveal }: NoteItemProps) {
  const [body, setBody] = useState(note.body);
  const [tagsText, setTagsText] = useState(note.tags.join(', '));
  const [preview, setPreview] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // What the editor was based on, and whether it holds text not yet saved.
  const base = useRef({ rev: note.rev, dirty: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const latest = useRef({ body, tagsText });
  latest.current = { body, tagsText };

  // A change from elsewhere (another panel, an import) shows up unless the reader is mid-edit.
  useEffect(() => {
    if (!base.current.dirty && note.rev !== base.current.rev) {
      base.current.rev = note.rev;
      setBody(note.body);
      setTagsText(note.tags.join(', '));
    }
  }, [note]);

  useEffect(() => {
    if (focusId === note.id) textarea.current?.focus();
  }, [focusId, note.id]);

  const save = async () => {
    clearTimeout(timer.current);
    pendingSaves.delete(note.id);
    const sent = { ...latest.current };
    try {
      const result = await saveNote(
        db,
        note.id,
        { body: sent.body, tags: normalizeTags(sent.tagsText) },
        base.current.rev,
      );
      if (result.status === 'deleted') return;
      base.current.rev = result.note.rev;
      // Typing that happened during the save stays dirty and gets its own save.
      if (latest.current.body === sent.body && latest.current.tagsText === sent.tagsText) {
        base.current.dirty = false;
        clearDraft(localStorage, note.id);
      }
      setNotice(result.status === 'conflict' ? t('conflict') : null);
      onError(null);
    } catch (e) {
      onError(isQuotaError(e) ? t('quotaError') : t('saveError', String(e)));
    }
  };

  const edited = () => {
    base.current.dirty = true;
    writeDraft(localStorage, { noteId: note.id, ...latest.current, baseRev: base.current.rev });
    clearTimeout(timer.current);
    pendingSaves.set(note.id, save);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  return (
    <li class={`note${anchor === 'orphan' ? ' orphan' : ''}`} data-note-id={note.id}>
      {showPage && (
        <p class="note-page">
          <a href={note.url} target="_blank" rel="noreferrer noopener">
            {note.pageTitle || t('untitled')}
          </a>
        </p>
      )}
      {note.quote && (
        <blockquote>
          <button
            type="button"
            class="quote"
            title={t('showQuote')}
            onClick={() => onReveal(note.id)}
            disabled={!anchor || anchor === 'orphan'}
          >
            {note.quote.exact}
          </button>
        </blockquote>
      )}
      {anchor === 'orphan' && <p class="anchor-status orphan">{t('orphan')}</p>}
      {anchor === 'fuzzy' && <p class="anchor-status fuzzy">{t('anchoredFuzzy')}</p>}
      {preview ? (
        <Markdown source={body} />
      ) : (
        <textarea
          ref={textarea}
          data-note-id={note.id}
          aria-label={t('noteBody')}
          placeholder={t('notePlaceholder')}
          value={body}
          onInput={(e) => {
            setBody(e.currentTarget.value);
            latest.current.body = e.currentTarget.value;
            edited();
          }}
        />
      )}
      <input
        class="tags"
        aria-label={t('tags')}
        placeholder={t('tagsPlaceholder')}
        value={tagsText}
        onInput={(e) => {
          setTagsText(e.currentTarget.value);
          latest.current.tagsText = e.currentTarget.value;
          edited();
        }}
      />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="meta">
        <span class="entities">{note.entityIds.map(entityName).join('、')}</span>
        <time dateTime={new Date(note.updatedAt).toISOString()}>{formatDay(note.updatedAt)}</time>
        <button type="button" class="link" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {preview ? t('edit') : t('preview')}
        </button>
        <button type="button" class="link danger" onClick={onDelete}>
          {t('deleteNote')}
        </button>
      </div>
    </li>
  );
}
