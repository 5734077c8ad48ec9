import type { table as en } from '../en/table';

/** The map/table tabs and the table of states. */
export const table = {
  'table.caption': '{month} 기준 각 국가와 북한에 대해 시행 중이던 조치',
  'table.filterName': '표에서 국가 찾기',
  'table.region': 'UN M49 지역',
  'table.allRegions': '모든 지역',
  'table.count': '{count, plural, other {#개국}} 중 {shown}개국 표시',
  'table.target': '조치의 대상인 북한은 목록에 없습니다.',
  'table.col.state': '국가',
  'table.col.region': '지역',
  'table.col.kinds': '시행 중인 조치 종류',
  'table.col.measures': '시행 중인 조치',
  'table.col.first': '첫 조치',
  'table.col.lens': '지도 표시',
  'table.sortBy': '{column} 기준 정렬',
  'table.kindCount': '{category} ({count})',
  'table.noneInForce': '시행 중인 조치 없음',
  'table.noFirst': '아직 없음',
  'table.unclassified': 'M49 분류 없음',
  'table.empty': '일치하는 국가가 없습니다.',
  'table.download': '이 표 내려받기 (CSV)',
  'table.downloadHint':
    '파일에는 국가마다 한 줄씩, 필터와 관계없이 그 달에 시행 중이던 조치가 들어 있어 각 줄을 확인할 수 있습니다.',
  'table.open': '{name} 상세 정보',
} as const satisfies Record<keyof typeof en, string>;
