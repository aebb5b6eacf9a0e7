package dev.boxoffice.platform;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.util.Optional;

/** Reading a failure that left a transaction: what was really thrown, and the database's verdict. */
public final class Failures {

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
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
