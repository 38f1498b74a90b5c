/** "This page": the entities found on the current tab, grouped by type, and the chosen one's card. */
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../core/entity-type';
import type { EntityCard } from '../../corpus/card';
import type { PageEntitiesMessage } from '../../messages';
import { errorText, renderCard, renderMessage } from '../card-view';
import { typeKey, type Translate } from '../strings';
import { Imperative } from './common';

/** What the list needs of an entity (bundled or the reader's). */
export interface EntityInfo {
  name: string;
  type: EntityType;
}

export interface PageViewProps {
  /** A bundled or reader entity by id, null for an id neither knows (e.g. just deleted). */
  entity: (id: string) => EntityInfo | null;
  /** The full card (every claim, corpus and library). */
  loadCard: (entityId: string) => Promise<EntityCard>;
  page: PageEntitiesMessage | null;
  t: Translate;
  selected: string | null;
  onSelect: (entityId: string | null) => void;
  onReveal: (entityId: string) => void;
  onAddNote: (entityId: string) => void;
}

export function PageView({ entity, loadCard, page, t, selected, onSelect, onReveal, onAddNote }: PageViewProps) {
  const [card, setCard] = useState<{ id: string; card: EntityCard } | { id: string; error: string } | null>(null);
  useEffect(() => {
    if (!selected) return;
    let current = true;
    loadCard(selected).then(
      (loaded) => current && setCard({ id: selected, card: loaded }),
      (error: unknown) => current && setCard({ id: selected, error: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [selected, loadCard]);
  const chosen = selected ? entity(selected) : null;
  if (selected && chosen) {
    const shown = card?.id === selected ? card : null;
    return (
      <section class="entity-detail" aria-label={chosen.name}>
        <div class="detail-actions">
          <button type="button" class="link" onClick={() => onSelect(null)}>
            ← {t('back')}
          </button>
          {page?.entities.some((e) => e.id === selected) && (
            <button type="button" class="link" onClick={() => onReveal(selected)}>
              {t('showOnPage')}
            </button>
          )}
        </div>
        <Imperative
          className="card"
          deps={[shown]}
          render={(container) => {
            if (!shown) renderMessage(container, t('loading'));
            else if ('error' in shown) renderMessage(container, t('unavailable'));
            // The panel shows every claim, grouped by kind and newest first.
            else
              renderCard(
                container,
                shown.card,
                t,
                { openEntity: onSelect, addNote: onAddNote, close: () => onSelect(null) },
                { groupByKind: true },
              );
          }}
        />
      </section>
    );
  }
  if (!page) return <p class="empty">{t('noPage')}</p>;
  const found = page.entities.filter((e) => entity(e.id));
  if (!found.length) return <p class="empty">{t('noEntities')}</p>;
  const groups = new Map<EntityType, typeof found>();
  for (const summary of found) {
    const type = entity(summary.id)!.type;
    groups.set(type, [...(groups.get(type) ?? []), summary]);
  }
  return (
    <section aria-label={t('tabPage')}>
      <p class="summary">{t('entitiesOnPage', found.length)}</p>
      {ENTITY_TYPES.filter((type) => groups.has(type)).map((type) => (
        <section key={type} class={`type-group group-${type}`}>
          <h3>
            {t(typeKey(type))} <span class="count">{groups.get(type)!.length}</span>
          </h3>
          <ul class="entity-list">
            {groups
              .get(type)!
              .sort((a, b) => b.count - a.count || a.firstIndex - b.firstIndex)
              .map((summary) => (
                <li key={summary.id}>
                  <button
                    type="button"
                    data-entity-id={summary.id}
                    onClick={() => {
                      onSelect(summary.id);
                      onReveal(summary.id);
                    }}
                  >
                    {entity(summary.id)!.name}
                    <span class="count" aria-label={`× ${summary.count}`}>
                      {summary.count}
                    </span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
