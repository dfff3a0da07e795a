import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const fromRoot = (path: string): string => resolve(__dirname, path);
const CLI_SHEBANG = '#!/usr/bin/env node';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // index: the Electron main process; cli: `privacyscope` (serve, virtual-phone, scan…), plain Node.
        input: { index: fromRoot('main/index.ts'), cli: fromRoot('main/cli.ts') },
        output: { banner: (chunk) => (chunk.name === 'cli' ? CLI_SHEBANG : '') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: fromRoot('preload/index.ts') } },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    plugins: [react()],
    build: {
      outDir: fromRoot('out/renderer'),
      rollupOptions: { input: fromRoot('renderer/index.html') },
    },
  },
});
