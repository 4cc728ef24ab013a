/**
 * Index of the last item whose `key` is at most `value`, in items sorted by that key (0 when the value
 * is before the first). Laid-out blocks and their ProseMirror positions are both found this way.
 */
export function lastAtOrBefore<T>(items: ReadonlyArray<T>, key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
