import { annotateCommands } from './annotate';
import { editCommands } from './edit';
import { eventCommands } from './events';
import { fileCommands } from './file';
import { navigateCommands } from './navigate';
import { occurrenceCommands } from './occurrences';
import { CommandRegistry } from './registry';
import { reviewCommands } from './review';
import { searchCommands } from './search';
import { statusCommands } from './status';
import { suggestionCommands } from './suggestions';

/** Every user command of the app, each registered once. */
export function createRegistry(): CommandRegistry {
  return new CommandRegistry([
    ...navigateCommands,
    ...searchCommands,
    ...fileCommands,
    ...editCommands,
    ...annotateCommands,
    ...eventCommands,
    ...suggestionCommands,
    ...occurrenceCommands,
    ...statusCommands,
    ...reviewCommands,
  ]);
}
