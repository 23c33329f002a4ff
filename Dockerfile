# syntax=docker/dockerfile:1
# Production image of Delbart. Build: docker build -t delbart . (or docker compose up --build, see docker-compose.yml)

# --- build: the Maven wrapper with the pinned Maven, on Temurin 17 ---------------------------------------------------
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
# dependencies in their own layer: a code change does not download the world again
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY frontend-templates/ frontend-templates/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && cp target/delbart-*.jar /tmp/app.jar \
    && java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/layers

# --- run: JRE only, as an unprivileged user ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl only for HEALTHCHECK
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system delbart \
    && useradd --system --gid delbart --home-dir /app --shell /usr/sbin/nologin delbart
WORKDIR /app
# least often changed first
COPY --from=build /tmp/layers/dependencies/ ./
COPY --from=build /tmp/layers/spring-boot-loader/ ./
COPY --from=build /tmp/layers/snapshot-dependencies/ ./
COPY --from=build /tmp/layers/application/ ./
USER delbart
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health >/dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
