// Web Push in the app's service worker (imported by the generated sw.js: vite.config.ts, workbox.importScripts).
// The server sends {title, body, url, tag} (backend/fitnesscrm/notifications/push/sender.py); a click focuses a
// tab of this app already open (taking it to the url) or opens one.

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : '' };
  }
  const title = data.title || 'FitnessCRM';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.body || '',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      // A thread's pushes replace each other instead of piling up; a replaced one does not buzz again.
      tag: data.tag || undefined,
      data: { url: data.url || '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || '/', self.location.origin);
  if (target.origin !== self.location.origin) return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === target.origin);
      if (open) {
        return open.focus().then((focused) => (focused && 'navigate' in focused ? focused.navigate(target.href) : focused));
      }
      return self.clients.openWindow(target.href);
    }),
  );
});
