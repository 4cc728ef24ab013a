import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { afterPack, flipAppFuses, fuseConfig, packagedExecutable } from '../../scripts/fuses';

/**
 * The fuses of the packaged app, checked without an Electron binary: the configuration itself, then the
 * real @electron/fuses writing it into a stand-in file that carries Electron's fuse wire (its sentinel,
 * version 1, and Electron 45's nine fuses at their defaults) between junk bytes.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, integrity off, asar-only off, snapshot off, file:// privileges on, wasm trap handlers on. */
const ELECTRON_DEFAULTS = '101100011';

const scratch = mkdtempSync(join(tmpdir(), 'glose-fuses-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeElectron(name: string, wire = ELECTRON_DEFAULTS): string {
  const path = join(scratch, name);
  const junk = Buffer.alloc(4096, 0xab);
  writeFileSync(path, Buffer.concat([junk, Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), junk]));
  return path;
}

/** The wire read back as 'on'/'off' per fuse name. */
async function readWire(path: string): Promise<Record<string, 'on' | 'off'>> {
  const wire = (await getCurrentFuseWire(path)) as unknown as Record<number, number>;
  const out: Record<string, 'on' | 'off'> = {};
  for (let i = 0; i < ELECTRON_DEFAULTS.length; i++) out[FuseV1Options[i]!] = wire[i] === FuseState.ENABLE ? 'on' : 'off';
  return out;
}

const LOCKED_DOWN = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  LoadBrowserProcessSpecificV8Snapshot: 'off',
  GrantFileProtocolExtraPrivileges: 'off',
  WasmTrapHandlers: 'on',
};

describe('the fuses of the packaged app', () => {
  it('names every fuse @electron/fuses knows, so a new one cannot slip through unset', () => {
    const config = fuseConfig({ platform: 'linux', arch: 'x64', asar: true }) as unknown as Record<string, unknown>;
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(known).toHaveLength(9);
    for (const fuse of known) expect(typeof config[fuse], FuseV1Options[fuse as number]).toBe('boolean');
    expect(config['strictlyRequireAllFuses']).toBe(true);
  });

  it('locks down a Windows build packed as asar: no Node mode, no NODE_OPTIONS, no --inspect, cookies encrypted, asar only and checked', async () => {
    const exe = fakeElectron('glose.exe');
    await flipAppFuses(exe, { platform: 'win32', arch: 'x64', asar: true });
    expect(await readWire(exe)).toEqual({ ...LOCKED_DOWN, EnableEmbeddedAsarIntegrityValidation: 'on', OnlyLoadAppFromAsar: 'on' });
    expect(
      readFileSync(exe)
        .subarray(0, 4096)
        .every((b) => b === 0xab),
    ).toBe(true);
  });

  it('loads only app.asar on Linux, where Electron checks no asar integrity', async () => {
    const exe = fakeElectron('glose-linux');
    await flipAppFuses(exe, { platform: 'linux', arch: 'x64', asar: true });
    expect(await readWire(exe)).toEqual({ ...LOCKED_DOWN, EnableEmbeddedAsarIntegrityValidation: 'off', OnlyLoadAppFromAsar: 'on' });
  });

  it('leaves the asar fuses off for an app that is not packed as asar, which they would stop', async () => {
    const exe = fakeElectron('glose-unpacked');
    await flipAppFuses(exe, { platform: 'darwin', arch: 'x64', asar: false });
    expect(await readWire(exe)).toEqual({ ...LOCKED_DOWN, EnableEmbeddedAsarIntegrityValidation: 'off', OnlyLoadAppFromAsar: 'off' });
  });

  it('re-signs ad hoc on Apple Silicon only', () => {
    expect(fuseConfig({ platform: 'darwin', arch: 'arm64', asar: true }).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig({ platform: 'darwin', arch: 'x64', asar: true }).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig({ platform: 'linux', arch: 'arm64', asar: true }).resetAdHocDarwinSignature).toBe(false);
  });

  it('fails the packaging step on an Electron with a fuse nobody has decided on', async () => {
    const exe = fakeElectron('future-electron', `${ELECTRON_DEFAULTS}1`);
    await expect(flipAppFuses(exe, { platform: 'linux', arch: 'x64', asar: true })).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it("flips the packaged executable electron-builder's afterPack hook points at", async () => {
    const appOutDir = mkdtempSync(join(scratch, 'linux-unpacked-'));
    writeFileSync(join(appOutDir, 'glose'), readFileSync(fakeElectron('template')));
    await afterPack({ appOutDir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Glose' } } });
    expect((await readWire(join(appOutDir, 'glose'))).RunAsNode).toBe('off');
    expect(packagedExecutable('/out/mac', 'Glose', 'darwin')).toBe(resolve('/out/mac/Glose.app'));
    expect(packagedExecutable('/out/win', 'Glose', 'win32')).toBe(resolve('/out/win/Glose.exe'));
  });
});
