import { describe, expect, it } from 'vitest';
import { parseJsonWithLocations } from '../../src/load/json-loc.js';
import { patchAppJson } from '../../src/scaffold/app-json-patch.js';
import type { AgentSkill } from '../../src/scaffold/scaffold.js';

/**
 * app.json edits: only what skills need is added or fixed, the rest of the
 * file keeps its bytes (indentation unit, line ends, one-line arrays,
 * comments), and a developer's own skill entries are kept.
 */

const SKILLS: AgentSkill[] = [
  { name: 'order', description: '订单：查看与取消订单', path: 'skills/order' },
  { name: 'user', description: '账户：登录与退出', path: 'skills/user' },
];

const lines = (...ls: string[]): string => ls.join('\n') + '\n';

const CASES: [string, { given: string; want: string }][] = [
  [
    'adds everything to a bare app.json, 2-space',
    {
      given: lines('{', '  "pages": ["pages/index/index"]', '}'),
      want: lines(
        '{',
        '  "pages": ["pages/index/index"],',
        '  "lazyCodeLoading": "requiredComponents",',
        '  "subPackages": [',
        '    {',
        '      "root": "skills",',
        '      "pages": [],',
        '      "independent": true',
        '    }',
        '  ],',
        '  "agent": {',
        '    "skills": [',
        '      {',
        '        "name": "order",',
        '        "description": "订单：查看与取消订单",',
        '        "path": "skills/order"',
        '      },',
        '      {',
        '        "name": "user",',
        '        "description": "账户：登录与退出",',
        '        "path": "skills/user"',
        '      }',
        '    ]',
        '  }',
        '}',
      ),
    },
  ],
  [
    'fixes lazyCodeLoading in place, appends to subpackages and declared skills, 4-space',
    {
      given: lines(
        '{',
        '    "pages": ["pages/index/index"],',
        '    "lazyCodeLoading": "none",',
        '    "subpackages": [',
        '        { "root": "pkg", "pages": ["a/a"] }',
        '    ],',
        '    "agent": {',
        '        "skills": [',
        '            { "name": "mine", "description": "我的", "path": "skills/mine" }',
        '        ]',
        '    }',
        '}',
      ),
      want: lines(
        '{',
        '    "pages": ["pages/index/index"],',
        '    "lazyCodeLoading": "requiredComponents",',
        '    "subpackages": [',
        '        { "root": "pkg", "pages": ["a/a"] },',
        '        {',
        '            "root": "skills",',
        '            "pages": [],',
        '            "independent": true',
        '        }',
        '    ],',
        '    "agent": {',
        '        "skills": [',
        '            { "name": "mine", "description": "我的", "path": "skills/mine" },',
        '            {',
        '                "name": "order",',
        '                "description": "订单：查看与取消订单",',
        '                "path": "skills/order"',
        '            },',
        '            {',
        '                "name": "user",',
        '                "description": "账户：登录与退出",',
        '                "path": "skills/user"',
        '            }',
        '        ]',
        '    }',
        '}',
      ),
    },
  ],
  [
    'makes an existing skills subpackage independent; keeps a declared skill, fills its empty description; one-line arrays stay on one line',
    {
      given: lines(
        '{',
        '  "pages": ["p/a"],',
        '  "lazyCodeLoading": "requiredComponents",',
        '  "subPackages": [{ "root": "skills/", "pages": [] }],',
        '  "agent": { "skills": [{ "name": "order-x", "description": "", "path": "/skills/order" }] }',
        '}',
      ),
      want: lines(
        '{',
        '  "pages": ["p/a"],',
        '  "lazyCodeLoading": "requiredComponents",',
        '  "subPackages": [{ "root": "skills/", "pages": [], "independent": true }],',
        '  "agent": { "skills": [{ "name": "order-x", "description": "订单：查看与取消订单", "path": "/skills/order" }, { "name": "user", "description": "账户：登录与退出", "path": "skills/user" }] }',
        '}',
      ),
    },
  ],
  [
    'keeps CRLF line ends, tabs and comments',
    {
      given: '{\r\n\t// the app\r\n\t"pages": ["p/a"],\r\n\t"agent": {}\r\n}\r\n',
      want:
        '{\r\n\t// the app\r\n\t"pages": ["p/a"],\r\n\t"agent": {\r\n\t\t"skills": [\r\n\t\t\t{\r\n\t\t\t\t"name": "order",\r\n\t\t\t\t"description": "订单：查看与取消订单",\r\n\t\t\t\t"path": "skills/order"\r\n\t\t\t},\r\n\t\t\t{\r\n\t\t\t\t"name": "user",\r\n\t\t\t\t"description": "账户：登录与退出",\r\n\t\t\t\t"path": "skills/user"\r\n\t\t\t}\r\n\t\t]\r\n\t},\r\n\t"lazyCodeLoading": "requiredComponents",\r\n\t"subPackages": [\r\n\t\t{\r\n\t\t\t"root": "skills",\r\n\t\t\t"pages": [],\r\n\t\t\t"independent": true\r\n\t\t}\r\n\t]\r\n}\r\n',
    },
  ],
];

describe('patchAppJson', () => {
  it.each(CASES)('%s', (_name, { given, want }) => {
    const patch = patchAppJson(given, SKILLS);
    expect(patch).toEqual({ ok: true, text: want, changed: true });
    expect(parseJsonWithLocations(want).error).toBeNull();
  });

  it('leaves an app.json that already has everything byte for byte', () => {
    const done = patchAppJson(CASES[0]![1].given, SKILLS);
    if (!done.ok) throw new Error(done.reason);
    expect(patchAppJson(done.text, SKILLS)).toEqual({ ok: true, text: done.text, changed: false });
  });

  it('changes nothing when no skill was inferred', () => {
    const given = CASES[0]![1].given;
    expect(patchAppJson(given, [])).toEqual({ ok: true, text: given, changed: false });
  });

  it.each([
    ['not JSON', '{ "pages": '],
    ['not an object', '["pages"]'],
  ])('reports an app.json that is %s instead of editing it', (_name, given) => {
    expect(patchAppJson(given, SKILLS)).toEqual({ ok: false, reason: 'app.json is not a JSON object' });
  });
});
