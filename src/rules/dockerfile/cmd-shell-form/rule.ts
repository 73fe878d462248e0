import { type DockerfileDoc, type DockerfileInstruction, imageStages } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'shellForm'>({
  id: 'DF047',
  name: 'cmd-shell-form',
  source: 'dockerfile',
  meta: {
    title: 'CMD or ENTRYPOINT in shell form',
    severity: 'low',
    description:
      'In shell form (`CMD node server.js`) the container runs `/bin/sh -c "node server.js"`: the shell is PID 1 and does not forward SIGTERM, so `docker stop` and Kubernetes wait out the grace period and kill the process without a clean shutdown (lost requests, unflushed data), and a shell-form ENTRYPOINT ignores CMD and `docker run` arguments. Only the CMD and ENTRYPOINT that take effect (the last ones of the final stage or of the stage it is built FROM) are checked; a shell form that starts with `exec` hands PID 1 to the program and passes.',
    remediation: 'Use the exec (JSON) form: `CMD ["node", "server.js"]`, or start the shell form with `exec`.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
      'https://docs.docker.com/reference/build-checks/json-args-recommended/',
    ],
    frameworks: {},
    aliases: { hadolint: ['DL3025'] },
    stride: ['denial-of-service'],
  },
  messages: {
    shellForm:
      '{{keyword}} in shell form runs under /bin/sh -c, which does not forward signals to the program: use the JSON form.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    const stages = imageStages(doc);
    for (const keyword of ['CMD', 'ENTRYPOINT']) {
      let effective: DockerfileInstruction | undefined;
      for (const ins of doc.instructions) {
        if (ins.keyword === keyword && stages.has(ins.stage)) effective = ins;
      }
      const first = effective?.arguments[0];
      const last = effective?.arguments.at(-1);
      if (!effective || effective.json || !first || !last) continue;
      if (/^\[/.test(first.value) || first.value === 'exec') continue;
      ctx.report({ messageId: 'shellForm', range: [first.range[0], last.range[1]], data: { keyword } });
    }
  },
});
