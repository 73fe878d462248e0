import { testImageRule } from '../testing.js';
import rule from './rule.js';

const serviceAccount = JSON.stringify({
  type: 'service_account',
  project_id: 'demo',
  private_key_id: 'abc',
  private_key: '-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----\n',
  client_email: 'ci@demo.iam.gserviceaccount.com',
});

testImageRule(rule, {
  valid: [
    {
      name: 'cloud CLI configuration without keys',
      image: {
        layers: [
          {
            files: [
              { path: '/root/.aws/config', content: '[default]\nregion = eu-west-1\n' },
              { path: '/root/.aws/credentials', content: '[default]\ncredential_process = /usr/bin/helper\n' },
              { path: '/app/credentials.json', content: '{"type":"external_account","audience":"x"}' },
              { path: '/app/msal_token_cache.json', content: '{}' },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'AWS, Google Cloud and Azure credentials',
      image: {
        layers: [
          {
            files: [
              {
                path: '/root/.aws/credentials',
                content:
                  '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
              },
              { path: '/app/keys/ci-sa.json', content: serviceAccount },
              {
                path: '/root/.config/gcloud/application_default_credentials.json',
                content: '{"client_id":"x","refresh_token":"1//0abc","type":"authorized_user"}',
              },
              { path: '/root/.config/gcloud/credentials.db', content: 'SQLite format 3' },
              { path: '/root/.azure/msal_token_cache.json', content: '{"AccessToken":{}}' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'cloudCredentials', path: 'layer 0:/app/keys/ci-sa.json' },
        { messageId: 'cloudCredentials', path: 'layer 0:/root/.aws/credentials' },
        { messageId: 'cloudCredentials', path: 'layer 0:/root/.azure/msal_token_cache.json' },
        { messageId: 'cloudCredentials', path: 'layer 0:/root/.config/gcloud/application_default_credentials.json' },
        { messageId: 'cloudCredentials', path: 'layer 0:/root/.config/gcloud/credentials.db' },
      ],
    },
  ],
});
