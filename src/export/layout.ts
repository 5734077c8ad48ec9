import type { Scene } from '../map/scene';
import type { PictureTexts } from './pictureTexts';
import { measureText, wrapText, type Typeface } from './text';

/**
 * Where everything of an exported picture goes, at a width in CSS pixels: title, subtitle, the
 * map, the legend and the footer lines (date, version, source, credit). Pure arithmetic on the
 * font's metrics, so the browser and Node lay a picture out identically.
 */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly size: number;
  readonly weight: 'regular' | 'bold';
  readonly fill: string;
}

export interface Swatch {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
}

export interface PictureLayout {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly TextLine[];
  readonly swatches: readonly Swatch[];
  readonly map: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

export const INK = '#1d1d1f';
export const MUTED = '#5c5c66';

export function layoutPicture(
  scene: Scene,
  texts: PictureTexts,
  face: Typeface,
  width: number,
): PictureLayout {
  const k = Math.max(0.6, Math.min(2, width / 960));
  const pad = Math.round(24 * k);
  const inner = width - 2 * pad;
  const lines: TextLine[] = [];
  const swatches: Swatch[] = [];
  let y = pad;

  const block = (
    text: string,
    size: number,
    weight: 'regular' | 'bold',
    fill: string,
    gap: number,
  ) => {
    const stack = weight === 'bold' ? face.bold : face.regular;
    for (const line of wrapText(stack, text, size, inner)) {
      y += size * 1.25;
      lines.push({ text: line, x: pad, y: y - size * 0.25, size, weight, fill });
    }
    y += gap;
  };

  block(texts.title, 24 * k, 'bold', INK, 4 * k);
  block(texts.subtitle, 15 * k, 'regular', MUTED, 10 * k);

  const mapHeight = (inner * scene.height) / scene.width;
  const map = { x: pad, y, width: inner, height: mapHeight };
  y += mapHeight + 12 * k;

  const heading = texts.legendFilter
    ? `${texts.legendHeading} · ${texts.legendFilter}`
    : texts.legendHeading;
  block(heading, 13 * k, 'bold', INK, 4 * k);

  // Legend entries flow in rows: a swatch, its label, a gap.
  const size = 12 * k;
  const sw = 18 * k;
  const sh = 12 * k;
  let x = pad;
  y += size * 1.2;
  scene.legend.forEach((item, i) => {
    const label = texts.legendLabels[i] ?? '';
    const w = sw + 6 * k + measureText(face.regular, label, size) + 16 * k;
    if (x > pad && x + w > pad + inner) {
      x = pad;
      y += size * 1.7;
    }
    swatches.push({ x, y: y - sh + 1 * k, width: sw, height: sh, fill: item.fill });
    lines.push({ text: label, x: x + sw + 6 * k, y, size, weight: 'regular', fill: INK });
    x += w;
  });
  y += 14 * k;

  block(`${texts.date} · ${texts.version}`, 11 * k, 'regular', MUTED, 0);
  block(texts.source, 11 * k, 'regular', MUTED, 0);
  block(texts.credit, 11 * k, 'regular', MUTED, 0);
  y += pad;

  return { width, height: Math.ceil(y), lines, swatches, map };
}
