package dev.boxoffice.account.control;

import static dev.boxoffice.platform.Timestamps.instant;

import dev.boxoffice.account.entity.Account;
import dev.boxoffice.platform.PlainReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The account behind a login, with its roles: HTTP Basic authenticates every API request, and
 * this read is part of each. A recently seen account comes from {@link RecentAccounts}, which
 * drops it when the account changes on any instance; otherwise it is read in one plain JDBC
 * statement (see {@link PlainReads}).
 */
@ApplicationScoped
public class LoginLookup {

    private static final String ACCOUNT = """
            SELECT a.id, a.username, a.email, a.password_hash, a.created_at, a.failed_logins, a.locked_until, r.role
            FROM account a LEFT JOIN account_role r ON r.account_id = a.id
            WHERE a.username = ?
            """;

    @Inject
    PlainReads plain;
    @Inject
    RecentAccounts recent;

    public Optional<Account> byUsername(String username) {
        return recent.byUsername(username, this::read);
    }

    private Optional<Account> read(String username) {
        return plain.query(ACCOUNT, query -> query.setString(1, username), rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            long id = rows.getLong(1);
            String name = rows.getString(2);
            String email = rows.getString(3);
            String passwordHash = rows.getString(4);
            Instant createdAt = instant(rows, 5);
            int failedLogins = rows.getInt(6);
            Instant lockedUntil = instant(rows, 7);
            Set<String> roles = new HashSet<>();
            do {
                String role = rows.getString(8);
                if (role != null) {
                    roles.add(role);
                }
            } while (rows.next());
            return Optional.of(Account.snapshot(id, name, email, passwordHash, roles, createdAt, failedLogins, lockedUntil));
        });
    }
}
