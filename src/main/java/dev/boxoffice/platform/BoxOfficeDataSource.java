package dev.boxoffice.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's PostgreSQL pool. db.url / db.user / db.password come from MicroProfile Config
 * (DB_URL, DB_USER, DB_PASSWORD in the environment). A small pool beats a big one on few cores;
 * connections are validated so the pool survives a database restart.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/boxoffice",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 12,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@Singleton
public class BoxOfficeDataSource {
}
