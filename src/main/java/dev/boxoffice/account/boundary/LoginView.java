package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.LoginLock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form, logout, and the name in the page header. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String returnTo;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            faces.addMessage(null, failure(external.getRequestMap().get(BasicAuthentication.LOCKED_SECONDS)));
            return null;
        }
        external.redirect(external.getRequestContextPath() + "/" + safeReturnTo());
        return null;
    }

    private static FacesMessage failure(Object lockedSeconds) {
        if (lockedSeconds instanceof Long seconds) {
            long minutes = LoginLock.minutesFor(seconds);
            return new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Account locked, try again in " + minutes + (minutes == 1 ? " minute." : " minutes."),
                    "Too many failed logins in a row.");
        }
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, "Login failed", "Unknown username or wrong password.");
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public boolean isLoggedIn() {
        return currentCaller.get().isPresent();
    }

    public boolean isAdmin() {
        return currentCaller.get().map(c -> c.isAdmin()).orElse(false);
    }

    public String getDisplayName() {
        return currentCaller.get().map(c -> c.username()).orElse(null);
    }

    /** Only local pages: never redirect to another site after login. */
    private String safeReturnTo() {
        if (returnTo == null || !returnTo.matches("(admin/)?[A-Za-z0-9_-]+\\.xhtml(\\?[A-Za-z0-9_=&-]*)?")) {
            return "index.xhtml";
        }
        return returnTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
