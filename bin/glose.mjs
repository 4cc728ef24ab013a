#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so the command works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main, processIO } = await import('../src/main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2), processIO());
