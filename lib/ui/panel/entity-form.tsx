/**
 * The form that makes a name an entity (or edits one of the reader's): type, both scripts (filled
 * in by the converter, editable), English name, aliases, owner, a one-line description, and which
 * of its names are also everyday words (marked only with evidence) with cue words for its sense.
 * Checks are lib/panel/entity-draft.ts; saving is the caller's.
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES } from '../../core/entity-type';
import { draftNames, suggestedAmbiguous, type EntityDraft } from '../../panel/entity-draft';
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

type TextField = Exclude<keyof EntityDraft, 'ambiguousNames'>;

const TEXT_FIELDS: Array<[TextField, StringKey]> = [
  ['hans', 'fieldHans'],
  ['hant', 'fieldHant'],
  ['en', 'fieldEnglish'],
  ['aliases', 'fieldAliases'],
  ['parent', 'fieldParent'],
  ['description', 'fieldDescription'],
];

export function EntityForm({ t, initial, problem, ownerNames, onSave, onCancel }: EntityFormProps) {
  const [draft, setDraft] = useState(initial);
  // Until the reader ticks or unticks a name, short names typed in are suggested as everyday words;
  // an entity being edited keeps what was saved.
  const [ticked, setTicked] = useState(initial.id !== null);
  const listId = `owners-${initial.id ?? initial.hans}`;
  const setText = (field: TextField, value: string) => {
    const next = { ...draft, [field]: value };
    if (!ticked && (field === 'hans' || field === 'aliases')) next.ambiguousNames = suggestedAmbiguous(next);
    setDraft(next);
  };
  const toggle = (name: string, on: boolean) => {
    setTicked(true);
    const rest = draft.ambiguousNames.filter((n) => n !== name);
    setDraft({ ...draft, ambiguousNames: on ? [...rest, name] : rest });
  };
  const names = draftNames(draft);
  const anyAmbiguous = names.some((n) => draft.ambiguousNames.includes(n));
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
            onInput={(e) => setText(field, e.currentTarget.value)}
          />
        </label>
      ))}
      {names.length > 0 && (
        <fieldset class="everyday-names">
          <legend>{t('fieldEverydayNames')}</legend>
          {names.map((name) => (
            <label key={name} class="check">
              <input
                type="checkbox"
                name="ambiguous"
                value={name}
                checked={draft.ambiguousNames.includes(name)}
                onChange={(e) => toggle(name, e.currentTarget.checked)}
              />
              <span>{name}</span>
            </label>
          ))}
          {anyAmbiguous && (
            <>
              <label>
                <span>{t('fieldCues')}</span>
                <input
                  name="cues"
                  value={draft.cues}
                  maxLength={600}
                  placeholder={t('cuesPlaceholder')}
                  onInput={(e) => setText('cues', e.currentTarget.value)}
                />
              </label>
              <p class="hint">{t('everydayNamesHint')}</p>
            </>
          )}
        </fieldset>
      )}
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
