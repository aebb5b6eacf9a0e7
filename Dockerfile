# Box Office: build the war with Maven, run it on Payara Micro.
#
#   docker build -t boxoffice .
#   docker run -p 8080:8080 -e DB_URL=jdbc:postgresql://db.example:5432/boxoffice \
#       -e DB_USER=boxoffice -e DB_PASSWORD=... boxoffice
#
# The image has no database of its own. DB_URL, DB_USER and DB_PASSWORD must reach a
# PostgreSQL the container can see ("localhost" inside the container is the container itself).
# The schema is created and migrated by Liquibase when the application starts.

# ---- stage 1: build ---------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, so this layer is rebuilt only when pom.xml changes.
COPY pom.xml ./
RUN mvn -B dependency:go-offline

# The war is made of src/ (code; the tests are compiled, not run), the top-level liquibase/
# folder (packaged as a resource) and webapp/ (the war source directory).
COPY src ./src
COPY liquibase ./liquibase
COPY webapp ./webapp
# -Dmdep.skip=true: the runtime image brings its own payara-micro.jar, so the build does not
# need to copy one into target/.
RUN mvn -B -DskipTests -Dmdep.skip=true package

# ---- stage 2: run -------------------------------------------------------------------------
# Official image: payara-micro.jar in /opt/payara (the work directory), runs as user payara.
FROM payara/micro:6.2025.10-jdk17

COPY --from=build --chown=payara:payara /build/target/boxoffice.war /opt/payara/deployments/boxoffice.war
# Listener settings applied before start (no h2c; see the file)
COPY --chown=payara:payara src/main/payara/pre-boot.asadmin /opt/payara/pre-boot.asadmin

# Database (required, no defaults here):
#   DB_URL       e.g. jdbc:postgresql://db.example:5432/boxoffice
#   DB_USER
#   DB_PASSWORD
# Application settings, shown with their built-in defaults (override with -e):
ENV BOXOFFICE_DEMO=false \
    BOXOFFICE_HOLD_TTL=300 \
    BOXOFFICE_HOLD_MAX_SEATS=10 \
    BOXOFFICE_HOLD_MAX_SEATS_PER_USER=10 \
    BOXOFFICE_CLEANUP_SECONDS=15 \
    BOXOFFICE_CLEANUP_BATCH=200 \
    BOXOFFICE_LOCK_TIMEOUT_MS=3000

EXPOSE 8080

# Start Payara Micro directly (not through the image's default command, which deploys the
# deployments directory under the war's own name as context root): the war is served at "/".
# Extra JVM flags can be passed with -e JAVA_TOOL_OPTIONS=...
# No HEALTHCHECK: the base image is not guaranteed to contain curl or wget. Orchestrators can
# probe GET /health/ready (200 once the database answers).
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-XX:MaxRAMPercentage=70.0", "-jar", "/opt/payara/payara-micro.jar"]
CMD ["--deploy", "/opt/payara/deployments/boxoffice.war", "--contextroot", "/", "--port", "8080", "--nocluster", \
     "--prebootcommandfile", "/opt/payara/pre-boot.asadmin"]
