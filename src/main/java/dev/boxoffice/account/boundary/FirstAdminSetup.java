package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Administrators;
import dev.boxoffice.account.control.SignUp;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fresh installation needs someone to administer it: when BOXOFFICE_ADMIN_PASSWORD is set and
 * no account has the admin role, {@code admin} gets that role and that password at start-up.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdminSetup {

    private static final Logger LOG = Logger.getLogger(FirstAdminSetup.class.getName());

    @Inject
    @ConfigProperty(name = "boxoffice.admin.password")
    Optional<String> password;
    @Inject
    Administrators administrators;

    @PostConstruct
    void ensureAnAdministrator() {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        if (password.get().length() < SignUp.MIN_PASSWORD_LENGTH) {
            // the same minimum as for everyone else's password
            LOG.severe("BOXOFFICE_ADMIN_PASSWORD is shorter than " + SignUp.MIN_PASSWORD_LENGTH
                    + " characters; no administrator was set up");
            return;
        }
        administrators.ensureFirstAdmin(password.get())
                .ifPresent(name -> LOG.info("Made " + name + " an administrator (BOXOFFICE_ADMIN_PASSWORD)"));
    }
}
