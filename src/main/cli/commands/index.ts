import type { CliCommand } from '../types';
import { load } from './load';
import { validate } from './validate';

/** Every CLI command, registered once; `help` lists them in this order. */
export const commands: CliCommand[] = [load, validate];
