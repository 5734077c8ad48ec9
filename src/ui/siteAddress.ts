/**
 * The address the app is cited and shared by, ending in a slash: CANONICAL_URL from the build
 * (see the README's publishing section), or else the address the page is served from.
 */
export function siteAddress(): string {
  return import.meta.env.CANONICAL_URL || `${window.location.origin}${import.meta.env.BASE_URL}`;
}
