# stridebench as a container image, for CI jobs and for the Job/CronJob/DaemonSet in deploy/kubernetes/.
#   docker build -t stridebench .
#   docker run --rm -v "$PWD:/work:ro" stridebench audit /work --format sarif
# The base image is pinned to a Node.js and Debian release; pin its digest too when you build the image you ship
# (docker buildx imagetools inspect node:20.19-bookworm-slim), and let a bot keep it current: DF003 stays open until then.
ARG NODE_IMAGE=node:20.19-bookworm-slim

# Build: the dev dependencies compile the TypeScript; `npm pack` then keeps exactly the files the package publishes,
# and the production dependencies are installed next to them from the lock file, without install scripts.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json LICENSE README.md ./
COPY bin ./bin
COPY schema ./schema
COPY examples ./examples
COPY src ./src
# The web UI's page (stridebench serve), bundled by Vite into dist/web/ui.
COPY web ./web
RUN npm run build && npm pack --ignore-scripts --silent && mkdir /out && tar -xzf stridebench-*.tgz -C /out && cp package-lock.json /out/package/
WORKDIR /out/package
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# Run: the package and its production dependencies, owned by root and read-only to the unprivileged user it runs as.
# (uid 1000 is the image's `node` user; numeric, so that Kubernetes can verify runAsNonRoot.)
# stridebench:ignore DF007 a batch command that exits when its audit is done: no long-running service to health-check
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
COPY --from=build /out/package /opt/stridebench
WORKDIR /work
USER 1000:1000
ENTRYPOINT ["node", "/opt/stridebench/bin/stridebench.js"]
CMD ["--help"]
