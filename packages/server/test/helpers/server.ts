import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '../../src/platform/clock.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/client.ts';
import type { MailDispatcher } from '../../src/platform/mail/mail-dispatcher.ts';
import { createServer, keyringFor, systemContext } from '../../src/boot.ts';
import { loadReferenceData } from '../../src/seed/reference-data.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { freshDatabase, type DbTarget } from './database.ts';
import { HttpClient } from './http.ts';

export const DEMO_PASSWORD = 'Demo-Password-1';

export interface TestServer {
  baseUrl: string;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  /** E-mail delivery of this server (enabled when the config names an SMTP server). */
  mail: MailDispatcher;
  /** A client with its own cookie jar. */
  client(options?: { locale?: string }): HttpClient;
  /** A client already signed in as a demo account (through the real login endpoint). */
  as(username: string): Promise<HttpClient>;
  close(): Promise<void>;
}

/**
 * The real app over real HTTP on a random port, on a fresh database with the demo loaded, and a
 * clock the test controls.
 */
export async function startTestServer(
  target: DbTarget,
  overrides: Partial<Config> = {},
  startAt: Date | string = '2026-03-02T02:00:00.000Z',
  options: { logStream?: { write(line: string): void }; demoExam?: boolean; demoCertificates?: boolean; port?: number } = {},
): Promise<TestServer> {
  const database = await freshDatabase(target);
  const clock = fixedClock(startAt);
  // Files go to a temporary directory per server, never into the repository's ./data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-test-'));
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir, demoPassword: DEMO_PASSWORD, ...overrides };
  await loadReferenceData(systemContext(database, clock, 'reference-data'));
  await seedDemo(systemContext(database, clock, 'demo-seed'), {
    password: DEMO_PASSWORD,
    production: false,
    keyring: keyringFor(config),
    publicUrl: config.publicUrl,
    exam: options.demoExam ?? false,
    // The earlier exam with its certificates is for a person trying the demo; tests number their own certificates from 000001.
    certificates: options.demoCertificates ?? false,
  });
  const { app, mail } = await createServer(config, clock, database, { logStream: options.logStream });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    database,
    clock,
    config,
    mail,
    client: (options) => new HttpClient(baseUrl, options?.locale),
    as: async (username) => {
      const client = new HttpClient(baseUrl);
      const response = await client.post('/api/v1/auth/login', { username, password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return client;
    },
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
