package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.LoginAttempts;
import dev.boxoffice.platform.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * The application's one authentication mechanism (Jakarta Security allows one), choosing by
 * request: the JSON API (/api/...) uses HTTP Basic on every request and never a session; web
 * pages log in through the login form ({@link LoginView} calls SecurityContext.authenticate)
 * and are then recognised by their HTTP session. Requests without credentials pass as
 * anonymous: public pages and reads stay public, and whatever needs a user says so itself.
 * Wrong Basic credentials are flagged on the request and refused by {@link RejectBadCredentials};
 * when the account is locked after too many failures, the flag says for how long. Credentials
 * that cannot be checked because the database is unavailable are flagged too (503).
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    static final String BAD_CREDENTIALS = "boxoffice.badCredentials";
    /** Set with the refusal when the account is locked: whole seconds until it unlocks (a Long). */
    static final String LOCKED_SECONDS = "boxoffice.lockedSeconds";
    /** Set when the credentials could not be checked because the database is unavailable. */
    static final String DATABASE_UNAVAILABLE = "boxoffice.databaseUnavailable";

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    LoginAttempts attempts;
    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formLogin = context.isAuthenticationRequest() && context.getAuthParameters() != null
                ? context.getAuthParameters().getCredential() : null;
        if (formLogin != null) {
            return logInBrowser(request, context, formLogin);
        }
        if (isApi(request)) {
            return basic(request, context);
        }
        WebLogin login = WebLogin.of(request.getSession(false));
        return login == null ? context.doNothing() : context.notifyContainerAboutLogin(login.username(), login.roles());
    }

    private AuthenticationStatus logInBrowser(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (credential instanceof UsernamePasswordCredential login) {
                noteLock(request, login.getCaller());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        WebLogin.store(session, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        String[] credentials = decode(header.substring(6).trim());
        if (credentials == null) {
            request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
            return context.doNothing();
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(new UsernamePasswordCredential(credentials[0], credentials[1]));
        } catch (RuntimeException e) {
            if (!Failures.isDatabaseUnavailable(e)) {
                throw e;
            }
            // neither valid nor wrong: the API answers 503 instead of a bare container error page
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            return context.doNothing();
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
        noteLock(request, credentials[0]);
        return context.doNothing();
    }

    /** After a refused login: if the account is (now) locked, say for how long, so the answer can tell. */
    private void noteLock(HttpServletRequest request, String username) {
        attempts.lockOf(username).ifPresent(lock ->
                request.setAttribute(LOCKED_SECONDS, lock.secondsLeftAt(clock.instant())));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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
