package dev.boxoffice.account.entity;

import java.time.Instant;
import java.util.List;

/** An account as administrators list it; {@code lockedUntil} is set only while a login lock is in force. */
public record AccountSummary(long id, String username, String email, List<String> roles, Instant lockedUntil) {
}
