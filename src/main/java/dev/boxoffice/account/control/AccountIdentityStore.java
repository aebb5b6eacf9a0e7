package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;

/**
 * Checks usernames and passwords against the account table. PBKDF2 is deliberately slow, and
 * HTTP Basic sends the password on every request, so a successful check is remembered for a
 * short while (see {@link RecentLogins}). A locked account is refused before either check, so
 * neither the right password nor a remembered one lets it in (see {@link LoginAttempts}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

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
    @Inject
    CurrentCaller currentCaller;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String password = login.getPasswordAsString();
        Optional<Account> account = logins.byUsername(username);
        if (account.isEmpty()) {
            // an unknown user costs the same PBKDF2 run as a wrong password: timing does not tell which names exist
            hashing.matches(password, hashing.decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account known = account.get();
        if (known.lockAt(clock.instant()).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!recentLogins.contains(username, password, known.passwordHash())) {
            if (!hashing.matches(password, known.passwordHash())) {
                attempts.failed(known.id());
                return CredentialValidationResult.INVALID_RESULT;
            }
            recentLogins.remember(username, password, known.passwordHash());
        }
        if (known.hasLoginFailures()) {
            attempts.succeeded(known.id());
        }
        currentCaller.loggedIn(known.asCaller());
        return new CredentialValidationResult(known.username(), new HashSet<>(known.roles()));
    }
}
