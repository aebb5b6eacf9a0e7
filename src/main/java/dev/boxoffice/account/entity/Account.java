package dev.boxoffice.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A user account. The login counters (failed_logins, locked_until) are only read here: they
 * are written by single SQL statements in LoginAttempts, so concurrent logins cannot lose a count.
 */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<String> roles, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = now;
    }

    /** The account as read for checking a login: a plain snapshot, never managed, never written back. */
    public static Account snapshot(long id, String username, String email, String passwordHash, Set<String> roles,
                                   Instant createdAt, int failedLogins, Instant lockedUntil) {
        Account account = new Account(username, passwordHash, roles, createdAt);
        account.id = id;
        account.email = email;
        account.failedLogins = failedLogins;
        account.lockedUntil = lockedUntil;
        return account;
    }

    public Caller asCaller() {
        return new Caller(id, username, Set.copyOf(roles));
    }

    /** What the account looks like to its owner and to administrators at {@code now}. */
    public AccountSummary summaryAt(Instant now) {
        return new AccountSummary(id, username, email, roles.stream().sorted().toList(),
                lockAt(now).map(LoginLock::until).orElse(null));
    }

    /** The lock in force at {@code now}, if any; a lock whose time has passed is no lock. */
    public Optional<LoginLock> lockAt(Instant now) {
        return LoginLock.inForce(lockedUntil, now);
    }

    /** Whether a successful login has anything to reset (failures counted, or an old lock left behind). */
    public boolean hasLoginFailures() {
        return failedLogins != 0 || lockedUntil != null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }
}
