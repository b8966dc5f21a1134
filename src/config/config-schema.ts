import fs from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { jsonPath } from '../load/json-loc.js';

/**
 * The shipped JSON Schema of autoskill.config.json
 * (schema/autoskill.config.schema.json, draft-07), compiled once with ajv,
 * and its errors turned into findings at key paths: an unknown key, or an
 * invalid value with a reason worded for the person editing the file.
 */

const SCHEMA_URL = new URL('../../schema/autoskill.config.schema.json', import.meta.url);

let validator: ValidateFunction | null = null;

function configValidator(): ValidateFunction {
  // verbose: errors carry their schema node, which lists the keys known where an unknown one is found.
  validator ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_URL, 'utf8')) as object);
  return validator;
}

export interface SchemaFinding {
  kind: 'unknown-key' | 'invalid';
  /** Key path in json-loc form (`apis.pages/a#b.name`, `include[2]`): where to point. */
  path: string;
  /** Path segments, for messages. */
  segments: (string | number)[];
  /** unknown-key: the key and the keys allowed beside it. */
  key?: string;
  known?: string[];
  /** invalid: why. */
  reason?: string;
}

/** Patterns of the schema, said in words. */
const PATTERN_REASONS: Record<string, string> = {
  '^[a-z][A-Za-z0-9]*$': 'must be camelCase (letters and digits, starting with a lower-case letter)',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'a skill name must be a kebab-case folder name (a-z, 0-9, single hyphens)',
  '^[^#\\s]+#[^#\\s]+$': 'must be a stable API id: "<route>#<handler>", "<route>#entry" or "<component>#<handler>"',
};

function reason(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return PATTERN_REASONS[p.pattern as string] ?? `must match ${String(p.pattern)}`;
    case 'type':
      return `must be ${p.type === 'object' || p.type === 'array' ? 'an' : 'a'} ${String(p.type)}`;
    case 'required':
      return `needs "${String(p.missingProperty)}"`;
    case 'minLength':
      return 'must not be empty';
    case 'minItems':
      return `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return `repeats item ${Math.min(p.i as number, p.j as number)}`;
    default:
      return e.message ?? e.keyword;
  }
}

/** A JSON Pointer of `value` as path segments (array indices as numbers). */
function pointerSegments(value: unknown, pointer: string): (string | number)[] {
  const out: (string | number)[] = [];
  let at: unknown = value;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(at)) {
      out.push(Number(seg));
      at = at[Number(seg)];
    } else {
      out.push(seg);
      at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

export const pathOf = (segments: readonly (string | number)[]): string => segments.reduce<string>((p, s) => jsonPath(p, s), '');

/** What is wrong with a parsed config according to the shipped schema; [] when valid. */
export function schemaFindings(value: unknown): SchemaFinding[] {
  const validate = configValidator();
  if (validate(value)) return [];
  const out: SchemaFinding[] = [];
  for (const e of validate.errors ?? []) {
    // The summary of a property-name failure repeats the inner error, which names the reason.
    if (e.keyword === 'propertyNames') continue;
    const base = pointerSegments(value, e.instancePath);
    const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const segments = [...base, key];
      out.push({ kind: 'unknown-key', path: pathOf(segments), segments, key, known });
    } else {
      // A repeated item is pointed at (and dropped) itself, not the whole list.
      const dup = e.params as { i: number; j: number };
      const item = e.keyword === 'uniqueItems' ? [Math.max(dup.i, dup.j)] : [];
      const segments = propertyName !== undefined ? [...base, propertyName] : [...base, ...item];
      out.push({ kind: 'invalid', path: pathOf(segments), segments, reason: reason(e) });
    }
  }
  return out;
}
