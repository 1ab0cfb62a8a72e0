import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting comes from the environment, read once, validated, with the default a new user
 * needs. Domain rules (deadlines, ratios) are not here: they are dated parameters in the database.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.string().default('development'),
  DATABASE_URL: z.string().optional(),
  JIPING_DATA_DIR: z.string().default('./data'),
  JIPING_PUBLIC_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value), { error: '应为 http(s):// 开头的公开访问地址 (must be an http:// or https:// URL)' }),
  JIPING_DEMO: z.enum(['0', '1']).optional(),
  JIPING_DEMO_PASSWORD: z.string().min(8).default('Jiping@2024'),
  JIPING_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  JIPING_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  JIPING_SESSION_HOURS: z.coerce.number().int().min(1).default(12),
  JIPING_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  JIPING_WEB_DIST: z.string().optional(),
  JIPING_PII_KEYS: z.string().optional(),
  JIPING_BLIND_INDEX_KEY: z.string().optional(),
  JIPING_SIGNING_MASTER_KEY: z.string().optional(),
  JIPING_SMTP_URL: z
    .string()
    .trim()
    .refine((value) => value === '' || /^smtps?:\/\/[^\s]+$/.test(value), { error: '应为 smtp://用户:密码@主机:端口 或 smtps://… (must be an smtp:// or smtps:// URL)' })
    .optional(),
  JIPING_SMS_URL: z
    .string()
    .trim()
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/.test(value), { error: '应为 http(s):// 短信网关地址 (must be an http:// or https:// URL)' })
    .optional(),
  JIPING_SMS_TOKEN: z.string().trim().optional(),
  JIPING_MAIL_FROM: z.string().trim().min(3).default('Jiping 技评 <noreply@jiping.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string | null;
  dataDir: string;
  /**
   * Where the public reaches the platform, without a trailing slash: the address printed in
   * certificate QR codes and written into signed credentials (issuer, status list), so it must
   * be the one phones and verifiers can open.
   */
  publicUrl: string;
  demo: boolean;
  demoPassword: string;
  demoPasswordIsDefault: boolean;
  loginMaxFailures: number;
  loginLockMinutes: number;
  sessionHours: number;
  bodyLimit: number;
  webDist: string;
  /** Personal-information keys; generated into the data directory outside production when absent. */
  piiKeys: string | undefined;
  blindIndexKey: string | undefined;
  /** Seals institutions' signing keys at rest (`JIPING_SIGNING_MASTER_KEY`, base64 of 32 bytes). */
  signingMasterKey: string | undefined;
  /** SMTP server for e-mail notifications (`smtp://user:pass@host:port`); null disables sending. */
  smtpUrl: string | null;
  /** The From header of every e-mail. */
  mailFrom: string;
  /** SMS gateway for verification codes; null: the development outbox (none in production). */
  smsUrl: string | null;
  smsToken: string | null;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
}

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`配置无效 (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    production: e.NODE_ENV === 'production',
    databaseUrl: e.DATABASE_URL?.trim() ? e.DATABASE_URL.trim() : null,
    dataDir: path.resolve(e.JIPING_DATA_DIR),
    publicUrl: (e.JIPING_PUBLIC_URL ?? `http://localhost:${e.PORT || 3000}`).replace(/\/+$/, ''),
    // Demo data is on by default for development and off by default in production, where asking
    // for it explicitly is refused at load time.
    demo: (e.JIPING_DEMO ?? (e.NODE_ENV === 'production' ? '0' : '1')) === '1',
    demoPassword: e.JIPING_DEMO_PASSWORD,
    demoPasswordIsDefault: env.JIPING_DEMO_PASSWORD === undefined,
    loginMaxFailures: e.JIPING_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.JIPING_LOGIN_LOCK_MINUTES,
    sessionHours: e.JIPING_SESSION_HOURS,
    bodyLimit: e.JIPING_BODY_LIMIT,
    webDist: path.resolve(e.JIPING_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist')),
    logLevel: e.LOG_LEVEL,
    piiKeys: e.JIPING_PII_KEYS,
    blindIndexKey: e.JIPING_BLIND_INDEX_KEY,
    signingMasterKey: e.JIPING_SIGNING_MASTER_KEY,
    // Without an SMTP server mail is still written to the outbox and simply waits there: the
    // platform works the same, and mail goes out once a server is configured.
    smtpUrl: e.JIPING_SMTP_URL ? e.JIPING_SMTP_URL : null,
    mailFrom: e.JIPING_MAIL_FROM,
    smsUrl: e.JIPING_SMS_URL ? e.JIPING_SMS_URL : null,
    smsToken: e.JIPING_SMS_TOKEN ? e.JIPING_SMS_TOKEN : null,
  };
}
