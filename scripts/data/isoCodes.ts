import countries from 'i18n-iso-countries';

/** True for an assigned ISO 3166-1 alpha-3 code (i18n-iso-countries keeps the official list). */
export function isIso3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}
