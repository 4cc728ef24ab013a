import { describe, expect, it, vi } from 'vitest';
import { harness } from '../commands/test-kit';
import { ActivityService, IDLE_LIMIT_MS } from './activity-service';

/** The service on a document screen with a clock the test moves. */
function setup() {
  const h = harness({ route: { screen: 'document', docId: 'd1' } });
  let now = 1_000_000;
  const write = vi.fn(async () => undefined);
  const activity = new ActivityService(h.app, write, () => now);
  // The open document is published after the service exists, as the controller does.
  const open = h.app.get().document;
  h.app.update({ document: null });
  h.app.update({ document: open });
  const at = (ms: number) => {
    now += ms;
    activity.touch();
  };
  return { h, activity, write, at };
}

describe('active annotation time', () => {
  it('counts the time between actions from the opening of the document', async () => {
    const { activity, write, at } = setup();
    at(5_000);
    at(20_000);
    await activity.flush();
    expect(write).toHaveBeenCalledWith({ docId: 'd1', annotator: 'alice' }, 25_000);
  });

  it('leaves out a gap longer than a minute, and counts again from the next action', async () => {
    const { activity, write, at } = setup();
    at(10_000);
    at(IDLE_LIMIT_MS + 1);
    at(3_000);
    await activity.flush();
    expect(write).toHaveBeenCalledWith({ docId: 'd1', annotator: 'alice' }, 13_000);
  });

  it('stops the clock while the user is away, and writes what was counted at once', async () => {
    const { activity, write, at } = setup();
    at(4_000);
    await activity.pause();
    expect(write).toHaveBeenCalledWith({ docId: 'd1', annotator: 'alice' }, 4_000);
    at(30_000);
    at(2_000);
    await activity.flush();
    expect(write).toHaveBeenLastCalledWith({ docId: 'd1', annotator: 'alice' }, 2_000);
  });

  it('writes the time to the set it was spent on when the user leaves the document, and counts nothing outside one', async () => {
    const { h, activity, write, at } = setup();
    at(7_000);
    h.app.update({ route: { screen: 'corpus' }, document: null });
    await activity.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith({ docId: 'd1', annotator: 'alice' }, 7_000);
    at(9_000);
    await activity.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('keeps time whose write failed for the next write', async () => {
    const { activity, write, at } = setup();
    write.mockRejectedValueOnce(new Error('quota'));
    at(6_000);
    await activity.flush();
    at(1_000);
    await activity.flush();
    expect(write).toHaveBeenLastCalledWith({ docId: 'd1', annotator: 'alice' }, 7_000);
  });
});
