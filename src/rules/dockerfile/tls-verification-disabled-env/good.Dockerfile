FROM node:20-bookworm-slim
COPY corp-root-ca.pem /usr/local/share/corp-root-ca.pem
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/corp-root-ca.pem
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src/ ./src/
USER node
CMD ["node", "src/index.js"]
