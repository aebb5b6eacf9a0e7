package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Authentication;
import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.control.InvalidSignUp;
import dev.boxoffice.account.control.SignUp;
import dev.boxoffice.account.control.SignUps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.util.Map;

/**
 * The sign-up form: the same rules as POST /api/accounts (they live on {@link SignUps}), each
 * broken rule shown next to its field; a new account is logged in straight away.
 */
@Named
@RequestScoped
public class SignUpView {

    private static final String FORM = "signup";
    private static final Map<String, String> LABELS = Map.of(
            "username", "Username", "email", "E-mail", "password", "Password");

    @Inject
    SignUps signUps;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    FacesContext faces;

    private String username;
    private String email;
    private String password;

    public String signUp() throws IOException {
        try {
            signUps.signUp(new SignUp(username, email, password));
        } catch (InvalidSignUp invalid) {
            showOnFields(invalid);
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        if (currentCaller.logIn(username, password).outcome() != Authentication.Outcome.AUTHENTICATED) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return null;
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        return null;
    }

    private void showOnFields(ConstraintViolationException violations) {
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            String field = leaf(violation.getPropertyPath());
            // the field's own message shows the detail; the page's message list shows both
            faces.addMessage(LABELS.containsKey(field) ? FORM + ":" + field : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, LABELS.getOrDefault(field, field), violation.getMessage()));
        }
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
