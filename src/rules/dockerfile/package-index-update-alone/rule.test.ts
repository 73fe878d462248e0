import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:trixie\nRUN <<EOF\napt-get update\napt-get install --no-install-recommends -y gettext\nEOF\n',
      'FROM base\nRUN apk update \\\n && apk add --no-cache suuu looo\n',
      'FROM base\nRUN apk --update add moo\n',
      'FROM base\nRUN apk update --no-cache && apk upgrade --no-cache\n',
      "FROM base\nRUN sed -i -e 's/# en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen && \\\n  dpkg-reconfigure --frontend noninteractive locales && \\\n  update-locale LANG=en_US.UTF-8\n",
      'FROM fedora:40\nRUN dnf makecache && dnf install -y git\n',
      'FROM archlinux:base\nRUN pacman -Syu --noconfirm git\n',
      'FROM archlinux:base\nRUN pacman -Sy --noconfirm git\n',
      'FROM debian:12\nRUN apt-get -o Acquire::Retries=3 update && apt-get -y install curl\n',
      'FROM debian:12\nRUN echo "apt-get update"\n',
      'FROM debian:12\nRUN ["sh", "-c", "apt-get update && apt-get install -y curl"]\n',
      // yum update upgrades packages; it is not an index refresh.
      'FROM centos:7\nRUN yum update -y\n',
    ],
    invalid: [
      {
        code: 'FROM ubuntu:18.04\nRUN apt-get update\nRUN apt-get install -y mysql-client\n',
        errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        code: 'FROM base\n\nRUN apk update\n',
        errors: [{ messageId: 'updateAlone', line: 3, column: 5, endLine: 3, endColumn: 15 }],
      },
      {
        code: 'FROM base:1\n\nRUN apt install first_update_line \\\n&& apt update first_update_line\nRUN apt update second_update_line\n',
        errors: [{ messageId: 'updateAlone', line: 5, column: 5, endLine: 5, endColumn: 34 }],
      },
      {
        // An install with another manager does not use the refreshed index.
        code: 'FROM python:3.12\nRUN apt-get -qq update && pip install requests\n',
        errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 23 }],
      },
      {
        code: 'FROM debian:12\nRUN set -eux; \\\n    sudo apt-get update; \\\n    echo done\n',
        errors: [{ messageId: 'updateAlone', line: 3, column: 10, endLine: 3, endColumn: 24 }],
      },
      {
        code: 'FROM opensuse/leap:15\nRUN zypper --non-interactive refresh\n',
        errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 37 }],
      },
      {
        code: 'FROM archlinux:base\nRUN pacman -Sy\n',
        errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 15 }],
      },
    ],
  },
);
