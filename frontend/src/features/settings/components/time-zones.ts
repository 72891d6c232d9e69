/** Every IANA zone the browser knows, with UTC, which some engines leave out of the list. */
export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

const normalize = (text: string) => text.toLowerCase().replace(/[_/]+/g, ' ').trim();

/** Zones whose name contains every word typed: "new york", "america/new_y", "berlin". */
export function filterTimeZones(zones: string[], query: string): string[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return zones;
  return zones.filter((zone) => {
    const name = normalize(zone);
    return words.every((word) => name.includes(word));
  });
}

/** "GMT-5", "GMT+5:30", "GMT" now in that zone. */
export function offsetLabel(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** The zone this device is set to, for a one-click choice. */
export const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "America/New_York" as people read it: "America/New York". */
export const zoneLabel = (timeZone: string) => timeZone.replace(/_/g, ' ');
