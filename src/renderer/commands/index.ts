import { annotateCommands } from './annotate';
import { editCommands } from './edit';
import { fileCommands } from './file';
import { navigateCommands } from './navigate';
import { CommandRegistry } from './registry';
import { reviewCommands } from './review';

/** Every user command of the app, each registered once. */
export function createRegistry(): CommandRegistry {
  return new CommandRegistry([...navigateCommands, ...fileCommands, ...editCommands, ...annotateCommands, ...reviewCommands]);
}
