import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeMethod } from '../shared/ipc';
import { MAX_EXTENSIONS, parseArgs } from './ipc-schemas';

/**
 * The IPC argument parsers face whatever a compromised page can send: fuzzed with random values,
 * huge strings and wrong types, none may throw, and every refusal must say why without echoing
 * what it was sent.
 */
const METHODS = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const hugeString = fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'é/'.repeat(n));
/** Argument lists: random ones, and plausible ones with one part wrong. */
const argumentList = fc.oneof(
  fc.array(anyValue, { maxLength: 4 }),
  fc.tuple(fc.oneof(fc.string(), hugeString, anyValue), fc.oneof(fc.string(), hugeString, fc.uint8Array(), anyValue)),
  fc.tuple(fc.array(fc.oneof(fc.string(), hugeString, anyValue), { maxLength: 20 })),
  anyValue,
);

function expectResult(method: InvokeMethod, args: unknown) {
  const result = parseArgs(method, args);
  if (result.ok) return result;
  expect(typeof result.reason).toBe('string');
  expect(result.reason.length).toBeGreaterThan(0);
  expect(result.reason.length).toBeLessThan(300);
  return result;
}

describe('parseArgs under fuzzing', () => {
  it('never throws, and each refusal gives a short reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), argumentList, (method, args) => {
        expectResult(method, args);
      }),
      { numRuns: 1500 },
    );
  });

  it('never echoes what it refuses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), fc.string({ minLength: 12 }), (method, secret) => {
        const marked = `SECRET-${secret}`;
        for (const args of [[marked], [marked, marked], [[marked]], [`${marked}/x`, 'content'], { [marked]: marked }]) {
          const result = expectResult(method, args);
          if (!result.ok) expect(result.reason).not.toContain(marked);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accepts what the renderer really sends, unchanged', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,60}$/).filter((s) => s !== '.' && s !== '..');
    const extension = fc.stringMatching(/^\.[a-z0-9]{1,6}(\.[a-z0-9]{1,4})?$/);
    fc.assert(
      fc.property(name, fc.oneof(fc.string(), fc.uint8Array()), fc.array(extension, { minLength: 1, maxLength: MAX_EXTENSIONS }), (n, content, extensions) => {
        expect(parseArgs('saveFile', [n, content])).toEqual({ ok: true, args: [n, content] });
        expect(parseArgs('openFiles', [extensions])).toEqual({ ok: true, args: [extensions] });
        expect(parseArgs('openFolder', [])).toEqual({ ok: true, args: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses wrong types, huge strings and unreadable values with a reason', () => {
    const refusals: [InvokeMethod, unknown][] = [
      ['openTextFiles', undefined],
      ['openTextFiles', null],
      ['openTextFiles', 'x'],
      ['openFiles', [new Array(1_000_000).fill('.txt')]],
      ['openFiles', ['.'.repeat(5_000_000)]],
      ['openFiles', [[`.${'a'.repeat(5_000_000)}`]]],
      ['saveFile', ['a'.repeat(5_000_000), 'x']],
      ['saveFile', [{ toString: () => 'a.txt' }, 'x']],
      ['saveFile', ['a.txt', new DataView(new ArrayBuffer(4))]],
      ['saveFile', ['a.txt', ['x']]],
      ['saveFile', Object.assign(['a.txt', 'x'], { extra: 1 }).concat(['y'])],
    ];
    for (const [method, args] of refusals) {
      const result = expectResult(method, args);
      expect(result.ok, `${method} ${String(args).slice(0, 40)}`).toBe(false);
    }
  });

  it('refuses, rather than throws on, a value whose reading fails', () => {
    const throwing = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const method of METHODS) {
      for (const args of [throwing, [throwing], ['a.txt', throwing], revoked.proxy, [revoked.proxy]]) {
        expect(expectResult(method, args).ok).toBe(false);
      }
    }
    expect(expectResult('no-such-method' as InvokeMethod, []).ok).toBe(false);
  });
});
