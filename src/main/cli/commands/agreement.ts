import type { CliCommand } from '../types';

// Placeholder until the command is written: registered so that `help` lists it.
export const agreement: CliCommand = {
  name: 'agreement',
  usage: '',
  summary: 'not written yet',
  async run(_args, io) {
    io.stderr('agreement: not written yet\n');
    return 1;
  },
};
