import type { legend as en } from '../en/legend';

/**
 * What the colours mean, and the sentences that say what a view shows. Korean has no plural
 * and no article, so a category has one form: the sentences add "조치" (measure) after the
 * list of categories ("입항 금지 또는 송금 제한 조치"), and numbers take counters (개국, 가지, 건).
 */
export const legend = {
  'categoryPlural.port_ban': '입항 금지',
  'categoryPlural.remittance_limit': '송금 제한',
  'categoryPlural.labor_restriction': '노동자 고용 제한',
  'categoryPlural.entry_ban': '입국 금지',
  'categoryPlural.trade_ban': '교역 금지',
  'categoryPlural.financial': '금융',
  'categoryPlural.diplomatic': '외교',
  'categoryPlural.joint_project_closure': '공동 사업 중단',
  'categoryPlural.vessel_deregistration': '선박 등록 취소',
  'categoryPlural.cooperation_suspension': '협력 중단',
  'categoryPlural.other': '기타',
  'categoryOne.port_ban': '입항 금지',
  'categoryOne.remittance_limit': '송금 제한',
  'categoryOne.labor_restriction': '노동자 고용 제한',
  'categoryOne.entry_ban': '입국 금지',
  'categoryOne.trade_ban': '교역 금지',
  'categoryOne.financial': '금융',
  'categoryOne.diplomatic': '외교',
  'categoryOne.joint_project_closure': '공동 사업 중단',
  'categoryOne.vessel_deregistration': '선박 등록 취소',
  'categoryOne.cooperation_suspension': '협력 중단',
  'categoryOne.other': '기타',
  'legend.kinds': '시행 중인 조치의 종류 수',
  'legend.kinds.filtered': '시행 중인 조치의 종류 수(표시된 {count}가지 중)',
  'legend.kinds.one': '{category} 시행 중',
  'legend.kinds.inForce': '시행 중',
  'legend.kinds.none': '시행 중인 조치 없음',
  'legend.kinds.level': '{level}가지',
  'legend.kinds.levelPlus': '{level}가지 이상',
  'legend.basis': '유엔 요구를 넘어선 독자 조치인가, 이행 조치인가',
  'legend.basis.none': '시행 중인 조치 없음',
  'legend.basis.un': '유엔 결의 이행 조치만 시행',
  'legend.basis.autonomous': '유엔 요구를 넘어선 독자 조치 시행',
  'legend.resolution': '유엔 안보리 결의 {resolution}호의 국내 이행',
  'legend.resolution.not-researched': '이 결의에 대해서는 조사되지 않음',
  'legend.resolution.none-found': '조사했으나 이행 법령을 찾지 못함',
  'legend.resolution.implemented': '이행 조치 시행 중',
  'legend.joint': '참여한 연합 공동 행동 수',
  'legend.joint.none': '없음',
  'legend.joint.level': '{level}건',
  'legend.joint.levelPlus': '{level}건 이상',
  'legend.compare': '{from}부터 {to}까지',
  'legend.compare.none': '두 달 모두 해당 없음',
  'legend.compare.left': '이탈',
  'legend.compare.stayed': '유지',
  'legend.compare.joined': '합류',
  'legend.unresearched': '아직 조사되지 않음',
  'legend.showing': '표시된 조치: {phrase}',
  'legend.scope.autonomous': '유엔 요구를 넘어선 조치만',
  'legend.target': '북한(조치의 대상)',
  'legend.no-data': '데이터셋에 없음',
  'title.none': '선택한 조치 종류 없음, {month}',
  'title.kinds.all.all': '대북 조치를 시행 중인 국가, {month}',
  'title.kinds.some.all': '대북 {phrase} 조치를 시행 중인 국가, {month}',
  'title.kinds.many.all': '{count}가지 대북 조치 중 하나 이상을 시행 중인 국가, {month}',
  'title.kinds.all.autonomous': '유엔 요구를 넘어선 대북 조치를 시행 중인 국가, {month}',
  'title.kinds.some.autonomous': '유엔 요구를 넘어선 대북 {phrase} 조치를 시행 중인 국가, {month}',
  'title.kinds.many.autonomous':
    '유엔 요구를 넘어선 {count}가지 대북 조치 중 하나 이상을 시행 중인 국가, {month}',
  'title.kindsCount': '{count}가지 조치',
  'title.basis.all': '유엔 요구를 넘어선 국가와 유엔 결의 이행에 그친 국가, {month}',
  'title.basis.filtered': '{phrase}: 유엔 요구를 넘어선 국가와 유엔 결의 이행에 그친 국가, {month}',
  'title.resolution': '유엔 안보리 결의 {resolution}호를 국내에서 이행한 국가, {month}',
  'title.joint': '대북 연합의 공동 행동에 참여한 국가, {month}',
  'title.compare.all': '대북 연합에 합류한 국가와 이탈한 국가, {from}~{to}',
  'title.compare.filtered': '대북 {phrase} 조치: 합류한 국가와 이탈한 국가, {from}~{to}',
  'title.compare.all.autonomous':
    '대북 연합에 합류한 국가와 이탈한 국가(유엔 요구를 넘어선 조치만 셈), {from}~{to}',
  'title.compare.filtered.autonomous':
    '유엔 요구를 넘어선 대북 {phrase} 조치: 합류한 국가와 이탈한 국가, {from}~{to}',
  'summary.none': '선택한 조치 종류가 없습니다.',
  'summary.anyMeasure': '하나 이상의',
  'summary.kindsSelected': '선택한 {count}가지 중 하나 이상의',
  'summary.kinds.all':
    '{month}에 {phrase} 조치를 시행 중인 국가는 {count, plural, other {#개국}}이었습니다.',
  'summary.kinds.autonomous':
    '{month}에 유엔 요구를 넘어선 {phrase} 조치를 시행 중인 국가는 {count, plural, other {#개국}}이었습니다.',
  'summary.basis':
    '{month}에 유엔 요구를 넘어선 조치를 시행 중인 국가는 {autonomous, plural, other {#개국}}, 유엔 결의 이행 조치만 시행 중인 국가는 {un, plural, other {#개국}}이었습니다.',
  'summary.resolution':
    '{month}까지 유엔 안보리 결의 {resolution}호를 국내에서 이행한 국가는 {count, plural, other {#개국}}입니다. {noneFound, plural, other {#개국}}은 조사했으나 이행 법령을 찾지 못했고, {notResearched, plural, other {#개국}}은 이 결의에 대해 아직 조사되지 않았습니다.',
  'summary.resolution.before': '유엔 안보리 결의 {resolution}호는 {adopted}에 채택되었습니다.',
  'summary.joint':
    '{month}까지 연합의 공동 행동에 하나 이상 참여한 국가는 {count, plural, other {#개국}}입니다.',
  'summary.compare':
    '{from}부터 {to}까지 {joined, plural, other {#개국}}이 합류하고, {left, plural, other {#개국}}이 이탈했으며, {stayed, plural, other {#개국}}은 그대로였습니다.',
  'summary.compare.autonomous':
    '유엔 요구를 넘어선 조치만 세면, {from}부터 {to}까지 {joined, plural, other {#개국}}이 합류하고, {left, plural, other {#개국}}이 이탈했으며, {stayed, plural, other {#개국}}은 그대로였습니다.',
} satisfies Record<keyof typeof en, string>;
