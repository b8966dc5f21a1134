import fs from 'node:fs';

/** What a path on the real file system is: a directory, a file, or nothing usable. */
export function statKind(p: string): 'file' | 'dir' | null {
  try {
    const st = fs.statSync(p);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}
