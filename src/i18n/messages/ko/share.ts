import type { share as en } from '../en/share';

/** Sharing, embedding and exporting a view. */
export const share = {
  'export.source':
    '출처: 각국 정부의 법령, 유엔 문서, 언론 보도. 모두 제재 연합 지도 데이터셋에 인용되어 있습니다(CC BY 4.0).',
  'export.credit': '제재 연합 지도',
  'export.creditAt': '제재 연합 지도 · {address}',
  'export.version': '데이터 버전 {version}, {date} 업데이트',
  'share.title': '이 화면 공유 또는 내려받기',
  'share.link': '이 화면의 링크',
  'share.linkHint':
    '이 화면을 이 데이터 버전에 고정해 그대로 엽니다. 그 뒤에 데이터가 바뀌었다면 보는 사람에게 알려 줍니다.',
  'share.embed': '삽입 코드',
  'share.embedHint':
    '웹페이지에 붙여 넣으세요. 프레임 크기는 지도에 맞게 저절로 조절되며, 사이트에서 스크립트를 없애도 알맞은 크기를 유지합니다.',
  'share.still': '정지 화면: 타임라인 없음',
  'share.picture': '이미지',
  'share.pictureHint':
    '제목, 범례, 날짜, 출처, 크레디트가 들어갑니다. PNG는 선택한 너비의 두 배 크기로 만듭니다.',
  'share.width': '너비',
  'share.widthOption': '{width}px (PNG {png}px)',
  'share.outlines': 'SVG 글자를 윤곽선으로 변환(내장 글꼴을 무시하는 인쇄 프로그램용)',
  'share.png': 'PNG 내려받기',
  'share.svg': 'SVG 내려받기',
  'share.making': '이미지를 만드는 중…',
  'share.failed': '이미지를 만들지 못했습니다: {reason}',
  'share.copy': '복사',
  'share.copied': '복사됨',
  'share.copiedLong': '클립보드에 복사됨: {what}',
} satisfies Record<keyof typeof en, string>;
