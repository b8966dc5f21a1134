/**
 * Path aliases (`@/*` → `*`), root-relative to the mini-program root. They
 * come from tsconfig `compilerOptions.paths` and app.json `resolveAlias`; the
 * matching follows TypeScript's rule: an exact pattern wins, otherwise the
 * `prefix*suffix` pattern with the longest prefix.
 * https://www.typescriptlang.org/tsconfig/#paths
 */
export interface PathAlias {
  pattern: string;
  targets: string[];
}

/** Candidate paths for `spec` through the best matching alias; [] when none matches. */
export function expandAlias(aliases: readonly PathAlias[], spec: string): string[] {
  let best: { alias: PathAlias; star: string } | null = null;
  let bestPrefix = -1;
  for (const alias of aliases) {
    const star = alias.pattern.indexOf('*');
    if (star < 0) {
      if (alias.pattern === spec) return [...alias.targets];
      continue;
    }
    const prefix = alias.pattern.slice(0, star);
    const suffix = alias.pattern.slice(star + 1);
    if (prefix.length <= bestPrefix) continue;
    if (spec.length < prefix.length + suffix.length || !spec.startsWith(prefix) || !spec.endsWith(suffix)) continue;
    best = { alias, star: spec.slice(prefix.length, spec.length - suffix.length) };
    bestPrefix = prefix.length;
  }
  if (!best) return [];
  const matched = best.star;
  return best.alias.targets.map((t) => t.replace('*', matched));
}
