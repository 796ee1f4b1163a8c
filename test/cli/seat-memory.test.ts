// join keeps the token of each seat it took, so a closed terminal can take the seat back.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberedSeat, rememberSeat, seatFile } from '../../src/cli/seat-memory.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-seats-'));
  dirs.push(dir);
  return dir;
}
const token = (n: number) => n.toString(16).padStart(32, '0');

describe('the seats this machine holds', () => {
  it('gives back the token kept for an address, and none for another', () => {
    const dir = folder();
    expect(rememberedSeat(dir, 'ws://127.0.0.1:4000/ABCDEFGH')).toBeNull();
    expect(rememberSeat(dir, 'ws://127.0.0.1:4000/ABCDEFGH', token(1), new Date(0))).toBeNull();
    expect(rememberSeat(dir, 'ws://127.0.0.1:4001/ABCDEFGH', token(2), new Date(0))).toBeNull();
    expect(rememberedSeat(dir, 'ws://127.0.0.1:4000/ABCDEFGH')).toBe(token(1));
    expect(rememberedSeat(dir, 'ws://127.0.0.1:4001/ABCDEFGH')).toBe(token(2));
    expect(rememberedSeat(dir, 'ws://127.0.0.1:4002/ABCDEFGH')).toBeNull();
  });

  it('keeps the file readable by its owner only, and the newest 50 seats', () => {
    const dir = folder();
    for (let n = 0; n < 60; n++) rememberSeat(dir, `ws://127.0.0.1:${5000 + n}/ABCDEFGH`, token(n), new Date(n));
    if (process.platform !== 'win32') {
      expect(statSync(seatFile(dir)).mode & 0o077).toBe(0);
      expect(statSync(join(dir, 'network')).mode & 0o077).toBe(0);
    }
    expect(Object.keys(JSON.parse(readFileSync(seatFile(dir), 'utf8')) as object)).toHaveLength(50);
    expect(rememberedSeat(dir, 'ws://127.0.0.1:5000/ABCDEFGH')).toBeNull();
    expect(rememberedSeat(dir, 'ws://127.0.0.1:5059/ABCDEFGH')).toBe(token(59));
  });

  it('reads a damaged file as no seats, and a token of the wrong shape as none', () => {
    const dir = folder();
    mkdirSync(join(dir, 'network'));
    writeFileSync(seatFile(dir), '{ not json');
    expect(rememberedSeat(dir, 'ws://127.0.0.1:4000/ABCDEFGH')).toBeNull();
    writeFileSync(seatFile(dir), JSON.stringify({ 'ws://127.0.0.1:4000/ABCDEFGH': { token: '../../etc' } }));
    expect(rememberedSeat(dir, 'ws://127.0.0.1:4000/ABCDEFGH')).toBeNull();
  });
});
