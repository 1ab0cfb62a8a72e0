import path from 'node:path';
import { systemActor } from '@jiping/domain';
import { localFileStore } from './platform/files/file-store.ts';
import { loadKeyring } from './platform/crypto/keyring.ts';
import { mailSenderFrom } from './platform/mail/mail-sender.ts';
import { smsSenderFrom } from './platform/sms/sms-sender.ts';
import type { MailWaker } from './platform/mail/mail-dispatcher.ts';
import type { Config } from './platform/config.ts';
import type { Clock } from './platform/clock.ts';
import type { ServiceContext } from './platform/context.ts';
import { openDatabase, type Database } from './platform/db/client.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { buildApp, type AppDeps } from './platform/http/app.ts';
import { loadReferenceData } from './seed/reference-data.ts';
import { seedDemo } from './seed/demo.ts';
import { MODULES } from './modules/index.ts';
import { sealContactPhones } from './modules/organizations/index.ts';

/** A context for jobs, seeds and the CLI; with `mail`, e-mail written by the job is delivered right after its commit. */
export function systemContext(database: Database, clock: Clock, job: string, mail?: MailWaker): ServiceContext {
  return { actor: systemActor(job), db: database.db, requestId: null, now: () => clock.now(), locale: 'zh-CN', ...(mail ? { mail } : {}) };
}

/** Opens and migrates the database, loads reference data and (when enabled) the demo. */
export async function prepareDatabase(config: Config, clock: Clock, { demo = config.demo } = {}) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migrations = await migrateDatabase(database);
    await sealContactPhones(systemContext(database, clock, 'seal-contact-phones'), keyringFor(config));
    await loadReferenceData(systemContext(database, clock, 'reference-data'));
    const demoLoaded = demo
      ? await seedDemo(systemContext(database, clock, 'demo-seed'), { password: config.demoPassword, production: config.production, keyring: keyringFor(config), publicUrl: config.publicUrl })
      : false;
    return { database, migrations, demoLoaded };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The keys sealing personal information: configured, or generated once into the data directory. */
export function keyringFor(config: Config) {
  return loadKeyring({ piiKeys: config.piiKeys, blindIndexKey: config.blindIndexKey, signingMasterKey: config.signingMasterKey, dataDir: config.dataDir, production: config.production });
}

export async function createServer(config: Config, clock: Clock, database: Database, options: Pick<AppDeps, 'logStream'> = {}) {
  const keyring = keyringFor(config);
  return buildApp({
    ...options,
    config,
    database,
    clock,
    files: localFileStore(path.join(config.dataDir, 'files')),
    keyring,
    mailSender: mailSenderFrom(config),
    sms: smsSenderFrom(config, database, keyring),
    modules: MODULES,
  });
}
