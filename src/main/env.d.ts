/**
 * The one build-time constant main reads: electron-vite (like Vite) replaces `import.meta.env.DEV`
 * with true in `electron-vite dev` and false in `electron-vite build`. Same shape as vite/client's.
 */
interface ImportMetaEnv {
  DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
