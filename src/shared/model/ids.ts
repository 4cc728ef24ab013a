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
