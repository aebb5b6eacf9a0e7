package dev.boxoffice.booking.control;

import dev.boxoffice.platform.BadRequest;
import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.InvalidRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency-Key support for bookings. The key row is inserted in the booking's own
 * transaction: a concurrent request with the same key waits on the insert and then sees the
 * committed booking; if the first request fails, its key disappears with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * Claims the key for the current transaction, or returns the booking an earlier request with
     * the same key and the same request made. The same key with a different request is a 422.
     */
    public Optional<Long> claim(long accountId, String key, String request) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BadRequest("invalid-idempotency-key", "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        String fingerprint = sha256(request);
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (account_id, key, request_hash)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, accountId).setParameter(2, key).setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT request_hash, booking_id FROM idempotency_key"
                        + " WHERE account_id = ?1 AND key = ?2")
                .setParameter(1, accountId).setParameter(2, key)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new InvalidRequest("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
        }
        if (row[1] == null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being processed.");
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    public void complete(long accountId, String key, long bookingId) {
        if (key == null) {
            return;
        }
        em.createNativeQuery("UPDATE idempotency_key SET booking_id = ?3 WHERE account_id = ?1 AND key = ?2")
                .setParameter(1, accountId).setParameter(2, key).setParameter(3, bookingId)
                .executeUpdate();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
