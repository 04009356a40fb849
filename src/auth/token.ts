// Access tokens (JWT, HS256) and the secret they are signed with: JWT_SECRET, or one generated on first start
// and kept in DATA_DIR so tokens survive a restart.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createSigner, createVerifier } from 'fast-jwt';

export interface TokenService {
  sign(userId: number): string;
  /** The user id in a valid token, or undefined. */
  verify(token: string): number | undefined;
}

export function resolveJwtSecret(configured: string | undefined, dataDir: string | undefined): string {
  if (configured) return configured;
  if (!dataDir) return crypto.randomBytes(32).toString('hex');
  const file = path.join(dataDir, 'jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('hex');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

export function createTokenService(secret: string, expiresInSeconds: number): TokenService {
  const signer = createSigner({ key: secret, algorithm: 'HS256', expiresIn: expiresInSeconds * 1000 });
  const verifier = createVerifier({ key: secret, algorithms: ['HS256'], cache: 1000 });
  return {
    sign: (userId) => signer({ sub: String(userId), identity: userId }),
    verify: (token) => {
      try {
        const payload = verifier(token) as { sub?: string };
        const id = Number(payload.sub);
        return Number.isInteger(id) && id > 0 ? id : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Accepts `Bearer <t>` and the original's `JWT <t>`. */
export function tokenFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(Bearer|JWT)\s+(\S+)$/i.exec(header.trim());
  return match?.[2];
}
