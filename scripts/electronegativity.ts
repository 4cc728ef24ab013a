/**
 * `npm run lint:electron` (part of `npm test`): runs @doyensec/electronegativity over the Electron
 * sources and fails on any finding of MEDIUM severity or above that the reviewed allow list
 * (scripts/electronegativity-allow.json, one reason per entry) does not justify. An allow entry that
 * no longer matches a finding fails too, so the list never outlives what it excuses.
 *
 * Offline by construction: the Electron version is given (`-e`, default: the installed electron
 * package), the check that downloads Electron's release list is left out, and the translations the
 * tool fetches at every start are refused before any request leaves.
 *
 * The tool's own CLI cannot start here (it requires a `commander` it does not declare and gets a later,
 * incompatible one), so this calls the runner that CLI calls, with the same options, and reads the
 * findings it returns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const FAILING_SEVERITIES = ['MEDIUM', 'HIGH'] as const;

export interface Finding {
  check: string;
  /** Relative to the scanned folder, with `/`. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
}

const allowEntry = z.object({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'a check id such as PRELOAD_JS_CHECK'),
  file: z.string().min(1),
  reason: z.string().trim().min(20, 'say why this finding is acceptable (20 characters at least)'),
});
const allowListSchema = z.object({ allow: z.array(allowEntry) }).passthrough();
export type AllowEntry = z.infer<typeof allowEntry>;

/** The allow list, or why it is not one. */
export function parseAllowList(json: string): { ok: true; entries: AllowEntry[] } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${(e as Error).message}` };
  }
  const parsed = allowListSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'the list'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, entries: parsed.data.allow };
}

export interface Audit {
  /** Findings at or above MEDIUM with no allow entry: each one fails the run. */
  unjustified: Finding[];
  allowed: { finding: Finding; reason: string }[];
  /** Below MEDIUM: reported, never failing. */
  minor: Finding[];
  /** Allow entries that match no finding any more. */
  stale: AllowEntry[];
}

const matches = (entry: AllowEntry, finding: Finding) => entry.check === finding.check && entry.file === finding.file;

export function audit(findings: readonly Finding[], allowList: readonly AllowEntry[]): Audit {
  const result: Audit = { unjustified: [], allowed: [], minor: [], stale: [] };
  for (const finding of findings) {
    if (!(FAILING_SEVERITIES as readonly string[]).includes(finding.severity)) {
      result.minor.push(finding);
      continue;
    }
    const entry = allowList.find((e) => matches(e, finding));
    if (entry) result.allowed.push({ finding, reason: entry.reason });
    else result.unjustified.push(finding);
  }
  result.stale = allowList.filter((e) => !findings.some((f) => matches(e, f)));
  return result;
}

export const passes = (a: Audit) => a.unjustified.length === 0 && a.stale.length === 0;

/** The installed Electron's version (its package.json only: requiring `electron` would start a download). */
export function installedElectronVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}
type Runner = (options: object) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

/** Makes the tool's HTTP client fail at once, so that no run ever reaches the network. */
function keepOffline(runnerPath: string): void {
  const gotPath = createRequire(runnerPath).resolve('got');
  const refuse = () => Promise.reject(new Error('electronegativity runs offline'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse } as unknown as NodeJS.Module;
}

/** Runs electronegativity over `input`; parse errors are findings too (a file it cannot read is a file it did not check). */
export async function scan(input: string, electronVersion: string): Promise<{ findings: Finding[]; errors: string[] }> {
  const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  keepOffline(runnerPath);
  const run = require(runnerPath) as Runner;
  const log = console.log;
  console.log = () => {}; // its progress and translation messages
  let result: Awaited<ReturnType<Runner>>;
  try {
    result = await run({
      input: resolve(input),
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      customScan: [],
      parserPlugins: [],
    });
  } finally {
    console.log = log;
  }
  const findings = result.issues.map((i) => ({
    check: i.id,
    file: i.file.split('\\').join('/'),
    line: i.location.line,
    column: i.location.column,
    severity: i.severity.name,
    confidence: i.confidence.name,
    description: i.description,
  }));
  const errors = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`);
  return { findings, errors };
}

const where = (f: Finding) => `${f.file}:${f.line}:${f.column}`;

export function report(a: Audit, errors: readonly string[]): string[] {
  const lines: string[] = [];
  for (const f of a.unjustified) lines.push(`FAIL    ${f.severity} ${f.check} ${where(f)} — ${f.description}`);
  for (const e of a.stale) lines.push(`FAIL    stale allow entry ${e.check} ${e.file}: it matches no finding any more; remove it`);
  for (const e of errors) lines.push(`FAIL    could not parse ${e}`);
  for (const { finding: f, reason } of a.allowed) lines.push(`allowed ${f.severity} ${f.check} ${where(f)} — ${reason}`);
  for (const f of a.minor) lines.push(`note    ${f.severity} ${f.check} ${where(f)} — ${f.description}`);
  const verdict = passes(a) && errors.length === 0 ? 'passed' : 'FAILED';
  lines.push(
    `electronegativity ${verdict}: ${a.unjustified.length} unjustified, ${a.allowed.length} allowed, ${a.minor.length} below MEDIUM, ${a.stale.length} stale allow entries, ${errors.length} unparsed files`,
  );
  return lines;
}

function option(argv: readonly string[], names: readonly string[], fallback: string): string {
  const i = argv.findIndex((a) => names.includes(a));
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}

/** The command: exit code 0 when every finding at or above MEDIUM is justified, 1 otherwise. */
export async function main(argv: readonly string[]): Promise<number> {
  const input = option(argv, ['-i', '--input'], join(root, 'src'));
  const allowPath = option(argv, ['--allow'], join(root, 'scripts', 'electronegativity-allow.json'));
  const version = option(argv, ['-e', '--electron-version'], installedElectronVersion());
  const allowList = parseAllowList(readFileSync(allowPath, 'utf8'));
  if (!allowList.ok) {
    console.error(`${allowPath}: ${allowList.reason}`);
    return 1;
  }
  const { findings, errors } = await scan(input, version);
  const result = audit(findings, allowList.entries);
  console.log(`electronegativity over ${input} for Electron ${version}:`);
  for (const line of report(result, errors)) console.log(line);
  return passes(result) && errors.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
