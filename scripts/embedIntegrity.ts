import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Subresource Integrity hash of `public/embed.js`, as the build copies it: the embed
 * snippet names it, so a page that embeds the map runs the sizing script only as published.
 * (The host must serve embed.js with `Access-Control-Allow-Origin`, see the README.)
 */
export function embedIntegrity(file = join(import.meta.dirname, '../public/embed.js')): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
