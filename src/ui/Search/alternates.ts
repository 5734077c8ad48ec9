import codes from 'i18n-iso-countries/codes.json';
import english from 'i18n-iso-countries/langs/en.json';

/**
 * Other names a reader may type for a state: every English name i18n-iso-countries knows
 * ("Republic of Korea", "Türkiye", "Turkey", "Czechia", "Ivory Coast"), plus the short forms
 * and former names of news and diplomacy it does not have. Search only: never shown as a label.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  KOR: ['ROK', 'Korea'],
  PRK: ['DPRK', "Democratic People's Republic of Korea"],
  USA: ['America'],
  GBR: ['Britain'],
  ARE: ['UAE', 'Emirates'],
  CHN: ['PRC'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cabo Verde'],
  NLD: ['Holland'],
  FSM: ['Micronesia'],
  LAO: ['Laos'],
  EU: ['EU'],
  UN: ['UN', 'UNSC', 'Security Council'],
};

const alpha3 = new Map<string, string>(codes.map(([a2, a3]) => [a2 as string, a3 as string]));

let table: Map<string, readonly string[]> | null = null;

/** The other names of an actor, by its id (ISO alpha-3, or EU / UN). */
export function alternatesOf(id: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const [a2, names] of Object.entries(english.countries)) {
      const a3 = alpha3.get(a2);
      if (a3) table.set(a3, typeof names === 'string' ? [names] : names);
    }
  }
  return [...(table.get(id) ?? []), ...(SHORT_FORMS[id] ?? [])];
}
