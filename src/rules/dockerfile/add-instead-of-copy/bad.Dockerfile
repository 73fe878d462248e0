FROM alpine:3.20
ADD app.jar /opt/app/app.jar
USER 10001
CMD ["java", "-jar", "/opt/app/app.jar"]
