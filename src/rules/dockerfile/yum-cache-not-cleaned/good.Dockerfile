FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
USER 10001
