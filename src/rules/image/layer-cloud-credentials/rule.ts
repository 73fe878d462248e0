import { fileLocation, type ImageDoc, type ImageFile, imageLocation } from '../../../sources/image/index.js';
import { baseName } from '../../../sources/image/paths.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS, octal, regularFiles } from '../shared.js';

const AWS_KEYS = /^\s*(?:aws_secret_access_key|aws_session_token|secret_key)\s*[=:]\s*\S/im;
const GCP_SERVICE_ACCOUNT =
  /"type"\s*:\s*"service_account"[\s\S]*"private_key"\s*:|"private_key"\s*:[\s\S]*"type"\s*:\s*"service_account"/;
const GCP_USER = /"refresh_token"\s*:\s*"[^"]+"/;

function classify(file: ImageFile): string | undefined {
  const name = baseName(file.path).toLowerCase();
  const text = file.content?.toString('utf8');
  if (file.path.endsWith('/.config/gcloud/credentials.db')) return 'gcloud CLI login tokens';
  if (name === 'accesstokens.json' || name === 'msal_token_cache.json') {
    return file.path.includes('/.azure/') ? 'Azure CLI login tokens' : undefined;
  }
  if (text === undefined) return undefined;
  if ((name === 'credentials' || name === 'config' || name === '.boto' || name === '.s3cfg') && AWS_KEYS.test(text)) {
    return 'AWS access keys';
  }
  if (name.endsWith('.json') && GCP_SERVICE_ACCOUNT.test(text)) return 'a Google Cloud service account key';
  if (name === 'application_default_credentials.json' && GCP_USER.test(text)) return 'Google Cloud user login tokens';
  return undefined;
}

export default defineAuditRule<ImageDoc, 'cloudCredentials' | 'more'>({
  id: 'IM015',
  name: 'layer-cloud-credentials',
  source: 'image',
  meta: {
    title: 'Cloud credentials in the image',
    severity: 'critical',
    description:
      'A file of the final image file system holds cloud credentials: AWS access keys (~/.aws/credentials, .boto, .s3cfg), a Google Cloud service account key or gcloud login (application_default_credentials.json, credentials.db), or Azure CLI tokens. Whoever pulls the image acts in the cloud account with the rights of that identity. At most 25 files are listed; contents are never shown.',
    remediation:
      'Remove the file and give the workload an identity from the platform instead (instance or pod roles, workload identity); for builds use `RUN --mount=type=secret`. Revoke the exposed keys.',
    references: [
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0010',
      'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.10'] },
    aliases: { dockle: ['CIS-DI-0010'] },
    stride: ['information-disclosure', 'spoofing', 'elevation-of-privilege'],
  },
  messages: {
    cloudCredentials: '{{path}} holds {{what}}.',
    more: '{{count}} more files with cloud credentials are not listed.',
  },
  check(ctx, doc) {
    let n = 0;
    for (const f of regularFiles(doc)) {
      const what = classify(f);
      if (!what) continue;
      if (++n > MAX_FILE_FINDINGS) continue;
      ctx.report({
        messageId: 'cloudCredentials',
        logical: fileLocation(doc, f),
        data: { path: f.path, what },
        evidence: `mode ${octal(f.mode)} uid ${f.uid} gid ${f.gid} size ${f.size}`,
      });
    }
    if (n > MAX_FILE_FINDINGS) {
      ctx.report({ messageId: 'more', logical: imageLocation(doc, 'layers'), data: { count: n - MAX_FILE_FINDINGS } });
    }
  },
});
