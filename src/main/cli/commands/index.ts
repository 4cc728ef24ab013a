import type { CliCommand } from '../types';
import { adjudicate } from './adjudicate';
import { agreement } from './agreement';
import { backupToJsonl, jsonlToBackup, validateBackup } from './backup';
import { convert } from './convert';
import { load } from './load';
import { preannotate } from './preannotate';
import { validate } from './validate';

/** Every CLI command, registered once; `help` lists them in this order. */
export const commands: CliCommand[] = [load, validate, preannotate, convert, agreement, adjudicate, validateBackup, backupToJsonl, jsonlToBackup];
