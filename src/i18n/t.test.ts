import { describe, expect, it } from 'vitest';
import { formatMonth, formatPartialDate } from './formatDate';
import { interpolate, translate } from './t';
import type { Month } from '../model/month';

describe('interpolate', () => {
  it('fills named slots and leaves unknown ones visible', () => {
    expect(interpolate('via the {bloc}', { bloc: 'EU' })).toBe('via the EU');
    expect(interpolate('{count} states in {month}', { count: 3 })).toBe('3 states in {month}');
  });

  it('inserts values as text, never as markup', () => {
    expect(translate('en', 'panel.via', { bloc: '<b>EU</b>' })).toBe('via the <b>EU</b>');
  });
});

describe('dates in words', () => {
  it('names months and keeps each date at its own precision', () => {
    expect(formatMonth('2016-03' as Month, 'en')).toBe('March 2016');
    expect(formatPartialDate('2016', 'en')).toBe('2016');
    expect(formatPartialDate('2016-02', 'en')).toBe('February 2016');
    expect(formatPartialDate('2016-02-10', 'en')).toBe('February 10, 2016');
    expect(formatPartialDate('n.d.', 'en')).toBe('n.d.');
  });
});

describe('plurals', () => {
  it('choose the branch by the language rules and print the number', () => {
    const template = '{count, plural, one {# state} other {# states}} in {month}';
    expect(interpolate(template, { count: 1, month: 'May' })).toBe('1 state in May');
    expect(interpolate(template, { count: 0, month: 'May' })).toBe('0 states in May');
    expect(interpolate(template, { count: 1200, month: 'May' })).toBe('1,200 states in May');
    expect(interpolate('{n, plural, =0 {none} other {#}}', { n: 0 })).toBe('none');
  });
});

describe('Korean', () => {
  it('writes dates in Korean order, at each date’s own precision', () => {
    expect(formatMonth('2016-03' as Month, 'ko')).toBe('2016년 3월');
    expect(formatPartialDate('2016', 'ko')).toBe('2016');
    expect(formatPartialDate('2016-02', 'ko')).toBe('2016년 2월');
    expect(formatPartialDate('2016-02-10', 'ko')).toBe('2016년 2월 10일');
  });

  it('has one plural form, `other`, whatever the number', () => {
    const template = '{count, plural, other {#개국}}';
    expect(interpolate(template, { count: 1 }, 'ko')).toBe('1개국');
    expect(interpolate(template, { count: 0 }, 'ko')).toBe('0개국');
    expect(interpolate(template, { count: 1200 }, 'ko')).toBe('1,200개국');
    // An English template read with Korean rules still takes its `other` branch.
    expect(interpolate('{n, plural, one {# state} other {# states}}', { n: 1 }, 'ko')).toBe(
      '1 states',
    );
  });
});

describe('plural numbers', () => {
  it('format the count in the language, the same each time', () => {
    const tpl = '{n, plural, one {# state} other {# states}}';
    expect(interpolate(tpl, { n: 1234 }, 'en')).toBe('1,234 states');
    expect(interpolate(tpl, { n: 1 }, 'en')).toBe('1 state');
    expect(interpolate(tpl, { n: 1234 }, 'en')).toBe('1,234 states');
  });
});
