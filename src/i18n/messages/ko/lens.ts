import type { lens as en } from '../en/lens';

/** The lens picker: what the colours show, a lens's argument, and the scope switch. */
export const lens = {
  'lens.legend': '색이 나타내는 것',
  'lens.kinds': '조치 종류',
  'lens.basis': '유엔 요구 이상',
  'lens.resolution': '결의 하나',
  'lens.joint': '공동 행동',
  'lens.compare': '두 시점 비교',
  'lens.hint.kinds': '각 국가가 시행 중이던 조치의 종류 수.',
  'lens.hint.basis':
    '각 국가가 유엔 안전보장이사회의 요구를 넘어섰는지, 아니면 결의를 이행하는 데 그쳤는지.',
  'lens.hint.resolution': '결의 하나를 국내법으로 이행한 국가.',
  'lens.hint.joint': '각 국가가 참여한 연합 공동 행동의 수.',
  'lens.hint.compare':
    '타임라인의 날짜와 다른 날짜 사이에 합류한 국가, 이탈한 국가, 그대로인 국가.',
  'lens.resolutionLabel': '결의',
  'lens.compareLabel': '비교할 시점',
  'lens.compareMonth': '비교할 달',
  'lens.compareYear': '비교할 연도',
  'scope.legend': '셀 조치',
  'scope.all': '모든 조치',
  'scope.autonomous': '유엔 요구를 넘어선 조치만',
} satisfies Record<keyof typeof en, string>;
