/** "This page": the entities found on the current tab, grouped by type, and the chosen one's card. */
import type { CompiledCorpus } from '../../corpus/compile';
import { ENTITY_TYPES, type EntityType } from '../../core/entity-type';
import { entityCard } from '../../corpus/card';
import type { PageEntitiesMessage } from '../../messages';
import type { ScriptChoice } from '../../core/script';
import { renderCard } from '../card-view';
import { typeKey, type Translate } from '../strings';
import { Imperative } from './common';

export interface PageViewProps {
  corpus: CompiledCorpus;
  page: PageEntitiesMessage | null;
  script: ScriptChoice;
  t: Translate;
  selected: string | null;
  onSelect: (entityId: string | null) => void;
  onReveal: (entityId: string) => void;
  onAddNote: (entityId: string) => void;
}

export function PageView({ corpus, page, script, t, selected, onSelect, onReveal, onAddNote }: PageViewProps) {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  if (selected && byId.has(selected)) {
    return (
      <section class="entity-detail" aria-label={byId.get(selected)!.name[script]}>
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
          deps={[selected, script]}
          render={(container) =>
            // The panel shows every claim, grouped by kind and newest first.
            renderCard(
              container,
              entityCard(corpus, selected, script, Number.POSITIVE_INFINITY),
              t,
              { openEntity: onSelect, addNote: onAddNote, close: () => onSelect(null) },
              { groupByKind: true },
            )
          }
        />
      </section>
    );
  }
  if (!page) return <p class="empty">{t('noPage')}</p>;
  const found = page.entities.filter((e) => byId.has(e.id));
  if (!found.length) return <p class="empty">{t('noEntities')}</p>;
  const groups = new Map<EntityType, typeof found>();
  for (const summary of found) {
    const type = byId.get(summary.id)!.type;
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
                    {byId.get(summary.id)!.name[script]}
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
