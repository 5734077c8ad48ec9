/** Finding a state by name. */
export const search = {
  'search.label': 'Find a state',
  'search.placeholder': 'e.g. South Korea, ROK, Türkiye',
  'search.noMatch': 'No state or organisation matches.',
  'search.matches': '{count, plural, one {# match} other {# matches}}',
  'search.alias': 'as {alias}',
} as const;
