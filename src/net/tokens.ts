// Secrets of a networked game: a seat's token (128 random bits: it is the seat's only key, so
// it must be unguessable) and the invite code (short, to be read aloud or typed; it only opens
// the free seat, so it needs to be hard to stumble on, not to brute-force: the server closes a
// connection after a wrong code).
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function seatToken(): string {
  return randomBytes(16).toString('hex');
}

// No 0/O, 1/I/L: read aloud or copied from a screen, the code survives.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function inviteCode(length = 8): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  return code;
}

/** Compares two secrets in a time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
