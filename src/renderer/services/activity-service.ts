import { openDocument, type AppState, type AppStore } from './app-store';

/** A gap between two actions longer than this is time away from the work: it is not counted. */
export const IDLE_LIMIT_MS = 60_000;
/** Counted time is written at least this often (and whenever the user leaves the document). */
export const WRITE_EVERY_MS = 10_000;

type Key = { docId: string; annotator: string };

/** The set being worked on: the one open in the document screen. */
function keyOf(state: AppState): Key | null {
  const open = state.route.screen === 'document' ? openDocument(state) : null;
  return open ? { docId: open.session.state.set.docId, annotator: open.session.state.set.annotator } : null;
}

const sameKey = (a: Key | null, b: Key | null) => a?.docId === b?.docId && a?.annotator === b?.annotator;

/**
 * Active annotation time: the time between consecutive user actions (a key, a click, the wheel) in the
 * document screen, each gap counted only up to IDLE_LIMIT_MS — a longer gap counts nothing. Opening a
 * document is its first action; hiding the window or leaving the screen stops the clock until the next
 * action. Time goes to the set on screen (document and annotator), as its yield does.
 */
export class ActivityService {
  private key: Key | null = null;
  private last: number | null = null;
  private unwritten = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    app: AppStore,
    private readonly write: (key: Key, ms: number) => Promise<void>,
    private readonly now: () => number = () => Date.now(),
  ) {
    app.subscribe(() => this.follow(keyOf(app.get())));
  }

  /** A user action in the document screen. */
  touch(): void {
    if (!this.key) return;
    const t = this.now();
    if (this.last !== null && t - this.last <= IDLE_LIMIT_MS) this.unwritten += Math.max(0, t - this.last);
    this.last = t;
    if (this.unwritten > 0 && !this.timer) this.timer = setTimeout(() => void this.flush(), WRITE_EVERY_MS);
  }

  /** The user is away (window hidden, document screen left): the clock stops until the next action. */
  pause(): Promise<void> {
    this.last = null;
    return this.flush();
  }

  /** Writes the time counted so far; resolves when every write so far has landed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.key && this.unwritten > 0) {
      const [key, ms] = [this.key, this.unwritten];
      this.unwritten = 0;
      // A write that fails (storage full) keeps its time for the next one.
      this.writes = this.writes
        .then(() => this.write(key, ms))
        .catch(() => {
          if (sameKey(key, this.key)) this.unwritten += ms;
        });
    }
    return this.writes;
  }

  private follow(key: Key | null): void {
    if (sameKey(key, this.key)) return;
    void this.flush();
    this.key = key;
    this.last = key ? this.now() : null;
  }
}
