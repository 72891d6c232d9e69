// Expands the events of an iCalendar file with ical.js (Mozilla's parser, used by Thunderbird and
// many web calendars), as a second, independent reader of the backend's feeds in its tests.
// Usage: node scripts/expand-ics.mjs UNTIL < calendar.ics
// UNTIL is a UTC instant (2031-01-01T00:00:00Z); prints a JSON list of occurrences before it:
// {"uid", "summary", "local": wall-clock time in the event's zone, "tzid", "utc": the instant}.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const until = ICAL.Time.fromDateTimeString(process.argv[2].replace(/Z$/, ''));
until.zone = ICAL.Timezone.utcTimezone;
const calendar = new ICAL.Component(ICAL.parse(readFileSync(0, 'utf8')));
const vevents = calendar.getAllSubcomponents('vevent');

const overrides = vevents.filter((vevent) => vevent.hasProperty('recurrence-id'));
const occurrences = [];
for (const vevent of vevents.filter((item) => !item.hasProperty('recurrence-id'))) {
  const event = new ICAL.Event(vevent);
  for (const override of overrides) {
    if (override.getFirstPropertyValue('uid') === event.uid) event.relateException(override);
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.compare(until) < 0; next = iterator.next()) {
    const { startDate, item } = event.getOccurrenceDetails(next);
    const local = startDate.toString().replace(/Z$/, '');
    occurrences.push({ uid: item.uid, summary: item.summary, local, tzid: startDate.zone.tzid, utc: startDate.toJSDate().toISOString().replace('.000Z', 'Z') });
    if (!event.isRecurring()) break;
  }
}
occurrences.sort((a, b) => a.utc.localeCompare(b.utc));
process.stdout.write(JSON.stringify(occurrences));
