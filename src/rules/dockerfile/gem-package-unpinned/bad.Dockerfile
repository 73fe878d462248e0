FROM ruby:3.3-slim
RUN gem install bundler
USER 10001
