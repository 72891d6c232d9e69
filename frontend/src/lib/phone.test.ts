import { expect, test } from 'vitest';
import { countryFromLanguage, countryOptions, formatPhone } from '@/lib/phone';

test('a number of the studio country is shown nationally, others internationally', () => {
  expect(formatPhone('+14155552671', 'US')).toBe('(415) 555-2671');
  expect(formatPhone('+442079460958', 'US')).toBe('+44 20 7946 0958');
  expect(formatPhone('+442079460958', 'GB')).toBe('020 7946 0958');
  expect(formatPhone('+14155552671', 'GB')).toBe('+1 415 555 2671');
});

test('a Canadian number in a US studio is dialled as a domestic one', () => {
  expect(formatPhone('+14165550100', 'US')).toBe('(416) 555-0100');
});

test('nothing, or something that is not a number, is shown as it is', () => {
  expect(formatPhone(null, 'US')).toBe('—');
  expect(formatPhone('ext. 12', 'US')).toBe('ext. 12');
  expect(formatPhone('+14155552671', undefined)).toBe('+1 415 555 2671');
});

test('countries are listed by name and read from a browser language', () => {
  const options = countryOptions('en');
  expect(options.find((option) => option.code === 'GB')?.name).toBe('United Kingdom');
  expect(options.length).toBeGreaterThan(200);
  expect(countryFromLanguage('en-GB')).toBe('GB');
  expect(countryFromLanguage('de')).toBe('DE');
  expect(countryFromLanguage(undefined)).toBeUndefined();
});
