/** What the embed's page adds under the map, in CSS pixels, at a typical width. */
const CHROME_HEIGHT = { still: 230, explorable: 420 } as const;
const TYPICAL_WIDTH = 760;

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The snippet a newsroom pastes: an iframe that reads at a sensible size on its own (an
 * `aspect-ratio` in its style, and a `height` for a CMS that strips styles), which the script
 * then sizes to its content exactly.
 */
export function embedCode(options: {
  src: string;
  script: string;
  title: string;
  /**
   * The script's Subresource Integrity hash: the embedding page runs it only as published
   * (which needs the host to send CORS headers with it; `crossorigin` asks for them).
   */
  integrity?: string;
  still: boolean;
  /** The map's height over its width. */
  mapAspect: number;
}): string {
  const height = Math.round(
    TYPICAL_WIDTH * options.mapAspect + CHROME_HEIGHT[options.still ? 'still' : 'explorable'],
  );
  return [
    `<iframe src="${escapeAttr(options.src)}" title="${escapeAttr(options.title)}" data-sanctions-map loading="lazy" height="${height}" style="width:100%;height:auto;aspect-ratio:${TYPICAL_WIDTH}/${height};border:0"></iframe>`,
    options.integrity
      ? `<script src="${escapeAttr(options.script)}" integrity="${escapeAttr(options.integrity)}" crossorigin="anonymous" async></script>`
      : `<script src="${escapeAttr(options.script)}" async></script>`,
  ].join('\n');
}
