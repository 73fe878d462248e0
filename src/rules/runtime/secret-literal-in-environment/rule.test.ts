import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      env:
        - name: DB_PASSWORD_FILE
          value: /run/secrets/db-password
        - name: DB_USER
          value: shop
        - name: PASSWORD
          value: "$(DB_PASSWORD)"
`,
    `${WEB_POD}      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: { name: db, key: password }
`,
  ],
  invalid: [
    {
      // literal password
      code: `${WEB_POD}      env:
        - name: MODE
          value: production
        - name: DB_PASSWORD
          value: "s3cr3t-Passw0rd"
`,
      errors: [{ messageId: 'literal', line: 12, column: 17, endLine: 12, endColumn: 28 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          env:
            - { name: API_KEY, value: 4f3c2b1a9d8e7f6a }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'literal', line: 24, column: 23, endLine: 24, endColumn: 30 }],
    },
    {
      // CronJob
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: finance
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
              env:
                - name: SMTP_PASS
                  value: hunter22
`,
      errors: [{ messageId: 'literal', line: 17, column: 25, endLine: 17, endColumn: 34 }],
    },
    {
      // List
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: ok
    spec:
      containers:
        - name: ok
          image: registry.example.com/ok:3.0.1
  - apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: agent
      namespace: monitoring
    spec:
      selector:
        matchLabels: { app: agent }
      template:
        metadata:
          labels: { app: agent }
        spec:
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
              env:
                - name: GITHUB_TOKEN
                  value: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB
`,
      errors: [{ messageId: 'literal', line: 28, column: 25, endLine: 28, endColumn: 37 }],
    },
    {
      // password inside a connection URL
      code: `${WEB_POD}      env:
        - name: DATABASE_URL
          value: mysql://root:whalehello@db:3306/mysql
`,
      errors: [{ messageId: 'literal', line: 10, column: 17, endLine: 10, endColumn: 29 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    environment:
      MODE: production
      DB_PASSWORD_FILE: /run/secrets/db_password
      DB_PASSWORD: \${DB_PASSWORD}
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    environment:
      DATABASE_URL: postgres://shop:\${DB_PASSWORD}@db:5432/shop
      CACHE_URL: redis://cache:6379/0
`,
    `services:
  registry:
    image: registry:2.8.3
    environment:
      REGISTRY_AUTH: htpasswd
      AUTH_BACKEND: oauth2-proxy
`,
  ],
  invalid: [
    {
      // AUTH with a credential in it, not a mechanism name
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    environment:
      BASIC_AUTH: admin:Sup3rS3cret
      REGISTRY_AUTH_TOKEN: htpasswd
`,
      errors: [
        { messageId: 'literal', line: 5, column: 7, endLine: 5, endColumn: 36 },
        { messageId: 'literal', line: 6, column: 7, endLine: 6, endColumn: 36 },
      ],
    },
    {
      // mapping syntax
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    environment:
      POSTGRES_PASSWORD: example
`,
      errors: [{ messageId: 'literal', line: 5, column: 7, endLine: 5, endColumn: 33 }],
    },
    {
      // list syntax in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    environment:
      - MYSQL_ROOT_PASSWORD=rootpass123
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'literal', line: 4, column: 9, endLine: 4, endColumn: 40 }],
    },
  ],
});
