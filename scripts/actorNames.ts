import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { NAME_OVERRIDES } from '../src/i18n/actorNames';
import type { Lang } from '../src/i18n/lang';

const require = createRequire(import.meta.url);
const registered = new Set<string>();

/** The actor ids of a data folder: one file per actor in states/. */
export function dataActorIds(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'states'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * The names of these actors in a language, from i18n-iso-countries with src/i18n/actorNames.ts
 * laid over it: only the actors the data has, so the app carries a table of a few kilobytes
 * instead of the library's every name in every language. An actor with no name in the
 * language is left out (the app then shows the data's own name).
 */
export function actorNames(lang: Lang, ids: readonly string[]): Record<string, string> {
  if (!registered.has(lang)) {
    countries.registerLocale(
      require(`i18n-iso-countries/langs/${lang}.json`) as Parameters<
        typeof countries.registerLocale
      >[0],
    );
    registered.add(lang);
  }
  const overrides = NAME_OVERRIDES[lang] ?? {};
  const out: Record<string, string> = {};
  for (const id of ids) {
    const name = overrides[id] ?? countries.getName(id, lang, { select: 'official' });
    if (name) out[id] = name;
  }
  return out;
}
