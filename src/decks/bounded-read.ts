// Reading a file that a player or a designer points the game at (a save, its backup, a deck, the
// tutorial's progress): only a regular file, only up to a size limit, both checked on the open
// file before any byte is read. A link to /dev/zero once grew to 4 GB under `replay --verify`,
// and a FIFO hung `saves`, `resume`, `deck validate` and the main menu.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export class FileReadError extends Error {
  override readonly name = 'FileReadError';
  constructor(
    /** `notRegular`: a folder, a device, a pipe or a socket. `tooLarge`: over the limit. Else the system's code (ENOENT, EACCES...). */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Opening a FIFO for reading waits for a writer; non-blocking, it returns at once and fstat says what it is.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path`, refused (FileReadError) when it is not one or is over
 * `maxBytes`; with `truncate`, an oversized file gives its first maxBytes + 1 bytes instead (for
 * a caller that words "too large" itself).
 */
export function readBoundedFile(path: string, maxBytes: number, options: { truncate?: boolean } = {}): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new FileReadError(code, `${path} cannot be read (${code})`);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new FileReadError('EISDIR', `${path} is a folder, not a file`);
    if (!info.isFile()) throw new FileReadError('notRegular', `${path} is not a regular file (a device, a pipe or a socket)`);
    if (info.size > maxBytes && !options.truncate) throw new FileReadError('tooLarge', `${path} is larger than ${maxBytes} bytes`);
    // One byte past the limit: a file that grew since fstat is refused too.
    const buffer = Buffer.alloc(Math.min(maxBytes, info.size) + 1);
    let length = 0;
    while (length < buffer.length) {
      let n: number;
      try {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
        throw new FileReadError(code, `${path} cannot be read (${code})`);
      }
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes && !options.truncate) throw new FileReadError('tooLarge', `${path} is larger than ${maxBytes} bytes`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Nesting of JSON arrays and objects a game file may have: a save is 4 deep. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether `text` nests arrays and objects deeper than `max`, counted without parsing (brackets
 * inside strings do not count), so a crafted file of millions of `[` is refused in one pass.
 */
export function jsonTooDeep(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
