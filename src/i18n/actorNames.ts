import type { Lang } from './lang';

/**
 * Actor names that i18n-iso-countries does not give, or gives in a form a reader of that
 * language would not expect, by language and actor id. The build starts from the library's
 * names and lays these over them (scripts/actorNames.ts); English needs none, since its names
 * are the data's own.
 *
 * Korean: the library's table predates current usage (and the Ministry of Foreign Affairs'
 * standard names), so several names are old or misspelt ("폴랜드", "포르투칼", "그루지아",
 * "터키", "스와질란드", "마케도니아"); Taiwan is "중화민국" there and 대만 here, as Korean
 * readers and the press name it; Hong Kong and Macao carry "(중국 특별행정구)" as the English
 * data names carry "(China SAR)"; the EU and the UN are not ISO 3166 entries.
 */
export const NAME_OVERRIDES: Partial<Record<Lang, Readonly<Record<string, string>>>> = {
  ko: {
    EU: '유럽연합',
    UN: '유엔(안전보장이사회)',
    HKG: '홍콩(중국 특별행정구)',
    MAC: '마카오(중국 특별행정구)',
    TWN: '대만',
    ARE: '아랍에미리트',
    ATG: '앤티가 바부다',
    CAF: '중앙아프리카 공화국',
    COG: '콩고 공화국',
    CPV: '카보베르데',
    CYP: '키프로스',
    CZE: '체코',
    ETH: '에티오피아',
    GEO: '조지아',
    GNB: '기니비사우',
    KGZ: '키르기스스탄',
    KIR: '키리바시',
    KNA: '세인트키츠 네비스',
    LCA: '세인트루시아',
    MHL: '마셜 제도',
    MKD: '북마케도니아',
    PNG: '파푸아뉴기니',
    POL: '폴란드',
    PRT: '포르투갈',
    RUS: '러시아',
    SLB: '솔로몬 제도',
    SLE: '시에라리온',
    SMR: '산마리노',
    STP: '상투메 프린시페',
    SWZ: '에스와티니',
    TKM: '투르크메니스탄',
    TUN: '튀니지',
    TUR: '튀르키예',
    TUV: '투발루',
    VCT: '세인트빈센트 그레나딘',
    ZAF: '남아프리카 공화국',
    ZWE: '짐바브웨',
  },
};
