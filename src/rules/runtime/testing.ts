// Manifests the runtime rule tests start from (test-only: left out of the build). A case appends its own settings;
// the text is the same as when it was written out in each test, so the asserted spans are unchanged.

/** A one-container Pod `web` (image registry.example.com/web:1.4.2); a case adds the container's settings below. */
export const WEB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`;

/** A ConfigMap, then a Deployment `shop/shop` up to its pod spec: the "second document" case of the runtime rules. */
export const SHOP_AFTER_CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: production
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: shop
spec:
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
`;
