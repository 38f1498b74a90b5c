/**
 * "资料库": the reader's saved articles (search in either script, open, delete with undo),
 * what a save found (known names, claims, new names to confirm or dismiss), the reader's own
 * entities (edit, delete), an entity's timeline, and the backup file. Rendering and form state
 * only: storage, processing and recognition are behind LibraryServices.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ScriptChoice } from '../../core/script';
import type { EntityCandidate } from '../../library/candidates';
import type { DismissedName, ReaderEntity, SavedArticle } from '../../library/model';
import type { FileContent, LibraryRow, LibraryServices, TimelineItem } from '../../panel/library-services';
import {
  draftFromEntity,
  draftFromName,
  entityFromDraft,
  type DraftProblem,
  type EntityDraft,
  type ScriptConverter,
} from '../../panel/entity-draft';
import type { SaveStatus } from '../../panel/save-status';
import { isoDay } from '../../text/dates';
import { errorText } from '../card-view';
import type { Translate } from '../strings';
import { refusalText } from '../library-refusal';
import { useLiveQuery } from './common';
import { DismissedNames } from './dismissed-names';
import { EntityForm } from './entity-form';
import { SavedArticleView } from './saved-article-view';

export interface LibraryViewProps {
  t: Translate;
  script: ScriptChoice;
  services: LibraryServices;
  convert: ScriptConverter;
  entityName: (id: string) => string;
  /** Names offered for an entity's owner. */
  ownerNames: readonly string[];
  /** Whether the followed tab is a web page that can be saved. */
  canSavePage: boolean;
  onSavePage: () => void;
  save: SaveStatus;
  /** "Add as entity" on a selection: the name to start a form with (`at` tells requests apart). */
  entityRequest: { name: string; at: number } | null;
  onOpenReader: (articleId: string) => void;
  /** The text selected on the followed page ('' when none): "New entity" starts from it. */
  selectedText: () => Promise<string>;
}

type Form = {
  draft: EntityDraft;
  candidate: EntityCandidate | null;
  existing: ReaderEntity | null;
  problem: string | null;
};

function problemText(t: Translate, problem: DraftProblem): string {
  switch (problem.code) {
    case 'nameRequired':
      return t('nameRequired');
    case 'nameTaken':
      return t('nameTaken', problem.name);
    case 'parentUnknown':
      return t('parentUnknown', problem.name);
  }
}

/** Saves `file` through a link to a blob: URL (no downloads permission). */
function download(file: FileContent): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function SaveBanner({ t, save }: { t: Translate; save: SaveStatus }) {
  switch (save.phase) {
    case 'idle':
      return null;
    case 'extracting':
      return <p class="save-status working">{t('savingArticle')}</p>;
    case 'processing':
      return <p class="save-status working">{t('processingArticle')}</p>;
    case 'refused':
    case 'unreachable':
    case 'failed':
      return (
        <p class="save-status refused" role="alert">
          {save.phase === 'refused'
            ? refusalText(t, save.refusal)
            : save.phase === 'unreachable'
              ? t('refuseNoAccess', save.detail)
              : t('saveArticleFailed', save.detail)}
        </p>
      );
    case 'saved':
      return (
        <p class="save-status saved" role="status">
          {t('articleSaved')}
        </p>
      );
  }
}

function Timeline({
  t,
  name,
  items,
  onBack,
}: {
  t: Translate;
  name: string;
  items: TimelineItem[] | null;
  onBack: () => void;
}) {
  return (
    <section class="timeline" aria-label={`${name} · ${t('timeline')}`}>
      <div class="detail-actions">
        <button type="button" class="link" onClick={onBack}>
          ← {t('back')}
        </button>
      </div>
      <h2>
        {name} <span class="muted">· {t('timeline')}</span>
      </h2>
      {items && !items.length && <p class="empty">{t('timelineEmpty')}</p>}
      <ol class="timeline-list">
        {(items ?? []).map((item, i) => (
          <li key={i} class={item.fromLibrary ? 'from-library' : ''}>
            <span class="when">{isoDay(item.date) || item.date}</span>
            <div>
              <p class="claim-text">{item.text}</p>
              <p class="claim-meta">
                {item.fromLibrary && <span class="library-source">{t('librarySource')}</span>}
                <span>{item.source}</span>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function LibraryView(props: LibraryViewProps) {
  const { t, script, services, convert, entityName, save } = props;
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [timelineOf, setTimelineOf] = useState<string | null>(null);
  const [timeline, setTimeline] = useState<TimelineItem[] | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ text: string; run: () => Promise<void> } | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(t('libraryError', errorText(e)));

  const articles = useLiveQuery(
    () => services.listArticles(query),
    [services, query],
    null as LibraryRow[] | null,
    fail,
  );
  const entities = useLiveQuery(() => services.listEntities(), [services], [] as ReaderEntity[], fail);
  const dismissed = useLiveQuery(() => services.listDismissed(), [services], [] as DismissedName[], fail);
  // A name dismissed in any article, or earlier, is hidden in every saved article's new names.
  const hidden = new Set([...settled, ...dismissed.map((d) => d.key)]);
  const open = useLiveQuery(
    () => (openId ? services.getArticle(openId) : Promise.resolve(null)),
    [services, openId],
    null as SavedArticle | null,
    fail,
  );

  // A save that just finished opens what it found.
  const savedId = save.phase === 'saved' ? save.articleId : null;
  useEffect(() => {
    if (savedId) {
      setOpenId(savedId);
      setTimelineOf(null);
      setQuery('');
    }
  }, [savedId]);

  const request = props.entityRequest;
  useEffect(() => {
    if (request?.name)
      setForm({
        draft: draftFromName(request.name, 'company', convert),
        candidate: null,
        existing: null,
        problem: null,
      });
  }, [request?.at, request?.name, convert]);

  useEffect(() => {
    if (!timelineOf) return;
    let current = true;
    setTimeline(null);
    services.timeline(timelineOf, script).then((items) => current && setTimeline(items), fail);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timelineOf, services, script]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(timer);
  }, [undo]);

  const saveForm = (draft: EntityDraft) => {
    if (!form) return;
    const result = entityFromDraft(draft, {
      fold: services.fold,
      entityIdOf: services.entityIdOf,
      now: Date.now(),
      ...(form.existing && { existing: form.existing }),
    });
    if (!result.ok) {
      setForm({ ...form, draft, problem: problemText(t, result.problem) });
      return;
    }
    services.saveEntity(result.entity).then(
      ({ keptBy }) => {
        if (form.candidate) setSettled(new Set([...settled, form.candidate.key]));
        const saved = t(form.existing ? 'entityUpdated' : 'entityAdded', result.entity.name.hans);
        const kept = keptBy.map((k) => t('nameKeptBy', k.name, entityName(k.keptBy)));
        setInfo([saved, ...kept].join(' '));
        setForm(null);
      },
      (e: unknown) => setForm({ ...form, draft, problem: t('entityNotSaved', errorText(e)) }),
    );
  };

  const removeArticle = (article: SavedArticle) =>
    services.deleteArticle(article.id).then((restore) => {
      setOpenId(null);
      setUndo({ text: t('articleDeleted'), run: restore });
    }, fail);

  const removeEntity = (entity: ReaderEntity) =>
    services
      .deleteEntity(entity.id)
      .then((restore) => setUndo({ text: t('entityDeleted', entity.name[script]), run: restore }), fail);

  const banner = (
    <>
      <SaveBanner t={t} save={save} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {info && (
        <p class="info" role="status">
          {info}
        </p>
      )}
      {undo && (
        <div class="toast" role="status">
          <span>{undo.text}</span>
          <button
            type="button"
            onClick={() => {
              const run = undo.run;
              setUndo(null);
              void run().catch(fail);
            }}
          >
            {t('undo')}
          </button>
        </div>
      )}
    </>
  );

  if (form) {
    return (
      <section class="library" aria-label={t('tabLibrary')}>
        {banner}
        <EntityForm
          key={`${form.draft.id ?? ''}:${form.draft.hans}:${request?.at ?? 0}`}
          t={t}
          initial={form.draft}
          problem={form.problem}
          ownerNames={props.ownerNames}
          onSave={saveForm}
          onCancel={() => setForm(null)}
        />
        {form.candidate && (
          <section class="found">
            <h3>{form.candidate.name}</h3>
            {form.candidate.sentences.slice(0, 3).map((s, i) => (
              <p key={i} class="candidate-sentence">
                {s.text}
              </p>
            ))}
          </section>
        )}
      </section>
    );
  }

  if (timelineOf) {
    return (
      <section class="library" aria-label={t('tabLibrary')}>
        {banner}
        <Timeline t={t} name={entityName(timelineOf)} items={timeline} onBack={() => setTimelineOf(null)} />
      </section>
    );
  }

  if (openId && open?.id === openId) {
    return (
      <section class="library" aria-label={t('tabLibrary')}>
        {banner}
        <SavedArticleView
          t={t}
          article={open}
          script={script}
          entityName={entityName}
          settled={hidden}
          onBack={() => setOpenId(null)}
          onRead={props.onOpenReader}
          onMarkdown={
            services.articleMarkdown && ((article) => void services.articleMarkdown!(article).then(download, fail))
          }
          onProcessAgain={(article) =>
            void services.processAgain(article).then(() => setInfo(t('processedAgain')), fail)
          }
          onDelete={(article) => void removeArticle(article)}
          onSelectEntity={setTimelineOf}
          onConfirm={(candidate) =>
            setForm({
              draft: draftFromName(candidate.name, candidate.type, convert),
              candidate,
              existing: null,
              problem: null,
            })
          }
          onDismiss={(candidate) =>
            void services.dismiss(candidate).then(() => setSettled(new Set([...settled, candidate.key])), fail)
          }
        />
      </section>
    );
  }

  return (
    <section class="library" aria-label={t('tabLibrary')}>
      <div class="notes-toolbar">
        <input
          type="search"
          class="search"
          placeholder={t('searchLibrary')}
          aria-label={t('searchLibrary')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="button" class="primary" disabled={!props.canSavePage} onClick={props.onSavePage}>
          {t('saveThisPage')}
        </button>
      </div>
      {banner}
      <h3 class="section-title">
        {t('savedArticles')} {articles && <span class="count">{articles.length}</span>}
      </h3>
      {articles && !articles.length && <p class="empty">{query.trim() ? t('noLibraryMatches') : t('libraryEmpty')}</p>}
      <ol class="library-list">
        {(articles ?? []).map((article) => (
          <li key={article.id} class="library-item" data-article-id={article.id}>
            <h3>
              <button type="button" class="title-link" onClick={() => setOpenId(article.id)}>
                {article.title}
              </button>
            </h3>
            <p class="meta">
              {[article.site, isoDay(article.published), t('entityCount', article.entityCount)]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {article.snippet && <p class="snippet">{article.snippet}</p>}
          </li>
        ))}
      </ol>

      <h3 class="section-title">
        {t('myEntities')} <span class="count">{entities.length}</span>
        <button
          type="button"
          class="link add-entity"
          onClick={() =>
            void props.selectedText().then((text) =>
              setForm({
                draft: draftFromName(text, 'company', convert),
                candidate: null,
                existing: null,
                problem: null,
              }),
            )
          }
        >
          + {t('addEntity')}
        </button>
      </h3>
      <ul class="reader-entities">
        {entities.map((entity) => (
          <li key={entity.id} data-entity-id={entity.id}>
            <button type="button" class="title-link" onClick={() => setTimelineOf(entity.id)}>
              {entity.name[script]}
            </button>
            <span class="muted">{entity.name.en ?? ''}</span>
            <button
              type="button"
              class="link"
              onClick={() =>
                setForm({
                  draft: draftFromEntity(entity, entityName),
                  candidate: null,
                  existing: entity,
                  problem: null,
                })
              }
            >
              {t('edit')}
            </button>
            <button type="button" class="link danger" onClick={() => void removeEntity(entity)}>
              {t('deleteNote')}
            </button>
          </li>
        ))}
      </ul>

      <DismissedNames
        t={t}
        names={dismissed}
        onRestore={(name) =>
          void services.restoreDismissed(name).then(() => {
            setSettled(new Set([...settled].filter((key) => key !== name.key)));
            setInfo(t('nameRestored', name.name));
          }, fail)
        }
      />

      {(services.exportBackup || services.importBackup) && (
        <footer class="notes-footer">
          {services.exportBackup && (
            <button type="button" onClick={() => void services.exportBackup!().then(download, fail)}>
              {t('exportBackup')}
            </button>
          )}
          {services.importBackup && (
            <label class="button">
              {t('importBackup')}
              <input
                type="file"
                accept="application/json,.json"
                class="visually-hidden"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (!file) return;
                  void services.importBackup!(file).then((result) => {
                    setError(result.ok ? null : t('backupFailed', result.error));
                    setInfo(result.ok ? result.done : null);
                  }, fail);
                }}
              />
            </label>
          )}
        </footer>
      )}
    </section>
  );
}
