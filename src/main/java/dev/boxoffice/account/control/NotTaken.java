package dev.boxoffice.account.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.inject.Inject;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No account uses this username (or e-mail address) yet, compared without regard to case.
 * The unique indexes on lower(username) and lower(email) have the last word when two sign-ups
 * race; {@link SignUps} then reports the loser through this same constraint.
 */
@Constraint(validatedBy = NotTaken.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotTaken {

    enum Column { USERNAME, EMAIL }

    Column value();

    String message() default "is already taken";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotTaken, String> {

        @Inject
        Accounts accounts;
        private Column column;

        @Override
        public void initialize(NotTaken annotation) {
            column = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !accounts.isTaken(column, value);
        }
    }
}
