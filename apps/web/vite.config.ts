import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// The NestJS server owns these paths; in development Vite hands them on to it.
const serverTarget = 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: { '@sim-se/shared': here('../../libs/shared/src/index.ts') },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': serverTarget,
      '/media': serverTarget,
      '/health': serverTarget,
    },
  },
});
