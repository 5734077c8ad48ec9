import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The source files the page's entry reaches through static imports: what the build puts in
 * the first map's chunk. Dynamic `import()` is where a lazy chunk starts, so it is not
 * followed; `import type` is erased, so it is not followed either.
 */
export function firstChunkFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolveSource(dirname(file), spec);
      if (target) visit(target);
    }
  };
  visit(resolve(entry));
  return seen;
}

/** The relative specifiers of a module's value imports and re-exports. */
export function staticImports(code: string): string[] {
  const specs: string[] = [];
  const re = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (const m of code.matchAll(re)) specs.push(m[1] ?? '');
  return specs;
}

function resolveSource(dir: string, spec: string): string | null {
  const base = join(dir, spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}
