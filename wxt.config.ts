import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: {
    name: 'Tech Lens 科技透镜',
    description: 'Marks companies, AI models and people from a bundled Chinese tech-news corpus, with claims on hover and notes in a side panel. Works offline.',
    permissions: ['sidePanel', 'storage'],
    action: { default_title: 'Tech Lens' },
    side_panel: { default_path: 'sidepanel.html' },
  },
});
