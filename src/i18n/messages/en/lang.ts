/** The language switch, and the note that the data's own text keeps its language. */
export const lang = {
  'lang.label': 'Language',
  'lang.dataNote':
    'The measures’ summaries, legal instruments, sources and quotes are given in English, the language of the dataset.',
  'lang.storiesNote': 'The stories are told in English, the language of the dataset.',
  'lang.failed': 'The text in {name} could not be loaded ({reason}); the page stays in English.',
  'lang.retry': 'Try again',
} as const;
