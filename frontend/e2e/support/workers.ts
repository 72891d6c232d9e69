/** Journey files run this many at a time (E2E_WORKERS, 2 unless told), each worker against its own backend. */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
