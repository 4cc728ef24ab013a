#!/usr/bin/env node
import { commands } from './commands/index';
import type { CliIO } from './types';

function help(io: CliIO): void {
  io.stdout('Usage: glose <command> [arguments]\n\nCommands:\n');
  for (const c of commands) io.stdout(`  ${c.name} ${c.usage}\n      ${c.summary}\n`);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`glose: unknown command ${name}\n`);
    help(io);
    return 2;
  }
  return command.run(args, io);
}

const isEntry = process.argv[1] && /cli[\\/]index\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
  };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      io.stderr(`glose: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
