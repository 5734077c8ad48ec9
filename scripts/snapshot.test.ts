import { DOMParser } from '@xmldom/xmldom';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';

/** The command-line snapshot, run as a graphics desk would run it. */
const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) =>
  spawnSync(TSX, ['scripts/snapshot.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run snapshot', () => {
  it('writes an SVG that parses, with 190+ state shapes', () => {
    const out = join(dir, 'labor-2017-09.svg');
    execFileSync(
      TSX,
      [
        'scripts/snapshot.ts',
        '--date',
        '2017-09',
        '--measures',
        'labor_restriction',
        '--format',
        'svg',
        '--out',
        out,
      ],
      { cwd: ROOT },
    );
    const doc = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'image/svg+xml');
    const states = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      g.getAttribute('data-iso3'),
    );
    expect(states.length).toBeGreaterThanOrEqual(190);
    expect(doc.documentElement?.getAttribute('width')).toBe('960');
  }, 60_000);

  it('writes a PNG at twice the width asked for, not blank', () => {
    const out = join(dir, 'map.png');
    const r = run('--date', '2016-03', '--width', '700', '--format', 'png', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const png = PNG.sync.read(readFileSync(out));
    expect(png.width).toBe(1400);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(8);
  }, 60_000);

  it('writes a series, one file a month', () => {
    const r = run(
      '--from',
      '2016-01',
      '--to',
      '2016-03',
      '--out',
      join(dir, 'series/m-{date}.svg'),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'series')).sort()).toEqual([
      'm-2016-01.svg',
      'm-2016-02.svg',
      'm-2016-03.svg',
    ]);
  }, 60_000);

  it('writes a Korean picture with --lang ko, its text set in Korean', () => {
    const out = join(dir, 'ko.svg');
    const r = run('--lang', 'ko', '--date', '2017-12', '--measures', 'port_ban', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const doc = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'image/svg+xml');
    expect(doc.documentElement?.getAttribute('lang')).toBe('ko');
    const text = Array.from(doc.getElementsByTagName('text'))
      .map((t) => t.textContent)
      .join('\n');
    expect(text).toContain('대북 입항 금지 조치를 시행 중인 국가, 2017년 12월');
    expect(text).toContain('북한(조치의 대상)');

    const png = join(dir, 'ko.png');
    expect(run('--lang', 'ko', '--date', '2017-12', '--out', png).status).toBe(0);
    expect(PNG.sync.read(readFileSync(png)).width).toBe(1920);
  }, 60_000);

  it.each([
    [['--lang', 'xx', '--out', 'x.svg'], /--lang must be one of en, ko/],
    [['--date', '2017-13', '--out', 'x.svg'], /--date/],
    [['--date', '1999-01', '--out', 'x.svg'], /timeline runs from/],
    [['--measures', 'nonsense', '--out', 'x.svg'], /--measures/],
    [['--format', 'gif', '--out', 'x.gif'], /--format/],
    [['--width', '12', '--out', 'x.svg'], /--width/],
    [['--date', '2017-09'], /--out is required/],
    [['--from', '2016-01', '--to', '2016-03', '--out', 'x.svg'], /\{date\}/],
    [['--bogus', '1', '--out', 'x.svg'], /unknown option --bogus/],
  ])(
    'refuses %j with a one-line error and exit code 2',
    (args, message) => {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    },
    60_000,
  );
});
