package dev.boxoffice.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's PostgreSQL pool. db.url / db.user / db.password come from MicroProfile Config
 * (DB_URL, DB_USER, DB_PASSWORD in the environment). A small pool beats a big one on few cores;
 * connections are validated (at most every 5 s each) so the pool survives a database restart.
 * <p>
 * While the database is down or restarting, a request must fail fast (503, see {@link Failures})
 * rather than hang, so every wait is bounded: a connection from the pool 2 s, opening a
 * connection 2 s for TCP and 3 s in all (a refused connection fails at once), reading an
 * answer 10 s (a server or network that stops answering; no query here runs that long), a row
 * lock boxoffice.lock.timeout-ms (PostgreSQL's lock_timeout for every statement).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/boxoffice",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 12,
        loginTimeout = 3,
        properties = {
                "connectTimeout=2",
                "socketTimeout=10",
                "tcpKeepAlive=true",
                // every row lock wait is bounded (then 409 busy): set once per connection, not per transaction
                "options=-c lock_timeout=${MPCONFIG=boxoffice.lock.timeout-ms}",
                "fish.payara.is-connection-validation-required=true",
                // not a round trip per checkout: a connection in use is checked at most every 5 s,
                // and the first dead one found still empties the pool
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=2000"
        })
@Singleton
public class BoxOfficeDataSource {
}
