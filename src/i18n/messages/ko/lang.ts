import type { lang as en } from '../en/lang';

/** The language switch, and the note that the data's own text keeps its language. */
export const lang = {
  'lang.label': '언어',
  'lang.dataNote': '조치의 요약, 법적 근거, 출처와 인용문은 데이터셋의 언어인 영어로 제공됩니다.',
  'lang.storiesNote': '스토리는 데이터셋의 언어인 영어로 제공됩니다.',
  'lang.failed': '{name} 언어 팩을 불러오지 못했습니다({reason}). 페이지는 영어로 표시됩니다.',
  'lang.retry': '다시 시도',
} satisfies Record<keyof typeof en, string>;
