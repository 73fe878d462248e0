// Runs the CLI from source (no build): npx tsx scripts/dev.ts threats examples/webapp
import { processIo, run } from '../src/cli/main.js';

process.exitCode = await run(process.argv.slice(2), processIo());
