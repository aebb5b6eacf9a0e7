package dev.boxoffice.bench;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Load benchmark, run only with {@code mvn verify -Pbench}: concurrent clients against the
 * deployed war on the embedded PostgreSQL, after a warm-up, in one run so that the numbers can
 * be compared. Reports to target/bench.txt; asserts nothing about speed.
 */
@ExtendWith(ArquillianExtension.class)
class BoxOfficeBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 60);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/boxoffice.war"));
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void measureReadsAndSales() throws Exception {
        Api api = new Api(deploymentUrl);
        ShowFixture big = TestData.show("Bench map", 40, 50);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            users.add(TestData.user("bench"));
        }
        LoadRun layouts = new LoadRun("GET 2,000-seat hall layout", CLIENTS,
                client -> check(api.get("api/hall-layout/" + big.showId() + "/", null), 200));
        LoadRun sales = new LoadRun("hold 2 best seats + book", CLIENTS, client -> {
            ShowFixture show = ShowPool.next();
            User user = users.get(client);
            Reply held = api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 2}", user);
            if (held.status() == 201) {
                check(api.post("api/bookings", "{\"hold_id\": " + held.json().getJsonNumber("id") + "}", user), 201);
            } else {
                check(held, 409);
            }
        });
        ShowPool.fill(400);
        layouts.run(WARM_UP_SECONDS / 2);
        sales.run(WARM_UP_SECONDS / 2);
        String report = String.format(Locale.ROOT, "%d clients, %d s each after warm-up, %s%n%s%n%s%n",
                CLIENTS, SECONDS, java.time.Instant.now(), layouts.run(SECONDS), sales.run(SECONDS));
        System.out.print(report);
        Files.writeString(Path.of("target", "bench.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + reply);
        }
    }

    /** Fresh 100-seat shows, so that sales never run out of seats. */
    private static final class ShowPool {
        private static final java.util.concurrent.ConcurrentLinkedQueue<ShowFixture> SHOWS =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        private static final java.util.concurrent.atomic.AtomicInteger USED = new java.util.concurrent.atomic.AtomicInteger();

        static void fill(int shows) {
            for (int i = 0; i < shows; i++) {
                SHOWS.add(TestData.show("Bench sales " + i, 10, 10));
            }
        }

        static ShowFixture next() {
            List<ShowFixture> all = new ArrayList<>(SHOWS);
            return all.get((USED.getAndIncrement() / 40) % all.size());
        }
    }
}
