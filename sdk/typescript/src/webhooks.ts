// Written by hand: verifies FitnessCRM webhook signatures (docs/developers/webhooks.md).
//
// Header: `FitnessCRM-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; while an
// endpoint's secret is being rolled there may be several v1= values, one per secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export class WebhookSignatureError extends Error {}

/** Check that `payload` (the raw request body, exactly as received) was signed by FitnessCRM with `secret`
 * no more than `tolerance` seconds ago; returns the parsed event, or throws WebhookSignatureError. */
export function verifyWebhook(
  payload: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  tolerance = 300,
  now: number = Math.floor(Date.now() / 1000),
): unknown {
  if (!header) throw new WebhookSignatureError('The FitnessCRM-Signature header is missing.');
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    if (name === 'v1' && value) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookSignatureError('The FitnessCRM-Signature header has no timestamp or no v1 signature.');
  }
  if (Math.abs(now - timestamp) > tolerance) {
    throw new WebhookSignatureError('The signature is older than the tolerance allows (a replayed request?).');
  }
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload);
  const expected = createHmac('sha256', secret)
    .update(Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]))
    .digest();
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookSignatureError('No signature matches this secret.');
  return JSON.parse(body.toString('utf8'));
}
