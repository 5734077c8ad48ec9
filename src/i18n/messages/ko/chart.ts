import type { chart as en } from '../en/chart';

/** The coalition chart under the map. */
export const chart = {
  'chart.title': '연합은 어떻게 커졌나',
  'chart.label':
    '조치 종류별로 그 조치가 시행 중인 국가 수를 달마다 보여 주는 차트. 화살표 키로 달을, Page 키로 한 해씩 이동하고 Enter 키로 그 달을 지도에 표시합니다.',
  'chart.hint':
    '마우스를 올리거나 차트에 초점을 두고 화살표 키를 써서 수를 읽고, 클릭하거나 Enter 키를 누르면 그 달이 지도에 표시됩니다.',
  'chart.total': '표시된 종류 중 하나라도',
  'chart.states': '국가 수',
  'chart.count': '{count, plural, other {#개국}}',
  'chart.events': '타임라인의 사건',
  'chart.loading': '차트를 불러오는 중…',
} as const satisfies Record<keyof typeof en, string>;
