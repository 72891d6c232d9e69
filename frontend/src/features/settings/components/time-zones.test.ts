import { expect, test } from 'vitest';
import { allTimeZones, filterTimeZones, offsetLabel, zoneLabel } from '@/features/settings/components/time-zones';

const zones = ['UTC', 'America/New_York', 'America/North_Dakota/New_Salem', 'Europe/Berlin', 'Asia/Kolkata'];

test('the list holds the IANA zones and UTC', () => {
  const all = allTimeZones();
  expect(all).toContain('UTC');
  expect(all).toContain('America/New_York');
  expect(all.length).toBeGreaterThan(300);
});

test.each([
  ['', zones],
  ['new york', ['America/New_York']],
  ['America/New_Y', ['America/New_York']],
  ['NEW', ['America/New_York', 'America/North_Dakota/New_Salem']],
  ['berl', ['Europe/Berlin']],
  ['tokyo', []],
])('%j finds %j', (query, expected) => {
  expect(filterTimeZones(zones, query)).toEqual(expected);
});

test('offsetLabel names the offset at that moment', () => {
  expect(offsetLabel('America/New_York', new Date('2030-01-15T12:00:00Z'))).toBe('GMT-5');
  expect(offsetLabel('America/New_York', new Date('2030-07-15T12:00:00Z'))).toBe('GMT-4');
  expect(offsetLabel('Asia/Kolkata', new Date('2030-07-15T12:00:00Z'))).toBe('GMT+5:30');
});

test('zoneLabel shows spaces for underscores', () => {
  expect(zoneLabel('America/Port_of_Spain')).toBe('America/Port of Spain');
});
