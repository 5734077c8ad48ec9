import { parsePartialDate, precisionOf } from './partialDate';
import type { Actor, Measure } from './types';

/**
 * The dataset as CSV: one row per measure (each actor's own; EU measures appear once, under
 * the EU, not once per member), sources in numbered column groups so a spreadsheet keeps each
 * source's fields apart. RFC 4180 quoting; cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, since the text comes from data we do not fully control.
 */
const MEASURE_COLUMNS = [
  'id',
  'actor',
  'actor_name',
  'category',
  'summary',
  'start',
  'start_precision',
  'start_basis',
  'announced',
  'end',
  'end_reason',
  'instrument',
  'evidence',
  'alignment_with',
  'alignment_act',
  'caveat',
  'checked',
] as const;

const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url', 'quote'] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function precision(date: string): string {
  const parsed = parsePartialDate(date);
  return parsed ? precisionOf(parsed) : '';
}

function measureCells(actor: Actor, m: Measure, sourceCount: number): string[] {
  const cells = [
    m.id,
    actor.id,
    actor.name,
    m.category,
    m.summary,
    m.start,
    precision(m.start),
    m.startBasis,
    m.announced ?? '',
    m.end ?? '',
    m.endReason ?? '',
    m.instrument,
    m.evidence,
    m.alignment?.with ?? '',
    m.alignment?.act ?? '',
    m.caveat ?? '',
    m.checked ?? '',
  ];
  for (let i = 0; i < sourceCount; i++) {
    const s = m.sources[i];
    for (const field of SOURCE_FIELDS) cells.push(s?.[field] ?? '');
  }
  return cells;
}

export function measuresToCsv(actors: Iterable<Actor>): string {
  const list = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sourceCount = Math.max(1, ...list.flatMap((a) => a.measures.map((m) => m.sources.length)));
  const header: string[] = [...MEASURE_COLUMNS];
  for (let i = 1; i <= sourceCount; i++) {
    for (const field of SOURCE_FIELDS) header.push(`source_${i}_${field}`);
  }
  const rows = [header];
  for (const actor of list) {
    for (const m of actor.measures) rows.push(measureCells(actor, m, sourceCount));
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
