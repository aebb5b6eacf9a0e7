package dev.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.util.List;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    /** As a failure arrives from an EJB: EclipseLink's exception inside a PersistenceException inside an EJBException. */
    private static RuntimeException fromEjb(Throwable cause) {
        return new EJBException(new PersistenceException(new RuntimeException("EclipseLink-4002", cause)));
    }

    @Test
    void connectionFailuresAndServerShutdownMeanDatabaseUnavailable() {
        for (String state : List.of("08001", "08003", "08006", "57P01", "57P02", "57P03")) {
            assertTrue(Failures.isDatabaseUnavailable(fromEjb(new SQLException("gone", state))), state);
        }
    }

    @Test
    void poolThatCannotHandOutAConnectionMeansDatabaseUnavailable() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated");
        assertTrue(Failures.isDatabaseUnavailable(fromEjb(pool)));
        assertTrue(Failures.isDatabaseUnavailable(fromEjb(new ResourceException("In-use connections equal max-pool-size"))));
    }

    @Test
    void commitLostWithTheConnectionMeansDatabaseUnavailable() {
        XAException commit = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection");
        SystemException transaction = new SystemException("commit failed");
        transaction.initCause(commit);
        assertTrue(Failures.isDatabaseUnavailable(new EJBException("Unable to complete container-managed transaction", transaction)));
    }

    @Test
    void conflictsAndBugsAreNotDatabaseUnavailable() {
        for (String state : List.of("55P03", "57014", "40P01", "23505", "42P01")) {
            assertFalse(Failures.isDatabaseUnavailable(fromEjb(new SQLException("conflict", state))), state);
        }
        assertFalse(Failures.isDatabaseUnavailable(fromEjb(new SQLException("no state at all"))));
        assertFalse(Failures.isDatabaseUnavailable(new IllegalStateException("bug")));
    }
}
