# sigma2sumo in a container: the release zip (mvn -B -ntp package) unpacked on a Java 17 runtime,
# run as an unprivileged user in /work. docs/install.md shows how to build and run it. This file is
# kept minimal; it is checked as text by the tests, not built by them.
FROM busybox:1.36 AS unpack
ARG VERSION=0.1.0-SNAPSHOT
COPY target/sigma2sumo-${VERSION}.zip /tmp/sigma2sumo.zip
RUN unzip -q /tmp/sigma2sumo.zip -d /tmp && mv /tmp/sigma2sumo-${VERSION} /opt/sigma2sumo

FROM eclipse-temurin:17-jre
COPY --from=unpack /opt/sigma2sumo /opt/sigma2sumo
RUN useradd --uid 10001 --create-home --shell /usr/sbin/nologin sigma2sumo && mkdir -p /work \
    && chown sigma2sumo /work
USER 10001
WORKDIR /work
ENTRYPOINT ["/opt/sigma2sumo/bin/sigma2sumo"]
CMD ["--help"]
