FROM alpine:3.20
COPY app.jar /opt/app/app.jar
# Unpacking a local archive is what ADD is for.
ADD rootfs.tar.gz /
USER 10001
CMD ["java", "-jar", "/opt/app/app.jar"]
