package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.platform.Failures;
import dev.boxoffice.platform.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who the current request acts for, worked out once per request. The JSON API (/api/...) uses
 * HTTP Basic on every request and never a session; web pages log in through the login form and
 * are then recognised by their HTTP session. No credentials means anonymous: public pages and
 * reads stay public, and whatever needs a user says so itself. The API's authentication filter
 * (BasicAuthentication) reads {@link #authentication()} first, refuses wrong credentials even on
 * public resources and hands the caller to JAX-RS as the SecurityContext its declared roles are
 * checked against; admin pages are checked by the AdminPages servlet filter. Not a Jakarta
 * Security mechanism: the container's JASPIC bridge around one ran on every request, anonymous
 * ones included.
 */
@ApplicationScoped
public class CurrentCaller {

    private static final String ATTRIBUTE = CurrentCaller.class.getName();

    @Inject
    HttpServletRequest request;
    @Inject
    PasswordLogins passwords;
    @Inject
    LoginLookup logins;

    public Authentication authentication() {
        if (request.getAttribute(ATTRIBUTE) instanceof Authentication known) {
            return known;
        }
        Authentication found = isApi() ? basic(request.getHeader("Authorization")) : webLogin(request.getSession(false));
        request.setAttribute(ATTRIBUTE, found);
        return found;
    }

    public Optional<Caller> get() {
        return authentication().callerIfAny();
    }

    public Optional<Long> id() {
        return get().map(Caller::id);
    }

    public Caller require() {
        return get().orElseThrow(() -> new Unauthenticated("Log in with HTTP Basic to do this."));
    }

    /**
     * The login form: on success the browser gets a new session (a new id, so an id planted
     * before the login is worthless) that remembers the user, and this request acts for it.
     */
    public Authentication logIn(String username, String password) {
        Authentication result = passwords.authenticate(username, password);
        if (result.outcome() == Authentication.Outcome.AUTHENTICATED) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            WebLogin.store(request.getSession(true), result.caller().username());
            request.setAttribute(ATTRIBUTE, result);
        }
        return result;
    }

    private boolean isApi() {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private Authentication basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Authentication.ANONYMOUS;
        }
        String[] credentials = decode(header.substring(6).trim());
        if (credentials == null) {
            return Authentication.BAD_CREDENTIALS;
        }
        try {
            return passwords.authenticate(credentials[0], credentials[1]);
        } catch (RuntimeException e) {
            if (!Failures.isDatabaseUnavailable(e)) {
                throw e;
            }
            // neither valid nor wrong: the API answers 503
            return Authentication.DATABASE_UNAVAILABLE;
        }
    }

    private Authentication webLogin(HttpSession session) {
        WebLogin login = WebLogin.of(session);
        if (login == null) {
            return Authentication.ANONYMOUS;
        }
        return logins.byUsername(login.username()).map(Account::asCaller).map(Authentication::of)
                .orElse(Authentication.ANONYMOUS);
    }

    private static String[] decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
