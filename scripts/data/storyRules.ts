import { isCategory } from '../../src/model/categories';
import { parseMonth } from '../../src/model/month';
import { earliestMonth, parsePartialDate } from '../../src/model/partialDate';
import { pointer, show, type Problem } from './problem';
import type { RawStory } from './rawTypes';
import type { Checked } from './rules';

/** What a story may point at: the facts of the rest of the data folder. */
export interface StoryFacts {
  /** Every measure id and alias, with its measure's start. */
  readonly measures: ReadonlyMap<string, string>;
  /** Every timeline event (events.json, resolutions' adoptions and deadlines), with its date. */
  readonly events: ReadonlyMap<string, string>;
  /** Actors that have a file. */
  readonly actors: ReadonlySet<string>;
  readonly resolutions: ReadonlySet<string>;
  /** The dataset's last-updated date: no step can show a month after it. */
  readonly updated: string | null;
  readonly statesDir: string;
}

/**
 * The checks a story's schema cannot make: the file is named for its id; every month exists and
 * is not after the data's last update; a lens comes with its argument and an argument with its
 * lens; every state named has a file; every measure and event cited exists and is not from after
 * the month the step shows (a step cannot rest on what had not yet happened).
 */
export function checkStories(stories: readonly Checked<RawStory>[], facts: StoryFacts): Problem[] {
  const problems: Problem[] = [];
  const updatedMonth = facts.updated ? earliestOf(facts.updated) : null;
  const ids = new Set<string>();
  for (const { file, name, data } of stories) {
    const add = (path: string, reason: string) => problems.push({ file, path, reason });
    if (data.id !== name) add('/id', `${show(data.id)} does not match the file name ${name}.json`);
    if (ids.has(data.id)) add('/id', `${show(data.id)} is already a story`);
    ids.add(data.id);
    data.steps.forEach((step, i) => {
      const base = pointer('steps', i);
      const { view } = step;
      const month = (key: 'date' | 'compare') => {
        const text = view[key];
        if (text === undefined) return;
        const m = parseMonth(text);
        if (m === null) add(`${base}/view/${key}`, `${show(text)} is not a month`);
        else if (updatedMonth !== null && m > updatedMonth)
          add(
            `${base}/view/${key}`,
            `${show(text)} is after the data's last update ${facts.updated}`,
          );
      };
      month('date');
      month('compare');
      const lens = view.lens ?? 'kinds';
      if (lens === 'compare' && view.compare === undefined)
        add(`${base}/view/compare`, 'is missing: the compare lens needs a date to compare with');
      if (lens !== 'compare' && view.compare !== undefined)
        add(`${base}/view/compare`, `is only for the compare lens, not ${show(lens)}`);
      if (lens === 'resolution' && view.resolution === undefined)
        add(`${base}/view/resolution`, 'is missing: the resolution lens needs a resolution');
      if (lens !== 'resolution' && view.resolution !== undefined)
        add(`${base}/view/resolution`, `is only for the resolution lens, not ${show(lens)}`);
      if (view.resolution !== undefined && !facts.resolutions.has(view.resolution))
        add(
          `${base}/view/resolution`,
          `${show(view.resolution)} is not a resolution in resolutions.json`,
        );
      (view.measures ?? []).forEach((c, j) => {
        // The schema names the vocabulary; this keeps the app's own list in step with it.
        if (!isCategory(c)) add(`${base}/view/measures/${j}`, `${show(c)} is not a category`);
      });
      const actor = (path: string, id: string) => {
        if (!facts.actors.has(id))
          add(path, `${show(id)} has no file ${facts.statesDir}/${id}.json`);
      };
      if (view.country !== undefined) actor(`${base}/view/country`, view.country);
      (view.highlight ?? []).forEach((id, j) => actor(`${base}/view/highlight/${j}`, id));
      const shown = parseMonth(view.date);
      step.backing.forEach((id, j) => {
        const path = `${base}/backing/${j}`;
        const date = facts.measures.get(id) ?? facts.events.get(id);
        if (date === undefined) {
          add(path, `${show(id)} is not a measure or an event of the data`);
          return;
        }
        const from = earliestOf(date);
        if (shown !== null && from !== null && from > shown)
          add(
            path,
            `${show(id)} dates from ${date}, after the month the step shows (${view.date})`,
          );
      });
    });
  }
  return problems;
}

function earliestOf(date: string) {
  const d = parsePartialDate(date);
  return d ? earliestMonth(d) : null;
}

/** A story's problem says which step, counted as a reader counts, beside its JSON path. */
export function withStepNumber(p: Problem): Problem {
  const m = /^\/steps\/(\d+)(\/|$)/.exec(p.path);
  return m ? { ...p, reason: `${p.reason} (step ${Number(m[1]) + 1})` } : p;
}
