import { cmp } from '../diagnostics/diagnostic.js';
import type { SkillPlan } from '../emit/plan-types.js';

/**
 * `autoskill analyze --list-apis`: one `<id> → <name>` line per stable API
 * id of the drafts, sorted by id — the keys a reviewer writes in
 * autoskill.config.json (`apis`, `skills.<name>.apis`). Names are final
 * (after the config's renames). An API that merges duplicate actions is
 * listed under each of their ids, all with the same name.
 */
export function listApiLines(skills: readonly SkillPlan[]): string[] {
  const rows = skills.flatMap((s) => s.apis.flatMap((a) => [a.id, ...a.mergedIds].map((id) => ({ id, name: a.name }))));
  return rows.sort((a, b) => cmp(a.id, b.id)).map((r) => `${r.id} → ${r.name}`);
}
