/**
 * The form that makes a name an entity (or edits one of the reader's): type, both scripts (filled
 * in by the converter, editable), English name, aliases, owner, a one-line description. Checks
 * are lib/panel/entity-draft.ts; saving is the caller's.
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES } from '../../core/entity-type';
import type { EntityDraft } from '../../panel/entity-draft';
import { typeKey, type StringKey, type Translate } from '../strings';

export interface EntityFormProps {
  t: Translate;
  initial: EntityDraft;
  /** A problem with the last attempt, already in the reader's language. */
  problem: string | null;
  /** Known names offered for the owner field (either script). */
  ownerNames: readonly string[];
  onSave: (draft: EntityDraft) => void;
  onCancel: () => void;
}

const TEXT_FIELDS: Array<[keyof EntityDraft, StringKey]> = [
  ['hans', 'fieldHans'],
  ['hant', 'fieldHant'],
  ['en', 'fieldEnglish'],
  ['aliases', 'fieldAliases'],
  ['parent', 'fieldParent'],
  ['description', 'fieldDescription'],
];

export function EntityForm({ t, initial, problem, ownerNames, onSave, onCancel }: EntityFormProps) {
  const [draft, setDraft] = useState(initial);
  const listId = `owners-${initial.id ?? initial.hans}`;
  return (
    <form
      class="entity-form"
      aria-label={t('entityForm')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <h2>{initial.id ? t('edit') : t('addAsEntity')}</h2>
      <label>
        <span>{t('fieldType')}</span>
        <select
          name="type"
          value={draft.type}
          onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as EntityDraft['type'] })}
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(typeKey(type))}
            </option>
          ))}
        </select>
      </label>
      {TEXT_FIELDS.map(([field, label]) => (
        <label key={field}>
          <span>{t(label)}</span>
          <input
            name={field}
            value={draft[field] ?? ''}
            maxLength={field === 'description' ? 300 : field === 'aliases' ? 1000 : 100}
            list={field === 'parent' ? listId : undefined}
            onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
          />
        </label>
      ))}
      <datalist id={listId}>
        {ownerNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="quiet-button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {t('saveEntity')}
        </button>
      </div>
    </form>
  );
}
