import path from 'node:path';
import { systemActor } from '@jiping/domain';
import { localFileStore } from './platform/files/file-store.ts';
import { loadKeyring } from './platform/crypto/keyring.ts';
import type { Config } from './platform/config.ts';
import type { Clock } from './platform/clock.ts';
import type { ServiceContext } from './platform/context.ts';
import { openDatabase, type Database } from './platform/db/client.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { buildApp } from './platform/http/app.ts';
import { loadReferenceData } from './seed/reference-data.ts';
import { seedDemo } from './seed/demo.ts';
import { MODULES } from './modules/index.ts';

export function systemContext(database: Database, clock: Clock, job: string): ServiceContext {
  return { actor: systemActor(job), db: database.db, requestId: null, now: () => clock.now(), locale: 'zh-CN' };
}

/** Opens and migrates the database, loads reference data and (when enabled) the demo. */
export async function prepareDatabase(config: Config, clock: Clock, { demo = config.demo } = {}) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migrations = await migrateDatabase(database);
    await loadReferenceData(systemContext(database, clock, 'reference-data'));
    const demoLoaded = demo ? await seedDemo(systemContext(database, clock, 'demo-seed'), { password: config.demoPassword, production: config.production }) : false;
    return { database, migrations, demoLoaded };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function createServer(config: Config, clock: Clock, database: Database) {
  const keyring = loadKeyring({ piiKeys: config.piiKeys, blindIndexKey: config.blindIndexKey, dataDir: config.dataDir, production: config.production });
  return buildApp({ config, database, clock, files: localFileStore(path.join(config.dataDir, 'files')), keyring, modules: MODULES });
}
