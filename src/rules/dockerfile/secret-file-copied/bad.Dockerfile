FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev
COPY src/ ./src/
USER node
CMD ["node", "src/index.js"]
