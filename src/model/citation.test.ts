import { describe, expect, it } from 'vitest';
import { citation, type Citable } from './citation';

const group: Citable = {
  authors: [{ name: 'Sanctions Coalition Map contributors' }],
  title: 'Measures states took against the DPRK (North Korea), 2006 onward',
  version: '6b65349b96ad',
  updated: '2026-12-02',
  url: 'https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad',
};
const people: Citable = {
  ...group,
  authors: [
    { family: 'Doe', given: 'Jane Ann' },
    { family: 'Roe', given: 'Jean-Paul' },
    { name: 'A Lab' },
  ],
  updated: '2026-12',
};
const measure: Citable = {
  ...group,
  url: 'https://example.org/map/?country=JPN&data=6b65349b96ad#jpn-2006-port-ban',
  part: { title: 'Japan: DPRK ships barred from Japanese ports.', id: 'jpn-2006-port-ban' },
};
const two: Citable = { ...group, authors: [people.authors[0]!, people.authors[1]!] };

describe('APA', () => {
  it.each([
    [
      group,
      'Sanctions Coalition Map contributors. (2026). Measures states took against the DPRK (North Korea), 2006 onward (Version 6b65349b96ad) [Data set]. https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad',
    ],
    [
      people,
      'Doe, J. A., Roe, J.-P., & A Lab. (2026). Measures states took against the DPRK (North Korea), 2006 onward (Version 6b65349b96ad) [Data set]. https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad',
    ],
    [
      two,
      'Doe, J. A., & Roe, J.-P. (2026). Measures states took against the DPRK (North Korea), 2006 onward (Version 6b65349b96ad) [Data set]. https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad',
    ],
    [
      measure,
      'Sanctions Coalition Map contributors. (2026). Japan: DPRK ships barred from Japanese ports [Measure jpn-2006-port-ban]. In Measures states took against the DPRK (North Korea), 2006 onward (Version 6b65349b96ad) [Data set]. https://example.org/map/?country=JPN&data=6b65349b96ad#jpn-2006-port-ban',
    ],
  ])('%#', (c, text) => {
    expect(citation('apa', c)).toBe(text);
  });
});

describe('Chicago', () => {
  it.each([
    [
      group,
      'Sanctions Coalition Map contributors. Measures states took against the DPRK (North Korea), 2006 onward. Version 6b65349b96ad. Updated December 2, 2026. https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad.',
    ],
    [
      people,
      'Doe, Jane Ann, Jean-Paul Roe, and A Lab. Measures states took against the DPRK (North Korea), 2006 onward. Version 6b65349b96ad. Updated December 2026. https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad.',
    ],
    [
      two,
      'Doe, Jane Ann and Jean-Paul Roe. Measures states took against the DPRK (North Korea), 2006 onward. Version 6b65349b96ad. Updated December 2, 2026. https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad.',
    ],
    [
      measure,
      'Sanctions Coalition Map contributors. “Japan: DPRK ships barred from Japanese ports.” Measure jpn-2006-port-ban. In Measures states took against the DPRK (North Korea), 2006 onward, version 6b65349b96ad. Updated December 2, 2026. https://example.org/map/?country=JPN&data=6b65349b96ad#jpn-2006-port-ban.',
    ],
  ])('%#', (c, text) => {
    expect(citation('chicago', c)).toBe(text);
  });
});

describe('BibTeX', () => {
  it.each([
    [
      group,
      `@misc{dprk-sanctions-coalition-6b65349b96ad,
  author = {{Sanctions Coalition Map contributors}},
  title = {{Measures states took against the DPRK (North Korea), 2006 onward}},
  year = {2026},
  note = {Data set, version 6b65349b96ad, updated December 2, 2026},
  url = {https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad},
}`,
    ],
    [
      people,
      `@misc{dprk-sanctions-coalition-6b65349b96ad,
  author = {Doe, Jane Ann and Roe, Jean-Paul and {A Lab}},
  title = {{Measures states took against the DPRK (North Korea), 2006 onward}},
  year = {2026},
  note = {Data set, version 6b65349b96ad, updated December 2026},
  url = {https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad},
}`,
    ],
    [
      measure,
      `@misc{jpn-2006-port-ban-6b65349b96ad,
  author = {{Sanctions Coalition Map contributors}},
  title = {{Japan: DPRK ships barred from Japanese ports}},
  howpublished = {In: Measures states took against the DPRK (North Korea), 2006 onward},
  year = {2026},
  note = {Measure jpn-2006-port-ban. Data set, version 6b65349b96ad, updated December 2, 2026},
  url = {https://example.org/map/?country=JPN&data=6b65349b96ad#jpn-2006-port-ban},
}`,
    ],
  ])('%#', (c, text) => {
    expect(citation('bibtex', c)).toBe(text);
  });

  it('escapes what LaTeX would read as commands', () => {
    const text = citation('bibtex', {
      ...group,
      authors: [{ name: 'R&D {Group}' }],
      title: '100% of $5 #1 a_b ^ ~ \\x',
    });
    expect(text).toContain('author = {{R\\&D \\{Group\\}}},');
    expect(text).toContain(
      'title = {{100\\% of \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}x}},',
    );
  });
});

describe('CSL-JSON', () => {
  it.each([
    [
      group,
      {
        id: 'dprk-sanctions-coalition-6b65349b96ad',
        type: 'dataset',
        title: 'Measures states took against the DPRK (North Korea), 2006 onward',
        author: [{ literal: 'Sanctions Coalition Map contributors' }],
        issued: { 'date-parts': [[2026, 12, 2]] },
        version: '6b65349b96ad',
        URL: 'https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad',
      },
    ],
    [
      people,
      {
        id: 'dprk-sanctions-coalition-6b65349b96ad',
        type: 'dataset',
        title: 'Measures states took against the DPRK (North Korea), 2006 onward',
        author: [
          { family: 'Doe', given: 'Jane Ann' },
          { family: 'Roe', given: 'Jean-Paul' },
          { literal: 'A Lab' },
        ],
        issued: { 'date-parts': [[2026, 12]] },
        version: '6b65349b96ad',
        URL: 'https://example.org/map/?date=2016-03&lens=basis&data=6b65349b96ad',
      },
    ],
    [
      measure,
      {
        id: 'jpn-2006-port-ban',
        type: 'dataset',
        title: 'Japan: DPRK ships barred from Japanese ports',
        'container-title': 'Measures states took against the DPRK (North Korea), 2006 onward',
        number: 'jpn-2006-port-ban',
        author: [{ literal: 'Sanctions Coalition Map contributors' }],
        issued: { 'date-parts': [[2026, 12, 2]] },
        version: '6b65349b96ad',
        URL: 'https://example.org/map/?country=JPN&data=6b65349b96ad#jpn-2006-port-ban',
      },
    ],
  ])('%#', (c, item) => {
    const text = citation('csl', c);
    expect(JSON.parse(text)).toEqual([item]);
    expect(text).toBe(JSON.stringify([item], null, 2));
  });
});
