import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { GloseDb } from './db/database';
import { createWebPlatform } from './platform/web';
import { createServices } from './services/create-services';
import type { PlatformApi } from '../shared/platform';
import './styles.css';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    glose?: PlatformApi;
  }
}

const platform = window.glose ?? createWebPlatform();
const services = createServices(new GloseDb(), platform, /Mac/.test(navigator.platform));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
void services.start();
