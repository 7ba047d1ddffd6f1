/**
 * Checks, before a long run starts, that the report file can be written: its folder exists
 * and is a folder, the path is not a folder, and the file opens for writing. Nothing is left
 * behind: an existing file is opened without being truncated, a new one is created and removed.
 */
import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './cli-options.js';

/** Throws a {@link UsageError} naming `option` and why `path` cannot be written. */
export function assertWritableFile(option: string, path: string): void {
  const full = resolve(path);
  const folder = dirname(full);
  const folderStat = statSync(folder, { throwIfNoEntry: false });
  if (folderStat === undefined) {
    throw new UsageError(
      `${option} ${JSON.stringify(path)}: the folder ${JSON.stringify(folder)} does not exist.`,
    );
  }
  if (!folderStat.isDirectory()) {
    throw new UsageError(
      `${option} ${JSON.stringify(path)}: ${JSON.stringify(folder)} is not a folder.`,
    );
  }
  const fileStat = statSync(full, { throwIfNoEntry: false });
  if (fileStat?.isDirectory() === true) {
    throw new UsageError(`${option} ${JSON.stringify(path)} is a folder, not a file.`);
  }
  let fd: number;
  try {
    fd = openSync(full, fileStat === undefined ? 'wx' : 'r+');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(
      `${option} ${JSON.stringify(path)} cannot be written${typeof code === 'string' ? ` (${code})` : ''}.`,
    );
  }
  closeSync(fd);
  if (fileStat === undefined) unlinkSync(full);
}
