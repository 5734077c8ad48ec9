/**
 * Noto Sans KR's slices as the build emits them (the same files the Korean page's stylesheet
 * uses), by file name. Its own chunk, loaded only for a picture with Korean text.
 */
const files = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-{400,700}-normal.woff',
  { query: '?url', import: 'default', eager: true },
);

export const KOREAN_FONT_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);
