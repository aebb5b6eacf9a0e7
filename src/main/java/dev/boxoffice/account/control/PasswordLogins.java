package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks usernames and passwords against the account table. PBKDF2 is deliberately slow, and
 * HTTP Basic sends the password on every request, so a successful check is remembered for a
 * short while (see {@link RecentLogins}). A locked account is refused before either check, so
 * neither the right password nor a remembered one lets it in (see {@link LoginAttempts}).
 */
@ApplicationScoped
public class PasswordLogins {

    @Inject
    LoginLookup logins;
    @Inject
    PasswordHashing hashing;
    @Inject
    RecentLogins recentLogins;
    @Inject
    LoginAttempts attempts;
    @Inject
    Clock clock;

    /** The caller these credentials belong to; otherwise a refusal that says whether the account is locked. */
    public Authentication authenticate(String username, String password) {
        Optional<Caller> caller = check(username, password);
        if (caller.isPresent()) {
            return Authentication.of(caller.get());
        }
        return attempts.lockOf(username)
                .map(lock -> Authentication.locked(lock.secondsLeftAt(clock.instant())))
                .orElse(Authentication.BAD_CREDENTIALS);
    }

    /** The account these credentials belong to, or empty: unknown user, wrong password or locked account. */
    private Optional<Caller> check(String username, String password) {
        Optional<Account> account = logins.byUsername(username);
        if (account.isEmpty()) {
            // an unknown user costs the same PBKDF2 run as a wrong password: timing does not tell which names exist
            hashing.matches(password, hashing.decoyHash());
            return Optional.empty();
        }
        Account known = account.get();
        if (known.lockAt(clock.instant()).isPresent()) {
            return Optional.empty();
        }
        if (!recentLogins.contains(username, password, known.passwordHash())) {
            if (!hashing.matches(password, known.passwordHash())) {
                attempts.failed(known.id());
                return Optional.empty();
            }
            recentLogins.remember(username, password, known.passwordHash());
        }
        if (known.hasLoginFailures()) {
            attempts.succeeded(known.id());
        }
        return Optional.of(known.asCaller());
    }
}
