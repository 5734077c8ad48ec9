/**
 * Synthetic datasets for the growth runs, made from the real compiled one: `grow` repeats every
 * state's measures `factor` times (new ids, the same dates and categories, so the map's colours
 * are today's); `longRecord` gives one state `count` measures, for the panel's worst case.
 */
interface RawMeasure {
  id: string;
  [key: string]: unknown;
}
interface RawActor {
  id: string;
  kind: string;
  measures: RawMeasure[];
  [key: string]: unknown;
}
interface RawDataset {
  actors: RawActor[];
  [key: string]: unknown;
}

export function grow(json: string, factor: number): string {
  const data = JSON.parse(json) as RawDataset;
  for (const actor of data.actors) {
    const base = actor.measures;
    const copies: RawMeasure[] = [];
    for (let k = 1; k < factor; k++) {
      for (const m of base) copies.push({ ...m, id: `${m.id}-x${k}`, aliases: undefined });
    }
    actor.measures = [...base, ...copies];
  }
  return JSON.stringify(data);
}

export function longRecord(json: string, actorId: string, count: number): string {
  const data = JSON.parse(json) as RawDataset;
  const actor = data.actors.find((a) => a.id === actorId);
  if (!actor || actor.measures.length === 0) throw new Error(`no measures for ${actorId}`);
  const base = actor.measures;
  const out: RawMeasure[] = [];
  for (let i = 0; out.length < count; i++) {
    const m = base[i % base.length] as RawMeasure;
    out.push(i < base.length ? m : { ...m, id: `${m.id}-x${i}`, aliases: undefined });
  }
  actor.measures = out;
  return JSON.stringify(data);
}

export function measureCount(json: string): number {
  return (JSON.parse(json) as RawDataset).actors.reduce((n, a) => n + a.measures.length, 0);
}
