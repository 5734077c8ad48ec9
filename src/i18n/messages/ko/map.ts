import type { map as en } from '../en/map';

/** The map and its tooltip. */
export const map = {
  'map.label': '세계 지도. {title}',
  'tooltip.none': '시행 중인 조치 없음',
  'tooltip.notResearched': '아직 조사되지 않음',
  'tooltip.target': '조치의 대상',
  'tooltip.noData': '데이터셋에 없음',
  'tooltip.noJoint': '이 달까지 참여한 공동 행동 없음',
  'tooltip.joint': '공동 행동 {count, plural, other {#건}} 참여',
  'tooltip.hint': '클릭하면 세부 내용과 출처를 볼 수 있습니다',
} satisfies Record<keyof typeof en, string>;
