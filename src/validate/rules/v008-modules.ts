import { classifySpec, moduleSpecs } from '../js/boundary.js';
import type { Rule } from '../types.js';
import { boundaryEnv } from './v001-main-package.js';

/**
 * V008 — every module a skill requires exists (the official rule checks
 * index.js's `require('./apis/x')`; a missing module breaks the skill
 * wherever it is required, so every skill script is checked). Specifiers
 * that leave the subpackage are V001's, bare package names are skipped.
 */
export const v008Modules: Rule = {
  id: 'V008',
  severity: 'error',
  title: 'every required ./apis/x (and every other module a skill requires) exists',
  check(ctx) {
    const env = boundaryEnv(ctx);
    const scripts = ctx.scripts;
    for (const skill of ctx.skills) {
      const facts = ctx.facts(skill);
      for (const file of facts.scriptFiles()) {
        const script = facts.script(file);
        if (!script) continue;
        for (const { spec, loc } of moduleSpecs(script)) {
          const target = classifySpec(file, spec, skill, env);
          if (!target || (target.kind !== 'skill' && target.kind !== 'shared')) continue;
          // A path above the validated folder cannot be looked at.
          if (target.rel === null) continue;
          if (scripts.resolve(file, spec) === null) ctx.report('V008_MODULE_NOT_FOUND', loc, { spec });
        }
      }
    }
  },
};
