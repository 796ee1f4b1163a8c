// What `host` and `serve` share about listening: the numbers they read, the machine's LAN
// addresses for --lan, and why a port could not be opened, in the player's language.
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { createSecureContext } from 'node:tls';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { UserError } from './errors.js';

export function wholeNumber(value: string, option: string, min: number, max: number, lang: Lang): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(t(lang, 'cli.play.badNumber', { option, value, min, max }));
  }
  return n;
}

/** The machine's addresses another computer could reach (IPv4, not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => (a as { address: string }).address);
}

export function listenProblem(error: NodeJS.ErrnoException, lang: Lang): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return t(lang, 'cli.listen.inUse');
    case 'EACCES':
      return t(lang, 'cli.listen.denied');
    case 'EADDRNOTAVAIL':
      return t(lang, 'cli.listen.noAddress');
    default:
      return error.code ?? error.message;
  }
}

/** --tls-cert and --tls-key read and checked (a PEM certificate and its key), or undefined when
 * neither is given; anything else is one line. */
export function tlsFiles(certFile: string | undefined, keyFile: string | undefined, lang: Lang): { cert: Buffer; key: Buffer } | undefined {
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) throw new UserError(t(lang, 'cli.serve.tlsBoth'));
  const read = (file: string): Buffer => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new UserError(t(lang, 'cli.serve.tlsRead', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
  };
  const cert = read(certFile);
  const key = read(keyFile);
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new UserError(t(lang, 'cli.serve.tlsBad', { cert: certFile, key: keyFile, code: (error as NodeJS.ErrnoException).code ?? 'TLS' }));
  }
  return { cert, key };
}
