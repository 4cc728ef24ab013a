import type { CliCommand } from '../types';

// Placeholder until the command is written: registered so that `help` lists it.
export const preannotate: CliCommand = {
  name: 'preannotate',
  usage: '',
  summary: 'not written yet',
  async run(_args, io) {
    io.stderr('preannotate: not written yet\n');
    return 1;
  },
};
