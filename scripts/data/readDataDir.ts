import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { duplicateKeys } from './duplicateKeys';
import type { Problem } from './problem';

/** The M49 regions file, in reference/ beside the lists of actors but of its own schema. */
export const REGIONS_FILE = 'm49-regions.json';

/** A data file as read from disk: its display name and its JSON, or why it could not be read. */
export interface DataFile {
  readonly file: string;
  readonly name: string;
  readonly json: unknown;
}

export interface DataDir {
  readonly states: DataFile[];
  /** Every actor with a file in states/, readable or not. */
  readonly stateNames: string[];
  /** The reference lists of actors (every file of reference/ but the regions). */
  readonly references: DataFile[];
  readonly regions: DataFile | null;
  readonly categories: DataFile | null;
  readonly blocs: DataFile | null;
  readonly events: DataFile | null;
  readonly resolutions: DataFile | null;
  readonly jointActions: DataFile | null;
  readonly meta: DataFile | null;
  /** The guided stories (`stories/<id>.json`); the folder may be absent. */
  readonly stories: DataFile[];
}

/**
 * Reads a data folder (`data/` or a test fixture shaped like it). Files that are missing or not
 * JSON become problems; everything else is left for the schema and the rules to judge.
 * `displayRoot` is what file names in messages are relative to (the working folder by default).
 */
export function readDataDir(
  dir: string,
  problems: Problem[],
  displayRoot = process.cwd(),
): DataDir {
  const display = (path: string) => relative(displayRoot, path) || path;

  const readJson = (path: string, name: string): DataFile | null => {
    const file = display(path);
    let text: string;
    try {
      if (statSync(path).isDirectory()) {
        problems.push({ file, path: '', reason: 'is a folder, not a data file' });
        return null;
      }
      text = readFileSync(path, 'utf8');
    } catch {
      problems.push({ file, path: '', reason: 'is missing' });
      return null;
    }
    if (text.startsWith('\uFEFF')) {
      problems.push({
        file,
        path: '',
        reason: 'starts with a byte order mark (BOM): save it as UTF-8 without one',
      });
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      problems.push({ file, path: '', reason: `is not valid JSON (${why})` });
      return null;
    }
    for (const at of duplicateKeys(text)) {
      problems.push({
        file,
        path: at,
        reason: 'appears twice in one object: JSON keeps the last silently, so say it once',
      });
    }
    return { file, name, json };
  };

  /** The `.json` names of a folder; any name that ends so in another case is reported. */
  const jsonNames = (folder: string, names: readonly string[]): string[] => {
    for (const n of names) {
      if (/\.json$/i.test(n) && !n.endsWith('.json')) {
        problems.push({
          file: display(join(folder, n)),
          path: '',
          reason: `ends in "${n.slice(-5)}", not ".json", so the check and the build would skip it`,
        });
      }
    }
    return names.filter((n) => n.endsWith('.json'));
  };

  const readFolder = (
    sub: string,
    optional = false,
    except: readonly string[] = [],
  ): DataFile[] => {
    const folder = join(dir, sub);
    let names: string[];
    try {
      names = statSync(folder).isDirectory() ? readdirSync(folder).sort() : [];
    } catch {
      if (!optional) problems.push({ file: display(folder), path: '', reason: 'is missing' });
      return [];
    }
    return jsonNames(folder, names)
      .filter((n) => !except.includes(n))
      .map((n) => readJson(join(folder, n), n.replace(/\.json$/, '')))
      .filter((f): f is DataFile => f !== null);
  };

  const states = readFolder('states');
  let stateNames: string[] = [];
  try {
    // Every name, a folder or an unreadable file too: it is reported once, as what it is, and
    // not again as a missing actor wherever the actor is named.
    stateNames = readdirSync(join(dir, 'states'))
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.replace(/\.json$/, ''));
  } catch {
    // Reported by readFolder as missing.
  }
  return {
    states,
    stateNames,
    references: readFolder('reference', false, [REGIONS_FILE]),
    regions: readJson(join(dir, 'reference', REGIONS_FILE), 'm49-regions'),
    categories: readJson(join(dir, 'categories.json'), 'categories'),
    blocs: readJson(join(dir, 'blocs.json'), 'blocs'),
    events: readJson(join(dir, 'events.json'), 'events'),
    resolutions: readJson(join(dir, 'resolutions.json'), 'resolutions'),
    jointActions: readJson(join(dir, 'joint-actions.json'), 'joint-actions'),
    meta: readJson(join(dir, 'meta.json'), 'meta'),
    stories: readFolder('stories', true),
  };
}
