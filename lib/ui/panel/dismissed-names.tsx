/**
 * The names the reader dismissed as "not a name", folded away under the library's own lists
 * (closed by default, the count in its summary), each with a way to take it back.
 */
import type { DismissedName } from '../../library/model';
import type { Translate } from '../strings';

export interface DismissedNamesProps {
  t: Translate;
  names: readonly DismissedName[];
  onRestore: (name: DismissedName) => void;
}

export function DismissedNames({ t, names, onRestore }: DismissedNamesProps) {
  if (names.length === 0) return null;
  return (
    <details class="dismissed-names">
      <summary class="section-title">
        {t('dismissedNames')} <span class="count">{names.length}</span>
      </summary>
      <p class="hint">{t('dismissedNamesHint')}</p>
      <ul>
        {names.map((name) => (
          <li key={name.key} data-key={name.key}>
            <span class="dismissed-name">{name.name}</span>
            <button type="button" class="link" onClick={() => onRestore(name)}>
              {t('restoreName')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
