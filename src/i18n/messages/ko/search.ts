import type { search as en } from '../en/search';

/** Finding a state by name. */
export const search = {
  'search.label': '국가 찾기',
  'search.placeholder': '예: 대한민국, 한국, 튀르키예',
  'search.noMatch': '일치하는 국가나 기구가 없습니다.',
  'search.matches': '{count, plural, other {#건 일치}}',
  'search.alias': '{alias}(으)로',
} as const satisfies Record<keyof typeof en, string>;
