/**
 * `npm run snapshot -- --date 2017-09 --measures labor_restriction --format svg --out labor.svg`
 *
 * Pictures of the map with no browser, from the same rendering code as the page's exports:
 * the data folder compiled and decoded as the build does, the map projected as the build does,
 * the view read from the arguments as the URL is (but strictly: a bad argument is an error, not
 * a fallback), and the picture rendered by src/export. PNGs are rasterised by resvg at twice the
 * width asked for. A series (`--from 2016-01 --to 2017-12`) writes one file a month.
 * Bad arguments get a one-line error and exit code 2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fontLoader } from '../src/export/fonts';
import { makePicture } from '../src/export/renderPicture';
import { LANGS, type Lang } from '../src/i18n/lang';
import { addMonths, parseMonth, type Month } from '../src/model/month';
import { viewContext } from '../src/state/boot';
import { decodeViewParams } from '../src/state/urlCodec';
import { VIEW_FIELDS } from '../src/state/viewFields';
import { readFontFile } from './fontReader';
import { installLanguageNode } from './languagePack';
import { loadWorld } from './world';

const MAX_SERIES = 400;

export class UsageError extends Error {}

export interface SnapshotArgs {
  readonly params: URLSearchParams;
  readonly format: 'svg' | 'png';
  readonly out: string;
  readonly width: number;
  readonly lang: Lang;
  readonly outlines: boolean;
  readonly from: Month | null;
  readonly to: Month | null;
}

const VIEW_ARGS = new Map(
  Object.values(VIEW_FIELDS).map((f) => [f.param === 'country' ? 'country' : f.param, f.param]),
);

/** Parses the command line; throws UsageError with a one-line message for anything wrong. */
export function parseArgs(argv: readonly string[]): SnapshotArgs {
  const params = new URLSearchParams();
  let format: 'svg' | 'png' | null = null;
  let out: string | null = null;
  let width = 960;
  let lang: Lang = 'en';
  let outlines = false;
  let from: Month | null = null;
  let to: Month | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`);
    const name = arg.slice(2);
    if (name === 'text-as-paths') {
      outlines = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`--${name} needs a value`);
    if (name === 'format') {
      if (value !== 'svg' && value !== 'png')
        throw new UsageError(`--format must be svg or png, not ${JSON.stringify(value)}`);
      format = value;
    } else if (name === 'out') out = value;
    else if (name === 'width') {
      width = Number(value);
      if (!Number.isInteger(width) || width < 320 || width > 4000)
        throw new UsageError(
          `--width must be a whole number of pixels from 320 to 4000, not ${JSON.stringify(value)}`,
        );
    } else if (name === 'lang') {
      if (!(LANGS as readonly string[]).includes(value))
        throw new UsageError(`--lang must be one of ${LANGS.join(', ')}`);
      lang = value as Lang;
    } else if (name === 'from' || name === 'to') {
      const m = parseMonth(value);
      if (!m)
        throw new UsageError(`--${name} must be a month (YYYY-MM), not ${JSON.stringify(value)}`);
      if (name === 'from') from = m;
      else to = m;
    } else if (VIEW_ARGS.has(name)) params.set(VIEW_ARGS.get(name) ?? name, value);
    else throw new UsageError(`unknown option --${name}`);
  }
  if (!out)
    throw new UsageError('--out is required (a file, or for a series a name with {date} in it)');
  if ((from === null) !== (to === null)) throw new UsageError('--from and --to go together');
  if (from && to && from > to) throw new UsageError('--from must not be after --to');
  if (from && params.has('date'))
    throw new UsageError('--date and --from/--to cannot be used together');
  format ??= out.toLowerCase().endsWith('.png') ? 'png' : 'svg';
  return { params, format, out, width, lang, outlines, from, to };
}

/** Writes the pictures the arguments ask for; returns the files written. */
export async function snapshot(args: SnapshotArgs, now = new Date()): Promise<string[]> {
  const world = loadWorld(undefined, now);
  const ctx = viewContext(world);
  // Strict: every view argument must decode to exactly what it says.
  for (const field of Object.values(VIEW_FIELDS)) {
    const text = args.params.get(field.param);
    if (text === null) continue;
    const value = (field.decode as (t: string, c: typeof ctx) => unknown)(text, ctx);
    const month = field.param === 'date' || field.param === 'compare' ? parseMonth(text) : null;
    if (value === undefined || (month !== null && value !== month)) {
      throw new UsageError(
        `--${field.param === 'measures' ? 'measures' : field.param}: ${JSON.stringify(text)} is not valid here` +
          (month !== null ? ` (the timeline runs from ${ctx.minMonth} to ${ctx.maxMonth})` : ''),
      );
    }
  }
  const months: Month[] = [];
  if (args.from && args.to) {
    if (args.from < ctx.minMonth || args.to > ctx.maxMonth)
      throw new UsageError(`--from/--to must lie within ${ctx.minMonth} to ${ctx.maxMonth}`);
    for (let m = args.from; m <= args.to; m = addMonths(m, 1)) months.push(m);
    if (months.length > MAX_SERIES)
      throw new UsageError(`a series may have at most ${MAX_SERIES} months`);
    if (!args.out.includes('{date}'))
      throw new UsageError('--out must contain {date} for a series, e.g. "out/labor-{date}.svg"');
  }
  await installLanguageNode(args.lang);
  const typefaceFor = fontLoader(readFontFile);
  const base = decodeViewParams(args.params, ctx);
  const written: string[] = [];
  for (const date of months.length > 0 ? months : [base.date]) {
    const view = { ...base, date };
    const picture = await makePicture(world, view, typefaceFor, {
      width: args.width,
      lang: args.lang,
      outlines: args.outlines || args.format === 'png',
      address: process.env.CANONICAL_URL ?? null,
    });
    const file = args.out.replace('{date}', date);
    mkdirSync(dirname(resolve(file)), { recursive: true });
    if (args.format === 'svg') writeFileSync(file, picture.svg);
    else writeFileSync(file, rasterise(picture.svg, args.width));
    written.push(file);
  }
  return written;
}

/** An SVG (text already outlined) as a PNG at twice its CSS width. */
export function rasterise(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: false },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    const files = await snapshot(parseArgs(process.argv.slice(2)));
    console.log(
      `Wrote ${files.length === 1 ? files[0] : `${files.length} files: ${files[0]} … ${files.at(-1)}`}`,
    );
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`snapshot: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}
