import { createHash } from 'node:crypto';

/** A CSP source for one inline script or style: the base64 SHA-256 of its exact text. */
export function sourceHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

export interface InlineCode {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

// One pattern for both, matched in order: a script's text is consumed whole, so markup it
// holds in its strings (React's server renderer writes "<style") is never taken for an element.
// An inlined script's own "</script>" is written "\x3C/script>" (vite-plugin-singlefile does so).
const ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * The inline code of a page: the text of each `<script>` a browser runs (data blocks such as
 * `type="application/json"` run nothing and need no hash) and of each `<style>`.
 */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag = '', attrs = '', code = ''] of html.matchAll(ELEMENT)) {
    if (tag.toLowerCase() === 'style') {
      styles.push(code);
      continue;
    }
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type === undefined || type === 'module' || type === 'text/javascript') scripts.push(code);
  }
  return { scripts, styles };
}

/**
 * The single file's policy: nothing from anywhere (it has no origin to trust: file:// is
 * opaque) but its own inline code, by hash, and the data: and blob: addresses it makes itself
 * (its fonts, a picture's preview and download, the export fonts it reads with fetch).
 */
export function singleFilePolicy(code: InlineCode): string {
  const hashes = (list: readonly string[]) => [...new Set(list.map(sourceHash))].join(' ');
  return [
    "default-src 'none'",
    `script-src ${hashes(code.scripts) || "'none'"}`,
    `style-src ${hashes(code.styles) || "'none'"}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
