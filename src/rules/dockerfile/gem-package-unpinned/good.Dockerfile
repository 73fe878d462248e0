FROM ruby:3.3-slim
RUN gem install bundler:2.5.22
USER 10001
