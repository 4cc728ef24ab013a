/**
 * Electron fuses of the packaged app: features compiled into the Electron binary that the app never
 * uses and an attacker would, switched off in the binary itself, where no argument or environment
 * variable can switch them back on.
 *
 * The Electron binary is never downloaded on our machines, so this runs where a packaged app exists:
 * as a packager's after-pack hook (`afterPack`, electron-builder's signature; Electron Forge's
 * `packageAfterCopy` can call `flipAppFuses` the same way) or by hand on a packaged executable:
 *   npm run fuses -- <path to the packaged glose or Electron executable> [--no-asar]
 * Never on node_modules/electron: a development binary with these fuses cannot run `electron .`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';

export interface FuseTarget {
  platform: NodeJS.Platform;
  arch: string;
  /** Whether the app is packed into app.asar (the ASAR fuses would stop an unpacked app from starting). */
  asar: boolean;
}

/**
 * The fuse wire of the packaged app. Every fuse is named (`strictlyRequireAllFuses`), so an Electron
 * upgrade that adds one fails the packaging step until someone decides its value.
 */
export function fuseConfig(target: FuseTarget): FuseConfig {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a Node interpreter for any script.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other Chromium storage encrypted with the OS keychain's key.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS (e.g. --require) would inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would open a debugger on the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar checked against the hash embedded at packaging (Electron does so on macOS and Windows
    // only), and only app.asar loaded: a swapped or added app folder is refused. Only for an app packed
    // as asar, which an unpacked one would otherwise never start.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: target.asar && (target.platform === 'darwin' || target.platform === 'win32'),
    [FuseV1Options.OnlyLoadAppFromAsar]: target.asar,
    // No custom V8 snapshot for the browser process.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served by app://, so file:// needs none of its historical extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Electron's default: WebAssembly bounds checks by trap handlers (fast and safe).
    [FuseV1Options.WasmTrapHandlers]: true,
    // Flipping fuses invalidates the ad-hoc signature Apple Silicon requires: re-sign it.
    resetAdHocDarwinSignature: target.platform === 'darwin' && target.arch === 'arm64',
  };
}

export const flipAppFuses = (executable: string, target: FuseTarget) => flipFuses(executable, fuseConfig(target));

/** The executable inside a packaged app folder, as electron-builder lays it out (Linux: its executableName, lower case by default). */
export function packagedExecutable(appOutDir: string, productName: string, platform: NodeJS.Platform, executableName?: string): string {
  if (platform === 'darwin') return resolve(appOutDir, `${productName}.app`);
  if (platform === 'win32') return resolve(appOutDir, `${productName}.exe`);
  return resolve(appOutDir, executableName ?? productName.toLowerCase());
}

/** The part of electron-builder's AfterPackContext this hook reads. */
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string; config?: { asar?: unknown } };
}

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** electron-builder's `afterPack` hook (its signature): the packaged app's executable gets `fuseConfig`. */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const platform = context.electronPlatformName as NodeJS.Platform;
  const target = { platform, arch: ARCH_NAMES[context.arch] ?? 'x64', asar: context.packager.config?.asar !== false };
  const { appInfo, executableName } = context.packager;
  await flipAppFuses(packagedExecutable(context.appOutDir, appInfo.productFilename, platform, executableName), target);
}
export default afterPack;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [executable, ...flags] = process.argv.slice(2);
  if (!executable) {
    console.error('usage: npm run fuses -- <packaged executable> [--no-asar]');
    process.exitCode = 2;
  } else {
    await flipAppFuses(executable, { platform: process.platform, arch: process.arch, asar: !flags.includes('--no-asar') });
    console.log(`fuses set on ${executable}`);
  }
}
