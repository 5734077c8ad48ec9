import countries from 'i18n-iso-countries';
import { pointer, show } from './problem';
import type { RawArea, RawRegions, RawSource, RawState } from './rawTypes';
import type { Checked } from './rules';

type Add = (file: string, path: string, reason: string) => void;

/** The tier each tier hangs from: a sub-region from a region, an intermediate region from a sub-region. */
const PARENT_LEVEL: Record<RawArea['level'], RawArea['level'] | null> = {
  region: null,
  subRegion: 'region',
  intermediateRegion: 'subRegion',
};

/**
 * The M49 regions file: its areas form one tree (region > sub-region > intermediate region),
 * each entry names areas of the right tier that hang together, the state's M49 code is its ISO
 * numeric code, and every state with a file has exactly one entry (blocs and the UN have none).
 */
export function checkRegions(
  regions: Checked<RawRegions>,
  states: readonly Checked<RawState>[],
  stateFiles: ReadonlySet<string>,
  statesDir: string,
  add: Add,
  checkSources: (file: string, base: string, sources: RawSource[]) => void,
): void {
  const { file, data } = regions;
  const areas = new Map<string, RawArea>();
  data.areas.forEach((area, i) => {
    const base = pointer('areas', i);
    if (areas.has(area.code)) add(file, `${base}/code`, `${show(area.code)} is listed twice`);
    areas.set(area.code, area);
  });
  data.areas.forEach((area, i) => {
    const base = pointer('areas', i);
    const wanted = PARENT_LEVEL[area.level];
    if (wanted === null) {
      if (area.parent !== undefined) add(file, `${base}/parent`, 'a region has no parent');
      return;
    }
    const parent = area.parent === undefined ? undefined : areas.get(area.parent);
    if (area.parent === undefined)
      add(file, `${base}/parent`, `is missing: a ${area.level} has one`);
    else if (!parent)
      add(file, `${base}/parent`, `${show(area.parent)} is not an area listed here`);
    else if (parent.level !== wanted)
      add(file, `${base}/parent`, `${show(area.parent)} is a ${parent.level}, not a ${wanted}`);
  });

  // By file name, as the entries name files: a file whose actor is wrong is reported once, elsewhere.
  const kinds = new Map(states.map((s) => [s.name, s.data.kind ?? 'state']));
  const listed = new Set<string>();
  data.states.forEach((entry, i) => {
    const base = pointer('states', i);
    if (listed.has(entry.state)) add(file, `${base}/state`, `${show(entry.state)} is listed twice`);
    listed.add(entry.state);
    if (!stateFiles.has(entry.state))
      add(
        file,
        `${base}/state`,
        `${show(entry.state)} has no file ${statesDir}/${entry.state}.json`,
      );
    else if ((kinds.get(entry.state) ?? 'state') !== 'state')
      add(file, `${base}/state`, `${show(entry.state)} is not a state: only states have a region`);
    if (entry.region === null) return;
    const tier = (key: 'region' | 'subRegion' | 'intermediateRegion', parent: string | null) => {
      const code = entry[key];
      if (code === undefined) return;
      const area = areas.get(code);
      if (!area) add(file, `${base}/${key}`, `${show(code)} is not an area listed here`);
      else if (area.level !== key) add(file, `${base}/${key}`, `${show(code)} is a ${area.level}`);
      else if (parent !== null && area.parent !== parent)
        add(file, `${base}/${key}`, `${show(code)} is not part of ${show(parent)}`);
    };
    tier('region', null);
    tier('subRegion', entry.region);
    tier('intermediateRegion', entry.subRegion);
    const numeric = countries.alpha3ToNumeric(entry.state);
    if (numeric !== undefined && numeric !== entry.m49)
      add(file, `${base}/m49`, `${show(entry.m49)} is not ${entry.state}'s code (${numeric})`);
  });
  for (const s of states) {
    if ((s.data.kind ?? 'state') === 'state' && !listed.has(s.name))
      add(file, '/states', `${show(s.name)} (${s.file}) has no entry`);
  }
  checkSources(file, '/sources', data.sources);
}
