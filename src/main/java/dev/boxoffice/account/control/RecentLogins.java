package dev.boxoffice.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jakarta.inject.Inject;

/**
 * Logins verified recently, keyed by an HMAC under a key that lives only in this process (never
 * the password itself). Spares a PBKDF2 run on every API call.
 * <p>
 * An entry lasts while it is used at least once a minute. A fixed lifetime made every busy
 * client pay a PBKDF2 run (tens of ms of CPU) each minute, and clients that started together
 * paid it together: 200 users racing for one seat stalled for over a second when their minute
 * ran out. The stored hash is part of the key, so a new password never matches an old entry.
 */
@ApplicationScoped
public class RecentLogins {

    static final Duration IDLE_TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = randomKey();
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Inject
    Clock clock;

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public boolean contains(String username, String password, String storedHash) {
        String fingerprint = fingerprint(username, password, storedHash);
        Instant until = verified.get(fingerprint);
        Instant now = clock.instant();
        if (until == null || !now.isBefore(until)) {
            return false;
        }
        if (until.isBefore(now.plus(IDLE_TTL.dividedBy(2)))) {
            verified.put(fingerprint, now.plus(IDLE_TTL)); // renewed at most twice a minute, not on every call
        }
        return true;
    }

    public void remember(String username, String password, String storedHash) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(fingerprint(username, password, storedHash), clock.instant().plus(IDLE_TTL));
    }

    private String fingerprint(String username, String password, String storedHash) {
        byte[] digest = macs.get().doFinal((username + '\0' + password + '\0' + storedHash).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
