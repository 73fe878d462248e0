FROM node:20-bookworm-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src/ ./src/
USER node
CMD ["node", "src/index.js"]
