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
 * Passwords verified in the last minute, keyed by an HMAC under a key that lives only in this
 * process (never the password itself). Spares a PBKDF2 run on every API call.
 */
@ApplicationScoped
public class RecentLogins {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = randomKey();
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public boolean contains(String username, String password) {
        Instant until = verified.get(fingerprint(username, password));
        return until != null && clock.instant().isBefore(until);
    }

    public void remember(String username, String password) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(fingerprint(username, password), clock.instant().plus(TTL));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
