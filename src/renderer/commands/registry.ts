import type { Step } from '../../shared/model/state';
import type { AppState } from '../services/app-store';
import type { Screen } from '../services/route';
import type { Services } from '../services/services';

/** Applies a step to the open document (ProseMirror's `dispatch`, with our steps). */
export type Dispatch = (step: Step) => void;

export const GROUPS = ['Navigate', 'File', 'Edit', 'Annotate', 'Review', 'Help'] as const;
export type CommandGroup = (typeof GROUPS)[number];

/**
 * One user command, declared once with everything about it. `perform` is both the test and the action
 * (ProseMirror's command shape): called without `dispatch` it only answers whether it would apply, and
 * must change nothing; with `dispatch` it acts (document changes through `dispatch`, the rest through
 * the services) and returns true, or declines with false so that the next binding of the key is tried.
 */
export interface Command<A = undefined> {
  /** Also the name the application menu sends (see MENU_COMMANDS). */
  id: string;
  title: string;
  /** The title with its arguments, for the palette and the help (`Label as PER`). */
  describe?: (args: A) => string;
  group: CommandGroup;
  /** Default key chords; bindings are made from them (see bindings.ts). */
  keys?: string[];
  /** Default keys that run the command with arguments (the number keys pick roles 1 to 9). */
  keyArgs?: Array<{ key: string; args: A }>;
  /** Context in which the default keys apply (see when.ts). */
  when?: string;
  /** Precedence of the default keys when several bindings share a key: higher is tried first. */
  weight?: number;
  /** Shown as a toolbar button on these screens. */
  toolbar?: Screen[];
  /** Meaningful only with arguments (a label, a status): listed once per binding that gives them. */
  needsArgs?: boolean;
  perform(state: AppState, dispatch: Dispatch | undefined, services: Services, args: A): boolean;
}

/** Commands of any argument type, as the registry holds them. */
// `any`: the registry holds commands of every argument type; each command checks its own arguments.
export type AnyCommand = Command<any>;

/** Declares a command with typed arguments. */
export const command = <A = undefined>(c: Command<A>): Command<A> => c;

/** The one registry: toolbar, keys, menu, palette, side panels and help all run commands through it. */
export class CommandRegistry {
  private readonly commands = new Map<string, AnyCommand>();

  constructor(commands: AnyCommand[] = []) {
    for (const c of commands) this.register(c);
  }

  /** A second command with the same id is a programming error. */
  register(c: AnyCommand): this {
    if (this.commands.has(c.id)) throw new Error(`command ${c.id} is registered twice`);
    this.commands.set(c.id, c);
    return this;
  }

  list(): AnyCommand[] {
    return [...this.commands.values()];
  }

  get(id: string): AnyCommand | undefined {
    return this.commands.get(id);
  }

  /** Whether the command would apply now, without doing anything. */
  enabled(id: string, state: AppState, services: Services, args?: unknown): boolean {
    const c = this.commands.get(id);
    return c ? c.perform(state, undefined, services, args) : false;
  }

  /** Runs the command if it applies; returns whether it did. */
  run(id: string, state: AppState, services: Services, args?: unknown): boolean {
    const c = this.commands.get(id);
    if (!c || !c.perform(state, undefined, services, args)) return false;
    return c.perform(state, (step) => services.documents.step(step), services, args);
  }

  title(id: string, args?: unknown): string {
    const c = this.commands.get(id);
    if (!c) return id;
    return args !== undefined && c.describe ? c.describe(args) : c.title;
  }
}
