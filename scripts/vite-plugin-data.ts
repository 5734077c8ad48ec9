import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { compileData, DataCheckFailed, type CompiledData } from './data/compile';
import { projectedTopology as projectedWorld, readRawTopology } from './world';
import { STORIES_FILE } from '../src/model/story';
import { EMBEDDED_FILE_ATTRIBUTE, embeddableJson } from '../src/data/embeddedFiles';

/** Where the app finds its files, relative to the base path. The app and tests use these. */
export const DATASET_PATH = 'data/dataset.json';
export const DATASET_CSV_PATH = 'data/dataset.csv';
/** The guided stories, fetched only when a story is opened. */
export const STORIES_PATH = STORIES_FILE;
export const TOPOLOGY_PATH = 'geo/world.json';
/** The raw world-atlas topology, emitted only for the benchmark's plain-D3 reference page. */
export const RAW_TOPOLOGY_PATH = 'geo/countries-50m.json';

/**
 * The policy the built page declares: nothing unless named (`default-src 'none'`), and what is
 * named from its own origin only: scripts, styles, fonts, the files it fetches; images also
 * from `blob:` (the PNG export draws the picture from a blob) and `data:`; the service worker
 * and web manifest a later build may add (`worker-src`, `manifest-src`). No plugins, no `<base>`,
 * no forms, no frames. Trusted Types are required for the DOM's script sinks: the app writes
 * no HTML and no script URLs, so any that appears is a bug or an attack. Only the built page
 * gets it, since Vite's dev server injects inline scripts. A meta tag cannot set
 * `frame-ancestors` and the like: the README's Hosting section lists the headers a host adds.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline copy's service worker (scripts/vite-plugin-offline.ts), from the page's origin.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

let projected: string | null = null;
/** The map projected once, at build time (src/map/projectTopology.ts), as the app loads it. */
function projectedTopology(): string {
  projected ??= JSON.stringify(projectedWorld());
  return projected;
}

/**
 * Validates `data/` and serves or emits the compiled dataset, its CSV, the stories and the world topology as
 * static files. A build with invalid data fails with the checker's messages; the dev server
 * answers 500 with them instead, so the page shows what is wrong.
 * With `inline` (the single-file build) the dataset, the stories and the topology go into the
 * page itself as JSON blocks (src/data/embeddedFiles.ts), no file is emitted beside it, and the
 * page's policy is left to the build that inlines its code (scripts/vite-plugin-inline-policy.ts).
 */
export function sanctionsData(
  dataDir = resolve('data'),
  options: { rawTopology?: boolean; inline?: boolean } = {},
): Plugin {
  let config: ResolvedConfig;
  let compiled: CompiledData | null = null;
  return {
    name: 'sanctions-data',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (config.command !== 'build') return;
      try {
        compiled = compileData(dataDir);
      } catch (e) {
        this.error(e instanceof DataCheckFailed ? e.message : String(e));
      }
      this.addWatchFile(dataDir);
    },
    generateBundle() {
      if (!compiled || options.inline) return;
      this.emitFile({ type: 'asset', fileName: DATASET_PATH, source: compiled.json });
      this.emitFile({ type: 'asset', fileName: DATASET_CSV_PATH, source: compiled.csv });
      this.emitFile({ type: 'asset', fileName: STORIES_PATH, source: compiled.stories });
      this.emitFile({ type: 'asset', fileName: TOPOLOGY_PATH, source: projectedTopology() });
      if (options.rawTopology) {
        this.emitFile({ type: 'asset', fileName: RAW_TOPOLOGY_PATH, source: readRawTopology() });
      }
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const path = url.startsWith(config.base) ? url.slice(config.base.length) : null;
        const files: Record<string, () => string> = {
          [DATASET_PATH]: () => compileData(dataDir).json,
          [DATASET_CSV_PATH]: () => compileData(dataDir).csv,
          [STORIES_PATH]: () => compileData(dataDir).stories,
          [TOPOLOGY_PATH]: projectedTopology,
          ...(options.rawTopology && { [RAW_TOPOLOGY_PATH]: readRawTopology }),
        };
        const serve = path === null ? undefined : files[path];
        if (!serve) return next();
        try {
          const body = serve();
          res.setHeader(
            'Content-Type',
            path === DATASET_CSV_PATH ? 'text/csv; charset=utf-8' : 'application/json',
          );
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(e instanceof Error ? e.message : String(e));
        }
      });
    },
    transformIndexHtml() {
      if (options.inline) return compiled ? embeddedFiles(compiled) : [];
      const tags: {
        tag: string;
        attrs: Record<string, string | boolean>;
        injectTo: 'head-prepend' | 'head';
      }[] = [
        // Start both large downloads before any script runs, in parallel.
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `${config.base}${DATASET_PATH}`,
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `${config.base}${options.rawTopology ? RAW_TOPOLOGY_PATH : TOPOLOGY_PATH}`,
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ];
      if (config.command === 'build') {
        tags.unshift({
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        });
      }
      return tags;
    },
  };
}

/** The single file's data: one JSON block per file the app reads, at the end of the body. */
function embeddedFiles(compiled: CompiledData) {
  const files: [string, string][] = [
    [DATASET_PATH, compiled.json],
    [STORIES_PATH, compiled.stories],
    [TOPOLOGY_PATH, projectedTopology()],
  ];
  return files.map(([file, json]) => ({
    tag: 'script',
    attrs: { type: 'application/json', [EMBEDDED_FILE_ATTRIBUTE]: file },
    children: embeddableJson(json),
    injectTo: 'body' as const,
  }));
}
