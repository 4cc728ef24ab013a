/**
 * Span helpers shared by alignment, matching and the token measures. Every offset is in code points,
 * `end` exclusive. Nothing here is quadratic in the number of spans unless the spans themselves all
 * overlap each other (then the pairs are the answer).
 */

export interface Interval {
  start: number;
  end: number;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapSize(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function byStartThenLongest(a: Interval, b: Interval): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Every pair (x of xs, y of ys) whose spans overlap, found by one sweep over both lists sorted by
 * start: an item meets, when it arrives, every still-open item of the other list (open = its end lies
 * after the arriving start). Each overlapping pair is met exactly once, by the later-starting item.
 * Cost: O((n + m) log(n + m) + pairs + n·open), open being the number of spans open at one point.
 * Pass the same list twice with `self` to get the overlapping pairs within one list (i < j).
 */
export function overlappingPairs<X extends Interval, Y extends Interval>(xs: readonly X[], ys: readonly Y[]): Array<[X, Y]> {
  const events: Array<{ item: Interval; side: 0 | 1 }> = [
    ...xs.map((item) => ({ item, side: 0 as const })),
    ...ys.map((item) => ({ item, side: 1 as const })),
  ].sort((a, b) => a.item.start - b.item.start || a.side - b.side);
  const open: [Interval[], Interval[]] = [[], []];
  const out: Array<[X, Y]> = [];
  for (const { item, side } of events) {
    const other = 1 - side;
    open[other] = open[other].filter((o) => o.end > item.start);
    for (const o of open[other]) out.push(side === 0 ? [item as X, o as Y] : [o as X, item as Y]);
    open[side].push(item);
  }
  return out;
}

/** Pairs (i < j) of overlapping items of one list. */
export function overlappingPairsWithin<X extends Interval>(xs: readonly X[]): Array<[X, X]> {
  const sorted = [...xs].sort(byStartThenLongest);
  const out: Array<[X, X]> = [];
  let open: X[] = [];
  for (const item of sorted) {
    open = open.filter((o) => o.end > item.start);
    for (const o of open) out.push([o, item]);
    open.push(item);
  }
  return out;
}

/**
 * The outermost spans: sorted by start then longest first, a span is kept when it starts at or after
 * the end of every span kept before it. Nested spans are dropped (the outer one covers them); of two
 * crossing spans the earlier-starting one wins. The result is sorted and disjoint.
 */
export function outermost<X extends Interval>(xs: readonly X[]): X[] {
  const out: X[] = [];
  let reach = -Infinity;
  for (const x of [...xs].sort(byStartThenLongest)) {
    if (x.start >= reach) {
      out.push(x);
      reach = x.end;
    }
  }
  return out;
}

/** The union of the spans, as sorted disjoint intervals (touching spans stay separate units). */
export function union(xs: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of [...xs].sort(byStartThenLongest)) {
    const last = out[out.length - 1];
    if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}
