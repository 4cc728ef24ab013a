import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort, requestedPort } from '../../scripts/ports';

/** A port this test holds busy (chosen by the system, so no other checkout's port is touched). */
const held: Server[] = [];
function holdPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    held.push(server);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}
afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('requestedPort', () => {
  it('takes --port, then PORT, then the default', () => {
    expect(requestedPort(['--port', '5000'], { PORT: '6000' })).toEqual({ port: 5000, asked: true });
    expect(requestedPort(['--web', '--port=5001'], {})).toEqual({ port: 5001, asked: true });
    expect(requestedPort([], { PORT: '6000' })).toEqual({ port: 6000, asked: true });
    expect(requestedPort([], { PORT: '' })).toEqual({ port: 4173, asked: false });
    expect(requestedPort([], {})).toEqual({ port: 4173, asked: false });
  });

  it('refuses what is not a port, saying where it came from', () => {
    expect(requestedPort(['--port'], {})).toMatchObject({ error: /--port must be a port number/ });
    expect(requestedPort(['--port', 'abc'], {})).toMatchObject({ error: /"abc"/ });
    expect(requestedPort(['--port=0'], {})).toMatchObject({ error: /--port/ });
    expect(requestedPort([], { PORT: '70000' })).toMatchObject({ error: /PORT must be/ });
    expect(requestedPort([], { PORT: '80.5' })).toMatchObject({ error: /PORT/ });
  });
});

describe('choosePort', () => {
  it('keeps a free port', async () => {
    const port = await holdPort();
    await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
    expect(await choosePort({ port, asked: false })).toEqual({ port });
  });

  it('moves off a busy default to a free port, and says so', async () => {
    const busy = await holdPort();
    const chosen = await choosePort({ port: busy, asked: false });
    if (!('port' in chosen)) throw new Error(chosen.error);
    expect(chosen.port).not.toBe(busy);
    expect(chosen.note).toBe(`port ${busy} is busy; serving on ${chosen.port} instead`);
  });

  it('refuses a busy port that was asked for by name', async () => {
    const busy = await holdPort();
    expect(await choosePort({ port: busy, asked: true })).toEqual({ error: `port ${busy} on 127.0.0.1 is busy; choose another with --port or PORT` });
  });
});
