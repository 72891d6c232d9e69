import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type PushSubscriptionInput = components['schemas']['SubscriptionCreate'];

/** The server's VAPID public key: what PushManager.subscribe takes as applicationServerKey. */
export async function getPushPublicKey(): Promise<string> {
  return (unwrap(await api.GET('/api/push/public-key')) as components['schemas']['PublicKey']).public_key;
}

/** Tells the server this device accepts pushes for the signed-in person (the same endpoint again updates it). */
export async function savePushSubscription(body: PushSubscriptionInput): Promise<void> {
  unwrap(await api.POST('/api/push/subscriptions', { body }));
}

/** Tells the server to stop pushing to this device for the signed-in person. */
export async function deletePushSubscription(endpoint: string): Promise<void> {
  unwrap(await api.DELETE('/api/push/subscriptions', { body: { endpoint } }));
}
