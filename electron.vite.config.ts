import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { writeBuildStamp } from './electron/cli/buildFreshness.mjs';

const root = import.meta.dirname;

/** electron-vite loads this file once per build, before the first bundle: the build's start. */
const buildStartedAt = Date.now();

/**
 * The renderer is built last (main, preload, renderer): once its files are written the build
 * is complete, and the stamp says so. bin.mjs and `puerto web` compare the sources with it.
 */
function buildStamp(): Plugin {
  return {
    name: 'puerto:build-stamp',
    apply: 'build',
    writeBundle: () => writeBuildStamp(root, buildStartedAt),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The CLI runs on the user's Node (package.json "engines"), older than Electron's own.
      target: 'node20.19',
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The CLI ships prebuilt (issue 10): bin.mjs runs it without compiling anything.
          cli: resolve(root, 'electron/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or require its own files: one CJS bundle.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [vue(), buildStamp()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
