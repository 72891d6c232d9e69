import { deletePushSubscription, getPushPublicKey, savePushSubscription } from '@/features/notifications/api/push-subscriptions';

/** Where this browser stands with push: what the device toggle says and offers. */
export type PushState = 'unsupported' | 'no-worker' | 'blocked' | 'off' | 'on';

export const PUSH_SENTENCES: Record<PushState, string> = {
  unsupported: 'Not supported on this browser. On iPhone and iPad, add FitnessCRM to your Home Screen and open it from there.',
  'no-worker': 'Notifications need the installed app’s background worker, which this page has not started. Reload the page and try again.',
  blocked: 'Blocked in your browser settings. Allow notifications for this site there, then come back here.',
  off: 'Off: this device shows nothing when you get a new message or a session reminder.',
  on: 'On: this device shows new messages and session reminders, even when FitnessCRM is closed.',
};

/** The applicationServerKey PushManager.subscribe wants, from the server's base64url key. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let index = 0; index < raw.length; index += 1) bytes[index] = raw.charCodeAt(index);
  return bytes;
}

/** Whether an existing subscription was made with `key` (a new server key orphans it). */
export function madeWithKey(subscription: PushSubscription, key: string): boolean {
  const used = subscription.options.applicationServerKey;
  if (!used) return false;
  const expected = keyBytes(key);
  const actual = new Uint8Array(used);
  return actual.length === expected.length && actual.every((byte, index) => byte === expected[index]);
}

function supported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration('/');
}

async function save(subscription: PushSubscription): Promise<void> {
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) throw new Error('This browser gave an incomplete subscription.');
  await savePushSubscription({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } });
}

/** This browser's state, without asking anything; an existing subscription is saved again for whoever is signed in. */
export async function readPushState(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const worker = await registration();
  if (!worker) return 'no-worker';
  const subscription = await worker.pushManager.getSubscription();
  if (!subscription || Notification.permission !== 'granted') return 'off';
  await save(subscription);
  return 'on';
}

/** Asks for permission (only ever from a click), subscribes with the server's key and tells the server. */
export async function turnPushOn(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'blocked';
  if (permission !== 'granted') return 'off';
  const worker = await registration();
  if (!worker) return 'no-worker';
  const key = await getPushPublicKey();
  let subscription = await worker.pushManager.getSubscription();
  if (subscription && !madeWithKey(subscription, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
  await save(subscription);
  return 'on';
}

/** Tells the server to stop, then drops the browser's subscription. */
export async function turnPushOff(): Promise<PushState> {
  const worker = supported() ? await registration() : undefined;
  const subscription = await worker?.pushManager.getSubscription();
  if (subscription) {
    await deletePushSubscription(subscription.endpoint);
    await subscription.unsubscribe();
  }
  return 'off';
}
