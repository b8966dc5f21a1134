import type { Loc } from '../model/types.js';
import type { Grouping, JsonType, Lang } from '../emit/plan-types.js';

/**
 * autoskill.config.json as the rest of autoskill sees it: plain data, every
 * entry with the location of its key in the config file (null when a library
 * caller builds overrides in code), so that stale or conflicting overrides
 * are reported where the reviewer wrote them. The JSON shape is
 * schema/autoskill.config.schema.json; docs/config.md explains each key.
 */

export interface AutoskillConfig {
  /** Output folder as written (relative to the config file's folder). */
  out?: string;
  lang?: Lang;
  grouping?: Grouping;
  /** What the emitter re-applies to the drafts (EmitOptions.overrides). */
  overrides: DraftOverrides;
}

/** A page selector of `include` / `exclude`: a route glob or a route folder (subpackage root). */
export interface PagePattern {
  pattern: string;
  loc?: Loc | null;
}

export interface ParamOverride {
  /** Schema property name (the parameter name the code sends). */
  name: string;
  description?: string;
  type?: JsonType;
  required?: boolean;
  loc?: Loc | null;
}

export interface ApiOverride {
  /** Stable API id: `<route>#<handler>`, `<route>#entry`, `<component>#<handler>` (plan-types.ts). */
  id: string;
  name?: string;
  description?: string;
  params?: ParamOverride[];
  drop?: boolean;
  /** Where the id is written (the key of `apis`). */
  loc?: Loc | null;
  /** Where `name` is written (CONFIG_NAME_CONFLICT points there). */
  nameLoc?: Loc | null;
}

export interface SkillApiRef {
  id: string;
  loc?: Loc | null;
}

export interface SkillOverride {
  /** Skill folder name under `skills/` (kebab-case). */
  name: string;
  title?: string;
  description?: string;
  /** The APIs of an explicit skill; absent: the entry retitles the automatic skill of that name. */
  apis?: SkillApiRef[];
  loc?: Loc | null;
}

/**
 * Reviewer overrides applied by the emitter at the plan level (before names
 * are made unique and before any draft is rendered), so every draft file
 * shows the same edit. Lists are in config order; ids are matched against
 * each API's id and the ids of the duplicates merged into it.
 */
export interface DraftOverrides {
  include?: PagePattern[];
  exclude?: PagePattern[];
  skills?: SkillOverride[];
  apis?: ApiOverride[];
}
