import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser: `npx playwright install`
// cannot reach its download host from here (and CI has no other browser).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A port the operating system says is free right now. The config must be
// synchronous, so a short child process asks node:net for one.
function freePort(): number {
  const script =
    "const s = require('node:net').createServer();" +
    "s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

// The runner picks the port once and leaves it in the environment, so the
// worker processes, which load this file again, reach the same server.
process.env.E2E_PORT ??= String(freePort());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry, for the headless browser's rare stalls (decision 036): a page
  // that stops producing animation frames leaves an action waiting out the
  // whole test timeout. A test that passes only on its retry is listed as
  // flaky, so a real intermittent fault still shows.
  retries: 1,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    // The built app registers a service worker that precaches everything; a
    // test that wants a fresh network for every request must not get it
    // from there. The offline spec allows it for itself (test.use).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The tests run against the built app, as a person would get it.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    // Never test a server this run did not start: a leftover or foreign
    // server on the port would be tested silently. --strictPort makes a
    // taken port an error instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
