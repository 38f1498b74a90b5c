import { defineConfig } from 'wxt';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCALES, localeMessages } from './lib/ui/strings';

const ICON_SIZES = [16, 32, 48, 128] as const;
const iconPath = (size: number) => `icons/${size}.png`;

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in the README.
    permissions: ['sidePanel', 'storage', 'contextMenus', 'scripting'],
    // Saving an article injects the extraction script on demand (scripting.executeScript): the
    // same sites the content script already runs on, so the install warning does not change.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The side panel segments saved articles with jieba-wasm: WebAssembly needs 'wasm-unsafe-eval'
    // (compiling the extension's own .wasm; no remote code, no eval of JavaScript).
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    action: {
      default_title: '__MSG_extName__',
      default_icon: Object.fromEntries(ICON_SIZES.map((s) => [s, iconPath(s)])),
    },
    icons: Object.fromEntries(ICON_SIZES.map((s) => [s, iconPath(s)])),
    side_panel: { default_path: 'sidepanel.html' },
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenPanel__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandAddNote__' },
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandToggleMarks__' },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveArticle__' },
    },
  },
  hooks: {
    // _locales and icons are generated or copied from lib/ and assets/, so the repo has one
    // source for each (no public/ folder).
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(localeMessages(locale), null, 1),
        });
      }
      // Chrome falls back from zh-HK to zh, not to zh_TW: give Hong Kong and Macau Traditional.
      files.push({
        relativeDest: '_locales/zh_HK/messages.json',
        contents: JSON.stringify(localeMessages('zh_TW'), null, 1),
      });
      for (const size of ICON_SIZES) {
        const source = resolve('assets/icons', `${size}.png`);
        if (existsSync(source)) files.push({ relativeDest: iconPath(size), absoluteSrc: source });
      }
    },
  },
});
