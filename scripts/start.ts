/**
 * `npm start`: builds and launches the Electron app; where Electron cannot run (no binary, as on
 * machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no display), serves the same renderer
 * as a web app on http://127.0.0.1:<port> instead, in the foreground until interrupted.
 * `npm run web` (`--web`) always serves the web build. The port: see scripts/ports.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { choosePort, HOST, requestedPort } from './ports';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable, or why there is none. This mirrors node_modules/electron/index.js without
 * requiring it: requiring `electron` with the binary missing starts a download, which must not happen.
 */
function findElectron(): { binary: string } | { missing: string } {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json'))) return { missing: 'the electron package is not installed' };
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? join(override, relative || 'electron') : relative && join(pkg, 'dist', relative);
  if (!binary || !existsSync(binary)) return { missing: 'the Electron binary is not installed' };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { missing: 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)' };
  }
  return { binary };
}

/** Runs a command in the foreground; resolves with its exit code. Ctrl-C and kill reach it too. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
    child.on('error', (error) => {
      console.error(`glose: could not run ${command}: ${error.message}`);
      resolvePromise(1);
    });
  });
}

/** A package's own CLI, run with this Node (works the same on every OS, no shell, no npx). */
const nodeBin = (pkg: string, file: string, args: string[]) => run(process.execPath, [join(root, 'node_modules', pkg, 'bin', file), ...args]);

async function startElectron(binary: string): Promise<number> {
  const built = await nodeBin('electron-vite', 'electron-vite.js', ['build']);
  if (built !== 0) return built;
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  return run(binary, ['.'], env);
}

async function serveWeb(port: number): Promise<number> {
  const config = ['--config', 'vite.renderer.config.ts'];
  const built = await nodeBin('vite', 'vite.js', ['build', ...config]);
  if (built !== 0) return built;
  return nodeBin('vite', 'vite.js', ['preview', ...config, '--host', HOST, '--port', String(port), '--strictPort']);
}

/** Picks the web build's port, or says why it cannot, before anything is built. */
async function webPort(argv: string[]): Promise<number | undefined> {
  const chosen = await choosePort(requestedPort(argv, process.env));
  if ('error' in chosen) {
    console.error(`glose: ${chosen.error}`);
    return undefined;
  }
  if (chosen.note) console.log(`glose: ${chosen.note}`);
  return chosen.port;
}

async function main(argv: string[]): Promise<number> {
  const electron = argv.includes('--web') ? { missing: '' } : findElectron();
  if ('binary' in electron) return startElectron(electron.binary);
  const port = await webPort(argv);
  if (port === undefined) return 1;
  const url = `http://${HOST}:${port}`;
  if (electron.missing) console.log(`glose: cannot launch Electron (${electron.missing}); serving the web app at ${url} instead.`);
  else console.log(`glose: serving the web app at ${url}`);
  return serveWeb(port);
}

process.exitCode = await main(process.argv.slice(2));
