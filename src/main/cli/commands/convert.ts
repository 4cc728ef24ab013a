import type { CliCommand } from '../types';

// Placeholder until the command is written: registered so that `help` lists it.
export const convert: CliCommand = {
  name: 'convert',
  usage: '',
  summary: 'not written yet',
  async run(_args, io) {
    io.stderr('convert: not written yet\n');
    return 1;
  },
};
