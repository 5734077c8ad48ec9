interface ImportMetaEnv {
  /** The address citations name, from CANONICAL_URL at build time; '' when unset. */
  readonly CANONICAL_URL: string;
  /** The Subresource Integrity hash of embed.js (scripts/embedIntegrity.ts), at build time. */
  readonly EMBED_INTEGRITY: string;
  /**
   * True in the single-file build (vite.single.config.ts): the page opens from file://, its
   * data is in the page itself and there is no service worker.
   */
  readonly SINGLE_FILE: boolean;
}
