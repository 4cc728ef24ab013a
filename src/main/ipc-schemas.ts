import { z } from 'zod';
import { MENU_COMMANDS, type InvokeMethod } from '../shared/ipc';

/** Largest content one save may carry (characters for text, bytes for binary). */
export const MAX_SAVE_SIZE = 256 * 1024 * 1024;
export const MAX_EXTENSIONS = 16;

/** '.jsonl', '.ann', '.tar.gz': a dot, then letters, digits and inner dots; short. */
const extension = z
  .string()
  .max(16)
  .regex(/^\.[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/, 'an extension is a dot followed by letters or digits');

/**
 * A file name the renderer suggests for a save dialog. Only a name: a path separator, a parent
 * reference or a control character would let a page steer the dialog's starting folder.
 */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/\u0000-\u001f]/.test(s), 'a file name, not a path')
  .refine((s) => s !== '.' && s !== '..', 'a file name, not a path');

const content = z.union([
  z.string().max(MAX_SAVE_SIZE),
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_SIZE, `at most ${MAX_SAVE_SIZE} bytes`),
]);

/** A key chord as the renderer's bindings spell it: modifiers, then one key name or one printable character. */
const chord = z
  .string()
  .max(40)
  .regex(/^(?:(?:Mod|Ctrl|Alt|Shift)\+){0,4}(?:[A-Za-z0-9]{1,12}|[!-~])$/, 'a key chord such as Mod+Shift+O');

/** Only the menu's own commands, each with one chord. */
const menuKeys = z.partialRecord(z.enum(MENU_COMMANDS), chord);

/** The argument list each invoke method accepts; anything else (extra arguments included) is refused. */
export const ARGUMENT_SCHEMAS = {
  openTextFiles: z.tuple([]),
  openFolder: z.tuple([]),
  openFiles: z.tuple([z.array(extension).min(1).max(MAX_EXTENSIONS)]),
  saveFile: z.tuple([suggestedName, content]),
  setMenuKeys: z.tuple([menuKeys]),
} as const satisfies Record<InvokeMethod, z.ZodType>;

export type MethodArgs<M extends InvokeMethod> = z.infer<(typeof ARGUMENT_SCHEMAS)[M]>;

export type ParsedArgs<M extends InvokeMethod> = { ok: true; args: MethodArgs<M> } | { ok: false; reason: string };

/**
 * Validates an IPC argument list; the reason names the first problem and never echoes the content.
 * Never throws: IPC hands over structured clones, but a value that cannot even be read is a refusal too.
 */
export function parseArgs<M extends InvokeMethod>(method: M, args: unknown): ParsedArgs<M> {
  let result: z.ZodSafeParseResult<unknown>;
  try {
    result = (ARGUMENT_SCHEMAS[method] as z.ZodType).safeParse(args);
  } catch {
    return { ok: false, reason: 'the arguments cannot be read' };
  }
  if (result.success) return { ok: true, args: result.data as MethodArgs<M> };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `argument ${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `${where}${issue?.message ?? 'invalid'}` };
}
