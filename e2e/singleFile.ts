import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SINGLE_FILE_DIR, SINGLE_FILE_NAME } from '../vite.single.config';

const ROOT = join(import.meta.dirname, '..');
export const SINGLE_FILE = join(ROOT, SINGLE_FILE_DIR, SINGLE_FILE_NAME);

/** The newest change under the paths the single file is made from. */
function newestSource(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    const full = join(ROOT, path);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestSource(readdirSync(full).map((f) => join(path, f))));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

const SOURCES = [
  'src',
  'data',
  'scripts',
  'index.html',
  'vite.single.config.ts',
  'package-lock.json',
];

/**
 * Builds the single file (npm run build:single) unless it is newer than everything it is made
 * from: the e2e run builds the normal app for its server, and this one only for the spec that
 * opens it (about ten seconds, once).
 */
export function ensureSingleFile(): string {
  let built = 0;
  try {
    built = statSync(SINGLE_FILE).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built <= newestSource(SOURCES)) {
    execFileSync('npm', ['run', 'build:single'], { cwd: ROOT, stdio: 'ignore' });
  }
  return SINGLE_FILE;
}
