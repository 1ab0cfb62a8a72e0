import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from './platform/config.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase, rows } from './platform/db/client.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { verifyAuditChain } from './platform/audit/verify-audit-chain.ts';
import { translate } from './platform/i18n/messages.ts';
import { createServer, keyringFor, prepareDatabase, systemContext } from './boot.ts';
import { DEMO_ACCOUNTS, seedDemo } from './seed/demo.ts';
import { demoCertificateHints, type DemoCertificateHint } from './seed/demo-certificates.ts';
import { JOBS, startScheduler, type JobName } from './jobs/index.ts';
import { createMailDispatcher } from './platform/mail/mail-dispatcher.ts';
import { mailSenderFrom } from './platform/mail/mail-sender.ts';
import { verifyCommand } from './verify-command.ts';
import { drawVerifyCommand } from './draw-verify-command.ts';

const HELP = `技评 Jiping 命令行 (npx jiping <command>)

  serve            启动服务（默认）          start the platform (default)
  migrate          应用数据库迁移            apply database migrations
  seed             加载演示数据              load the demo data
  audit verify     核验审计哈希链            verify the audit hash chain (exit 1 if broken)
  jobs run <name>  立即执行定时任务          run a scheduled job now (filing-expiry, interrupted-imports, results-final, interrupted-score-imports, seal-credentials, national-export, appointment-expiry, inspection-draws, mail)
  sql "<SQL>"      执行一条 SQL（运维用）    run one SQL statement (maintenance)
  verify <file> [--city-jwks <file|url>] [--status <file|url>]
                   离线核验证书凭证（下载的凭证文件或 JWS）；有效退出码 0，否则 1
                   verify a certificate credential (downloaded bundle or bare JWS); exit 0 valid, 1 otherwise
  draw verify <file>
                   离线复核双随机抽取记录（draw-<编号>.json）；一致退出码 0，否则 1
                   re-run a published random-inspection draw record offline; exit 0 when it matches, 1 otherwise
  help             显示本帮助                this help

环境变量 Environment: PORT, DATABASE_URL, JIPING_DATA_DIR, JIPING_PUBLIC_URL, JIPING_DEMO, JIPING_DEMO_PASSWORD, JIPING_SMTP_URL, JIPING_MAIL_FROM, LOG_LEVEL`;

const MAIL_POLL_MS = 60_000;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: { 'city-jwks': { type: 'string' }, status: { type: 'string' } } });
  const [command = 'serve', ...rest] = positionals;
  // Verification needs no database and no configuration: it runs on a verifier's own machine.
  if (command === 'draw' && rest[0] === 'verify') return drawVerifyCommand(rest[1]);
  if (command === 'verify') return verifyCommand(rest[0], { cityJwks: values['city-jwks'] as string | undefined, status: values.status as string | undefined });
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate':
      return migrate(config);
    case 'seed':
      return seed(config);
    case 'audit':
      if (rest[0] === 'verify') return auditVerify(config);
      break;
    case 'jobs':
      if (rest[0] === 'run' && rest[1]) return runJob(config, rest[1]);
      break;
    case 'sql':
      if (rest[0]) return runSql(config, rest.join(' '));
      break;
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
  }
  console.error(`未知命令 unknown command: ${[command, ...rest].join(' ')}\n\n${HELP}`);
  return 2;
}

async function serve(config: Config): Promise<number> {
  const { database, migrations, demoLoaded } = await prepareDatabase(config, systemClock);
  const { app, mail } = await createServer(config, systemClock, database);
  // Before the first request: an import this database says is running but no live process owns
  // was cut off by a stop or crash, and the clerk should read that at once.
  await JOBS['interrupted-imports']({ database, clock: systemClock, mail });
  await JOBS['interrupted-score-imports']({ database, clock: systemClock, mail });
  const stopJobs = startScheduler({ database, clock: systemClock, mail, signing: { keyring: keyringFor(config), publicUrl: config.publicUrl } }, app.log);
  // Mail normally leaves right after the commit that wrote it; the poll picks up retries as they
  // come due. Closing the app stops it.
  mail.startPolling(MAIL_POLL_MS);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    stopJobs();
    // Stop accepting, let in-flight requests finish, then close the database cleanly.
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const where = `http://localhost:${config.port}`;
  console.log(`\n技评 Jiping 已启动 running at ${where}  (数据库 database: ${database.kind} ${database.location}, ${migrations} migrations)`);
  console.log(`  API 文档 docs: ${where}/api/docs    健康检查 health: ${where}/api/health`);
  if (config.demo) printDemoAccounts(config, demoLoaded, await demoCertificateHints(systemContext(database, systemClock, 'demo-hints')), config.publicUrl);
  return new Promise<number>(() => {});
}

/** Who holds each demo certificate once their identity is linked (README, "Certificates"). */
const DEMO_HOLDERS: Record<string, string> = {
  陈静: 'candidate-1 认领身份（短信验证码）后 after claiming her identity by SMS code',
  赵敏: 'candidate-4 认领身份（现场核验）后 after confirmation in person',
};

function printDemoAccounts(config: Config, justLoaded: boolean, certificates: DemoCertificateHint[], where: string) {
  const password = config.demoPasswordIsDefault ? config.demoPassword : '（JIPING_DEMO_PASSWORD 所设 / as set in JIPING_DEMO_PASSWORD）';
  console.log(`\n演示账号 Demo accounts${justLoaded ? '（已加载 just loaded）' : ''} — 密码 password: ${password}`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.username.padEnd(20)} ${account.displayName}`);
  if (certificates.length) {
    console.log(`\n演示证书 Demo certificates（车工 五级，浦江精密发证）— 核验 verify: ${where}/verify/<证书编号 number>`);
    for (const c of certificates) {
      const status = c.status === 'valid' ? '有效 valid  ' : c.status === 'revoked' ? '已撤销 revoked' : c.status;
      const holder = DEMO_HOLDERS[c.holderName] ?? '';
      console.log(`  ${c.number}  ${c.holderName}  ${status}${holder ? `  ${holder}` : ''}${c.revocationReason ? `  ${c.revocationReason}` : ''}`.trimEnd());
    }
  }
  console.log('');
}

async function migrate(config: Config): Promise<number> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const count = await migrateDatabase(database);
    console.log(`数据库已是最新 database up to date: ${count} migrations applied (${database.kind})`);
    return 0;
  } finally {
    await database.close();
  }
}

async function seed(config: Config): Promise<number> {
  const { database, demoLoaded } = await prepareDatabase(config, systemClock, { demo: false });
  try {
    const loaded =
      demoLoaded ||
      (await seedDemo(systemContext(database, systemClock, 'demo-seed'), { password: config.demoPassword, production: config.production, keyring: keyringFor(config), publicUrl: config.publicUrl }));
    console.log(loaded ? '演示数据已加载 demo data loaded' : '演示数据此前已加载 demo data was already loaded');
    printDemoAccounts(config, loaded, await demoCertificateHints(systemContext(database, systemClock, 'demo-hints')), config.publicUrl);
    return 0;
  } finally {
    await database.close();
  }
}

async function auditVerify(config: Config): Promise<number> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      console.log(translate('audit.ok', 'zh-CN', { checked: String(result.checked) }));
      return 0;
    }
    const broken = result.firstBroken!;
    const params = { seq: String(broken.seq) };
    console.error(`审计链断裂 AUDIT CHAIN BROKEN at seq ${broken.seq} (${broken.problem})`);
    console.error(`  ${translate(`audit.${broken.problem}`, 'zh-CN', params)}`);
    console.error(`  ${translate(`audit.${broken.problem}`, 'en-US', params)}`);
    console.error(`  此前 ${result.checked} 条记录完好 (${result.checked} events before it are intact)`);
    return 1;
  } finally {
    await database.close();
  }
}

async function runJob(config: Config, name: string): Promise<number> {
  if (!(name in JOBS)) {
    console.error(`未知任务 unknown job: ${name}（可用 available: ${Object.keys(JOBS).join(', ')}）`);
    return 2;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // Progress goes to stderr: stdout is the job's JSON result.
  const log = { info: (o: object, m: string) => console.error(m, JSON.stringify(o)), error: (o: object, m: string) => console.error(m, o) };
  const mail = createMailDispatcher({ db: database.db, clock: systemClock, sender: mailSenderFrom(config), log });
  try {
    const result = await JOBS[name as JobName]({ database, clock: systemClock, mail, signing: { keyring: keyringFor(config), publicUrl: config.publicUrl } });
    console.log(JSON.stringify(result, null, 2));
    return 0;
  } finally {
    // Mail the job wrote is being delivered: let it finish before the database closes.
    await mail.close();
    await database.close();
  }
}

async function runSql(config: Config, statement: string): Promise<number> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await rows<Record<string, unknown>>(database.db, sql.raw(statement));
    if (result.length) console.table(result);
    else console.log('OK');
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`错误 error: ${error.message}`);
    process.exit(1);
  },
);
