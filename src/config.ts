// One typed table of every setting: key, environment variable, default, and what it is for.
// Parsed once at start; the README's configuration table lists the same rows.

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  embeddedPostgresUser: string;
  jwtSecret: string | undefined;
  jwtExpiresInSeconds: number;
  sessionDays: number;
  logLevel: string;
  defaultPageSize: number;
  maxPageSize: number;
  loginAttemptsPerWindow: number;
  loginWindowSeconds: number;
  bodyLimitBytes: number;
  orderExpiryMinutes: number;
  publicCacheMegabytes: number;
  exportRetentionDays: number;
  taskStallSeconds: number;
  publicUrl: string | undefined;
  sitegenConcurrency: number;
  sitegenTimeLimitSeconds: number;
  sitegenRetentionDays: number;
  sitegenMaxWaiting: number;
  sitegenMaxUploadMegabytes: number;
  sitegenAllowPrivateUrls: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
}

type Parser = (raw: string, name: string) => unknown;

const int: Parser = (raw, name) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
};
const str: Parser = (raw) => raw;
const bool: Parser = (raw, name) => {
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be 1 or 0, got "${raw}"`);
};
const positive: Parser = (raw, name) => {
  const value = int(raw, name) as number;
  if (value < 1) throw new Error(`${name} must be at least 1, got "${raw}"`);
  return value;
};

interface Setting {
  key: keyof Config;
  env: string;
  default: string | undefined;
  parse: Parser;
  doc: string;
}

export const settings: Setting[] = [
  { key: 'port', env: 'PORT', default: '3000', parse: int, doc: 'HTTP port' },
  { key: 'host', env: 'HOST', default: '127.0.0.1', parse: str, doc: 'Interface to listen on (0.0.0.0 for all)' },
  { key: 'dataDir', env: 'DATA_DIR', default: './data', parse: str, doc: 'Embedded database, generated secret and stored files' },
  { key: 'databaseUrl', env: 'DATABASE_URL', default: undefined, parse: str, doc: 'PostgreSQL URL; when set, the embedded database is not used' },
  { key: 'embeddedPostgresUser', env: 'EMBEDDED_POSTGRES_USER', default: 'convene', parse: str, doc: 'System user the embedded PostgreSQL server runs as when Convene runs as root (created when missing)' },
  { key: 'jwtSecret', env: 'JWT_SECRET', default: undefined, parse: str, doc: 'Token signing secret; generated once and kept in DATA_DIR/jwt-secret when unset' },
  { key: 'jwtExpiresInSeconds', env: 'JWT_EXPIRES_IN', default: '86400', parse: int, doc: 'Access token lifetime in seconds' },
  { key: 'sessionDays', env: 'SESSION_DAYS', default: '30', parse: positive, doc: 'A browser login lasts this many days after its last use' },
  { key: 'logLevel', env: 'LOG_LEVEL', default: 'info', parse: str, doc: 'pino level: fatal, error, warn, info, debug, trace, silent' },
  { key: 'defaultPageSize', env: 'PAGE_SIZE_DEFAULT', default: '20', parse: int, doc: 'page[size] when a list request gives none' },
  { key: 'maxPageSize', env: 'PAGE_SIZE_MAX', default: '5000', parse: int, doc: 'Largest page served; page[size]=0 ("all") and larger sizes are capped to it' },
  { key: 'loginAttemptsPerWindow', env: 'LOGIN_RATE_LIMIT', default: '10', parse: int, doc: 'Failed-or-not login attempts allowed per e-mail and per IP in one window' },
  { key: 'loginWindowSeconds', env: 'LOGIN_RATE_WINDOW', default: '60', parse: int, doc: 'Length of the login rate-limit window in seconds' },
  { key: 'orderExpiryMinutes', env: 'ORDER_EXPIRY_MINUTES', default: '15', parse: int, doc: 'Unpaid (initializing) orders expire after this many minutes; pending ones 30 minutes later' },
  { key: 'publicCacheMegabytes', env: 'PUBLIC_CACHE_MB', default: '64', parse: int, doc: 'Memory per process for serialized anonymous list responses (0 turns the cache off)' },
  { key: 'exportRetentionDays', env: 'EXPORT_RETENTION_DAYS', default: '7', parse: int, doc: 'Export files (DATA_DIR/exports) are deleted this many days after their task finished' },
  { key: 'taskStallSeconds', env: 'TASK_STALL_SECONDS', default: '30', parse: int, doc: 'A running task whose worker sent no heartbeat for this long is taken as crashed and queued again' },
  { key: 'publicUrl', env: 'PUBLIC_URL', default: undefined, parse: str, doc: 'Address people reach the server at, for links in e-mails; http://HOST:PORT when unset' },
  { key: 'sitegenConcurrency', env: 'SITEGEN_CONCURRENCY', default: '1', parse: positive, doc: 'Site builds run at once: 1 is global across every process (first come, first served); above 1 it is per process' },
  { key: 'sitegenTimeLimitSeconds', env: 'SITEGEN_TIME_LIMIT_SECONDS', default: '300', parse: positive, doc: 'A site build still running after this long is stopped and fails; the queue moves on' },
  { key: 'sitegenRetentionDays', env: 'SITEGEN_RETENTION_DAYS', default: '3', parse: int, doc: 'Built sites (preview and zip, DATA_DIR/site-builds) are deleted this many days after the build ended' },
  { key: 'sitegenMaxWaiting', env: 'SITEGEN_MAX_WAITING', default: '3', parse: positive, doc: 'Site builds one user (or, without login, one address) may have waiting at once' },
  { key: 'sitegenMaxUploadMegabytes', env: 'SITEGEN_MAX_UPLOAD_MB', default: '64', parse: positive, doc: 'Largest uploaded event zip in MB' },
  { key: 'sitegenAllowPrivateUrls', env: 'SITEGEN_ALLOW_PRIVATE_URLS', default: '0', parse: bool, doc: 'Let site builds fetch Open Event APIs on loopback and private addresses (1 on a trusted network only)' },
  { key: 'smtpUrl', env: 'SMTP_URL', default: undefined, parse: str, doc: 'SMTP server for mail (smtp://user:pass@host:587); unset: mails are written to DATA_DIR/outbox' },
  { key: 'mailFrom', env: 'MAIL_FROM', default: 'Convene <convene@localhost>', parse: str, doc: 'Sender of mails' },
  { key: 'bodyLimitBytes', env: 'BODY_LIMIT', default: '1048576', parse: int, doc: 'Largest accepted JSON request body in bytes' },
];

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config: Record<string, unknown> = {};
  for (const setting of settings) {
    const raw = env[setting.env] === '' ? undefined : env[setting.env] ?? setting.default;
    config[setting.key] = raw === undefined ? undefined : setting.parse(raw, setting.env);
  }
  return { ...(config as unknown as Config), ...overrides };
}

/** Where links in mails point: PUBLIC_URL, or the address the server listens on. No trailing slash. */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  return (config.publicUrl ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`).replace(/\/+$/, '');
}
