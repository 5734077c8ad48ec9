import { textProblem } from './textRules';

/**
 * The bounds on the data, in one place for the data check and the runtime decoder (and named in
 * data/README.md, "Bounds"): how long each text may be, and how much data the app will read.
 * Each is well above what the data holds today and above a ten-fold growth of it, and well below
 * what would freeze a page (a 100 KB version string, 20,000 measures for one state).
 */

/** The longest text each field may hold, by its key in the JSON; other keys get the default. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  version: 64,
  id: 80,
  name: 120,
  family: 120,
  given: 120,
  publisher: 200,
  license: 200,
  title: 300,
  act: 300,
  instrument: 400,
  definition: 400,
  summary: 600,
  commitment: 600,
  url: 600,
  caption: 800,
  description: 1000,
  quote: 1000,
  caveat: 2000,
  note: 2000,
};
export const DEFAULT_TEXT_LIMIT = 200;

const LIMITS = new Map(Object.entries(TEXT_LIMITS));

export function textLimit(key: string): number {
  return LIMITS.get(key) ?? DEFAULT_TEXT_LIMIT;
}

/** How much data the app reads: today's data is about 220 actors, 600 measures, 1.3 MB. */
export const SIZE_LIMITS = {
  actors: 1000,
  measures: 20_000,
  measuresPerActor: 2000,
  sourcesPerItem: 100,
  /** Events, resolutions, joint actions, bloc members, regions: each list. */
  listItems: 5000,
  /** Every character of every text, together: a stand-in for the file's size. */
  textCharacters: 40_000_000,
} as const;

export interface TextIssue {
  readonly path: string;
  readonly reason: string;
}

const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks every text in a JSON value against textProblem, with the limit of the key that holds it
 * (a list's items take their list's key), calling `report` with the JSON path of each problem.
 * Returns the number of characters of text seen, for the size bound.
 */
export function scanTexts(json: unknown, report: (issue: TextIssue) => void): number {
  let characters = 0;
  // The path to the value being read, as segments: joined only for a problem, since the page
  // reads every text of the dataset at load and most have none.
  const segments: (string | number)[] = [];
  const pathNow = () =>
    segments.map((s) => `/${typeof s === 'number' ? s : escapeKey(s)}`).join('') || '/';
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      characters += value.length;
      const reason = textProblem(value, textLimit(key));
      if (reason !== null) report({ path: pathNow(), reason });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        segments.push(i);
        visit(value[i], key);
        segments.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const k in record) {
        if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
        segments.push(k);
        visit(record[k], k);
        segments.pop();
      }
    }
  };
  visit(json, '');
  return characters;
}
