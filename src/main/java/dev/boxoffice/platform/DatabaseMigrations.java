package dev.boxoffice.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies the Liquibase changelogs (top-level liquibase/ folder, packaged at /liquibase) at start-up. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());
    private static final String CHANGELOG = "liquibase/changelog.xml";

    @Resource(lookup = "java:app/jdbc/boxoffice")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ClassLoader loader = getClass().getClassLoader();
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of(Scope.Attr.classLoader.name(), loader), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(loader), database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
            LOG.info("Database schema is up to date");
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed", e);
        }
    }
}
