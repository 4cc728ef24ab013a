import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs, with errors turned into a message instead of an exception. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return { ok: true as const, ...parseArgs({ args, options, allowPositionals: true, strict: true }) };
  } catch (e) {
    return { ok: false as const, error: (e as Error).message };
  }
}
