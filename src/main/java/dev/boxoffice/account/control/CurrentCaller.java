package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.platform.Forbidden;
import dev.boxoffice.platform.Unauthenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who the current request acts for, looked up once per request. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;
    @Inject
    LoginLookup logins; // not the Accounts EJB: injecting an EJB reference into this per-request bean was a measurable cost

    private Optional<Caller> caller;

    public Optional<Caller> get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null ? Optional.empty() : logins.byUsername(principal.getName()).map(Account::asCaller);
        }
        return caller;
    }

    /** The identity store has just loaded the account this request logged in with: no second lookup. */
    void loggedIn(Caller account) {
        caller = Optional.of(account);
    }

    public Optional<Long> id() {
        return get().map(Caller::id);
    }

    public Caller require() {
        return get().orElseThrow(() -> new Unauthenticated("Log in with HTTP Basic to do this."));
    }

    /** The caller if an administrator: 401 when anonymous, 403 for other users. */
    public Caller requireAdmin() {
        Caller caller = require();
        if (!caller.isAdmin()) {
            throw new Forbidden("admin-only", "Only administrators may do this.");
        }
        return caller;
    }
}
