/**
 * How deeply a script nests brackets — `(`, `[`, `{` and template `${` —
 * outside strings and comments, found with a single linear scan.
 *
 * Why: Babel parses recursively, so on hostile nesting it runs out of stack,
 * and where exactly depends on how deep the caller's stack is and on how far
 * V8 has optimised the parser (optimised frames are smaller). The same file
 * could parse on a warm run and overflow on a cold one, and the output would
 * change from run to run. Refusing files past a fixed depth first makes the
 * outcome a function of the text alone.
 *
 * A regular expression literal is scanned as code (telling it from a
 * division needs a parser); a bracket inside one shifts the count by one,
 * which cannot add up to a limit in the hundreds in real code.
 */
export function nestingDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  // Open `${` of template literals, as bracket depths at which their `}` returns to template text.
  const templates: number[] = [];
  let i = 0;
  let overflow = false;
  const n = text.length;
  const skipTemplateText = (): void => {
    // Inside a template literal: up to the closing backtick or the next `${`.
    while (i < n) {
      const c = text[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') return void i++;
      else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        templates.push(++depth);
        overflow ||= depth > limit;
        return;
      } else i++;
    }
  };
  while (i < n && !overflow) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '`') {
      i++;
      skipTemplateText();
    } else if (c === '(' || c === '[' || c === '{') {
      overflow = ++depth > limit;
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      i++;
      if (c === '}' && templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        depth--;
        skipTemplateText();
      } else if (depth > 0) depth--;
    } else i++;
  }
  return overflow;
}
