export { EngineClient, type EngineClientOptions, EngineError, MAX_API_VERSION } from './client.js';
export type { EngineDoc } from './doc.js';
export { DEFAULT_SOCKET, type Endpoint, type EndpointOptions, resolveEndpoint } from './endpoint.js';
export { engineImageDoc } from './image.js';
export { globToRegExp, type NameFilter, nameMatcher, type ReadEngineOptions, readEngine } from './read.js';
export { type DaemonDefaults, daemonDefaults, type MappedContainer, mapContainer } from './runtime.js';
export { readSavedImage } from './save.js';
export {
  containerName,
  type EngineClientSide,
  type EngineContainer,
  type EngineImage,
  type EngineSnapshot,
  imageName,
  type ReadEngineResult,
} from './snapshot.js';
