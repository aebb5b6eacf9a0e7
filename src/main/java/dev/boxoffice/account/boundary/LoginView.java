package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Authentication;
import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.LoginLock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The login form, logout, and the name in the page header. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    CurrentCaller currentCaller;
    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String returnTo;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Authentication result = currentCaller.logIn(username, password);
        if (result.outcome() != Authentication.Outcome.AUTHENTICATED) {
            faces.addMessage(null, failure(result));
            return null;
        }
        external.redirect(external.getRequestContextPath() + "/" + safeReturnTo());
        return null;
    }

    private static FacesMessage failure(Authentication refusal) {
        if (refusal.outcome() == Authentication.Outcome.LOCKED) {
            long minutes = LoginLock.minutesFor(refusal.lockedSeconds());
            return new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Account locked, try again in " + minutes + (minutes == 1 ? " minute." : " minutes."),
                    "Too many failed logins in a row.");
        }
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, "Login failed", "Unknown username or wrong password.");
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
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
