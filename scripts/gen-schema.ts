// Writes schema/threat-model.schema.json from the zod definitions in src/model/schema.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threatModelJsonSchema } from '../src/model/schema.js';

const file = join(import.meta.dirname, '..', 'schema', 'threat-model.schema.json');
writeFileSync(file, `${JSON.stringify(threatModelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
