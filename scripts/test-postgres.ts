/**
 * `.ci/run` starts this before the tests: one embedded PostgreSQL for the whole run (integration tests
 * and the e2e team server each make a database of their own on it). Writes the cluster's URL to the
 * file named by the first argument once it accepts connections, and stops it on SIGTERM.
 */
import { writeFileSync } from 'node:fs';
import { startCluster } from '../src/server/test-database';

const cluster = await startCluster({ own: true });
writeFileSync(process.argv[2], cluster.url);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
