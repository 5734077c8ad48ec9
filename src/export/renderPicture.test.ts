import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFontFile } from '../../scripts/fontReader';
import { loadWorld } from '../../scripts/world';
import { CATEGORIES } from '../model/categories';
import { readView } from '../model/lens';
import type { Month } from '../model/month';
import type { View } from '../model/view';
import { buildScene } from '../map/scene';
import { loadTypeface } from './fonts';
import { renderPicture } from './renderPicture';
import { measureText, wrapText, type Typeface } from './text';

const world = loadWorld(undefined, new Date('2026-11-15T12:00:00Z'));
let face: Typeface;
beforeAll(async () => {
  face = await loadTypeface(readFontFile);
});

const view: View = {
  date: '2017-09' as Month,
  categories: ['labor_restriction'],
  scope: 'all',
  lens: 'kinds',
  compare: null,
  resolution: null,
  actor: null,
  highlight: [],
  focus: 'world',
};

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

describe('an exported SVG', () => {
  it('parses as XML and holds every state with the app’s fill, the title and the legend', () => {
    const { svg, width, height } = renderPicture(world, view, face, {
      width: 960,
      lang: 'en',
      outlines: false,
      address: 'https://example.org/map/',
    });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root?.getAttribute('width')).toBe('960');
    expect(Number(root?.getAttribute('height'))).toBe(height);
    expect(width).toBe(960);

    const scene = buildScene(world.geometry, readView(world.dataset, view));
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      g.getAttribute('data-iso3'),
    );
    expect(groups.length).toBe(scene.shapes.length);
    expect(groups.length).toBeGreaterThanOrEqual(190);
    const fills = new Map(groups.map((g) => [g.getAttribute('data-iso3'), g.getAttribute('fill')]));
    for (const s of scene.shapes) expect(fills.get(s.id)).toBe(s.paint.fill);

    const text = Array.from(doc.getElementsByTagName('text'))
      .map((t) => t.textContent)
      .join('\n');
    expect(text).toContain('States with labour restrictions on the DPRK, September 2017');
    expect(text).toMatch(/\d+ states had a labour restriction in force in September 2017\./);
    expect(text).toContain('Labour restrictions in force');
    expect(text).toContain('North Korea (the target)');
    expect(text).toContain(`Data version ${world.dataset.version}`);
    expect(text).toContain('Source:');
    expect(text).toContain('https://example.org/map/');
    // The text stays text, set in an embedded subset of the font.
    expect(svg).toMatch(
      /@font-face\{font-family:'Inter Export regular';src:url\(data:font\/otf;base64,/,
    );
  });

  it('writes the text as outlines when asked, keeping it for readers as titles', () => {
    const { svg } = renderPicture(world, view, face, {
      width: 640,
      lang: 'en',
      outlines: true,
      address: null,
    });
    const doc = parse(svg);
    expect(doc.getElementsByTagName('text').length).toBe(0);
    expect(svg).not.toContain('@font-face');
    const titles = Array.from(doc.getElementsByTagName('title')).map((t) => t.textContent);
    expect(titles).toContain('States with labour restrictions on the DPRK, September 2017');
  });

  it('is the same picture every time (no clock, no randomness)', () => {
    const options = { width: 960, lang: 'en' as const, outlines: false, address: null };
    expect(renderPicture(world, view, face, options).svg).toBe(
      renderPicture(world, view, face, options).svg,
    );
  });

  it('lays every view out inside its width', () => {
    for (const categories of [CATEGORIES, [], ['port_ban', 'trade_ban']] as const) {
      const { svg } = renderPicture(world, { ...view, categories }, face, {
        width: 360,
        lang: 'en',
        outlines: false,
        address: null,
      });
      expect(parse(svg).getElementsByTagName('text').length).toBeGreaterThan(5);
    }
  });
});

describe('text setting', () => {
  it('measures with the font and wraps at the width, breaking a word too long for a line', () => {
    const w = measureText(face.regular, 'Sanctions', 20);
    expect(w).toBeGreaterThan(60);
    expect(w).toBeLessThan(120);
    const lines = wrapText(
      face.regular,
      'States with port bans on the DPRK, September 2017',
      16,
      150,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measureText(face.regular, l, 16)).toBeLessThanOrEqual(150);
    expect(wrapText(face.regular, 'x'.repeat(200), 12, 100).length).toBeGreaterThan(1);
  });
});
