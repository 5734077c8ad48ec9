import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY, sanctionsData } from './vite-plugin-data';

const FIXTURES = join(import.meta.dirname, 'data/fixtures');
const root = mkdtempSync(join(tmpdir(), 'plugin-build-'));
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><html><head></head><body><script type="module" src="./main.js"></script></body></html>',
);
writeFileSync(join(root, 'main.js'), 'document.body.dataset.ok = "1";');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function buildWith(dataDir: string, outDir: string, base = '/') {
  return build({
    configFile: false,
    root,
    base,
    logLevel: 'silent',
    plugins: [sanctionsData(dataDir)],
    build: { outDir, emptyOutDir: true },
  });
}

describe('the build', () => {
  it('refuses invalid data, with the data check’s message', async () => {
    await expect(buildWith(join(FIXTURES, 'broken'), join(root, 'out-broken'))).rejects.toThrow(
      /states\/JPN\.json: \/measures\/0\/start: "2016-13-01" is not a date/,
    );
  });

  it('writes the dataset, its CSV and the projected map, under the base path', async () => {
    const out = join(root, 'out-valid');
    await buildWith(join(FIXTURES, 'valid'), out, '/maps/dprk/');
    const dataset = JSON.parse(readFileSync(join(out, 'data/dataset.json'), 'utf8')) as {
      version: string;
    };
    expect(dataset.version).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync(join(out, 'data/dataset.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^id,actor,/,
    );
    const world = JSON.parse(readFileSync(join(out, 'geo/world.json'), 'utf8')) as {
      type: string;
      map: { width: number };
    };
    expect(world.type).toBe('Topology');
    expect(world.map.width).toBe(960);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    expect(html).toContain('href="/maps/dprk/data/dataset.json"');
    expect(html).toContain('href="/maps/dprk/geo/world.json"');
  });
});
