import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * A stored E.164 number as people read it: national format when it shares the studio country's
 * calling code (dialled as a domestic number there), international otherwise. The API's exports
 * follow the same rule (`backend/fitnesscrm/core/phones.py`).
 */
export function formatPhone(value: string | null | undefined, country: string | null | undefined): string {
  if (!value) return '—';
  const number = parsePhoneNumberFromString(value);
  if (!number) return value;
  const national = isCountry(country) && number.countryCallingCode === getCountryCallingCode(country);
  return national ? number.formatNational() : number.formatInternational();
}

const COUNTRIES = new Set<string>(getCountries());

export function isCountry(code: string | null | undefined): code is CountryCode {
  return !!code && COUNTRIES.has(code);
}

/** Every country phone numbers can be read in, by name in the reader's language: for country pickers. */
export function countryOptions(locale?: string): { code: CountryCode; name: string }[] {
  const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' });
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The country of a browser language such as en-GB, when it names one. */
export function countryFromLanguage(language: string | undefined): CountryCode | undefined {
  const region = language ? new Intl.Locale(language).maximize().region : undefined;
  return isCountry(region) ? region : undefined;
}
