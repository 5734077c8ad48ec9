import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFontFile } from '../../scripts/fontReader';
import { loadWorld } from '../../scripts/world';
import { CATEGORIES } from '../model/categories';
import { readView } from '../model/lens';
import type { Month } from '../model/month';
import type { View } from '../model/view';
import { buildScene } from '../map/scene';
import { installLanguageNode } from '../../scripts/languagePack';
import { fontLoader, loadTypeface } from './fonts';
import { parse as parseFont } from './opentype';
import { makePicture, renderPicture } from './renderPicture';
import { measureText, missingGlyphs, wrapText, type Typeface } from './text';

/** A base64 font as the ArrayBuffer opentype.js reads. */
function fromBase64(data: string): ArrayBuffer {
  const b = Buffer.from(data, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

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

describe('a Korean picture', () => {
  let typefaceFor: (text: string) => Promise<Typeface>;
  beforeAll(async () => {
    await installLanguageNode('ko');
    typefaceFor = fontLoader(readFontFile);
  });
  const options = { width: 960, lang: 'ko' as const, address: null };

  it('sets every character of its text with a glyph, none as .notdef', async () => {
    const { svg } = await makePicture(world, view, typefaceFor, { ...options, outlines: false });
    const doc = parse(svg);
    const lines = Array.from(doc.getElementsByTagName('text')).map((t) => ({
      text: t.textContent ?? '',
      bold: (t.getAttribute('font-family') ?? '').includes('Export bold'),
    }));
    const all = lines.map((l) => l.text).join('\n');
    expect(all).toContain('대북 노동자 고용 제한 조치를 시행 중인 국가, 2017년 9월');
    expect(all).toMatch(/2017년 9월에 노동자 고용 제한 조치를 시행 중인 국가는 \d+개국이었습니다/);
    expect(all).toContain('북한(조치의 대상)');
    expect(doc.documentElement?.getAttribute('lang')).toBe('ko');

    // The fonts the SVG embeds hold a real glyph for every character it sets.
    const embedded = new Map(
      [...svg.matchAll(/font-family:'([^']+)';src:url\(data:font\/otf;base64,([^)]+)\)/g)].map(
        (m) => [m[1], parseFont(fromBase64(m[2] ?? ''))],
      ),
    );
    expect(embedded.size).toBe(2);
    for (const line of lines) {
      const font = embedded.get(`Inter Export ${line.bold ? 'bold' : 'regular'}`);
      expect(font).toBeDefined();
      const notdef = [...line.text].filter(
        (c) => c.trim() && (font?.charToGlyph(c).index ?? 0) === 0,
      );
      expect(notdef, line.text).toEqual([]);
    }
  });

  it('outlines Korean text with the Korean font’s glyphs', async () => {
    const face = await typefaceFor('대북 제재 연합');
    expect(face.regular.length).toBeGreaterThan(2);
    expect(missingGlyphs(face.regular, '대북 제재 연합')).toEqual([]);
    expect(missingGlyphs(face.bold, '대북 제재 연합')).toEqual([]);
    const { svg } = await makePicture(world, view, typefaceFor, { ...options, outlines: true });
    const doc = parse(svg);
    expect(doc.getElementsByTagName('text').length).toBe(0);
    const titles = Array.from(doc.getElementsByTagName('title')).map((t) => t.textContent);
    expect(titles).toContain('대북 노동자 고용 제한 조치를 시행 중인 국가, 2017년 9월');
  });

  it('loads no Korean font for an English picture', async () => {
    const face = await typefaceFor('States with labour restrictions on the DPRK, September 2017');
    expect(face.regular).toHaveLength(2);
    expect(face.bold).toHaveLength(2);
    // Inter alone cannot set Hangul: what the Korean slices are for.
    expect(missingGlyphs(face.regular, '한국어')).toEqual(['한', '국', '어']);
  });
});
