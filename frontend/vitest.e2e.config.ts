import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys: one backend for the run (e2e/global-setup.ts), files one after another.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
