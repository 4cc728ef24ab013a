/**
 * `when` clauses of bindings (VS Code's idea, a small subset): terms joined by `&&`, each `key`,
 * `!key`, `key == value` or `key != value`, read against the context keys of the moment
 * (`screen`, `modal`, `selection`…). Written by hand: a dozen lines, where a general expression
 * library would bring a grammar we do not need.
 */
export type WhenContext = Record<string, string | number | boolean | null | undefined>;

function term(text: string, ctx: WhenContext): boolean {
  const compared = /^([\w.]+)\s*(==|!=)\s*([\w.-]+)$/.exec(text);
  if (compared) {
    const equal = String(ctx[compared[1]] ?? '') === compared[3];
    return compared[2] === '==' ? equal : !equal;
  }
  const negated = text.startsWith('!');
  const value = Boolean(ctx[negated ? text.slice(1).trim() : text]);
  return negated ? !value : value;
}

export function evaluateWhen(when: string | undefined, ctx: WhenContext): boolean {
  if (!when || !when.trim()) return true;
  return when.split('&&').every((t) => term(t.trim(), ctx));
}
