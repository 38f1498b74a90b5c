import '../sidepanel/style.css';
import './style.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserTranslator, documentLang, localeFor, typeKey } from '../../lib/ui/strings';
import { ENTITY_TYPES } from '../../lib/core/entity-type';
import { siteKey } from '../../lib/settings/settings';
import { updateSettings } from '../../lib/settings/store';
import { OptionsForm } from '../../lib/ui/options-form';
import { useSettings } from '../../lib/ui/use-settings';
import { errorText } from '../../lib/ui/card-view';

const t = browserTranslator();
document.documentElement.lang = documentLang(localeFor(browser.i18n.getUILanguage()));
document.title = t('optionsTitle');

function App() {
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [commands, setCommands] = useState<Array<{ name: string; description: string; shortcut: string }>>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setCommands(
          all
            .filter((c) => c.name && c.description)
            .map((c) => ({ name: c.name!, description: c.description!, shortcut: c.shortcut ?? '' })),
        ),
      );
  }, []);
  return (
    <OptionsForm
      t={t}
      settings={settings}
      commands={commands}
      types={ENTITY_TYPES.map((type) => ({ type, label: t(typeKey(type)) }))}
      error={error}
      onChange={(change) =>
        updateSettings(change).then(
          () => (setError(null), true),
          (e: unknown) => (setError(t('settingsNotSaved', errorText(e))), false),
        )
      }
      siteKey={siteKey}
    />
  );
}

render(<App />, document.getElementById('app')!);
