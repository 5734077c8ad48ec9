import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The installed package each export font comes from, by the start of its file name. */
const PACKAGES: readonly [prefix: string, pkg: string][] = [
  ['inter-', '@fontsource/inter'],
  ['noto-sans-kr-', '@fontsource/noto-sans-kr'],
];

/** Reads an export font from its installed @fontsource package (Node's ReadFont). */
export function readFontFile(file: string): Promise<ArrayBuffer> {
  const pkg = PACKAGES.find(([prefix]) => file.startsWith(prefix))?.[1];
  if (!pkg || file.includes('/')) return Promise.reject(new Error(`no export font ${file}`));
  const buffer = readFileSync(require.resolve(`${pkg}/files/${file}`));
  return Promise.resolve(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
}
