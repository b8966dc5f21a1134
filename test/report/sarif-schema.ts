import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Validators for SARIF logs: our subset schema (schema/sarif-2.1.0-subset.schema.json,
 * always there) and the official SARIF 2.1.0 schema when it can be found:
 * SARIF_OFFICIAL_SCHEMA=<path>, or the copy inside the npm package
 * @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json) when installed.
 */
const SUBSET = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/sarif-2.1.0-subset.schema.json');

function newAjv(): Ajv {
  // unicodeRegExp off: the official schema's `language` pattern (`…]?$`) is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // RFC 3986 in brief: a URI has a scheme; a URI reference may be relative. Neither has whitespace.
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/);
  ajv.addFormat('uri-reference', /^[^\s]*$/);
  ajv.addFormat('date-time', true);
  return ajv;
}

export function officialSchemaPath(): string | null {
  const fromEnv = process.env.SARIF_OFFICIAL_SCHEMA;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  try {
    return createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  } catch {
    return null;
  }
}

function compile(file: string, draft04: boolean): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (draft04) {
    // The official file is draft-04; ajv 8 reads it once the root `id` is spelled `$id` and `$schema` is dropped.
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
  }
  return newAjv().compile(schema);
}

const errors = (v: ValidateFunction, data: unknown): string[] => (v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

let subset: ValidateFunction | null = null;
export function validateSarifSubset(data: unknown): string[] {
  subset ??= compile(SUBSET, false);
  return errors(subset, data);
}

let official: ValidateFunction | null = null;
export function validateSarifOfficial(data: unknown): string[] {
  const file = officialSchemaPath();
  if (!file) throw new Error('official SARIF schema not found');
  official ??= compile(file, true);
  return errors(official, data);
}
