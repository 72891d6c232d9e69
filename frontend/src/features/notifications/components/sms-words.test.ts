import { describe, expect, it } from 'vitest';
import { browserCanPush, usageSentence } from '@/features/notifications/components/sms-words';

describe('usageSentence', () => {
  it('says when nothing happened', () => {
    expect(usageSentence({ sent: 0, delivered: 0, failed: 0, received: 0 })).toBe('No texts sent or received yet.');
  });

  it('counts sent, delivered, failed and received, naming failures only when there are some', () => {
    expect(usageSentence({ sent: 12, delivered: 10, failed: 1, received: 3 })).toBe('12 texts sent, 10 delivered, 1 failed; 3 texts received.');
    expect(usageSentence({ sent: 1, delivered: 1, failed: 0, received: 0 })).toBe('1 text sent, 1 delivered.');
    expect(usageSentence({ sent: 0, delivered: 0, failed: 0, received: 1 })).toBe('0 texts sent, 0 delivered; 1 text received.');
  });
});

describe('browserCanPush', () => {
  it('needs a service worker, PushManager and Notification', () => {
    const navigator = { serviceWorker: {} } as unknown as Navigator;
    expect(browserCanPush({ navigator, PushManager: class {}, Notification: class {} })).toBe(true);
    expect(browserCanPush({ navigator, Notification: class {} })).toBe(false);
    expect(browserCanPush({ navigator: {} as Navigator, PushManager: class {}, Notification: class {} })).toBe(false);
  });
});
