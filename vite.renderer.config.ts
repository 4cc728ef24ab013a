import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's one Vite configuration, shared by the web build (`npm run web`, e2e) and by
 * electron-vite's renderer section, so that both hosts run the same app.
 */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  worker: { format: 'es' },
};

export default defineConfig({
  ...rendererConfig,
  build: { outDir: resolve(__dirname, 'dist-web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
