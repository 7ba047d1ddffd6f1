/**
 * Writes the intervention report's JSON Schema, generated from the library's zod schema, to
 * `docs/schemas/intervention-report.schema.json` so that helpdesks that do not run
 * TypeScript can validate the same documents.
 *
 *   npx tsx scripts/write-report-schema.ts          # write the file
 *   npx tsx scripts/write-report-schema.ts --check  # exit 1 if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interventionReportJsonSchemaText } from '../src/report/report-json-schema.js';

const target = fileURLToPath(
  new URL('../docs/schemas/intervention-report.schema.json', import.meta.url),
);
const expected = interventionReportJsonSchemaText();

if (process.argv.includes('--check')) {
  let actual = '';
  try {
    actual = readFileSync(target, 'utf8');
  } catch {
    actual = '';
  }
  if (actual !== expected) {
    console.error(
      `${target} is out of date: run npx tsx scripts/write-report-schema.ts and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, expected);
  console.log(`Wrote ${target}.`);
}
