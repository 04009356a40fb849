// One typed table of every setting: key, environment variable, default, and what it is for.
// Parsed once at start; the README's configuration table lists the same rows.

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  jwtSecret: string | undefined;
  jwtExpiresInSeconds: number;
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
}

type Parser = (raw: string, name: string) => unknown;

const int: Parser = (raw, name) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
};
const str: Parser = (raw) => raw;

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
  { key: 'jwtSecret', env: 'JWT_SECRET', default: undefined, parse: str, doc: 'Token signing secret; generated once and kept in DATA_DIR/jwt-secret when unset' },
  { key: 'jwtExpiresInSeconds', env: 'JWT_EXPIRES_IN', default: '86400', parse: int, doc: 'Access token lifetime in seconds' },
  { key: 'logLevel', env: 'LOG_LEVEL', default: 'info', parse: str, doc: 'pino level: fatal, error, warn, info, debug, trace, silent' },
  { key: 'defaultPageSize', env: 'PAGE_SIZE_DEFAULT', default: '20', parse: int, doc: 'page[size] when a list request gives none' },
  { key: 'maxPageSize', env: 'PAGE_SIZE_MAX', default: '5000', parse: int, doc: 'Largest page served; page[size]=0 ("all") and larger sizes are capped to it' },
  { key: 'loginAttemptsPerWindow', env: 'LOGIN_RATE_LIMIT', default: '10', parse: int, doc: 'Failed-or-not login attempts allowed per e-mail and per IP in one window' },
  { key: 'loginWindowSeconds', env: 'LOGIN_RATE_WINDOW', default: '60', parse: int, doc: 'Length of the login rate-limit window in seconds' },
  { key: 'orderExpiryMinutes', env: 'ORDER_EXPIRY_MINUTES', default: '15', parse: int, doc: 'Unpaid (initializing) orders expire after this many minutes; pending ones 30 minutes later' },
  { key: 'publicCacheMegabytes', env: 'PUBLIC_CACHE_MB', default: '64', parse: int, doc: 'Memory per process for serialized anonymous list responses (0 turns the cache off)' },
  { key: 'exportRetentionDays', env: 'EXPORT_RETENTION_DAYS', default: '7', parse: int, doc: 'Export files (DATA_DIR/exports) are deleted this many days after their task finished' },
  { key: 'taskStallSeconds', env: 'TASK_STALL_SECONDS', default: '30', parse: int, doc: 'A running task whose worker sent no heartbeat for this long is taken as crashed and queued again' },
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
