FROM node:20-alpine
RUN npm install -g typescript@5.6.3
USER node
