/**
 * Command line for the translation status (logic in src/translation/cli.ts).
 *
 *   tsx scripts/i18n.ts status [--strict] [--json]     (npm run i18n:status)
 *   tsx scripts/i18n.ts mark <file>... [--date D]      (npm run i18n:mark --)
 *
 * The site is the working directory (npm runs scripts in the package root);
 * file arguments are resolved against the folder npm was started from
 * (INIT_CWD), so a path completed by the shell anywhere in the repo works.
 */
import {runMark, runStatus, type Io} from '../src/translation/cli';

const [command, ...args] = process.argv.slice(2);
const io: Io = {
  siteDir: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
};

const run = command === 'status' ? runStatus : command === 'mark' ? runMark : undefined;
if (!run) {
  console.error('usage: tsx scripts/i18n.ts status|mark ...');
  process.exit(2);
}
run(args, io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
