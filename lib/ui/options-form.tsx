/** The options page: sites, display and shortcuts. Every change is saved (and applied) at once. */
import { useState } from 'preact/hooks';
import type { EntityType } from '../core/entity-type';
import type { Settings } from '../settings/settings';
import type { StringKey, Translate } from './strings';

export interface OptionsFormProps {
  t: Translate;
  settings: Settings;
  commands: Array<{ name: string; description: string; shortcut: string }>;
  types: Array<{ type: EntityType; label: string }>;
  /** Why the last change was not saved, or null. */
  error: string | null;
  /** Saves a change; resolves false when it was not saved (the page shows why). */
  onChange: (change: (current: Settings) => Settings) => Promise<boolean>;
  siteKey: (input: string) => string;
}

function Choice<K extends keyof Settings>({
  t,
  settings,
  onChange,
  field,
  legend,
  options,
}: Pick<OptionsFormProps, 't' | 'settings' | 'onChange'> & {
  field: K;
  legend: StringKey;
  options: Array<[Settings[K], StringKey]>;
}) {
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      <div class="choices">
        {options.map(([value, label]) => (
          <label key={String(value)}>
            <input
              type="radio"
              name={field}
              checked={settings[field] === value}
              onChange={() => void onChange((s) => ({ ...s, [field]: value }))}
            />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function OptionsForm(props: OptionsFormProps) {
  const { t, settings, onChange, siteKey } = props;
  const [site, setSite] = useState('');
  const addSite = () => {
    const key = siteKey(site);
    if (!key) return;
    // The typed site stays in the box until it is saved.
    void onChange((s) => ({ ...s, disabledSites: [...new Set([...s.disabledSites, key])] })).then(
      (saved) => saved && setSite(''),
    );
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sectionSites')}</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => {
              // Read now: currentTarget is null once the event has been dispatched.
              const paused = e.currentTarget.checked;
              void onChange((s) => ({ ...s, paused }));
            }}
          />
          {t('pauseAll')}
        </label>
        {settings.paused && <p class="hint paused">{t('pausedNote')}</p>}
        <h3 class="hint">{t('disabledSites')}</h3>
        {settings.disabledSites.length ? (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  class="link"
                  onClick={() =>
                    void onChange((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== host) }))
                  }
                >
                  {t('removeSite')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">{t('noDisabledSites')}</p>
        )}
        <form
          class="add-site"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <input
            aria-label={t('addSite')}
            placeholder={t('addSitePlaceholder')}
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('add')}
          </button>
        </form>
      </section>
      <section aria-labelledby="display-heading">
        <h2 id="display-heading">{t('sectionDisplay')}</h2>
        <Choice
          {...props}
          field="highlightStyle"
          legend="highlightStyle"
          options={[
            ['underline', 'styleUnderline'],
            ['background', 'styleBackground'],
            ['hover', 'styleHover'],
          ]}
        />
        <fieldset>
          <legend>{t('markedTypes')}</legend>
          <div class="choices">
            {props.types.map(({ type, label }) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={settings.markedTypes.includes(type)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void onChange((s) => ({
                      ...s,
                      markedTypes: on ? [...s.markedTypes, type] : s.markedTypes.filter((x) => x !== type),
                    }));
                  }}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <Choice
          {...props}
          field="trigger"
          legend="trigger"
          options={[
            ['hover', 'triggerHover'],
            ['modifier', 'triggerModifier'],
            ['click', 'triggerClick'],
          ]}
        />
        <Choice
          {...props}
          field="script"
          legend="scriptPreference"
          options={[
            ['page', 'scriptPage'],
            ['hans', 'scriptHans'],
            ['hant', 'scriptHant'],
          ]}
        />
        <Choice
          {...props}
          field="theme"
          legend="theme"
          options={[
            ['system', 'themeSystem'],
            ['light', 'themeLight'],
            ['dark', 'themeDark'],
          ]}
        />
      </section>
      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{t('sectionShortcuts')}</h2>
        <ul class="shortcuts">
          {props.commands.map((command) => (
            <li key={command.name}>
              <span>{command.description}</span>
              {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="hint">{t('notSet')}</span>}
            </li>
          ))}
        </ul>
        <p class="hint">{t('shortcutsHint')}</p>
      </section>
    </main>
  );
}
