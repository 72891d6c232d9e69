/**
 * Registers the service worker of the production build (vite-plugin-pwa writes /sw.js): it serves
 * the app shell when the network is gone, so an installed app or a reload opens offline.
 * The dev server has no worker, so nothing stale shadows the code being edited.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a worker the app still works online; there is nothing the user could do about it.
    });
  });
}
