import { describe, expect, it } from 'vitest';
import {
  boxOf,
  centreOn,
  constrain,
  dotRadius,
  frameBox,
  IDENTITY,
  isShown,
  MAX_ZOOM,
  transformAttr,
  visibleExtent,
  zoomAbout,
  type Box,
  type ZoomTransform,
} from './frame';

const MAP = boxOf(960, 424);
const round = (t: ZoomTransform) => ({
  k: Math.round(t.k * 1000) / 1000,
  x: Math.round(t.x * 10) / 10,
  y: Math.round(t.y * 10) / 10,
});
/** Where a map point is drawn under a transform. */
const at = (t: ZoomTransform, x: number, y: number) => [t.k * x + t.x, t.k * y + t.y];

describe('visibleExtent', () => {
  it.each([
    // [client width, client height] -> what of the 960 x 424 viewBox the frame shows
    ['a frame of the map’s own shape shows the map', 1920, 848, MAP],
    [
      'a phone held upright shows bands above and below',
      375,
      375,
      { x0: 0, y0: -268, x1: 960, y1: 692 },
    ],
    [
      'a very wide frame shows bands at the sides',
      2120,
      424,
      { x0: -580, y0: 0, x1: 1540, y1: 424 },
    ],
    ['a frame not laid out yet is taken as the map', 0, 0, MAP],
  ] as const)('%s', (_, w, h, expected) => {
    expect(visibleExtent(w, h, 960, 424)).toEqual(expected);
  });
});

describe('constrain', () => {
  it.each([
    ['leaves the whole map at zoom 1 alone', IDENTITY, MAP, IDENTITY],
    ['stops a pan past the left edge', { k: 2, x: 100, y: -100 }, MAP, { k: 2, x: 0, y: -100 }],
    [
      'stops a pan past the bottom edge',
      { k: 2, x: -100, y: -900 },
      MAP,
      { k: 2, x: -100, y: -424 },
    ],
    [
      'centres a map shorter than the frame',
      { k: 1, x: 0, y: 50 },
      { x0: 0, y0: -268, x1: 960, y1: 692 },
      IDENTITY,
    ],
  ] as const)('%s', (_, t, extent, expected) => {
    expect(round(constrain(t, extent, MAP))).toEqual(expected);
  });
});

describe('frameBox', () => {
  const europe: Box = { x0: 419.1, y0: 17.5, x1: 589.6, y1: 114.7 };

  it('frames the whole map for no region', () => {
    expect(frameBox(null, MAP, MAP)).toEqual(IDENTITY);
  });

  it('fits a region to the frame, centred, with a little room', () => {
    const t = frameBox(europe, MAP, MAP);
    // Europe is wider than the map's shape would need at this height: height decides.
    expect(t.k).toBeCloseTo((424 / (114.7 - 17.5)) * 0.96, 5);
    const [cx, cy] = at(t, (europe.x0 + europe.x1) / 2, (europe.y0 + europe.y1) / 2);
    expect(cx).toBeCloseTo(480, 5);
    expect(cy).toBeCloseTo(212, 5);
    const [left, top] = at(t, europe.x0, europe.y0);
    const [right, bottom] = at(t, europe.x1, europe.y1);
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(960);
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeLessThan(424);
  });

  it('stops at the map’s edge rather than centre a region that touches it', () => {
    const north: Box = { x0: 400, y0: 0, x1: 500, y1: 40 };
    const t = frameBox(north, MAP, MAP);
    expect(t.y).toBe(0);
    expect(at(t, 450, 20)[1]).toBeLessThan(212);
  });

  it('centres a region in the middle of the map exactly', () => {
    const middle: Box = { x0: 380, y0: 162, x1: 580, y1: 262 };
    const t = frameBox(middle, MAP, MAP);
    const [cx, cy] = at(t, 480, 212);
    expect(cx).toBeCloseTo(480, 5);
    expect(cy).toBeCloseTo(212, 5);
  });

  it('never zooms out past the whole map, nor in past the limit', () => {
    expect(frameBox({ x0: -100, y0: -100, x1: 1100, y1: 600 }, MAP, MAP).k).toBe(1);
    expect(frameBox({ x0: 500, y0: 100, x1: 500.5, y1: 100.5 }, MAP, MAP).k).toBe(MAX_ZOOM);
    expect(frameBox({ x0: 500, y0: 100, x1: 500, y1: 100 }, MAP, MAP)).toEqual(IDENTITY);
  });

  it('uses the bands of a tall frame: a region fills a phone’s height', () => {
    const phone = visibleExtent(375, 375, 960, 424);
    const wide = frameBox(europe, MAP, MAP);
    const tall = frameBox(europe, phone, MAP);
    expect(tall.k).toBeGreaterThan(wide.k * 0.9);
    const [top] = at(tall, 0, europe.y0).slice(1);
    expect(top).toBeGreaterThanOrEqual(phone.y0);
  });
});

describe('centreOn and isShown', () => {
  it('brings a point into the middle of the frame, within the map', () => {
    const t = centreOn({ x: 480, y: 212 }, 4, MAP, MAP);
    expect(at(t, 480, 212)).toEqual([480, 212]);
    const corner = centreOn({ x: 5, y: 5 }, 4, MAP, MAP);
    expect(corner).toEqual({ k: 4, x: 0, y: 0 });
  });

  it.each([
    ['the middle at zoom 1', { x: 480, y: 212 }, IDENTITY, true],
    ['the far right at zoom 4 on the left half', { x: 900, y: 212 }, { k: 4, x: 0, y: 0 }, false],
    ['a point just inside the margin', { x: 2, y: 212 }, IDENTITY, false],
  ] as const)('%s', (_, point, t, shown) => {
    expect(isShown(point, t, MAP, 4)).toBe(shown);
  });
});

describe('zoomAbout', () => {
  it.each([
    ['doubles about the middle', IDENTITY, 2, { k: 2, x: -480, y: -212 }],
    ['halves back to the whole map', { k: 2, x: -480, y: -212 }, 0.5, IDENTITY],
    ['stops at the whole map', IDENTITY, 0.5, IDENTITY],
    [
      'stops at the limit',
      { k: MAX_ZOOM, x: -9120, y: -4028 },
      2,
      { k: MAX_ZOOM, x: -9120, y: -4028 },
    ],
    // Zoomed in on the top-left corner, zooming out keeps to the map's edge.
    ['keeps to the map zooming out from a corner', { k: 4, x: 0, y: 0 }, 0.5, { k: 2, x: 0, y: 0 }],
  ] as const)('%s', (_, t, factor, expected) => {
    expect(round(zoomAbout(t, factor, MAP, MAP))).toEqual(expected);
  });
});

describe('dotRadius', () => {
  it.each([
    // base radius, zoom, pixels per viewBox unit, min pixels -> radius in viewBox units
    ['a desktop map draws the style’s radius', 2.6, 1, 1.3, 3, 2.6],
    ['zooming in keeps the dot’s size on screen', 2.6, 4, 1.3, 3, 0.65],
    ['a phone’s narrow map raises it to the minimum', 2.6, 1, 0.39, 3, 3 / 0.39],
    ['and keeps that on screen when zoomed', 2.6, 2, 0.39, 3, 3 / 0.39 / 2],
    ['a map not laid out yet draws the style’s radius', 2.6, 1, 0, 3, 2.6],
  ] as const)('%s', (_, base, k, ppu, min, expected) => {
    expect(dotRadius(base, k, ppu, min)).toBeCloseTo(expected, 6);
  });
});

it('writes a transform as an SVG attribute', () => {
  expect(transformAttr({ k: 2, x: -10, y: 5.5 })).toBe('translate(-10,5.5) scale(2)');
});
