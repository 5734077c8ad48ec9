import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Reads an export font from the installed @fontsource/inter package (Node's ReadFont). */
export function readFontFile(file: string): Promise<ArrayBuffer> {
  const buffer = readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
  return Promise.resolve(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
}
