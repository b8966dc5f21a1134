import path from 'node:path';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../model/types.js';
import { posixRelative } from '../report/location.js';
import { NodeVfs } from '../util/vfs.js';
import type { AutoskillConfig } from './config-types.js';
import { CONFIG_FILE, emptyConfig, parseConfig } from './load-config.js';

/**
 * Finding and reading the config file of a command run: `--config <file>`
 * when given (it must exist), else `autoskill.config.json` in the project
 * folder (optional). The file is read through a Vfs over its own folder.
 */

export interface ConfigSource {
  /** Absolute path of the config file; null when there is none. */
  abs: string | null;
  /** `--config` named a file that does not exist: the run cannot go on as asked. */
  missing: boolean;
}

export interface LoadedConfig {
  /** Absolute path of the file read; null when the project has none. */
  abs: string | null;
  /** Folder relative paths of the config (`out`) are resolved against. */
  dir: string;
  config: AutoskillConfig;
  diagnostics: Diagnostic[];
}

export function locateConfig(projectDir: string, explicit: string | null): ConfigSource {
  if (explicit) return { abs: explicit, missing: !fileVfs(explicit).vfs?.isFile(path.basename(explicit)) };
  const abs = path.join(projectDir, CONFIG_FILE);
  return fileVfs(abs).vfs?.isFile(CONFIG_FILE) ? { abs, missing: false } : { abs: null, missing: false };
}

/** CONFIG_NOT_FOUND for a `--config` file that is not there, with the path as the user sees it. */
export function configNotFound(abs: string, cwd: string): Diagnostic {
  return diagnostic('CONFIG_NOT_FOUND', null, { file: posixRelative(cwd, abs) });
}

/**
 * Read the located config. Diagnostics name the file relative to `base`
 * (the mini-program root, which every diagnostic path is relative to).
 */
export function readConfigFile(source: ConfigSource, projectDir: string, base: string): LoadedConfig {
  if (!source.abs) return { abs: null, dir: projectDir, config: emptyConfig(), diagnostics: [] };
  const { vfs } = fileVfs(source.abs);
  const text = vfs?.readText(path.basename(source.abs)) ?? null;
  const dir = path.dirname(source.abs);
  if (text === null) return { abs: source.abs, dir, config: emptyConfig(), diagnostics: [configNotFound(source.abs, base)] };
  const parsed = parseConfig(text, posixRelative(base, source.abs));
  return { abs: source.abs, dir, ...parsed };
}

function fileVfs(abs: string): { vfs: NodeVfs | null } {
  try {
    return { vfs: new NodeVfs(path.dirname(abs)) };
  } catch {
    return { vfs: null };
  }
}
