import type { K8sObject, KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { isNetworkPolicy, policyOf } from '../networkpolicies.js';
import { apiGroupOf, applies, clusterObjects, type PodTemplate, podTemplateOf, ref } from '../objects.js';

export default defineAuditRule<KubernetesDoc, 'none' | 'noIngress' | 'noEgress' | 'namespace'>({
  id: 'KS019',
  name: 'pod-without-networkpolicy',
  source: 'kubernetes',
  meta: {
    title: 'Pods not isolated by a NetworkPolicy',
    severity: 'medium',
    description:
      "Kubernetes networking is flat: until a NetworkPolicy selects a pod, every pod of the cluster can connect to it and it can connect anywhere, so one compromised pod reaches every database and every metrics port, and exfiltrates to the internet. A policy isolates a pod in the directions of its `policyTypes` only. Reported: each workload whose pods no NetworkPolicy of their namespace selects, or selects for ingress only or egress only; and each Namespace object with no NetworkPolicy at all (CIS 5.3.2). Which policies count: those among the objects audited together. A file audited alone is judged on its own objects; a directory, several paths or a `kubectl get` stream are judged as one cluster, so a policy in `netpol.yaml` covers the Deployment in `deploy.yaml`. Objects without `metadata.namespace` are treated as one namespace of their own (the applying context's), never matched against a named one. Not reported: pods on the host network, which NetworkPolicy cannot isolate (RT rules report hostNetwork).",
    remediation:
      'Add a default-deny policy to every namespace (`podSelector: {}` with `policyTypes: [Ingress, Egress]`), then policies that allow the flows each workload needs: from the ingress controller, to its database, to DNS.',
    references: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies',
    ],
    frameworks: { design: ['network-segmentation'], 'cis-kubernetes-1.12.0': ['5.3.2'] },
    aliases: {
      'kube-score': ['pod-networkpolicy'],
      checkov: ['CKV2_K8S_6'],
      polaris: ['missingNetworkPolicy'],
      kubescape: ['C-0260', 'C-0206'],
    },
    stride: ['information-disclosure', 'tampering', 'elevation-of-privilege'],
  },
  messages: {
    none: '{{workload}}: no NetworkPolicy selects its pods; any pod can reach them and they can reach anything.',
    noIngress:
      '{{workload}}: NetworkPolicies restrict only egress of its pods; any pod of the cluster can connect to them.',
    noEgress:
      '{{workload}}: NetworkPolicies restrict only ingress of its pods; they can connect anywhere, the internet and the cloud metadata endpoint included.',
    namespace: 'Namespace/{{namespace}} has no NetworkPolicy among the manifests audited.',
  },
  check(ctx, doc) {
    const cluster = clusterObjects(doc);
    const policies = cluster.filter(isNetworkPolicy).map(policyOf);
    const isNamespace = (o: K8sObject) => o.kind === 'Namespace' && apiGroupOf(o) === '';
    // Each object's pod template is read once, here.
    const judged: { o: K8sObject; pod: PodTemplate | undefined }[] = [];
    for (const o of doc.objects) {
      const pod = podTemplateOf(o);
      if (isNamespace(o) || (pod !== undefined && !pod.hostNetwork)) judged.push({ o, pod });
    }
    if (!applies(ctx, judged.length, 'Namespace or workload on the pod network')) return;
    for (const { o, pod } of judged) {
      if (isNamespace(o)) {
        if (!policies.some((p) => p.namespace === o.name))
          ctx.report({ messageId: 'namespace', node: o.at(['metadata', 'name']), data: { namespace: o.name } });
        continue;
      }
      if (!pod) continue;
      const selecting = policies.filter((p) => p.selects(pod));
      const ingress = selecting.some((p) => p.ingress);
      const egress = selecting.some((p) => p.egress);
      if (ingress && egress) continue;
      const messageId = !ingress && !egress ? 'none' : ingress ? 'noEgress' : 'noIngress';
      ctx.report({
        messageId,
        node: pod.labelsNode,
        data: { workload: ref(o) },
      });
    }
  },
});
