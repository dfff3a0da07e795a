import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const fromRoot = (path: string): string => resolve(__dirname, path);
const CLI_SHEBANG = '#!/usr/bin/env node';

/** `privacyscope` runs as `out/main/cli.js` through package.json `bin`: it must be executable. */
const executableCli = {
  name: 'privacyscope-executable-cli',
  async writeBundle(options: { dir?: string }, bundle: Record<string, { type: string; name?: string }>) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type === 'chunk' && chunk.name === 'cli')
        await chmod(resolve(options.dir ?? '', fileName), 0o755);
    }
  },
};

export default defineConfig({
  main: {
    plugins: [executableCli],
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
