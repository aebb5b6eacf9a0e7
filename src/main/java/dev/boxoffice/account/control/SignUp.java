package dev.boxoffice.account.control;

import dev.boxoffice.account.control.NotTaken.Column;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a new user gives to open an account; the rules here are the one rule set for the API
 * and the sign-up page. Names and e-mail addresses are unique regardless of case.
 */
public record SignUp(
        @NotNull
        @Size(min = 3, max = 64, message = "must be 3 to 64 characters long")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "may contain only letters, digits, '.', '_' and '-'")
        @NotTaken(Column.USERNAME)
        String username,

        @NotNull
        @Size(max = 254, message = "must be at most 254 characters long")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid e-mail address")
        @NotTaken(value = Column.EMAIL, message = "is already registered")
        String email,

        @NotNull
        @Size(min = SignUp.MIN_PASSWORD_LENGTH, max = 200, message = "must be 10 to 200 characters long")
        String password) {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** Never print the password (records include every component in toString). */
    @Override
    public String toString() {
        return "SignUp[username=" + username + ", email=" + email + "]";
    }
}
