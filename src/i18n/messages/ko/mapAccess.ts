import type { mapAccess as en } from '../en/mapAccess';

/** Zooming the map, moving through it by keyboard, and what it says to a screen reader. */
export const mapAccess = {
  'zoom.label': '확대/축소',
  'zoom.in': '확대',
  'zoom.out': '축소',
  'zoom.reset': '확대 초기화',
  'focus.label': '지역',
  'focus.world': '세계',
  'focus.europe': '유럽',
  'focus.east-asia': '동아시아',
  'focus.south-east-asia': '동남아시아',
  'focus.middle-east': '중동',
  'focus.africa': '아프리카',
  'focus.americas': '아메리카',
  'focus.oceania': '오세아니아',
  'map.keys':
    '화살표 키로 국가 사이를 이동하고, Enter 키로 선택한 국가를 열며, 더하기와 빼기 키로 확대·축소하고, 0 키로 확대를 초기화합니다.',
  'map.status.kinds':
    '{name}: {count, plural, =0 {시행 중인 조치 없음} other {시행 중인 조치 #종류}}',
  'map.status.joint':
    '{name}: {count, plural, =0 {참여한 공동 행동 없음} other {공동 행동 #건 참여}}',
  'map.status.class': '{name}: {status}',
  'map.status.unresearched': '{name}: 아직 조사되지 않음',
  'map.status.target': '{name}: 조치의 대상',
  'map.status.unknown': '{name}: 데이터에 없음',
  'tooltip.hintKey': 'Enter 키를 누르면 상세 정보와 출처를 볼 수 있습니다',
  'tooltip.hintTouch': '상세 정보와 출처는 패널에 있습니다',
  'strip.label':
    '{from}부터 {to}까지의 조치 타임라인: 조치마다 막대 하나, 종류별 색. 빈틈은 해제된 조치, 새 막대는 다시 부과된 조치입니다. 아래 목록에 각 조치가 있습니다.',
  'strip.now': '표시 중: {month}',
} as const satisfies Record<keyof typeof en, string>;
