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

/**
 * Writes to a standard stream that may be closed under it (`glose validate … | head -1`): the first
 * EPIPE stops the writing, quietly, and the command ends with its own exit code instead of a stack trace.
 */
function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** The process's own streams, for the entry points (this file and bin/glose.mjs). */
export function processIO(): CliIO {
  return { stdout: pipeWriter(process.stdout), stderr: pipeWriter(process.stderr), isTTY: Boolean(process.stderr.isTTY) };
}

const isEntry = process.argv[1] && /cli[\\/]index\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  const io = processIO();
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      io.stderr(`glose: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
