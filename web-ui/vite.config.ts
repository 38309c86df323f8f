/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv } from 'vite';

// The dev server stands in for the gateway: /api goes to an api-service replica, /ws to a notifier.
// Their ports come from huddle.env (the repository root's .env links to it).
export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, fileURLToPath(new URL('..', import.meta.url)), 'HUDDLE_'), ...process.env };
  const apiTarget = env.HUDDLE_API_URL ?? `http://localhost:${env.HUDDLE_API_1_PORT}`;
  const wsTarget = env.HUDDLE_WS_URL ?? `http://localhost:${env.HUDDLE_NOTIFIER_1_PORT}`;
  return {
    plugins: [react()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: {
      port: Number(env.HUDDLE_DEV_PORT ?? 5173),
      proxy: {
        '/api': { target: apiTarget, changeOrigin: false },
        '/ws': { target: wsTarget, ws: true, changeOrigin: false },
      },
    },
    build: {
      outDir: 'dist',
      sourcemap: true,
      rollupOptions: {
        output: {
          manualChunks: {
            react: ['react', 'react-dom', 'react-router'],
            data: ['@tanstack/react-query', 'zod', '@stomp/stompjs'],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      restoreMocks: true,
      // Times are shown in the viewer's zone: the tests are that viewer, in UTC, wherever they run.
      env: { TZ: 'UTC' },
    },
  };
});
