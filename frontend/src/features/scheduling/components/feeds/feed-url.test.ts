import { expect, test } from 'vitest';
import { toWebcalUrl } from '@/features/scheduling/components/feeds/feed-url';

test.each([
  ['https://studio.example.com/api/calendar/feeds/abc_-123.ics', 'webcal://studio.example.com/api/calendar/feeds/abc_-123.ics'],
  ['http://127.0.0.1:5000/api/calendar/feeds/t.ics', 'webcal://127.0.0.1:5000/api/calendar/feeds/t.ics'],
  ['HTTPS://Studio.example.com/x.ics', 'webcal://Studio.example.com/x.ics'],
  ['webcal://already.example.com/x.ics', 'webcal://already.example.com/x.ics'],
])('%s subscribes as %s', (url, expected) => {
  expect(toWebcalUrl(url)).toBe(expected);
});

test('only the scheme changes, not an https inside the token or path', () => {
  expect(toWebcalUrl('https://a.example/api/calendar/feeds/https%3A.ics')).toBe('webcal://a.example/api/calendar/feeds/https%3A.ics');
});
