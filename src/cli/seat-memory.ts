// The seats this machine holds in network games: `join` keeps each seat's token, by address,
// in the saves folder, so that a closed terminal (or a crash) is not the end of the seat:
// `join ADDRESS` again takes it back. The file holds secrets: it is readable by its owner only.
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../store/index.js';

/** Seats kept at most: the newest ones. */
const KEPT = 50;

type Seats = Record<string, { token: string; at: string }>;

export function seatFile(saveDir: string): string {
  return join(saveDir, 'network', 'seats.json');
}

function readSeats(file: string): Seats {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Seats) : {};
  } catch {
    // None yet, or unreadable: nothing remembered.
    return {};
  }
}

/** The token of the seat this machine took at `address` (ws://host:port/CODE), if any. */
export function rememberedSeat(saveDir: string, address: string): string | null {
  const token = readSeats(seatFile(saveDir))[address]?.token;
  return typeof token === 'string' && /^[0-9a-f]{32}$/.test(token) ? token : null;
}

/** Keeps a seat's token; returns the problem in words if it could not (the game goes on). */
export function rememberSeat(saveDir: string, address: string, token: string, now: Date): string | null {
  const file = seatFile(saveDir);
  const seats = readSeats(file);
  delete seats[address];
  seats[address] = { token, at: now.toISOString() };
  const newest = Object.entries(seats).slice(-KEPT);
  try {
    // The folder first, owner-only: the file is briefly written with the usual mode before its chmod.
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomic(file, `${JSON.stringify(Object.fromEntries(newest), null, 2)}\n`, { backup: false });
    chmodSync(file, 0o600);
    return null;
  } catch (error) {
    return `the seat's token could not be kept in ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

/** The game codes this machine holds a seat in at a server (ws://host:port), newest last. */
export function rememberedCodes(saveDir: string, url: string): string[] {
  return Object.keys(readSeats(seatFile(saveDir)))
    .filter((key) => key.startsWith(`${url}/`))
    .map((key) => key.slice(url.length + 1));
}
