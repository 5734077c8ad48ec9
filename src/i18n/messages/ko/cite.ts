import type { cite as en } from '../en/cite';

/** Citing the dataset: a view's or a measure's permalink and citation. */
export const cite = {
  'cite.view': '이 화면 인용하기',
  'cite.measure': '이 조치 인용하기',
  'cite.link': '고정 링크',
  'cite.linkHint':
    '데이터 버전 {version}에 고정해 지도에서 엽니다. 그 뒤에 데이터가 바뀌었다면 보는 사람에게 알려 줍니다.',
  'cite.citation': '인용 정보',
  'cite.citationHint':
    '데이터셋 이름, 만든 이, 버전 {version}({date} 업데이트)과 위의 고정 링크가 들어갑니다.',
  'cite.format': '형식',
  'cite.format.apa': 'APA',
  'cite.format.chicago': 'Chicago',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.csl': 'CSL-JSON',
  'cite.measureLink': '링크',
  'cite.measureLinkLabel': '이 조치의 링크',
  'cite.measureCite': '인용',
  'cite.measureCiteLabel': '이 조치 인용하기',
} satisfies Record<keyof typeof en, string>;
