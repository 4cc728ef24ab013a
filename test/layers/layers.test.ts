import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layer check (`npm run lint:layers`) on a planted tree: each forbidden import must be reported by
 * the rule that names it. The real tree passing is `npm test` itself.
 */
const root = join(import.meta.dirname, '..', '..');
const planted = mkdtempSync(join(tmpdir(), 'glose-layers-'));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

function plant(files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(planted, path)), { recursive: true });
    writeFileSync(join(planted, path), content);
  }
}

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function violations(): Violation[] {
  const bin = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const args = [bin, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json', 'src'];
  let out: string;
  try {
    out = execFileSync(process.execPath, args, { cwd: planted, encoding: 'utf8' });
  } catch (e) {
    // Exit code 1 when errors are found: the JSON is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the layer check', () => {
  plant({
    'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "jsx": "react-jsx" } }',
    'src/renderer/db/database.ts': 'export class GloseDb {}\n',
    'src/shared/model/ok.ts': 'export const ok = 1;\n',
    'src/shared/model/reaches-renderer.ts': "import { GloseDb } from '../../renderer/db/database';\nexport const db = GloseDb;\n",
    'src/shared/text/uses-node.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    'src/renderer/components/view.tsx':
      "import { GloseDb } from '../db/database';\nimport { ok } from '../../shared/model/ok';\nexport const view = [GloseDb, ok];\n",
    'src/renderer/io/uses-node.ts': "import { join } from 'node:path';\nexport const j = join;\n",
    'src/main/reaches-renderer.ts': "import { GloseDb } from '../renderer/db/database';\nexport const m = GloseDb;\n",
    'src/server/app.ts': "import { ok } from '../shared/model/ok';\nimport { join } from 'node:path';\nexport const app = [ok, join];\n",
    'src/server/reaches-renderer.ts': "import { GloseDb } from '../renderer/db/database';\nexport const s = GloseDb;\n",
    'src/renderer/services/reaches-server.ts': "import { app } from '../../server/app';\nexport const r = app;\n",
  });
  const found = violations().map((v) => `${v.rule.name}: ${v.from}`);

  it('reports shared importing the renderer, and shared or the renderer importing Node', () => {
    expect(found).toContain('shared-is-pure: src/shared/model/reaches-renderer.ts');
    expect(found).toContain('shared-no-node: src/shared/text/uses-node.ts');
    expect(found).toContain('renderer-no-node: src/renderer/io/uses-node.ts');
  });

  it('reports main importing the renderer and a component importing the database', () => {
    expect(found).toContain('main-not-renderer: src/main/reaches-renderer.ts');
    expect(found).toContain('views-not-database: src/renderer/components/view.tsx');
  });

  it('reports the server importing the app and the app importing the server', () => {
    expect(found).toContain('server-only-shared: src/server/reaches-renderer.ts');
    expect(found).toContain('app-not-server: src/renderer/services/reaches-server.ts');
  });

  it('lets shared import shared, and the server import shared and Node', () => {
    expect(found.filter((f) => f.endsWith('ok.ts'))).toEqual([]);
    expect(found.filter((f) => f.endsWith('src/server/app.ts'))).toEqual([]);
  });
});
