import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseEventAttr, parseModelAttr, readEventBinding, readHandlerValue } from '../../src/wxml/event-binding.js';
import { at, codes } from './helpers.js';

describe('parseEventAttr: the prefix grammar', () => {
  it.each([
    ['bindtap', 'tap', 'bind'],
    ['bind:tap', 'tap', 'bind'],
    ['catchtouchmove', 'touchmove', 'catch'],
    ['catch:submit', 'submit', 'catch'],
    ['capture-bind:touchstart', 'touchstart', 'capture-bind'],
    ['capture-bindtouchstart', 'touchstart', 'capture-bind'],
    ['capture-catch:touchstart', 'touchstart', 'capture-catch'],
    ['mut-bind:tap', 'tap', 'mut-bind'],
    ['mut-bindtap', 'tap', 'mut-bind'],
    ['capture-mut-bind:tap', 'tap', 'capture-mut-bind'],
    ['bindgetphonenumber', 'getphonenumber', 'bind'],
    ['bind:my-event', 'my-event', 'bind'],
    ['bindchooseavatar', 'chooseavatar', 'bind'],
    // WeChat's rule: any bind<name> is an event binding, so a custom component's `binding` attribute binds "ing".
    ['binding', 'ing', 'bind'],
  ])('%s → %s', (name, event, prefix) => {
    expect(parseEventAttr(name)).toEqual({ event, binding: name, prefix });
  });

  it.each(['bind', 'bind:', 'catch:', 'class', 'data-bindtap', 'model:value', 'mark:id', 'bind:a:b', 'wx:if', 'capture-bind'])(
    '%s is not a binding',
    (name) => {
      expect(parseEventAttr(name)).toBeNull();
    },
  );
});

describe('readHandlerValue', () => {
  it.each([
    ['onBuy', { handler: 'onBuy' }],
    ['  onBuy \n', { handler: 'onBuy' }],
    ['', { handler: null }],
    [null, { handler: null }],
    ['{{ handler }}', { handler: null, dynamicExpr: 'handler', candidates: [] }],
    ["{{ flag ? 'onA' : 'onB' }}", { handler: null, dynamicExpr: "flag ? 'onA' : 'onB'", candidates: ['onA', 'onB'] }],
    ["on{{ ok ? 'Yes' : 'No' }}", { handler: null, dynamicExpr: "on{{ ok ? 'Yes' : 'No' }}", candidates: ['onYes', 'onNo'] }],
    ['{{a}}{{b}}', { handler: null, dynamicExpr: '{{a}}{{b}}', candidates: [] }],
  ] as const)('%j', (value, want) => {
    expect(readHandlerValue(value)).toEqual(want);
  });

  it('a WXS function handler names its module', () => {
    expect(readHandlerValue('{{ m.onTap }}', new Set(['m']))).toEqual({ handler: null, dynamicExpr: 'm.onTap', candidates: [], wxsModule: 'm' });
  });
});

describe('parseModelAttr', () => {
  it.each([
    ['model:value', '{{ phone }}', { prop: 'value', key: 'phone' }],
    ['model:checked', '{{agree}}', { prop: 'checked', key: 'agree' }],
    ['model:value', 'static', { prop: 'value', key: null }],
    ['model:', '{{x}}', null],
    ['value', '{{x}}', null],
  ])('%s="%s"', (name, value, want) => {
    expect(parseModelAttr(name, value)).toEqual(want);
  });
});

describe('readEventBinding diagnostics', () => {
  const loc = at(3, 7);
  it.each([
    ['bindtap', '', [{ code: 'WXML_EMPTY_HANDLER', loc }]],
    ['catchtap', null, [{ code: 'WXML_EMPTY_HANDLER', loc }]],
    ['bind:tap', "{{ a ? 'x' : 'y' }}", [{ code: 'WXML_DYNAMIC_HANDLER', loc }]],
    ['bindtap', '{{ m.tap }}', []],
    ['bindtap', 'onTap', []],
  ])('%s="%s"', (name, value, want) => {
    const bag = new DiagnosticBag();
    readEventBinding({ name, value, loc }, bag, new Set(['m']));
    expect(codes(bag)).toEqual(want);
  });

  it('the dynamic-handler message lists the candidates', () => {
    const bag = new DiagnosticBag();
    readEventBinding({ name: 'bindtap', value: "{{ a ? 'x' : 'y' }}", loc }, bag);
    expect(bag.items[0]!.message).toContain('x, y');
  });
});
