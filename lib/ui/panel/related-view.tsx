/** Corpus articles that share the most (rarity-weighted) entities with the current page. */
import type { RelatedArticle } from '../../related/related';
import type { Translate } from '../strings';
import { isoDay } from '../../text/dates';

export interface RelatedViewProps {
  items: RelatedArticle[];
  hasPage: boolean;
  t: Translate;
  onOpen: (articleId: string) => void;
  onSelectEntity: (entityId: string) => void;
}

export function RelatedView({ items, hasPage, t, onOpen, onSelectEntity }: RelatedViewProps) {
  if (!hasPage) return <p class="empty">{t('noPage')}</p>;
  if (!items.length) return <p class="empty">{t('relatedEmpty')}</p>;
  return (
    <section aria-label={t('relatedHeading')}>
      <p class="summary">{t('relatedHeading')}</p>
      <ol class="related-list">
        {items.map((item) => (
          <li key={item.articleId} class="related-item" data-article-id={item.articleId}>
            <h3>
              <button type="button" class="title-link" onClick={() => onOpen(item.articleId)}>
                {item.title}
              </button>
            </h3>
            <p class="meta">
              {item.library && <span class="library-source">{t('librarySource')}</span>}
              {[item.site, isoDay(item.date)].filter(Boolean).join(' · ')}
            </p>
            {item.snippet && (
              <p class="snippet">
                …{item.snippet.text.slice(0, item.snippet.highlightStart)}
                <mark>{item.snippet.text.slice(item.snippet.highlightStart, item.snippet.highlightEnd)}</mark>
                {item.snippet.text.slice(item.snippet.highlightEnd)}…
              </p>
            )}
            <p class="shared">
              <span class="label">{t('shared')}</span>
              {item.shared.slice(0, 8).map((entity) => (
                <button key={entity.id} type="button" class="chip" onClick={() => onSelectEntity(entity.id)}>
                  {entity.name}
                </button>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
