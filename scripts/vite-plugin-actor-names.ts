import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isLang } from '../src/i18n/lang';
import { actorNames, dataActorIds } from './actorNames';

const PREFIX = 'virtual:actor-names/';
const RESOLVED = `\0${PREFIX}`;

/**
 * `virtual:actor-names/<lang>`: the data's actors named in a language (scripts/actorNames.ts),
 * built from i18n-iso-countries at build time, so the library stays out of the app and a
 * language's names load with its language pack only.
 */
export function actorNamesModule(dataDir = resolve('data')): Plugin {
  return {
    name: 'actor-names',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const lang = id.slice(RESOLVED.length);
      if (!isLang(lang)) this.error(`no such language: ${lang}`);
      return `export default ${JSON.stringify(actorNames(lang, dataActorIds(dataDir)))};`;
    },
    configureServer(server) {
      // A state file added or removed changes who must be named.
      const invalidate = (file: string) => {
        if (!file.startsWith(resolve(dataDir, 'states'))) return;
        for (const m of server.moduleGraph.idToModuleMap.values())
          if (m.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(m);
      };
      server.watcher.on('add', invalidate);
      server.watcher.on('unlink', invalidate);
    },
  };
}
