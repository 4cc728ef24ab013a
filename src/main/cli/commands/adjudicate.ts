import type { CliCommand } from '../types';

// Placeholder until the command is written: registered so that `help` lists it.
export const adjudicate: CliCommand = {
  name: 'adjudicate',
  usage: '',
  summary: 'not written yet',
  async run(_args, io) {
    io.stderr('adjudicate: not written yet\n');
    return 1;
  },
};
