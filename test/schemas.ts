import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

/**
 * The JSON Schemas shipped in schema/, compiled once with ajv. Emitted files
 * are validated against them before they are snapshotted, so an invalid
 * output can never become the expected one.
 */
const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema');
const ajv = new Ajv({ allErrors: true, strict: false });
const cache = new Map<string, ReturnType<typeof ajv.compile>>();

export function validateWith(schemaFile: string, data: unknown): string[] {
  let v = cache.get(schemaFile);
  if (!v) {
    v = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, schemaFile), 'utf8')));
    cache.set(schemaFile, v);
  }
  return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export const validateAnalysis = (data: unknown): string[] => validateWith('analysis.schema.json', data);
