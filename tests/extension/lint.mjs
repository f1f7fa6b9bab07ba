// Mozilla's add-ons linter over extension/ as it stands. Errors fail; so does any warning but
// the one the single Chromium+Firefox manifest causes on purpose (Firefox ignores
// background.service_worker and uses background.scripts).
//   node tests/extension/lint.mjs
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const linter = require('addons-linter');
const here = path.dirname(fileURLToPath(import.meta.url));
const EXPECTED = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);

const instance = linter.createInstance({
  config: { _: [path.resolve(here, '../../extension')], logLevel: 'fatal', stack: false, pretty: false, output: 'none', warningsAsErrors: false, boring: true, selfHosted: false },
  runAsBinary: false,
});
const result = await instance.run();
const problems = [...result.errors, ...result.warnings.filter((w) => !EXPECTED.has(w.code))];
for (const p of [...result.errors, ...result.warnings, ...result.notices]) {
  console.log(`${EXPECTED.has(p.code) ? 'expected ' : ''}${p._type}: ${p.code} ${p.file ?? ''} ${p.message}`);
}
console.log(`addons-linter: ${result.errors.length} errors, ${problems.length - result.errors.length} unexpected warnings, ${result.warnings.length - (problems.length - result.errors.length)} expected`);
process.exit(problems.length ? 1 : 0);
