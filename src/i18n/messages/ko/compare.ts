import type { compare as en } from '../en/compare';

/** What the compare lens shows as lists: who joined, who left, who stayed. */
export const compare = {
  'compare.heading': '{from}부터 {to}까지',
  'compare.member':
    '참여국이란 그 달에 표시된 종류의 조치(자체 조치나 소속 블록의 조치)가 시행 중인 국가입니다.',
  'compare.memberAutonomous':
    '참여국이란 그 달에 표시된 종류의 조치 가운데 유엔이 요구한 것을 넘어서는 조치가 시행 중인 국가입니다.',
  'compare.joined': '{count, plural, =0 {새로 참여한 국가 없음} other {#개국 새로 참여}}',
  'compare.left': '{count, plural, =0 {이탈한 국가 없음} other {#개국 이탈}}',
  'compare.stayed': '{count, plural, =0 {계속 참여한 국가 없음} other {#개국 계속 참여}}',
  'compare.joinedHint': '{to}에는 참여국이고 {from}에는 아니었던 국가.',
  'compare.leftHint': '{from}에는 참여국이고 {to}에는 아닌 국가.',
  'compare.stayedHint': '두 달 모두 참여국인 국가.',
} as const satisfies Record<keyof typeof en, string>;
