import { describe, expect, it } from 'vitest';
import { parseKubernetes } from '../kubernetes/parse.js';
import { controlPlaneDoc, imageComponent } from './index.js';

const components = (yaml: string) =>
  controlPlaneDoc(parseKubernetes(yaml, 'manifest.yaml')).components.map((p) => ({
    component: p.component,
    owner: p.owner,
    flags: Object.fromEntries(p.flags.all.map((f) => [f.name, f.value])),
  }));

const at = (yaml: string, flag: string) => {
  const p = controlPlaneDoc(parseKubernetes(yaml, 'manifest.yaml')).components[0];
  const node = p?.flags.get(flag)?.node;
  return node ? yaml.slice(node.range[0], node.range[1]) : undefined;
};

describe('controlPlaneDoc', () => {
  it('recognises a static pod by the binary its command starts with', () => {
    expect(
      components(`apiVersion: v1
kind: Pod
metadata: { name: kube-scheduler-cp1, namespace: kube-system }
spec:
  containers:
    - name: kube-scheduler
      image: registry.k8s.io/kube-scheduler:v1.32.2
      command: [/usr/local/bin/kube-scheduler, --bind-address=127.0.0.1]
      args: [--profiling=false]
`),
    ).toEqual([
      {
        component: 'kube-scheduler',
        owner: 'Pod kube-system/kube-scheduler-cp1',
        flags: { 'bind-address': '127.0.0.1', profiling: 'false' },
      },
    ]);
  });

  it('goes by the command, not by the pod name', () => {
    expect(
      components(`apiVersion: v1
kind: Pod
metadata: { name: kube-apiserver }
spec:
  containers:
    - name: c
      image: registry.k8s.io/kube-controller-manager:v1.32.2
      command: [kube-controller-manager]
`).map((c) => c.component),
    ).toEqual(['kube-controller-manager']);
  });

  it('recognises hyperkube, args-only containers by image, and the component label', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: { name: control-plane }
spec:
  template:
    metadata:
      labels: { component: kube-scheduler }
    spec:
      containers:
        - name: hyperkube
          image: example.com/hyperkube:v1.12.0
          command: [/hyperkube, controller-manager, --profiling=false]
        - name: etcd
          image: quay.io/coreos/etcd-arm64:v3.5.16
          args: [--client-cert-auth=true]
        - name: kube-scheduler
          image: example.com/custom:1.0
          args: [--bind-address=127.0.0.1]
        - name: app
          image: nginx:1.27
          command: [nginx, -g, daemon off;]
`;
    expect(components(yaml).map((c) => c.component)).toEqual(['kube-controller-manager', 'etcd', 'kube-scheduler']);
  });

  it('reads the first command of a sh -c script, with offsets into the scalar', () => {
    const plain = `apiVersion: v1
kind: Pod
metadata: { name: etcd }
spec:
  containers:
    - name: etcd
      image: example.com/etcd:1
      command: [/bin/sh, -ec, "ETCDCTL_API=3 exec etcd --client-cert-auth=true --name=m1; echo bye"]
`;
    expect(components(plain)[0]?.flags).toEqual({ 'client-cert-auth': 'true', name: 'm1' });
    expect(at(plain, 'client-cert-auth')).toBe('--client-cert-auth=true');
    // escapes in the scalar: words are found in the source in order
    const escaped = plain.replace('--name=m1', '--name=\\"m1\\"');
    expect(components(escaped)[0]?.flags.name).toBe('m1');
    expect(at(escaped, 'name')).toBe('--name=\\"m1\\"');
  });

  it("takes the component label for the pod's only container or the one named after it, not for sidecars", () => {
    expect(
      components(`apiVersion: v1
kind: Pod
metadata: { name: kube-apiserver, labels: { component: kube-apiserver } }
spec:
  containers:
    - name: kube-apiserver
      image: example.com/apiserver:1.0
      args: [--anonymous-auth=false]
    - name: konnectivity-agent
      image: example.com/konnectivity:1.0
      args: [--proxy-server-port=8090]
`).map((c) => c.flags),
    ).toEqual([{ 'anonymous-auth': 'false' }]);
  });

  it('does not take a script that runs something else first for the component', () => {
    expect(
      components(`apiVersion: v1
kind: Pod
metadata: { name: etcd }
spec:
  containers:
    - name: etcd
      image: example.com/etcd-tools:1
      command: [bash, -c, "until etcdctl endpoint health; do sleep 1; done; etcd --name m1"]
`),
    ).toEqual([]);
  });

  it("reads etcd's ETCD_ variables for flags the command line does not give", () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: { name: etcd }
spec:
  containers:
    - name: etcd
      image: quay.io/coreos/etcd:v3.5.16
      command: [etcd, --auto-tls=false]
      env:
        - { name: ETCD_CLIENT_CERT_AUTH, value: "true" }
        - { name: ETCD_AUTO_TLS, value: "true" }
        - name: ETCD_PEER_CERT_FILE
          valueFrom: { secretKeyRef: { name: etcd-peer, key: path } }
`;
    expect(components(yaml)[0]?.flags).toEqual({
      'client-cert-auth': 'true',
      'peer-cert-file': undefined,
      'auto-tls': 'false',
    });
    expect(at(yaml, 'client-cert-auth')).toBe('{ name: ETCD_CLIENT_CERT_AUTH, value: "true" }');
  });

  it('collects AdmissionConfiguration and EncryptionConfiguration documents', () => {
    const doc = controlPlaneDoc(
      parseKubernetes(
        'apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins: []\n---\napiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []\n',
        'configs.yaml',
      ),
    );
    expect([doc.admissionConfigs.length, doc.encryptionConfigs.length, doc.components.length]).toEqual([1, 1, 0]);
  });
});

describe('imageComponent', () => {
  it('reads the component from the repository name', () => {
    expect(imageComponent('registry.k8s.io/kube-apiserver-amd64:v1.6.0')).toBe('kube-apiserver');
    expect(imageComponent('b.gcr.io/kuar/etcd:2.2.0')).toBe('etcd');
    expect(imageComponent('localhost:5000/etcd@sha256:abc')).toBe('etcd');
    expect(imageComponent('openshift/etcd-20-centos7')).toBeUndefined();
    expect(imageComponent(undefined)).toBeUndefined();
  });
});
