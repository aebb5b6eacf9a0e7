package dev.boxoffice.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads in plain JDBC, for the few that run on (nearly) every request: there, an EJB call and an
 * EclipseLink query cost more CPU than the statement itself. Outside a transaction a read is one
 * autocommit statement on a pooled connection, a consistent snapshot on its own; inside one it
 * runs on the transaction's own connection, so a transaction never needs a second connection
 * from the pool. Writes stay with JPA; the only other statement here is the audit actor's
 * setting ({@link AuditActor}), which changes no rows.
 */
@ApplicationScoped
public class PlainReads {

    @Resource(lookup = "java:app/jdbc/boxoffice")
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @PersistenceContext
    EntityManager em;

    /** Sets a statement's parameters. */
    public interface Parameters {
        void bind(PreparedStatement query) throws SQLException;
    }

    /** Turns the rows into a result. */
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** For statements run for their effect on the session (set_config). */
    public static final Rows<Void> NOTHING = rows -> null;

    public <T> T query(String sql, Parameters parameters, Rows<T> rows) {
        try {
            int status = transactions.getTransactionStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                // the transaction's connection, which EclipseLink gives back when the transaction ends
                return run(em.unwrap(Connection.class), sql, parameters, rows);
            }
            try (Connection connection = dataSource.getConnection()) {
                return run(connection, sql, parameters, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a read failed: " + e.getMessage(), e);
        }
    }

    private static <T> T run(Connection connection, String sql, Parameters parameters, Rows<T> rows) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            parameters.bind(query);
            try (ResultSet result = query.executeQuery()) {
                return rows.read(result);
            }
        }
    }
}
