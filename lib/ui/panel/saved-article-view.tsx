/**
 * One saved article in the side panel: what was found in it — the known names, its claims, and
 * the new names (candidates) with the sentences they appear in, each to confirm or dismiss.
 * Text only: everything from the article is a text node.
 */
import type { ScriptChoice } from '../../core/script';
import type { EntityCandidate } from '../../library/candidates';
import { PROCESSOR_VERSION, type SavedArticle } from '../../library/model';
import { isoDay, localDay } from '../../text/dates';
import { kindKey, typeKey, type Translate } from '../strings';

export interface SavedArticleActions {
  onBack: () => void;
  onRead: (articleId: string) => void;
  /** Absent when Markdown export is not available. */
  onMarkdown: ((article: SavedArticle) => void) | undefined;
  onProcessAgain: (article: SavedArticle) => void;
  onDelete: (article: SavedArticle) => void;
  onSelectEntity: (entityId: string) => void;
  onConfirm: (candidate: EntityCandidate) => void;
  onDismiss: (candidate: EntityCandidate) => void;
}

export interface SavedArticleViewProps extends SavedArticleActions {
  t: Translate;
  article: SavedArticle;
  script: ScriptChoice;
  entityName: (id: string) => string;
  /** Candidates the reader has confirmed or dismissed since it was processed (hidden). */
  settled: ReadonlySet<string>;
}

/** A sentence with the candidate's written forms set apart. */
function Sentence({ text, forms }: { text: string; forms: readonly string[] }) {
  const parts: preact.JSX.Element[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let form = '';
    for (const f of forms) {
      const i = f ? rest.indexOf(f) : -1;
      if (i >= 0 && (at < 0 || i < at || (i === at && f.length > form.length))) {
        at = i;
        form = f;
      }
    }
    if (at < 0) {
      parts.push(<span key={parts.length}>{rest}</span>);
      break;
    }
    if (at > 0) parts.push(<span key={parts.length}>{rest.slice(0, at)}</span>);
    parts.push(<mark key={parts.length}>{form}</mark>);
    rest = rest.slice(at + form.length);
  }
  return <p class="candidate-sentence">{parts}</p>;
}

function CandidateItem({
  t,
  candidate,
  onConfirm,
  onDismiss,
}: {
  t: Translate;
  candidate: EntityCandidate;
  onConfirm: () => void;
  onDismiss: () => void;
}) {
  return (
    <li class="candidate" data-key={candidate.key}>
      <div class="candidate-head">
        <strong class="candidate-name">{candidate.name}</strong>
        <span class="type-tag">{t(typeKey(candidate.type))}</span>
        <span class="muted">{t('timesInArticle', candidate.count)}</span>
      </div>
      {candidate.sentences.slice(0, 2).map((s, i) => (
        <Sentence key={i} text={s.text} forms={candidate.forms} />
      ))}
      <div class="candidate-actions">
        <button type="button" class="quiet-button" onClick={onDismiss}>
          {t('notAName')}
        </button>
        <button type="button" class="primary" onClick={onConfirm}>
          {t('addAsEntity')}
        </button>
      </div>
    </li>
  );
}

export function SavedArticleView(props: SavedArticleViewProps) {
  const { t, article, script, entityName, settled } = props;
  const candidates = article.candidates.filter((c) => !settled.has(c.key));
  const meta = [article.site, isoDay(article.published), t('savedOn', localDay(article.savedAt))].filter(Boolean);
  return (
    <section class="saved-article" aria-label={article.title} data-article-id={article.id}>
      <div class="detail-actions">
        <button type="button" class="link" onClick={props.onBack}>
          ← {t('back')}
        </button>
      </div>
      <header class="saved-header">
        <h2>
          <button type="button" class="title-link" onClick={() => props.onRead(article.id)}>
            {article.title}
          </button>
        </h2>
        <p class="meta">{meta.join(' · ')}</p>
        {article.processorVersion < PROCESSOR_VERSION && <p class="notice">{t('outdatedArticle')}</p>}
        <div class="article-actions">
          <button type="button" onClick={() => props.onRead(article.id)}>
            {t('readArticle')}
          </button>
          {props.onMarkdown && (
            <button type="button" onClick={() => props.onMarkdown?.(article)}>
              {t('exportMarkdown')}
            </button>
          )}
          <button type="button" onClick={() => props.onProcessAgain(article)}>
            {t('processAgain')}
          </button>
          <button type="button" class="danger" onClick={() => props.onDelete(article)}>
            {t('deleteArticle')}
          </button>
        </div>
      </header>

      <section class="found known">
        <h3>
          {t('knownEntities')} <span class="count">{article.entityIds.length}</span>
        </h3>
        {article.entityIds.length ? (
          <ul class="entity-list">
            {article.entityIds.map((id) => (
              <li key={id}>
                <button type="button" data-entity-id={id} onClick={() => props.onSelectEntity(id)}>
                  {entityName(id)}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('noEntities')}</p>
        )}
      </section>

      <section class="found claims">
        <h3>
          {t('articleClaims')} <span class="count">{article.claims.length}</span>
        </h3>
        {article.claims.length ? (
          <ol class="claim-list">
            {article.claims.map((claim) => (
              <li key={claim.id} class={`claim kind-${claim.kind}`}>
                <span class="kind">{t(kindKey(claim.kind))}</span>
                <p class="claim-text">{claim.text[script]}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p class="empty">{t('noArticleClaims')}</p>
        )}
      </section>

      <section class="found candidates">
        <h3>
          {t('newNames')} <span class="count">{candidates.length}</span>
        </h3>
        {candidates.length ? (
          <ul class="candidate-list">
            {candidates.map((candidate) => (
              <CandidateItem
                key={candidate.key}
                t={t}
                candidate={candidate}
                onConfirm={() => props.onConfirm(candidate)}
                onDismiss={() => props.onDismiss(candidate)}
              />
            ))}
          </ul>
        ) : (
          <p class="empty">{t('noNewNames')}</p>
        )}
      </section>
    </section>
  );
}
