export {
  type DockerdCommandFile,
  dockerdArgs,
  looksLikeDockerdCommand,
  parseDockerdCommandFile,
} from './cmdline.js';
export {
  type BridgeNetwork,
  buildDaemonDoc,
  type DaemonDoc,
  type DaemonDocInput,
  type DockerInfo,
  securityOptions,
} from './doc.js';
export { type DockerdArg, type DockerdFlag, type DockerdFlags, isDockerd, parseDockerdArgs } from './flags.js';
export { type DaemonJson, parseDaemonJson } from './json.js';
export { type DockerdProcess, findDockerd, type ProcReader, procReader } from './proc.js';
export {
  boolSetting,
  describeSetting,
  type Item,
  type Known,
  listSetting,
  type Setting,
  settingLocation,
  stringSetting,
  type Where,
} from './settings.js';
