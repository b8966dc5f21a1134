#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli.js (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/cli.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`autoskill: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
