import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

/**
 * The Electron build: main (ES module, package.json `main` = out/main/index.js), the sandboxed
 * preload, and the very same renderer as the web build (`rendererConfig`), written to out/renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(__dirname, 'out/main'),
      lib: { entry: resolve(__dirname, 'src/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: resolve(__dirname, 'out/preload'),
      // Sandboxed preloads cannot import: one CommonJS file with everything but `electron` inlined.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'src/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: resolve(__dirname, 'out/renderer') },
  },
});
