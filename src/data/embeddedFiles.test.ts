import { describe, expect, it, vi } from 'vitest';
import { EMBEDDED_FILE_ATTRIBUTE, embeddableJson, embeddedFetcher } from './embeddedFiles';
import { loadDecoded } from './loadDataset';

/** Just enough of a page: its JSON blocks, as querySelectorAll returns them. */
function pageWith(files: Record<string, string>): Document {
  const blocks = Object.entries(files).map(([file, text]) => ({
    textContent: text,
    getAttribute: (name: string) => (name === EMBEDDED_FILE_ATTRIBUTE ? file : null),
  }));
  return { querySelectorAll: () => blocks } as unknown as Document;
}

describe('embeddedFetcher', () => {
  it('answers a file the page carries, by its path under the base', async () => {
    const fallback = vi.fn();
    const fetcher = embeddedFetcher(pageWith({ 'data/dataset.json': '{"a":1}' }), './', fallback);
    const response = await fetcher('./data/dataset.json');
    expect(response.ok).toBe(true);
    expect(await response.json()).toEqual({ a: 1 });
    expect(fallback).not.toHaveBeenCalled();
  });

  it('passes any other address on', async () => {
    const answer = new Response('x');
    const fallback = vi.fn(() => Promise.resolve(answer));
    const fetcher = embeddedFetcher(pageWith({ 'data/dataset.json': '{}' }), './', fallback);
    const signal = new AbortController().signal;
    expect(await fetcher('./geo/world.json', { signal })).toBe(answer);
    // With the loader's abort signal, so a stalled download still times out.
    expect(fallback).toHaveBeenCalledWith('./geo/world.json', { signal });
  });

  it('hands a damaged block to the loader, which names the file as for a download', async () => {
    const fetcher = embeddedFetcher(pageWith({ 'data/stories.json': '{' }), './', vi.fn());
    await expect(
      loadDecoded('./data/stories.json', 'data/stories.json', fetcher, (json) => json),
    ).rejects.toThrow(/data\/stories\.json: is not valid JSON/);
  });
});

describe('embeddableJson', () => {
  it('leaves nothing that could close or change a script block, and means the same JSON', () => {
    const json = JSON.stringify({ caption: '</script><!-- <b>' });
    const safe = embeddableJson(json);
    expect(safe).not.toMatch(/<\/script|<!--|</);
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
  });
});
