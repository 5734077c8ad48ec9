import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { show, type Problem } from './problem';

/** The JSON Schemas in `data/schema/`, the contract for each kind of data file. */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data/schema');

export type SchemaName =
  | 'state'
  | 'categories'
  | 'blocs'
  | 'events'
  | 'resolutions'
  | 'joint-actions'
  | 'meta'
  | 'reference'
  | 'regions'
  | 'story';

let compiled: Map<SchemaName, ValidateFunction> | null = null;

function validators(): Map<SchemaName, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as object);
  }
  const names: SchemaName[] = [
    'state',
    'categories',
    'blocs',
    'events',
    'resolutions',
    'joint-actions',
    'meta',
    'reference',
    'regions',
    'story',
  ];
  compiled = new Map(
    names.map((n) => {
      const v = ajv.getSchema(`${n}.schema.json`);
      if (!v) throw new Error(`data/schema/${n}.schema.json is missing`);
      return [n, v];
    }),
  );
  return compiled;
}

/** Validates one file's JSON; returns its problems in one-line form. */
export function validateAgainst(schema: SchemaName, file: string, json: unknown): Problem[] {
  const validate = validators().get(schema);
  if (!validate || validate(json)) return [];
  const errors = validate.errors ?? [];
  // An anyOf failure also reports each branch; keep the branch errors that say most, once. An
  // if/then/else failure ("must match the else schema") says less than the branch's own errors.
  const specific = errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      (!(e.keyword === 'anyOf' || e.keyword === 'const') ||
        !errors.some(
          (o) =>
            o !== e &&
            o.instancePath === e.instancePath &&
            o.keyword !== 'anyOf' &&
            o.keyword !== 'const',
        )),
  );
  return dedupe(specific.map((e) => toProblem(file, e)));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Turns Ajv's wording into the project's: what the value is, said of its own path. */
function toProblem(file: string, e: ErrorObject): Problem {
  const at = e.instancePath;
  const path = at || '/';
  switch (e.keyword) {
    case 'required':
      if (e.params.missingProperty === 'backing')
        return {
          file,
          path: `${at}/backing`,
          reason: 'is missing: a step names the measures or events that back it',
        };
      return { file, path: `${at}/${String(e.params.missingProperty)}`, reason: 'is missing' };
    case 'additionalProperties':
      return {
        file,
        path: `${at}/${String(e.params.additionalProperty)}`,
        reason: 'is not a field this file may have',
      };
    case 'enum':
      return {
        file,
        path,
        reason: `${show(e.data)} is not one of ${(e.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      if (path.endsWith('/url'))
        return { file, path, reason: `${show(e.data)} is not an https URL` };
      if (
        /\/(start|end|announced|date|from|until|checked|updated|measuresApplyUntil|compare)$/.test(
          path,
        )
      )
        return { file, path, reason: `${show(e.data)} is not a date` };
      if (/\/resolutions(Searched)?\/\d+$/.test(path) || path.endsWith('/resolutions/id'))
        return {
          file,
          path,
          reason: `${show(e.data)} is not a resolution number (3 or 4 digits)`,
        };
      if (path.endsWith('/id') || /\/backing\/\d+$/.test(path))
        return {
          file,
          path,
          reason: `${show(e.data)} is not a valid id (lower-case words joined by -)`,
        };
      if (
        /\/(actor|state|with|country)$/.test(path) ||
        /\/(actors|members|highlight)\/\d+$/.test(path)
      )
        return {
          file,
          path,
          reason: `${show(e.data)} is not an actor code (ISO 3166-1 alpha-3, EU or UN)`,
        };
      if (e.data === '' || typeof e.data === 'string') return { file, path, reason: 'is empty' };
      return { file, path, reason: `${show(e.data)} does not match ${String(e.params.pattern)}` };
    case 'minLength':
      return { file, path, reason: 'is empty' };
    case 'maxLength':
      return { file, path, reason: `is longer than ${String(e.params.limit)} characters` };
    case 'minItems':
      if (path.endsWith('/backing'))
        return { file, path, reason: 'names no measure or event: a step is backed by sources' };
      return { file, path, reason: path.endsWith('/sources') ? 'has no source' : 'is empty' };
    case 'maxItems':
      return { file, path, reason: `has more than ${String(e.params.limit)} items` };
    case 'uniqueItems':
      return { file, path, reason: 'lists an item twice' };
    case 'type':
      return { file, path, reason: `${show(e.data)} is not ${article(String(e.params.type))}` };
    default:
      return { file, path, reason: e.message ?? e.keyword };
  }
}

function article(type: string): string {
  return type === 'object'
    ? 'an object'
    : type === 'array'
      ? 'a list'
      : type === 'string'
        ? 'text'
        : `a ${type}`;
}
