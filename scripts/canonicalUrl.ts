/**
 * The address the published app is cited by, from `CANONICAL_URL` at build time (like
 * `BASE_PATH`): an absolute https URL of the app's page, written with a closing slash so
 * `?country=JPN` can follow it. Unset, citations name the address the page is served from.
 * Anything else stops the build with a message, rather than shipping citations that lead nowhere.
 */
export function canonicalUrl(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text === '') return '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`CANONICAL_URL ${JSON.stringify(text)} is not an absolute URL`);
  }
  const why =
    url.protocol !== 'https:'
      ? 'is not an https address'
      : url.username || url.password
        ? 'holds credentials'
        : url.search || url.hash
          ? 'has a query or fragment (the app writes its own)'
          : null;
  if (why) throw new Error(`CANONICAL_URL ${JSON.stringify(text)} ${why}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
