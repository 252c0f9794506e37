/**
 * `npm run import -- <capture> [options]`: turns a captured article into an entry in
 * `<content-dir>/articles/`. See `--help`, and `scripts/import/` for the pipeline.
 */
import { runImport } from './import/run-import.ts';

process.exitCode = await runImport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
