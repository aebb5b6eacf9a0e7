package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Caller;
import java.util.Optional;

/**
 * What a request's credentials came to: a caller, anonymous (no credentials), or a refusal.
 *
 * @param lockedSeconds for {@link Outcome#LOCKED}: whole seconds until the account unlocks
 */
public record Authentication(Outcome outcome, Caller caller, long lockedSeconds) {

    public enum Outcome { AUTHENTICATED, ANONYMOUS, BAD_CREDENTIALS, LOCKED, DATABASE_UNAVAILABLE }

    static final Authentication ANONYMOUS = new Authentication(Outcome.ANONYMOUS, null, 0);
    static final Authentication BAD_CREDENTIALS = new Authentication(Outcome.BAD_CREDENTIALS, null, 0);
    static final Authentication DATABASE_UNAVAILABLE = new Authentication(Outcome.DATABASE_UNAVAILABLE, null, 0);

    static Authentication of(Caller caller) {
        return new Authentication(Outcome.AUTHENTICATED, caller, 0);
    }

    static Authentication locked(long seconds) {
        return new Authentication(Outcome.LOCKED, null, seconds);
    }

    public Optional<Caller> callerIfAny() {
        return Optional.ofNullable(caller);
    }
}
