/** Journey files run this many at a time (E2E_WORKERS, 2 unless told), each worker against its own backend. */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

/** Redis databases one redis-server offers (its default `databases 16`); database 0 is left unused. */
export const REDIS_DATABASES = 16;
if (E2E_WORKERS >= REDIS_DATABASES) {
  throw new Error(`E2E_WORKERS=${E2E_WORKERS}: each backend needs its own Redis database, and there are ${REDIS_DATABASES - 1}.`);
}

/** The Redis URL of the backend of worker `number` (1, 2, …): one database each, so their sockets never mix. */
export function redisUrlFor(server: string, number: number): string {
  return `${server}/${number}`;
}
