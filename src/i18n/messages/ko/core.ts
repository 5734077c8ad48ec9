import type { core as en } from '../en/core';

/** The page itself: title, loading and errors, categories, filters. */
export const core = {
  'app.title': '대북 제재 연합',
  'app.subtitle':
    '어느 나라가 북한에 어떤 조치를 취했는지 월별로 보여 주며, 모든 사실에 출처를 밝힙니다.',
  'app.loading': '지도와 데이터를 불러오는 중…',
  'app.skipToTimeline': '타임라인으로 건너뛰기',
  'app.skipToContent': '본문으로 건너뛰기',
  'error.title': '지도를 불러오지 못했습니다',
  'error.network':
    '{file} 파일을 내려받지 못했습니다: {reason}. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.',
  'error.timeout':
    '{file} 파일이 도착하지 않았습니다: {reason}. 서버가 바쁠 수 있으니 다시 시도해 주세요.',
  'error.http': '{file} 파일을 내려받지 못했습니다: {reason}.',
  'error.parse': '{file} 파일이 손상되었습니다: {reason}.',
  'error.invalid':
    '{file} 파일에 이 버전의 지도로는 읽을 수 없는 데이터가 있습니다({path}: {reason}).',
  'error.retry': '다시 시도',
  'chunk.failed': '페이지의 일부를 불러오지 못했습니다({reason}).',
  'chunk.failedPage': '페이지의 일부 구성 요소를 불러오지 못했습니다({reason}).',
  'chunk.reload': '새로 고침',
  'category.port_ban': '입항 금지',
  'category.remittance_limit': '송금 제한',
  'category.labor_restriction': '노동자 고용 제한',
  'category.entry_ban': '입국 금지',
  'category.trade_ban': '교역 금지',
  'category.financial': '금융',
  'category.diplomatic': '외교',
  'category.joint_project_closure': '공동 사업 중단',
  'category.vessel_deregistration': '선박 등록 취소',
  'category.cooperation_suspension': '협력 중단',
  'category.other': '기타',
  'filters.legend': '표시할 조치',
  'filters.all': '모두 선택',
  'filters.none': '모두 해제',
  'filters.glossary': '조치 종류 설명',
} satisfies Record<keyof typeof en, string>;
