import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { GloseDb } from './db/database';
import { createWebPlatform } from './platform/web';
import type { PlatformApi } from '../shared/platform';
import './styles.css';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    glose?: PlatformApi;
  }
}

const platform = window.glose ?? createWebPlatform();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={new GloseDb()} platform={platform} />
  </StrictMode>,
);
