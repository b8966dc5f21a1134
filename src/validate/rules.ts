import type { Rule } from './types.js';
import { skillApiFiles } from './rules/skill-api-files.js';
import { skillAppConfig } from './rules/skill-app-config.js';
import { skillFiles } from './rules/skill-files.js';
import { skillLimits } from './rules/skill-limits.js';
import { skillMcpSchema } from './rules/skill-mcp-schema.js';
import { skillMdContent } from './rules/skill-md-content.js';
import { skillMdSections } from './rules/skill-md-sections.js';
import { v001MainPackage } from './rules/v001-main-package.js';
import { v002AsyncApi } from './rules/v002-async-api.js';
import { v003CardWxml } from './rules/v003-card-wxml.js';
import { v005CardWxssProperties } from './rules/v005-card-wxss-properties.js';
import { v006CardWxssSelectors } from './rules/v006-card-wxss-selectors.js';
import { v007Names } from './rules/v007-names.js';
import { v008Modules } from './rules/v008-modules.js';
import { v009OutputSchema } from './rules/v009-output-schema.js';
import { v010CardReads } from './rules/v010-card-reads.js';
import { v011SetData } from './rules/v011-set-data.js';
import { v012ComponentFiles } from './rules/v012-component-files.js';
import { v014SkillMdName } from './rules/v014-skill-md-name.js';
import { v016SkillDescription } from './rules/v016-skill-description.js';
import { v017PagePath } from './rules/v017-page-path.js';
import { v018HandoffQuery } from './rules/v018-handoff-query.js';

/**
 * Every rule `autoskill validate` runs: WeChat's official static rules
 * (ids as in `wxa-skills-validate` v0.2.1; V004, V013 and V015 are unused
 * there) and autoskill's own checks. Adding a rule is a file and a row.
 */
export const RULES: readonly Rule[] = [
  v001MainPackage,
  v002AsyncApi,
  v003CardWxml,
  v005CardWxssProperties,
  v006CardWxssSelectors,
  v007Names,
  v008Modules,
  v009OutputSchema,
  v010CardReads,
  v011SetData,
  v012ComponentFiles,
  v014SkillMdName,
  v016SkillDescription,
  v017PagePath,
  v018HandoffQuery,
  skillFiles,
  skillMcpSchema,
  skillApiFiles,
  skillLimits,
  skillMdSections,
  skillMdContent,
  skillAppConfig,
];
