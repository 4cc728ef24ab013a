/**
 * The layer rules of docs/architecture.md, checked by `npm run lint:layers` (part of `npm test`).
 * Layers point one way: renderer → shared, main → shared, preload → shared, server → shared. Tests may use Node
 * (and a test of sync may run the app's client against the real server).
 */
const TESTS = '(\\.test\\.tsx?$|/test-[^/]*\\.ts$|/testkit\\.ts$|/test-helpers\\.ts$)';

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'src/shared is pure TypeScript: it imports nothing outside src/shared but pure npm libraries (zod, fflate, @noble/hashes).',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: TESTS },
      to: { pathNot: ['^src/shared/', '^node_modules/(zod|fflate|@noble/hashes)/'] },
    },
    {
      name: 'shared-no-node',
      comment: 'Not even type imports of Node built-ins in src/shared (tests excepted).',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-platform',
      comment: 'The renderer reaches the platform only through the PlatformApi: no Node, no Electron, no main or preload code.',
      severity: 'error',
      from: { path: '^src/renderer/', pathNot: TESTS },
      to: { path: ['^src/main/', '^src/preload/', '^node_modules/electron/'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^src/renderer/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-not-renderer',
      comment: 'The main process and the CLI never import the renderer.',
      severity: 'error',
      from: { path: '^src/(main|preload)/' },
      to: { path: '^src/renderer/' },
    },
    {
      name: 'preload-only-shared',
      comment: 'The preload bridge is minimal: electron and shared names only.',
      severity: 'error',
      from: { path: '^src/preload/', pathNot: TESTS },
      to: { pathNot: ['^src/preload/', '^src/shared/', '^node_modules/electron/'] },
    },
    {
      name: 'server-only-shared',
      comment: 'The team server (src/server) is a layer of its own: it imports shared, Node and npm libraries, never the app.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: TESTS },
      to: { path: ['^src/(renderer|main|preload)/', '^node_modules/electron/'] },
    },
    {
      name: 'app-not-server',
      comment: 'The app reaches the server over HTTP only (renderer/services/sync-service.ts), never by importing it.',
      severity: 'error',
      from: { path: '^src/(renderer|main|preload|shared)/', pathNot: TESTS },
      to: { path: '^src/server/' },
    },
    {
      name: 'views-not-database',
      comment: 'Components and screens get data through the services, never from the database or Dexie directly.',
      severity: 'error',
      from: { path: '^src/renderer/(components|screens|editor|settings|review)/', pathNot: TESTS },
      to: { path: ['^src/renderer/db/', '^node_modules/dexie/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles at run time; types may refer to each other (a command knows the services, the services the registry).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '^(out|dist-web|node_modules)/' },
  },
};
