import type { DockerfileDoc } from '../../sources/dockerfile/index.js';
import type { AuditRule } from '../rule.js';
import addInsteadOfCopy from './add-instead-of-copy/rule.js';
import apkAddWithoutNoCache from './apk-add-without-no-cache/rule.js';
import apkPackageUnpinned from './apk-package-unpinned/rule.js';
import aptDistUpgrade from './apt-dist-upgrade/rule.js';
import aptGetInstallRecommends from './apt-get-install-recommends/rule.js';
import aptGetMissingYes from './apt-get-missing-yes/rule.js';
import aptInsteadOfAptGet from './apt-instead-of-apt-get/rule.js';
// Build hygiene and structure (DF020–DF049)
import aptListsNotDeleted from './apt-lists-not-deleted/rule.js';
import aptPackageUnpinned from './apt-package-unpinned/rule.js';
import baseImageLatestTag from './base-image-latest-tag/rule.js';
import baseImageNotPinnedByDigest from './base-image-not-pinned-by-digest/rule.js';
import cdInsteadOfWorkdir from './cd-instead-of-workdir/rule.js';
import cmdShellForm from './cmd-shell-form/rule.js';
import copyFromOwnStage from './copy-from-own-stage/rule.js';
import copyMultipleSourcesNotDir from './copy-multiple-sources-not-dir/rule.js';
import dnfCacheNotCleaned from './dnf-cache-not-cleaned/rule.js';
import dnfPackageUnpinned from './dnf-package-unpinned/rule.js';
import downloadPipedToShell from './download-piped-to-shell/rule.js';
import duplicateStageName from './duplicate-stage-name/rule.js';
import exposePortOutOfRange from './expose-port-out-of-range/rule.js';
import gemPackageUnpinned from './gem-package-unpinned/rule.js';
import healthcheckDuplicate from './healthcheck-duplicate/rule.js';
import healthcheckMissing from './healthcheck-missing/rule.js';
import maintainerDeprecated from './maintainer-deprecated/rule.js';
import multipleCmd from './multiple-cmd/rule.js';
import multipleEntrypoint from './multiple-entrypoint/rule.js';
import npmPackageUnpinned from './npm-package-unpinned/rule.js';
import packageIndexUpdateAlone from './package-index-update-alone/rule.js';
import packageSignatureCheckDisabled from './package-signature-check-disabled/rule.js';
import passwordSetInRun from './password-set-in-run/rule.js';
import pipCacheNotDisabled from './pip-cache-not-disabled/rule.js';
import pipPackageUnpinned from './pip-package-unpinned/rule.js';
import pipeWithoutPipefail from './pipe-without-pipefail/rule.js';
import remoteAddWithoutChecksum from './remote-add-without-checksum/rule.js';
import rootUser from './root-user/rule.js';
import secretFileCopied from './secret-file-copied/rule.js';
import secretInEnvOrArg from './secret-in-env-or-arg/rule.js';
import sshPortExposed from './ssh-port-exposed/rule.js';
import sudoInRun from './sudo-in-run/rule.js';
import tlsVerificationDisabled from './tls-verification-disabled/rule.js';
import tlsVerificationDisabledEnv from './tls-verification-disabled-env/rule.js';
import untrustedBaseRegistry from './untrusted-base-registry/rule.js';
import wgetAndCurl from './wget-and-curl/rule.js';
import workdirNotAbsolute from './workdir-not-absolute/rule.js';
import yarnCacheNotCleaned from './yarn-cache-not-cleaned/rule.js';
import yumCacheNotCleaned from './yum-cache-not-cleaned/rule.js';
import yumPackageUnpinned from './yum-package-unpinned/rule.js';
import zypperCacheNotCleaned from './zypper-cache-not-cleaned/rule.js';
import zypperPackageUnpinned from './zypper-package-unpinned/rule.js';

export const DOCKERFILE_RULES: readonly AuditRule<DockerfileDoc, string>[] = [
  rootUser,
  // Security (DF002–DF019)
  baseImageLatestTag,
  baseImageNotPinnedByDigest,
  untrustedBaseRegistry,
  addInsteadOfCopy,
  remoteAddWithoutChecksum,
  healthcheckMissing,
  healthcheckDuplicate,
  packageIndexUpdateAlone,
  secretInEnvOrArg,
  secretFileCopied,
  tlsVerificationDisabled,
  tlsVerificationDisabledEnv,
  packageSignatureCheckDisabled,
  downloadPipedToShell,
  sudoInRun,
  passwordSetInRun,
  sshPortExposed,
  exposePortOutOfRange,
  // Build hygiene and structure (DF020–DF049)
  aptListsNotDeleted,
  apkAddWithoutNoCache,
  yumCacheNotCleaned,
  dnfCacheNotCleaned,
  zypperCacheNotCleaned,
  aptGetMissingYes,
  aptGetInstallRecommends,
  aptDistUpgrade,
  aptInsteadOfAptGet,
  aptPackageUnpinned,
  apkPackageUnpinned,
  pipPackageUnpinned,
  npmPackageUnpinned,
  gemPackageUnpinned,
  yumPackageUnpinned,
  dnfPackageUnpinned,
  zypperPackageUnpinned,
  workdirNotAbsolute,
  cdInsteadOfWorkdir,
  multipleCmd,
  multipleEntrypoint,
  duplicateStageName,
  copyFromOwnStage,
  maintainerDeprecated,
  wgetAndCurl,
  copyMultipleSourcesNotDir,
  pipeWithoutPipefail,
  cmdShellForm,
  pipCacheNotDisabled,
  yarnCacheNotCleaned,
];
