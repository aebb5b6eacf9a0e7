package dev.boxoffice.account.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.account.entity.AccountSummary;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.platform.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Self sign-up: anyone may open an account with the role user. */
@Stateless
public class SignUps {

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    Validator validator;
    @Inject
    Clock clock;

    /**
     * Opens an account, or fails with {@link InvalidSignUp} naming each bad field, also when
     * another sign-up took the name or e-mail address a moment earlier: the unique indexes
     * decide, the insert skips the conflict instead of aborting the transaction, and the rules
     * are checked again against the winner's committed row.
     */
    public AccountSummary signUp(SignUp signUp) {
        requireValid(signUp);
        List<?> inserted = em.createNativeQuery("""
                        INSERT INTO account (username, email, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING
                        RETURNING id
                        """)
                .setParameter(1, signUp.username())
                .setParameter(2, signUp.email())
                .setParameter(3, hashing.hash(signUp.password()))
                .setParameter(4, Timestamps.of(clock.instant()))
                .getResultList();
        if (inserted.isEmpty()) {
            requireValid(signUp);
            throw new DomainException(DomainException.Kind.CONFLICT, "busy", "Try again",
                    "Another sign-up with this username or e-mail address was under way; try again.");
        }
        long id = ((Number) inserted.get(0)).longValue();
        em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, Caller.USER)
                .executeUpdate();
        return new AccountSummary(id, signUp.username(), signUp.email(), List.of(Caller.USER), null);
    }

    private void requireValid(SignUp signUp) {
        Set<ConstraintViolation<SignUp>> violations = validator.validate(Objects.requireNonNull(signUp, "signUp"));
        if (!violations.isEmpty()) {
            throw new InvalidSignUp(violations);
        }
    }
}
