#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so the command works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli/index.ts');
const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) };
process.exitCode = await main(process.argv.slice(2), io);
