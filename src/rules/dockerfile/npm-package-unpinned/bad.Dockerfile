FROM node:20-alpine
RUN npm install -g typescript
USER node
