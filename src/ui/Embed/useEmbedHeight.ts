import { useEffect } from 'react';

/**
 * The message an embedded map sends its parent page whenever its height changes. The parent
 * snippet (`public/embed.js`) acts only on this type, from the frame it placed.
 */
export const EMBED_MESSAGE_TYPE = 'sanctions-coalition-map:height';

export interface EmbedHeightMessage {
  readonly type: typeof EMBED_MESSAGE_TYPE;
  readonly height: number;
}

/** In an iframe, posts the document's height to the parent on every change. */
export function useEmbedHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: EmbedHeightMessage = { type: EMBED_MESSAGE_TYPE, height };
      // The height is not secret, and the embedding page's origin is not known in advance.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, [enabled]);
}
