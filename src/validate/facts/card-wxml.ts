import type { Loc } from '../../model/types.js';
import { rootIdentifiers } from '../../wxml/expression.js';
import { mustacheExprs } from '../../wxml/mustache.js';
import type { WxmlDocument, WxmlElement } from '../../wxml/types.js';
import { attr, walkWxml } from '../../wxml/walk.js';

/**
 * Data keys a card's WXML renders: the root identifiers of every `{{ }}`,
 * minus names the template itself binds — `wx:for-item` / `wx:for-index`
 * (default `item` / `index`) inside their loop, `<wxs module>` names — and
 * minus `<template name>` bodies, whose data comes from each use site.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/list.html
 */
export interface DataRef {
  name: string;
  /** First place it is read. */
  loc: Loc;
}

/** Names never looked up in the component's data (the official V011 ignore list). */
export const ALWAYS_BOUND: ReadonlySet<string> = new Set(['item', 'index', 'wx']);

/** Attributes whose value is a name, not an expression. */
const NAME_ATTRS: ReadonlySet<string> = new Set(['wx:for-item', 'wx:for-index', 'wx:key', 'name', 'module']);

export function wxmlDataRefs(doc: WxmlDocument): DataRef[] {
  const modules = new Set<string>();
  walkWxml(doc.children, {
    enter(n) {
      if (n.type === 'element' && n.tag === 'wxs') {
        const m = attr(n, 'module');
        if (m) modules.add(m);
      }
    },
  });
  const refs = new Map<string, DataRef>();
  const locals: string[][] = [];
  const bound = (name: string): boolean => ALWAYS_BOUND.has(name) || modules.has(name) || locals.some((l) => l.includes(name));
  const use = (expr: string, loc: Loc): void => {
    for (const name of rootIdentifiers(expr)) if (!bound(name) && !refs.has(name)) refs.set(name, { name, loc });
  };
  walkWxml(doc.children, {
    enter(n) {
      if (n.type === 'text') {
        for (const e of mustacheExprs(n.text)) use(e, n.loc);
        return;
      }
      // leave() runs for every element, skipped or not: push first.
      locals.push(loopNames(n));
      if (n.tag === 'wxs' || (n.tag === 'template' && attr(n, 'name') !== undefined)) return false;
      for (const a of n.attrs) {
        if (a.value === null || NAME_ATTRS.has(a.name)) continue;
        for (const e of mustacheExprs(a.value)) use(e, a.loc);
      }
    },
    leave() {
      locals.pop();
    },
  });
  return [...refs.values()];
}

function loopNames(el: WxmlElement): string[] {
  if (attr(el, 'wx:for') === undefined && attr(el, 'wx:for-items') === undefined) return [];
  return [attr(el, 'wx:for-item') || 'item', attr(el, 'wx:for-index') || 'index'];
}
