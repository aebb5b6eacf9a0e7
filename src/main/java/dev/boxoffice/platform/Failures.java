package dev.boxoffice.platform;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/** Reading a failure that left a transaction: what was really thrown, and the database's verdict. */
public final class Failures {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** The pool wraps its "could not allocate" (refused, timed out, max-wait) in an SQLException without SQLSTATE. */
    private static final String POOL_ALLOCATION_FAILURE = "Error in allocating a connection";
    /**
     * A commit that failed in the JDBC resource adapter reaches the transaction manager only as
     * text in an XAException. With no deferred constraints in the schema, a failing COMMIT means
     * the connection is gone.
     */
    private static final String FAILED_LOCAL_COMMIT = "LocalTransactionException";

    private Failures() {
    }

    /** Peels off the EJBException wrapping the container puts around system exceptions. */
    public static Throwable unwrapEjb(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The SQLSTATE of the first SQLException in the cause chain, if any. */
    public static Optional<String> sqlState(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = next(c)) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the failure means the database cannot be reached right now, rather than that this
     * request was wrong: anywhere in the cause chain a connection exception (SQLSTATE class 08),
     * a server shutting down or starting up (57P01–57P03), the pool unable to hand out a
     * connection, or a commit that failed on a lost connection. Such a request is worth retrying
     * later, unchanged (a retried hold or an Idempotency-Key booking is safe even if a commit did land).
     */
    public static boolean isDatabaseUnavailable(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = next(c)) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof ResourceException) {
                return true;
            }
            if (c instanceof XAException xa && String.valueOf(xa.getMessage()).contains(FAILED_LOCAL_COMMIT)) {
                return true;
            }
            if (c instanceof SQLException sql && (isUnavailableState(sql.getSQLState())
                    || sql.getSQLState() == null && String.valueOf(sql.getMessage()).startsWith(POOL_ALLOCATION_FAILURE))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
    }

    /** The cause, or null at the end of the chain or where it would loop back to itself. */
    private static Throwable next(Throwable current) {
        Throwable cause = current.getCause();
        return cause == current ? null : cause;
    }
}
