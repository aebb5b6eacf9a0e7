package dev.boxoffice.fault;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.MixedLoad;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The long multi-instance run (src/bench/multi-instance.sh): clients spread over the instances
 * named by -Dload.urls run randomised hold / book / release / cancel on the overlapping seats of
 * a fresh show for -Dload.seconds; prints the counts and the invariant checks, and exits 1 when
 * a check fails or an instance answered 5xx. The database is -Dboxoffice.db.url. With
 * -Dload.killPid and -Dload.killAfter (seconds), that process (an instance) gets SIGKILL
 * mid-run, and the answers of each instance after that moment are printed too.
 */
public final class MultiInstanceLoad {

    private static final Map<String, Integer> KILL_SNAPSHOT = new TreeMap<>();

    private MultiInstanceLoad() {
    }

    /**
     * The live holds of the killed instance's clients: nobody will book or release them now, so
     * the surviving instance's expiry timer must (within the TTL, -Dload.holdTtl, plus two runs).
     */
    private static long liveHoldsOf(List<String> usernames) {
        return TestData.scalar("SELECT count(*) FROM hold h JOIN account a ON a.id = h.account_id"
                + " WHERE h.status = 'ACTIVE' AND h.expires_at > now() AND a.username IN (" + quoted(usernames) + ")");
    }

    private static String quoted(List<String> usernames) {
        return "'" + String.join("','", usernames) + "'";
    }

    private static boolean orphanedHoldsExpire(List<String> usernames) throws InterruptedException {
        String names = quoted(usernames);
        long orphans = ORPHANS_AT_KILL[0];
        long wait = Long.getLong("load.holdTtl", 300) + 12;
        System.out.println("Live holds of the killed instance's clients at the kill: " + orphans + "; waiting " + wait + " s…");
        Thread.sleep(wait * 1000);
        long stillHeld = TestData.scalar("SELECT count(*) FROM show_seat ss JOIN hold h ON h.id = ss.hold_id"
                + " JOIN account a ON a.id = h.account_id WHERE ss.status = 'HELD' AND a.username IN (" + names + ")");
        long expired = TestData.scalar("SELECT count(*) FROM hold h JOIN account a ON a.id = h.account_id"
                + " WHERE h.status = 'EXPIRED' AND a.username IN (" + names + ")");
        System.out.println("Their holds now EXPIRED: " + expired + "; their seats still held: " + stillHeld);
        return stillHeld == 0 && expired >= orphans;
    }

    private static final long[] ORPHANS_AT_KILL = new long[1];

    private static Thread killLater(MixedLoad load, List<String> killedClients) {
        Long pid = Long.getLong("load.killPid");
        if (pid == null) {
            return null;
        }
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(Long.getLong("load.killAfter", 20) * 1000);
            } catch (InterruptedException e) {
                return;
            }
            KILL_SNAPSHOT.putAll(load.answeredPerInstance());
            boolean killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
            ORPHANS_AT_KILL[0] = liveHoldsOf(killedClients);
            System.out.println("kill -9 " + pid + (killed ? "" : " (not found)") + " after " + Long.getLong("load.killAfter", 20) + " s");
        });
        killer.start();
        return killer;
    }

    public static void main(String[] args) throws Exception {
        List<Api> instances = new ArrayList<>();
        for (String url : System.getProperty("load.urls", "http://localhost:8080/,http://localhost:8081/").split(",")) {
            instances.add(new Api(new URL(url)));
        }
        int clients = Integer.getInteger("load.clients", 64);
        Duration seconds = Duration.ofSeconds(Long.getLong("load.seconds", 60));
        ShowFixture show = TestData.show("Multi-instance load", 4, 10);
        List<MixedLoad.Client> spread = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            spread.add(new MixedLoad.Client(instances.get(i % instances.size()), TestData.user("load")));
        }
        System.out.println("Show " + show.showId() + ": " + clients + " clients on " + instances.size() + " instances, "
                + seconds.toSeconds() + " s, 40 seats…");
        MixedLoad load = new MixedLoad(show.showId(), show.seatIds(), spread, System.currentTimeMillis());
        List<String> killedClients = spread.stream().filter(c -> c.api() == instances.get(instances.size() - 1))
                .map(c -> c.user().name()).toList();
        Thread killer = killLater(load, killedClients);
        load.run(seconds);
        System.out.println(load.summary());
        System.out.println("Answered per instance: " + load.answeredPerInstance());
        boolean orphansExpired = true;
        if (killer != null) {
            killer.join();
            Map<String, Integer> after = new TreeMap<>(load.answeredPerInstance());
            KILL_SNAPSHOT.forEach((instance, before) -> after.merge(instance, -before, Integer::sum));
            System.out.println("Answered per instance after the kill: " + after);
            orphansExpired = orphanedHoldsExpire(killedClients);
        }
        Map<String, Long> violations = TestData.invariantViolations();
        violations.forEach((check, n) -> System.out.println("  " + check + ": " + n));
        boolean ok = violations.values().stream().allMatch(n -> n == 0) && load.serverErrors() == 0 && load.crashed().isEmpty()
                && orphansExpired;
        System.out.println(ok ? "INVARIANT HOLDS, no 5xx" : "FAILED");
        System.exit(ok ? 0 : 1);
    }
}
