import type { Schema } from '../../shared/schema/types';
import { isFieldChord, matchesKey, schemaKeyChord, type KeyLike } from './keys';
import type { AnyCommand } from './registry';
import { evaluateWhen, type WhenContext } from './when';

/**
 * Key bindings are data, apart from the commands (VS Code's keybinding rules): a key, the command it
 * runs with its arguments, a `when` context and a weight. For a key press the bindings whose key and
 * context match are tried from the highest weight down; the first whose command applies wins, and a
 * command that declines lets the next one have the key ("Escape clears the selection, otherwise leaves
 * the document"). A key no command takes is left to the browser.
 */
export interface Binding {
  key: string;
  command: string;
  args?: unknown;
  when?: string;
  weight: number;
  /** Where it comes from: a command's own keys, the schema's label and event keys, or the user. */
  source: 'default' | 'schema' | 'user';
}

/** A user's change to the keys of one command (with given arguments): these keys replace its own. */
export interface KeyOverride {
  command: string;
  args?: unknown;
  keys: string[];
}

/** Weights: the user's bindings go first, then the schema's, then the commands' own. */
const WEIGHT = { default: 0, schema: 100, user: 1000 };

export function defaultBindings(commands: AnyCommand[]): Binding[] {
  return commands.flatMap((c) => {
    const weight = WEIGHT.default + (c.weight ?? 0);
    return [
      ...(c.keys ?? []).map((key) => ({ key, command: c.id, when: c.when, weight, source: 'default' as const })),
      ...(c.keyArgs ?? []).map(({ key, args }) => ({ key, command: c.id, args, when: c.when, weight, source: 'default' as const })),
    ];
  });
}

/** The active schema's keys: a label key labels the selection, an event-type key makes (or retypes) an event of that type, R changes the first event attribute. */
export function schemaBindings(schema: Schema): Binding[] {
  const when = 'screen == document';
  return [
    ...schema.entities.map((l) => ({
      key: schemaKeyChord(l.key),
      command: 'label-selection',
      args: { label: l.name },
      when,
      weight: WEIGHT.schema,
      source: 'schema' as const,
    })),
    ...schema.events.map((t) => ({
      key: schemaKeyChord(t.key),
      command: 'create-event',
      args: { type: t.name },
      when,
      weight: WEIGHT.schema,
      source: 'schema' as const,
    })),
    // The first event attribute (realis in the default schema) gets R: its next value.
    ...schema.attributes
      .filter((a) => a.appliesTo === 'event')
      .slice(0, 1)
      .map((a) => ({ key: 'R', command: 'cycle-attribute', args: { name: a.name }, when, weight: WEIGHT.schema, source: 'schema' as const })),
  ].filter((b) => b.key !== '');
}

const sameArgs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Replaces the keys of every overridden command (with the same arguments) by the user's. */
export function withOverrides(bindings: Binding[], overrides: KeyOverride[]): Binding[] {
  const overridden = (b: Binding) => overrides.some((o) => o.command === b.command && sameArgs(o.args, b.args));
  const users = overrides.flatMap((o) => {
    const like = bindings.find((b) => b.command === o.command && sameArgs(o.args, b.args));
    return o.keys.map((key) => ({ key, command: o.command, args: o.args, when: like?.when, weight: WEIGHT.user, source: 'user' as const }));
  });
  return [...bindings.filter((b) => !overridden(b)), ...users];
}

/** The keys that run a command (with these arguments), best first: for buttons, menus and the help. */
export function keysOf(bindings: Binding[], command: string, args?: unknown): string[] {
  return bindings
    .filter((b) => b.command === command && sameArgs(b.args, args))
    .sort((a, b) => b.weight - a.weight)
    .map((b) => b.key);
}

/**
 * The bindings a key press may run, in the order to try them. A key that types or edits (a letter, `?`,
 * Enter, Backspace) never fires while the user is in a text field.
 */
export function candidates(bindings: Binding[], e: KeyLike, ctx: WhenContext, isMac: boolean): Binding[] {
  return bindings
    .filter((b) => matchesKey(b.key, e, isMac) && !(ctx.inputFocus && isFieldChord(b.key)) && evaluateWhen(b.when, ctx))
    .sort((a, b) => b.weight - a.weight);
}

/**
 * The binding a key press runs: the first candidate whose command applies (`applies` asks the command
 * without letting it act). Undefined when none does: the key then goes to the browser untouched.
 */
export function resolveKey(bindings: Binding[], e: KeyLike, ctx: WhenContext, isMac: boolean, applies: (b: Binding) => boolean): Binding | undefined {
  return candidates(bindings, e, ctx, isMac).find(applies);
}

export interface Conflict {
  key: string;
  /** Tried in this order. */
  bindings: Binding[];
}

const screenOf = (when: string | undefined) => /screen\s*==\s*(\w+)/.exec(when ?? '')?.[1];

/** Whether two contexts can hold at once; only the screen is compared, anything else may overlap. */
function overlap(a: Binding, b: Binding): boolean {
  const [sa, sb] = [screenOf(a.when), screenOf(b.when)];
  return !sa || !sb || sa === sb;
}

/**
 * Keys that more than one command may take in the same context, for the user to see (never silent).
 * A chain the commands declare on purpose (defaults of different weights, such as Escape's) is not one.
 */
export function conflicts(bindings: Binding[]): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<Binding>();
  for (const b of bindings) {
    if (seen.has(b)) continue;
    const rivals = bindings.filter(
      (o) =>
        o !== b &&
        o.key.toLowerCase() === b.key.toLowerCase() &&
        !(o.command === b.command && sameArgs(o.args, b.args)) &&
        overlap(o, b) &&
        !(o.source === 'default' && b.source === 'default' && o.weight !== b.weight),
    );
    if (!rivals.length) continue;
    for (const r of rivals) seen.add(r);
    out.push({ key: b.key, bindings: [b, ...rivals].sort((x, y) => y.weight - x.weight) });
  }
  return out;
}
