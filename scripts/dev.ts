// Runs the CLI from source (no build): npx tsx scripts/dev.ts threats examples/webapp
import { run } from '../src/cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
});
