import { canonicalName } from '../js/resolve.js';
import { classifySpec, moduleSpecs, type BoundaryEnv } from '../js/boundary.js';
import { nodeLoc } from '../js/scripts.js';
import type { Rule, RuleContext } from '../types.js';

/**
 * V001 — no dependency on the main package. Skills live in an independent
 * subpackage (wechat-ai-mode.md, "Where skills live"): no `getApp()`, no
 * `@/` main-package imports, no relative path out of the subpackage, and no
 * reaching into another skill's private folder (shared code goes to
 * `<subpackage>/_shared/`). Read from the AST, so a `getApp()` in a comment
 * or a string, or a local function called getApp, is not a finding.
 */
export const v001MainPackage: Rule = {
  id: 'V001',
  severity: 'error',
  title: 'no dependency on the main package (getApp, @/ imports, paths leaving the skill subpackage)',
  check(ctx) {
    const env = boundaryEnv(ctx);
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const file of facts.scriptFiles()) {
        const script = facts.script(file);
        if (!script) continue;
        for (const n of script.scopes.nodes) {
          if (n.type === 'CallExpression' && canonicalName(n.callee, script) === 'getApp') {
            ctx.report('V001_MAIN_PACKAGE_DEPENDENCY', nodeLoc(file, n), { what: 'getApp() returns the main package\'s App' });
          }
        }
        for (const { spec, loc } of moduleSpecs(script)) {
          const target = classifySpec(file, spec, skill, env);
          if (target?.kind === 'outside') ctx.report('V001_MAIN_PACKAGE_DEPENDENCY', loc, { what: target.why });
          if (target?.kind === 'sibling') {
            const shared = skill.pkgRoot ? `${skill.pkgRoot}/_shared/` : '_shared/';
            ctx.report('V001_SIBLING_SKILL_DEPENDENCY', loc, { spec, other: target.skill.dir || target.skill.name, shared });
          }
        }
      }
    }
  },
};

export function boundaryEnv(ctx: RuleContext): BoundaryEnv {
  return { rootIsApp: ctx.mode === 'project', aliases: ctx.app?.project.pathAliases ?? [], allSkills: ctx.allSkills };
}
