import type { chrome as en } from '../en/chrome';

/** The page's own controls, shown with the first map (see ../en/chrome.ts). */
export const chrome = {
  'cite.open': '인용',
  'cite.openView': '이 화면 인용하기',
  'print.open': '유인물 인쇄',
  'print.hint': '이 달의 유인물: 지도, 범례, 국가별 조치, 출처',
  'picker.label': '세부 정보',
  'picker.none': '국가, EU 또는 유엔을 선택하세요…',
  'present.open': '발표 모드',
  'present.openHint': '전체 화면, 큰 글씨, 수업용 단축키 (F)',
  'present.leave': '발표 모드 끝내기',
  'keys.open': '단축키',
  'stories.open': '스토리',
  'embed.credit':
    '제재 연합 지도 · 출처: 출처가 밝혀진 각국의 조치, 데이터 버전 {version}({date} 업데이트), CC BY 4.0',
  'embed.openFull': '전체 지도에서 이 화면 열기 ↗',
  'pin.stale': '이 링크를 만든 뒤 데이터가 업데이트되었습니다. 지도는 현재 데이터를 보여 줍니다.',
  'pin.current': '현재 데이터로 이 화면 링크 열기',
  'pin.dismiss': '닫기',
  'share.open': '공유 또는 내려받기',
  'tabs.label': '보기 방식',
  'tabs.map': '지도',
  'tabs.table': '표',
  'table.loading': '표를 불러오는 중…',
} satisfies Record<keyof typeof en, string>;
