package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;

/**
 * Checks usernames and passwords against the account table. PBKDF2 is deliberately slow, and
 * HTTP Basic sends the password on every request, so a successful check is remembered for a
 * short while (see {@link RecentLogins}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;
    @Inject
    PasswordHashing hashing;
    @Inject
    RecentLogins recentLogins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String password = login.getPasswordAsString();
        if (recentLogins.contains(username, password)) {
            return valid(username);
        }
        Optional<Account> account = accounts.byUsername(username);
        // an unknown user costs the same PBKDF2 run as a wrong password: timing does not tell which names exist
        String hash = account.map(Account::passwordHash).orElseGet(hashing::decoyHash);
        if (!hashing.matches(password, hash) || account.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        recentLogins.remember(username, password);
        return valid(username);
    }

    private CredentialValidationResult valid(String username) {
        return accounts.caller(username)
                .map(caller -> new CredentialValidationResult(username, new HashSet<>(caller.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
