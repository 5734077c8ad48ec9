import type { footer as en } from '../en/footer';

/** The footer: data version, downloads, method. */
export const footer = {
  'footer.data': '데이터 버전 {version}, {date} 업데이트.',
  'footer.downloadView': '이 지도가 보여 주는 내용 내려받기(CSV)',
  'footer.downloadJson': '전체 데이터셋 내려받기(JSON)',
  'footer.downloadCsv': '전체 데이터셋 내려받기(CSV)',
  'footer.credit': '제재 연합 지도. 데이터: CC BY 4.0.',
  'footer.method':
    '월이나 연도까지만 알려진 날짜는 그 날짜가 속할 수 있는 마지막 달부터 셉니다. 그래서 지도는 출처보다 먼저 조치를 보여 주지 않습니다.',
} satisfies Record<keyof typeof en, string>;
