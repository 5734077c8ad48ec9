import type { Fetcher } from './loadDataset';

/**
 * The single-file page (npm run build:single) carries its data in itself, one
 * `<script type="application/json" data-file="data/dataset.json">` block per file, since
 * fetch() cannot read files beside a page opened from file://. The build writes the blocks
 * (scripts/vite-plugin-data.ts); this reads them.
 */
export const EMBEDDED_FILE_ATTRIBUTE = 'data-file';

/**
 * A fetcher that answers from the page's embedded files (by their path under `base`) and
 * passes any other address to `fallback`. The answer is read and decoded like a download, so
 * the data's one trust boundary (decode.ts) checks it the same way.
 */
export function embeddedFetcher(doc: Document, base: string, fallback: Fetcher): Fetcher {
  return (url, init) => {
    const file = url.startsWith(base) ? url.slice(base.length) : url;
    for (const block of doc.querySelectorAll('script[type="application/json"]')) {
      if (block.getAttribute(EMBEDDED_FILE_ATTRIBUTE) === file) {
        return Promise.resolve(
          new Response(block.textContent, { headers: { 'Content-Type': 'application/json' } }),
        );
      }
    }
    return fallback(url, init);
  };
}

/**
 * A file's text made safe inside a `<script>` block: `<` only appears in JSON strings, where
 * `\u003c` means the same, so no `</script>` or `<!--` can end or change the block.
 */
export function embeddableJson(json: string): string {
  return json.replaceAll('<', '\\u003c');
}
