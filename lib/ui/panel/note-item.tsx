/** One note in the panel: its page, quote and anchoring, the editor (or preview), tags and actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotesDb, Note } from '../../notes/db';
import type { Autosaver } from '../../notes/autosave';
import { NoteEditor, type SaveOutcome } from '../../notes/note-editor';
import type { AnchorStatus } from '../../messages';
import { httpUrl } from '../../web/http-url';
import { localMinute } from '../../text/dates';
import type { Translate } from '../strings';
import { Markdown } from './common';
import { saveErrorText } from './errors';

export interface NoteItemProps {
  note: Note;
  db: NotesDb;
  t: Translate;
  autosaver: Autosaver;
  entityName: (id: string) => string;
  showPage: boolean;
  anchor: AnchorStatus | undefined;
  focus: boolean;
  onDelete: () => void;
  onReveal: (noteId: string) => void;
  onError: (message: string | null) => void;
}

export function NoteItem({ note, db, t, autosaver, entityName, showPage, anchor, focus, ...on }: NoteItemProps) {
  const [body, setBody] = useState(note.body);
  const [tagsText, setTagsText] = useState(note.tags.join(', '));
  const [preview, setPreview] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // One editor for the item's life (items are keyed by note id; the callbacks are the list's
  // stable state setters); later versions of the note reach it through external().
  const [editor] = useState(
    () =>
      new NoteEditor(db, note.id, note, localStorage, autosaver, (outcome: SaveOutcome) => {
        if (outcome.status === 'deleted') return;
        if (outcome.status === 'failed') {
          on.onError(saveErrorText(t, outcome.error));
          return;
        }
        setNotice(outcome.status === 'conflict' ? t('conflict') : null);
        on.onError(null);
      }),
  );

  // A change from elsewhere (another panel, an import) shows up unless the reader is mid-edit.
  useEffect(() => {
    const text = editor.external(note);
    if (text) {
      setBody(text.body);
      setTagsText(text.tagsText);
    }
  }, [editor, note]);

  useEffect(() => {
    if (focus) textarea.current?.focus();
  }, [focus]);

  const pageHref = httpUrl(note.url);
  return (
    <li class={`note${anchor === 'orphan' ? ' orphan' : ''}`} data-note-id={note.id}>
      {showPage && (
        <p class="note-page">
          {/* Only a web address becomes a link (a note stored before addresses were checked may hold another). */}
          {pageHref ? (
            <a href={pageHref} target="_blank" rel="noreferrer noopener">
              {note.pageTitle || t('untitled')}
            </a>
          ) : (
            <span>{note.pageTitle || t('untitled')}</span>
          )}
        </p>
      )}
      {note.quote && (
        <blockquote>
          <button
            type="button"
            class="quote"
            title={t('showQuote')}
            onClick={() => on.onReveal(note.id)}
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
            const value = e.currentTarget.value;
            setBody(value);
            editor.edit({ body: value, tagsText });
          }}
        />
      )}
      <input
        class="tags"
        aria-label={t('tags')}
        placeholder={t('tagsPlaceholder')}
        value={tagsText}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setTagsText(value);
          editor.edit({ body, tagsText: value });
        }}
      />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="meta">
        <span class="entities">{note.entityIds.map(entityName).join('、')}</span>
        <time dateTime={new Date(note.updatedAt).toISOString()}>{localMinute(note.updatedAt)}</time>
        <button type="button" class="link" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {preview ? t('edit') : t('preview')}
        </button>
        <button type="button" class="link danger" onClick={on.onDelete}>
          {t('deleteNote')}
        </button>
      </div>
    </li>
  );
}
