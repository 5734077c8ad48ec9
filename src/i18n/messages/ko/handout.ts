import type { handout as en } from '../en/handout';

/** The offline copy's new-version prompt and the printed handout. */
export const handout = {
  'offline.update': '새 버전이 있습니다',
  'offline.reload': '새로 고침',
  'offline.dismiss': '나중에',
  'print.date': '{month} 기준 지도, {today} 인쇄',
  'print.states': '{month}의 국가별 조치',
  'print.noStates': '그 달에는 표시된 종류의 조치를 취한 국가가 없습니다.',
  'print.state': '국가',
  'print.measures': '시행 중인 조치',
  'print.through': '{bloc}을(를) 통한 조치: {count, plural, other {#건}}',
  'print.sources': '출처',
  'print.address': '온라인 지도: {address}',
} satisfies Record<keyof typeof en, string>;
