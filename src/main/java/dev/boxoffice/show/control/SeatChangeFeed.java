package dev.boxoffice.show.control;

import dev.boxoffice.account.entity.AccountChanged;
import dev.boxoffice.platform.JsonConfig;
import dev.boxoffice.show.entity.SeatChange;
import dev.boxoffice.show.entity.SeatFeedStatus;
import dev.boxoffice.show.entity.ShowChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * This instance's one LISTENer: a dedicated long-lived connection (never one of the pool's)
 * receives every committed seat change and show change of every instance and fires it as a CDI
 * event to the local subscribers (browsers, SSE clients, the layout cache), and says whether it
 * is listening ({@link SeatFeedStatus}). Reconnects with back-off when the database goes
 * away, and then fires a resync so subscribers can reload what they may have missed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeatChangeFeed {

    public static final String CHANNEL = "boxoffice_seat_changes";
    public static final String SHOW_CHANNEL = "boxoffice_show_changes";
    private static final Logger LOG = Logger.getLogger(SeatChangeFeed.class.getName());
    private static final int POLL_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    @Resource
    ManagedThreadFactory threads;
    @Inject
    Event<SeatChange> changes;
    @Inject
    Event<ShowChanged> showChanges;
    @Inject
    Event<SeatFeedStatus> status;
    @Inject
    Event<AccountChanged> accountChanges;
    @Inject
    @ConfigProperty(name = "db.url")
    String url;
    @Inject
    @ConfigProperty(name = "db.user")
    String user;
    @Inject
    @ConfigProperty(name = "db.password")
    String password;

    private volatile boolean running = true;
    private Thread listener;

    @PostConstruct
    void start() {
        listener = threads.newThread(this::listenUntilStopped);
        listener.setName("seat-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
    }

    private void listenUntilStopped() {
        long backoff = 250;
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + SHOW_CHANNEL);
                    statement.execute("LISTEN " + AccountChanged.CHANNEL);
                }
                status.fire(new SeatFeedStatus(true));
                accountChanges.fire(AccountChanged.everything()); // account copies read before now may have missed a notice
                if (reconnecting) {
                    LOG.info("Seat change listener reconnected");
                    changes.fire(SeatChange.resync());
                }
                backoff = 250;
                reconnecting = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getName(), notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                status.fire(new SeatFeedStatus(false));
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "Seat change listener lost the database; retrying in " + backoff + " ms: "
                        + e.getMessage());
                if (!sleep(backoff)) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void dispatch(String channel, String payload) {
        if (AccountChanged.CHANNEL.equals(channel)) {
            dispatchAccountChange(payload);
            return;
        }
        try {
            if (SHOW_CHANNEL.equals(channel)) {
                showChanges.fire(new ShowChanged(Long.parseLong(payload)));
                return;
            }
            changes.fire(JsonConfig.jsonb().fromJson(payload, SeatChange.class));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not deliver seat change " + payload, e);
        }
    }

    /** Account changes ride on the same connection, so that an instance has one LISTENer. */
    private void dispatchAccountChange(String accountId) {
        try {
            accountChanges.fire(new AccountChanged(Long.parseLong(accountId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not deliver account change " + accountId, e);
            accountChanges.fire(AccountChanged.everything());
        }
    }

    private Connection connect() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setTcpKeepAlive(true);
        // a database that is down refuses at once; these bound a host that does not answer at all
        dataSource.setConnectTimeout(2);
        dataSource.setLoginTimeout(3);
        dataSource.setApplicationName("boxoffice-seat-change-listener");
        return dataSource.getConnection();
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
