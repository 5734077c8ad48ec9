interface ImportMetaEnv {
  /** The address citations name, from CANONICAL_URL at build time; '' when unset. */
  readonly CANONICAL_URL: string;
}
