package dev.boxoffice.booking.entity;

import java.security.SecureRandom;

/**
 * A short booking code people can read out over the phone: 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
 */
public record BookingReference(String value) {

    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public BookingReference {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a booking reference: " + value);
        }
    }

    public static BookingReference random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new BookingReference(code.toString());
    }

    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
