package dev.boxoffice.account.control;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;

/**
 * Broken sign-up rules. Still a ConstraintViolationException, so the API answers it like any
 * validation failure; marked as an application exception so it leaves the EJB unwrapped and
 * without the container logging a stack trace for every mistyped form.
 */
@ApplicationException(rollback = true)
public class InvalidSignUp extends ConstraintViolationException {

    public InvalidSignUp(Set<? extends ConstraintViolation<?>> violations) {
        super(violations);
    }
}
