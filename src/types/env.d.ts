interface ImportMetaEnv {
  /** The address citations name, from CANONICAL_URL at build time; '' when unset. */
  readonly CANONICAL_URL: string;
  /** The Subresource Integrity hash of embed.js (scripts/embedIntegrity.ts), at build time. */
  readonly EMBED_INTEGRITY: string;
}
