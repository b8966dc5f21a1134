import type { Interpreter } from './interpreter.js';
import { UNDEF, constString, native, obj, objectOf, type ObjValue, type Value } from './values.js';

/**
 * mobx-miniprogram-bindings, WeChat's own binding of MobX stores to pages and
 * components (https://github.com/wechat-miniprogram/mobx-miniprogram-bindings).
 * A binding `{ store, fields, actions }` names store actions to become methods
 * of the page (`actions: ['login']`, or an object mapping method names to
 * action names).
 *
 * Modelled (known-libraries.ts) rather than followed: followed as code, its
 * reactions hand the whole store to MobX internals the follower cannot see,
 * and every action of the store then looks called from the page's `onLoad`
 * (a redirect in an auth action the page never calls).
 */
export function storeBindingsModel(ip: Interpreter): ObjValue {
  const noop = native('noop', () => UNDEF);
  // `this.storeBindings = createStoreBindings(this, { store, actions })`: the actions become the page's methods.
  const bind = native('createStoreBindings', (args) => {
    const target = objectOf(args[0] ?? UNDEF);
    const binding = objectOf(args[1] ?? UNDEF);
    if (target && binding) for (const [method, fn] of storeActions(binding)) target.props.set(method, fn);
    return obj([
      ['updateStoreBindings', noop],
      ['destroyStoreBindings', noop],
    ]);
  });
  // `ComponentWithStore({ storeBindings, … })` registers as `Component` does (the instance reads `storeBindings`).
  const register = (kind: 'Component' | 'Behavior') =>
    native(`${kind}WithStore`, (args, _this, site) => {
      const g = ip.globals.get(kind);
      return g ? ip.callValue(g, [args[0] ?? UNDEF], UNDEF, site.node, [], site.file) : UNDEF;
    });
  return obj(
    [
      ['createStoreBindings', bind],
      ['initStoreBindings', bind],
      ['storeBindingsBehavior', obj([], 'behavior')],
      ['ComponentWithStore', register('Component')],
      ['BehaviorWithStore', register('Behavior')],
    ],
    'module',
  );
}

/** A binding's actions as `[method name, store function]`. */
export function storeActions(binding: ObjValue): [string, Value][] {
  const store = objectOf(binding.props.get('store') ?? UNDEF);
  const names = binding.props.get('actions');
  if (!store || !names) return [];
  const pairs: [string, string | null][] =
    names.t === 'arr' ? names.items.map((n) => [constString(n) ?? '', constString(n)]) : names.t === 'obj' ? [...names.props].map(([k, v]) => [k, constString(v)]) : [];
  const out: [string, Value][] = [];
  for (const [method, action] of pairs) {
    const fn = action ? store.props.get(action) : undefined;
    if (method && fn) out.push([method, fn]);
  }
  return out;
}
