export { type Accounts, groupName, userName } from './accounts.js';
export { type AuditWatch, parseAuditRules, watchCovers } from './audit-rules.js';
export { describedFs, type HostDescription, parseHostDescription } from './describe.js';
export { diskFs, type FileInfo, formatMode, type HostFs, resolvePath, statPath } from './fs.js';
export { type MountEntry, parseMountinfo, separatePartition } from './mounts.js';
export { HOST_ROLES, type HostDoc, type HostPath, type HostReadInput, type HostRole, readHost } from './read.js';
