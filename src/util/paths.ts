/**
 * Root-relative POSIX paths. Everything autoskill stores or prints is in this
 * form: no leading '/', no '.', no '..', '/' as the separator.
 */

/** Normalise a POSIX path; returns null when it climbs above its base ('..' past the start). */
export function normalizeRel(p: string): string | null {
  // Most paths asked for are already normal (the VFS is asked for what it answered before): say so without splitting.
  if (isNormal(p)) return p;
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

/** No backslash, no empty, `.` or `..` segment: `normalizeRel` would return `p` itself. */
function isNormal(p: string): boolean {
  let segStart = 0;
  for (let i = 0; i <= p.length; i++) {
    const c = i < p.length ? p.charCodeAt(i) : 47; /* end of input ends a segment like '/' */
    if (c === 92 /* \\ */) return false;
    if (c !== 47 /* / */) continue;
    const len = i - segStart;
    if (len === 0 && p.length > 0) return false;
    if (p.charCodeAt(segStart) === 46 /* . */ && (len === 1 || (len === 2 && p.charCodeAt(segStart + 1) === 46))) return false;
    segStart = i + 1;
  }
  return true;
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
