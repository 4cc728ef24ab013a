/** Ids follow brat's convention: `T<n>` for mentions, `E<n>` for events, unique within a set. */
export function nextId(prefix: string, existing: Iterable<{ id: string }>): string {
  let max = 0;
  for (const { id } of existing) {
    if (id.startsWith(prefix)) {
      const n = Number(id.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}${max + 1}`;
}

/**
 * Fresh ids for many new annotations at once: the highest number per prefix is found once, so adding
 * n annotations costs O(n) rather than a scan of the set per id.
 */
export function idAllocator(existing: Iterable<{ id: string }>): (prefix: string) => string {
  const max = new Map<string, number>();
  for (const { id } of existing) {
    const m = /^([A-Za-z]+)(\d+)$/.exec(id);
    if (m) max.set(m[1], Math.max(max.get(m[1]) ?? 0, Number(m[2])));
  }
  return (prefix) => {
    const n = (max.get(prefix) ?? 0) + 1;
    max.set(prefix, n);
    return `${prefix}${n}`;
  };
}
