package dev.boxoffice.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo data at start-up when BOXOFFICE_DEMO=true. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    @Inject
    @ConfigProperty(name = "boxoffice.demo", defaultValue = "false")
    boolean enabled;
    @Inject
    DemoData demoData;

    @PostConstruct
    void loadIfEnabled() {
        if (enabled) {
            demoData.load();
        }
    }
}
