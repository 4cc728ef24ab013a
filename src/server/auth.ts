import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Pool } from 'pg';
import type { Role, SessionUser } from '../shared/sync/protocol';
import { HttpError } from './http-error';

/**
 * People sign in with a name and a password (kept as an Argon2id hash, @node-rs/argon2) and get a
 * session token: 32 random bytes, of which the database keeps only the SHA-256. Every request but
 * sign-in carries the token (`Authorization: Bearer …`): a hash lookup, not an Argon2 verification,
 * so that checking each of thousands of pushes costs nothing.
 */

export interface Caller extends SessionUser {
  id: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function createUser(pool: Pool, user: { name: string; role: Role; password: string }): Promise<void> {
  const found = await pool.query('SELECT 1 FROM users WHERE name = $1', [user.name]);
  if (found.rowCount) throw new HttpError(409, `there is already a person called ${user.name}`);
  await pool.query('INSERT INTO users (name, role, password_hash) VALUES ($1, $2, $3)', [user.name, user.role, await hashPassword(user.password)]);
}

/** A new session for a name and password, or null when they do not match (which of the two is not said). */
export async function signIn(pool: Pool, name: string, password: string): Promise<{ token: string; user: Caller } | null> {
  const r = await pool.query<{ id: number; name: string; role: Role; password_hash: string }>(
    'SELECT id, name, role, password_hash FROM users WHERE name = $1',
    [name],
  );
  const row = r.rows[0];
  const ok = row ? await verify(row.password_hash, password).catch(() => false) : false;
  if (!row || !ok) return null;
  const token = randomBytes(32).toString('base64url');
  await pool.query('INSERT INTO sessions (token_hash, user_id) VALUES ($1, $2)', [sha256(token), row.id]);
  return { token, user: { id: row.id, name: row.name, role: row.role } };
}

export async function signOut(pool: Pool, token: string): Promise<void> {
  await pool.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}

/** The bearer token of a request's Authorization header, if it has one. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1] : null;
}

/** The person a token belongs to, or null (no such session, or the person was removed). */
export async function callerOf(pool: Pool, token: string): Promise<Caller | null> {
  const r = await pool.query<Caller>('SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1', [sha256(token)]);
  return r.rows[0] ?? null;
}

/** Refuses the request unless the caller has one of the roles. */
export function requireRole(caller: Caller, roles: Role[], what: string): void {
  if (!roles.includes(caller.role)) throw new HttpError(403, `only ${roles.map((r) => `a ${r}`).join(' or ')} may ${what}`);
}

/** On the first start: a lead to begin with, whose password is given or made up and printed once. */
export async function ensureLead(pool: Pool, name: string, password: string | undefined): Promise<{ created: boolean; password?: string }> {
  const count = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if (count.rows[0].n > 0) return { created: false };
  const chosen = password ?? randomBytes(12).toString('base64url');
  await createUser(pool, { name, role: 'lead', password: chosen });
  return { created: true, password: password ? undefined : chosen };
}
