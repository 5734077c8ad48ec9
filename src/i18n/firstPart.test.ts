import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstChunkFiles, staticImports } from '../../scripts/firstChunkFiles';
import { en } from './messages/en';
import { first } from './messages/en/first';
import { later } from './messages/en/later';

/**
 * The first chunk carries only the first map's English (messages/en/first.ts); the rest comes
 * with the parts loaded later (src/ui/lazyPart.ts). A key that a file of the first chunk names
 * but that lives in the later half would show as a bare key until some part happened to load:
 * this finds every such key, in the files the page's entry reaches by static imports.
 */
const ROOT = join(import.meta.dirname, '../..');
const files = [...firstChunkFiles(join(ROOT, 'src/main.tsx'))].filter(
  (file) => !file.includes('/i18n/messages/'),
);
const keys = Object.keys(en);
const firstKeys = new Set(Object.keys(first));

describe('the English of the first map', () => {
  it('halves the catalog: every key of every part file in exactly one half', () => {
    const parts = import.meta.glob<Record<string, Record<string, string>>>('./messages/en/*.ts', {
      eager: true,
    });
    const partKeys = Object.entries(parts)
      .filter(([path]) => !/\/(first|later)\.ts$/.test(path))
      .flatMap(([, module]) => Object.values(module).flatMap((part) => Object.keys(part)));
    expect(new Set(keys)).toEqual(new Set(partKeys));
    const laterKeys = Object.keys(later);
    expect(laterKeys.filter((key) => firstKeys.has(key))).toEqual([]);
    expect(firstKeys.size + laterKeys.length).toBe(keys.length);
  });

  it('reaches the files of the first map through static imports, not the lazy parts', () => {
    const names = files.map((file) => file.slice(ROOT.length + 1));
    expect(names).toEqual(expect.arrayContaining(['src/ui/App.tsx', 'src/ui/Map/WorldMap.tsx']));
    expect(names).not.toContain('src/ui/DetailsPanel/DetailsPanel.tsx');
    expect(names).not.toContain('src/ui/Share/ShareDialog.tsx');
  });

  it('holds every key a file of the first chunk names', () => {
    const missing: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/['"`]([a-zA-Z][\w.]*)['"`]/g)) {
        const key = m[1] ?? '';
        if (key in en && !firstKeys.has(key)) missing.push(`${file}: ${key}`);
      }
      // A key built from a prefix (`legend.${lens}`) may be any key the prefix starts.
      for (const m of code.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)) {
        const prefix = m[1] ?? '';
        for (const key of keys) {
          if (key.startsWith(prefix) && !firstKeys.has(key)) missing.push(`${file}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('staticImports', () => {
  it('follows value imports and re-exports, not type imports or import()', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "import './d.css';",
      "const e = () => import('./e');",
      "import { f } from 'react';",
    ].join('\n');
    expect(staticImports(code)).toEqual(['./a', './c', './d.css']);
  });
});
