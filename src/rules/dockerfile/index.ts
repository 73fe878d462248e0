import type { DockerfileDoc } from '../../sources/dockerfile/index.js';
import type { AuditRule } from '../rule.js';
import rootUser from './root-user/rule.js';

export const DOCKERFILE_RULES: readonly AuditRule<DockerfileDoc, string>[] = [rootUser];
