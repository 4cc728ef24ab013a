import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * index.html carries the strict Content-Security-Policy of the built app. The dev server alone needs an
 * inline script (React fast refresh's preamble), so only there the policy is relaxed.
 */
const devCsp: Plugin = {
  name: 'glose-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
};

/**
 * The renderer's one Vite configuration, shared by the web build (`npm run web`, e2e) and by
 * electron-vite's renderer section, so that both hosts run the same app.
 */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react(), devCsp],
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  worker: { format: 'es' },
};

export default defineConfig({
  ...rendererConfig,
  build: { outDir: resolve(__dirname, 'dist-web'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
