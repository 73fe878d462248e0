// Test manifests for the Kubernetes rules (not part of the build): lone objects, for the `skipped` cases where the
// input holds nothing a rule judges.

/** One Deployment and nothing else: no RBAC, Service, Namespace, ConfigMap or policy. */
export const LONE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "example/web:1.0" }]
`;

/** One Service and nothing else: no workload, Ingress or Namespace. */
export const LONE_SERVICE = `apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;
