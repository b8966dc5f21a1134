/**
 * Root-relative POSIX paths. Everything autoskill stores or prints is in this
 * form: no leading '/', no '.', no '..', '/' as the separator.
 */

/** Normalise a POSIX path; returns null when it climbs above its base ('..' past the start). */
export function normalizeRel(p: string): string | null {
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** Join root-relative `base` (a directory) and `spec` ('/x' is root-absolute). Null when escaping the root. */
export function joinRel(baseDir: string, spec: string): string | null {
  if (spec.startsWith('/')) return normalizeRel(spec.slice(1));
  return normalizeRel(baseDir ? `${baseDir}/${spec}` : spec);
}

export function dirnameRel(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

export function basenameRel(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

export function extnameRel(p: string): string {
  const b = basenameRel(p);
  const i = b.lastIndexOf('.');
  return i <= 0 ? '' : b.slice(i);
}

export function stripExt(p: string): string {
  const e = extnameRel(p);
  return e ? p.slice(0, -e.length) : p;
}
