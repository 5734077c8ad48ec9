import type { Plugin } from 'vite';
import { inlineCode, singleFilePolicy } from './singleFile/policy';

/** Escapes a policy for a double-quoted attribute (its sources hold only quotes that matter). */
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Gives the single-file page a Content-Security-Policy that fits its inlined code: the hashes
 * of its scripts and styles, computed from the final page (so it runs after
 * vite-plugin-singlefile has inlined them; list it after that plugin). The meta comes first in
 * the head, before any code it governs.
 */
export function inlinePolicy(): Plugin {
  return {
    name: 'sanctions-inline-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const item of Object.values(bundle)) {
          if (item.type !== 'asset' || !item.fileName.endsWith('.html')) continue;
          const html = String(item.source);
          const policy = singleFilePolicy(inlineCode(html));
          const meta = `<meta http-equiv="Content-Security-Policy" content="${attribute(policy)}">`;
          item.source = html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
        }
      },
    },
  };
}
