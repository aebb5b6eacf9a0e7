package dev.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Names who changes seats in the current transaction when it is not the owner of the hold or
 * booking concerned (the audit trigger's default): an administrator, or the system (the expiry
 * cleanup). A transaction-local setting (boxoffice.actor) that the database's audit trigger reads.
 */
@ApplicationScoped
public class AuditActor {

    @Inject
    PlainReads plain;

    public void actingFor(long accountId) {
        name(String.valueOf(accountId));
    }

    public void system() {
        name("system");
    }

    private void name(String actor) {
        plain.query("SELECT set_config('boxoffice.actor', ?, true)", query -> query.setString(1, actor), PlainReads.NOTHING);
    }
}
