import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { audit, main, parseAllowList, passes, scan, type Finding } from '../../scripts/electronegativity';

/**
 * The electronegativity gate of `npm test` on a planted Electron main file with a real misconfiguration:
 * the real tool must find it, and the wrapper must fail on it unless a reviewed entry justifies it.
 */
const planted = mkdtempSync(join(tmpdir(), 'glose-electronegativity-'));
writeFileSync(
  join(planted, 'main.js'),
  "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
);
afterAll(() => rmSync(planted, { recursive: true, force: true }));

let findings: Finding[];
beforeAll(async () => {
  findings = (await scan(planted, '45.4.1')).findings;
}, 120_000);

const severe = () => findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const allowEvery = (list: Finding[]) => list.map((f) => ({ check: f.check, file: f.file, reason: 'planted on purpose for this test of the gate' }));

describe('the electronegativity gate', () => {
  it('finds the planted misconfiguration with the real tool, offline', () => {
    const planted = findings.find((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK');
    expect(planted).toMatchObject({ file: 'main.js', line: 2 });
    expect(['HIGH', 'MEDIUM']).toContain(planted!.severity);
  });

  it('fails on an unjustified finding of MEDIUM or above, and passes once every one is justified', () => {
    const bare = audit(findings, []);
    expect(passes(bare)).toBe(false);
    expect(bare.unjustified.map((f) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
    const justified = audit(findings, allowEvery(severe()));
    expect(passes(justified)).toBe(true);
    expect(justified.allowed).toHaveLength(severe().length);
    const allButOne = audit(findings, allowEvery(severe().filter((f) => f.check !== 'CONTEXT_ISOLATION_JS_CHECK')));
    expect(allButOne.unjustified.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
  });

  it('never fails on findings below MEDIUM, and fails on an allow entry that matches nothing', () => {
    const low: Finding = { check: 'CSP_GLOBAL_CHECK', file: 'a.html', line: 1, column: 0, severity: 'LOW', confidence: 'FIRM', description: 'weak' };
    expect(passes(audit([low], []))).toBe(true);
    const stale = audit([low], [{ check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', reason: 'a reason that used to hold true' }]);
    expect(passes(stale)).toBe(false);
    expect(stale.stale).toHaveLength(1);
  });

  it('exits 1 with the finding named when run as the command with an empty allow list', async () => {
    const allow = join(planted, 'allow.json');
    writeFileSync(allow, '{ "allow": [] }');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    let code: number;
    try {
      code = await main(['-i', planted, '--allow', allow, '-e', '45.4.1']);
    } finally {
      log.mockRestore();
    }
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/^FAIL .*CONTEXT_ISOLATION_JS_CHECK main\.js:2/));
    expect(lines.at(-1)).toMatch(/^electronegativity FAILED/);
  }, 120_000);
});

describe('the allow list', () => {
  it('needs a reason for every entry', () => {
    expect(parseAllowList('{ "allow": [{ "check": "PRELOAD_JS_CHECK", "file": "main/window.ts" }] }')).toMatchObject({ ok: false, reason: /allow\.0\.reason/ });
    expect(parseAllowList('{ "allow": [{ "check": "PRELOAD_JS_CHECK", "file": "main/window.ts", "reason": "   ok   " }] }')).toMatchObject({ ok: false });
    expect(parseAllowList('{ "allow": [{ "check": "preload", "file": "x", "reason": "a reason long enough to count" }] }')).toMatchObject({ ok: false });
    expect(parseAllowList('[]')).toMatchObject({ ok: false });
    expect(parseAllowList('{ allow: [] }')).toMatchObject({ ok: false, reason: /not JSON/ });
  });

  it("accepts the project's reviewed list", () => {
    const list = parseAllowList(readFileSync(join(import.meta.dirname, '../../scripts/electronegativity-allow.json'), 'utf8'));
    expect(list.ok).toBe(true);
  });
});
