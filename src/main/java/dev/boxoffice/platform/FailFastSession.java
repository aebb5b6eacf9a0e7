package dev.boxoffice.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink re-runs a read that failed on a lost connection, by default 3 times, 1 s apart,
 * each time waiting for the pool again: while the database restarts, a request then hangs for
 * seconds before it fails anyway. The pool already validates connections before handing them
 * out, so a retry gains nothing; without it the request fails at once and is answered 503 with
 * Retry-After (see {@link Failures#isDatabaseUnavailable}), and the client retries.
 * Registered in persistence.xml as eclipselink.session.customizer.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
