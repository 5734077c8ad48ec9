import latinBold from '@fontsource/inter/files/inter-latin-700-normal.woff?url';
import latinRegular from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import extBold from '@fontsource/inter/files/inter-latin-ext-700-normal.woff?url';
import extRegular from '@fontsource/inter/files/inter-latin-ext-400-normal.woff?url';
import { fontLoader, type ReadFont } from './fonts';
import type { Typeface } from './text';

/** The export fonts as the build emits them: same-origin files, fetched when a picture is made. */
const URLS: Readonly<Record<string, string>> = {
  'inter-latin-400-normal.woff': latinRegular,
  'inter-latin-ext-400-normal.woff': extRegular,
  'inter-latin-700-normal.woff': latinBold,
  'inter-latin-ext-700-normal.woff': extBold,
};

const read: ReadFont = async (file) => {
  const url = file.startsWith('noto-sans-kr-')
    ? (await import('./koreanFontUrls')).KOREAN_FONT_URLS[file]
    : URLS[file];
  if (!url) throw new Error(`no export font ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${file}: ${response.status}`);
  return response.arrayBuffer();
};

/** The typeface for a picture's text, its font files fetched once per page. */
export const browserTypeface: (text: string) => Promise<Typeface> = fontLoader(read);
