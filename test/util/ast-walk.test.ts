import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { describe, expect, it } from 'vitest';
import { walkAst } from '../../src/util/ast-walk.js';

const program = (code: string) => parse(code, { sourceType: 'module' }).program;

describe('walkAst', () => {
  it('visits parents before children, in source order', () => {
    const seen: string[] = [];
    walkAst(program('a(b, c); d'), (n) => {
      if (n.type === 'Identifier') seen.push(n.name);
    });
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });

  it("'skip' leaves a node's children out, true stops the walk", () => {
    const skipped: string[] = [];
    walkAst(program('x; function f() { y } z'), (n) => {
      if (n.type === 'FunctionDeclaration') return 'skip';
      if (n.type === 'Identifier') skipped.push(n.name);
    });
    expect(skipped).toEqual(['x', 'z']);
    const stopped: string[] = [];
    walkAst(program('p; q; r'), (n) => {
      if (n.type !== 'Identifier') return;
      stopped.push(n.name);
      return n.name === 'q';
    });
    expect(stopped).toEqual(['p', 'q']);
  });

  it('walks a 100,000-link chain without overflowing the stack', () => {
    const ast = program('a' + '.b'.repeat(100_000));
    let members = 0;
    expect(() =>
      walkAst(ast, (n: t.Node) => {
        if (n.type === 'MemberExpression') members++;
      }),
    ).not.toThrow();
    expect(members).toBe(100_000);
  });
});
