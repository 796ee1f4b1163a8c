// Writing a file so that a crash, a power cut or `kill -9` at any instant leaves either the old
// content or the new one, never a mix: write a temporary file in the same folder, flush it to
// disk, then rename it over the target (an atomic replace on POSIX and on NTFS). The previous
// content is kept as `<file>.bak` first, also by an atomic rename.
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const BACKUP_SUFFIX = '.bak';
const TEMP_SUFFIX = '.tmp';

export function backupPath(file: string): string {
  return file + BACKUP_SUFFIX;
}

/** Whether a file name is one of the temporary files a write leaves behind when it is killed. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** Tells this program's temporary files from another's writing the same folder at once. */
const WRITER = randomBytes(4).toString('hex');
let counter = 0;

function tempPath(file: string): string {
  counter++;
  return join(dirname(file), `.${basename(file)}.${WRITER}.${counter}${TEMP_SUFFIX}`);
}

/** Windows may refuse a rename for a moment while an antivirus or indexer holds the file. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      // A short synchronous pause: the save must be on disk before the game goes on.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

function writeAndFlush(path: string, text: string, flush = true): void {
  const fd = openSync(path, 'w', 0o644);
  try {
    const data = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    if (flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Make the renames themselves durable. Directories cannot be opened this way on Windows: skip. */
function flushFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows, some network file systems): the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Replace `<file>.bak` by the current content of `file`, atomically: a hard link costs no copy;
 * where links are not supported (FAT, some shares) a copy does the same job. */
function keepBackup(file: string): void {
  const staging = tempPath(backupPath(file));
  try {
    linkSync(file, staging);
  } catch {
    copyFileSync(file, staging);
  }
  renameWithRetry(staging, backupPath(file));
}

export interface AtomicWriteOptions {
  /** Keep the content being replaced as `<file>.bak` (default true). */
  backup?: boolean;
  /** Flush the file and the folder to the disk before returning (default true). False still
   * survives a killed process (the kernel has the data), not a power cut: for a server writing
   * many games a second, where a flush a move would stall every game. */
  flush?: boolean;
}

export function writeFileAtomic(file: string, text: string, options: AtomicWriteOptions = {}): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = tempPath(file);
  try {
    writeAndFlush(temp, text, options.flush !== false);
    if (options.backup !== false && existsSync(file)) keepBackup(file);
    renameWithRetry(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  if (options.flush !== false) flushFolder(dir);
}

/** writeFileAtomic off the event loop, for a server with many games: the same temporary file,
 * backup and rename, in the thread pool. Writes to one file must not overlap (the caller queues). */
export async function writeFileAtomicAsync(file: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = tempPath(file);
  try {
    const handle = await open(temp, 'w', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      if (options.flush !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup !== false && existsSync(file)) {
      const staging = tempPath(backupPath(file));
      try {
        await link(file, staging);
      } catch {
        copyFileSync(file, staging);
      }
      await rename(staging, backupPath(file));
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (options.flush !== false) flushFolder(dir);
}
