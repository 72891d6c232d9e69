import { defineConfig } from '@hey-api/openapi-ts';

// `make sdk` writes ../openapi-v2.json from the app and runs this; src/generated is never edited by hand.
export default defineConfig({
  input: '../openapi-v2.json',
  output: { path: 'src/generated' },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
});
