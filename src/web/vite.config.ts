import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One bundle with ECharts and the world shapes: served from loopback, fetched once, cached.
    chunkSizeWarningLimit: 1200,
  },
});
