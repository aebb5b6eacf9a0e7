package dev.boxoffice.account.entity;

/**
 * An account or its roles changed (or was removed), on this instance or another: copies of it
 * kept in memory are out of date. {@link #everything()} stands for changes that may have been
 * missed, such as while the change feed was reconnecting.
 */
public record AccountChanged(long accountId) {

    /** The database channel that announces committed account changes, with the account id as payload. */
    public static final String CHANNEL = "boxoffice_account_changes";
    private static final long EVERYTHING = 0; // account ids start at 1

    public static AccountChanged everything() {
        return new AccountChanged(EVERYTHING);
    }

    public boolean isEverything() {
        return accountId == EVERYTHING;
    }
}
