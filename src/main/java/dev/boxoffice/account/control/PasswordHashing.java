package dev.boxoffice.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2-HMAC-SHA256 with a per-password salt; the parameters travel inside each stored hash. */
@ApplicationScoped
public class PasswordHashing {

    static final int ITERATIONS = 100_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private String decoy;

    /** A hash of a random password, for checking credentials of users that do not exist. */
    public String decoyHash() {
        if (decoy == null) {
            decoy = hash(java.util.UUID.randomUUID().toString());
        }
        return decoy;
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        try {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
