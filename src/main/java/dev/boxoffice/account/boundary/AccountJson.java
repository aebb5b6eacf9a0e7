package dev.boxoffice.account.boundary;

import dev.boxoffice.account.entity.AccountSummary;
import java.util.List;

/** An account as its owner sees it (sign-up answer and /api/me). */
public record AccountJson(long id, String username, String email, List<String> roles) {

    static AccountJson of(AccountSummary account) {
        return new AccountJson(account.id(), account.username(), account.email(), account.roles());
    }
}
