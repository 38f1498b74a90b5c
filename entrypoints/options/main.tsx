import '../sidepanel/style.css';
import './style.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserTranslator, localeFor, typeKey } from '../../lib/ui/strings';
import { ENTITY_TYPES } from '../../lib/core/entity-type';
import { DEFAULT_SETTINGS, siteKey, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import { OptionsForm } from '../../lib/ui/options-form';

const t = browserTranslator();
const locale = localeFor(browser.i18n.getUILanguage());
document.documentElement.lang = locale === 'en' ? 'en' : locale === 'zh_TW' ? 'zh-Hant' : 'zh-Hans';
document.title = t('optionsTitle');

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [commands, setCommands] = useState<Array<{ name: string; description: string; shortcut: string }>>([]);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands
      .getAll()
      .then((all) =>
        setCommands(
          all
            .filter((c) => c.name && c.description)
            .map((c) => ({ name: c.name!, description: c.description!, shortcut: c.shortcut ?? '' })),
        ),
      );
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);
  return (
    <OptionsForm
      t={t}
      settings={settings}
      commands={commands}
      types={ENTITY_TYPES.map((type) => ({ type, label: t(typeKey(type)) }))}
      onChange={(change) => void updateSettings(change)}
      siteKey={siteKey}
    />
  );
}

render(<App />, document.getElementById('app')!);
