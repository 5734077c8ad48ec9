/**
 * The address the app is cited and shared by: CANONICAL_URL from the build (see the README's
 * publishing section), or else the address the page is served from, ending in a slash. A page
 * opened from file:// (the single file on a USB stick) has no origin ("null"): its address is
 * the file's own, so a permalink it gives opens the same file on the same computer.
 */
export function siteAddress(): string {
  if (import.meta.env.CANONICAL_URL) return import.meta.env.CANONICAL_URL;
  if (window.location.protocol === 'file:') return window.location.href.split(/[?#]/)[0] ?? '';
  return `${window.location.origin}${import.meta.env.BASE_URL}`;
}
