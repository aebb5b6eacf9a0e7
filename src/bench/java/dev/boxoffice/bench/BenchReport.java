package dev.boxoffice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the files of one src/bench/run.sh run into target/bench/report.md, and prints it. */
public final class BenchReport {

    private final Path dir;
    private final StringBuilder md = new StringBuilder();

    private BenchReport(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        BenchReport report = new BenchReport(Path.of(args.length > 0 ? args[0] : "target/bench"));
        String text = report.build();
        Files.writeString(report.dir.resolve("report.md"), text);
        System.out.println(text);
    }

    private String build() throws IOException {
        md.append("# Box Office benchmark\n\n| | |\n|---|---|\n");
        for (String line : Files.readAllLines(dir.resolve("machine.tsv"))) {
            String[] kv = line.split("\t", 2);
            md.append("| ").append(kv[0]).append(" | ").append(kv[1]).append(" |\n");
        }
        List<String> holdUsers = holdUsers();
        Map<String, String> pgLayout = pgbench("layout");

        md.append("\n## Results\n\nThroughput in requests (app) or transactions (pgbench) per second; latencies in ms; ")
                .append("app CPU = the app JVM's CPU time (user + system) over the measured window ÷ the requests answered in it.\n\n")
                .append("| Scenario | Request | Served by | /s | p50 | p99 | max | Unexpected | 5xx | Answers | App CPU ms/request | App ÷ pgbench |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|\n");
        String layout = "1 layout read, " + users() + " users";
        appRow(layout, "layout-read", "layout", "app", ratio("layout.sql", pgLayout, "layout-read", "layout"));
        if (Files.exists(dir.resolve("layout-read-baseline.tsv"))) {
            appRow(layout, "layout-read-baseline", "layout", "baseline app", ratio("layout.sql", pgLayout, "layout-read-baseline", "layout"));
        }
        pgRow(layout, "layout.sql", pgLayout);
        for (String users : holdUsers) {
            String scenario = "2 distinct 4-seat holds, " + users + " users";
            String sim = "distinct-holds-" + users;
            appRow(scenario, sim, "hold", "app", ratio("least SQL", pgbench("hold-least-" + users), sim, "hold") + ", "
                    + ratio("app statements", pgbench("hold-" + users), sim, "hold"));
            appRow(scenario, sim, "release", "app", "");
            pgRow(scenario, "hold-least.sql", pgbench("hold-least-" + users));
            pgRow(scenario, "hold.sql", pgbench("hold-" + users));
        }
        appRow("2 holds, first " + firstWindow(), "distinct-holds-first-minute", "hold", "fresh app", "");
        appRow("2 holds, first " + firstWindow(), "distinct-holds-first-minute", "release", "fresh app", "");
        appRow("3 hot seat, 200 at once", "hot-seat", "hot hold", "app", "");
        appRow("4 full flow", "full-flow", "flow hold", "app", "");
        appRow("4 full flow", "full-flow", "flow book", "app", "");
        appRow("4 full flow", "full-flow", "flow cancel", "app", "");
        md.append("\nA pgbench scenario 2 transaction is one hold and its release (the SQL of both requests), so it compares with the app's hold rate; ")
                .append("the app's CPU per request there counts holds and releases alike.\n");

        md.append("\n## Targets\n\n");
        String durability = machine("durability");
        target("Durable PostgreSQL (fsync and synchronous_commit on): " + durability,
                durability.contains("fsync=on") && durability.contains("synchronous_commit=on"));
        for (String users : holdUsers) {
            double holdRatio = num(app("distinct-holds-" + users, "hold"), "per_second") / num(pgbench("hold-least-" + users), "tps");
            target(String.format(Locale.ROOT, "Holds at %s users ≥ 50 %% of the least-SQL pgbench: %.0f %%", users, 100 * holdRatio),
                    holdRatio >= 0.5);
        }
        Map<String, String> appLayout = app("layout-read", "layout");
        double layoutP99 = num(appLayout, "p99_ms");
        target(String.format(Locale.ROOT, "Layout read p99 < 10 ms at %s users: %.0f ms", users(), layoutP99), layoutP99 < 10);
        Map<String, String> baseLayout = app("layout-read-baseline", "layout");
        if (baseLayout == null) {
            target("Layout throughput ≥ the baseline's: baseline not measured (BENCH_BASELINE_WAR)", false);
        } else {
            target(String.format(Locale.ROOT, "Layout throughput ≥ the baseline's: %.1f /s against %.1f /s (p99 %s against %s ms)",
                    num(appLayout, "per_second"), num(baseLayout, "per_second"), appLayout.get("p99_ms"), baseLayout.get("p99_ms")),
                    num(appLayout, "per_second") >= num(baseLayout, "per_second"));
        }
        Map<String, String> hot = app("hot-seat", "hot hold");
        String answers = hot == null ? "{}" : hot.get("statuses");
        long winners = count(answers, 201);
        long rounds = Math.round(num(hot, "count") / Integer.getInteger("bench.hotUsers", 200));
        target("Hot seat: exactly one winner per round: " + winners + " winners in " + rounds + " rounds", winners == rounds);
        target("Hot seat: every other answer 409: " + answers, count(answers, 409) == num(hot, "count") - winners);
        target("Hot seat: p99 < 150 ms: " + (hot == null ? "?" : hot.get("p99_ms")) + " ms", num(hot, "p99_ms") < 150);
        long serverErrors = 0;
        for (String sim : simulations(holdUsers)) {
            serverErrors += rows(dir.resolve(sim + ".tsv"), "request").values().stream().mapToLong(r -> (long) num(r, "server_errors")).sum();
        }
        target("No 5xx in any scenario: " + serverErrors, serverErrors == 0);
        double first = num(app("distinct-holds-first-minute", "hold"), "per_second");
        double steady = num(app("distinct-holds-" + holdUsers.get(0), "hold"), "per_second");
        target(String.format(Locale.ROOT, "Holds in the first %s ≥ 70 %% of the steady rate (%s users): %.1f against %.1f /s, %.0f %%",
                firstWindow(), holdUsers.get(0), first, steady, 100 * first / steady), first >= 0.7 * steady);

        md.append("\n## Invariant after the run (violations)\n\n");
        for (String line : Files.readAllLines(dir.resolve("invariant.tsv"))) {
            String[] kv = line.split("\t");
            md.append("- ").append(kv[0]).append(": ").append(kv[1]).append(kv[1].equals("0") ? "" : "  **VIOLATED**").append('\n');
        }
        return md.toString();
    }

    private static List<String> simulations(List<String> holdUsers) {
        List<String> sims = new ArrayList<>(List.of("layout-read", "layout-read-baseline", "distinct-holds-first-minute", "hot-seat", "full-flow"));
        holdUsers.forEach(users -> sims.add("distinct-holds-" + users));
        return sims;
    }

    /** The user counts scenario 2 ran with, from the distinct-holds-{users}.tsv files, fewest first. */
    private List<String> holdUsers() throws IOException {
        try (var files = Files.list(dir)) {
            List<String> users = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.matches("distinct-holds-[0-9]+\\.tsv"))
                    .map(f -> f.replaceAll("[^0-9]", ""))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
            return users.isEmpty() ? List.of("16") : users;
        }
    }

    /** "60 s after start-up" with when the measured holds began, from startup.tsv and the run's CPU window. */
    private String firstWindow() throws IOException {
        Map<String, String> cpu = rows(dir.resolve("distinct-holds-first-minute-cpu.tsv"), null).get("0");
        Map<String, String> startup = rows(dir.resolve("startup.tsv"), null).get("0");
        if (cpu == null || startup == null) {
            return "minute";
        }
        double ready = num(startup, "ready_ms");
        return String.format(Locale.ROOT, "%.0f s (from %.0f s after the app was ready)",
                (num(cpu, "window_end_ms") - num(cpu, "window_start_ms")) / 1000, (num(cpu, "window_start_ms") - ready) / 1000);
    }

    private Map<String, String> app(String simulation, String request) throws IOException {
        return rows(dir.resolve(simulation + ".tsv"), "request").get(request);
    }

    private Map<String, String> pgbench(String name) throws IOException {
        return rows(dir.resolve("pgbench-" + name + ".tsv"), null).get("0");
    }

    private String ratio(String label, Map<String, String> pg, String simulation, String request) throws IOException {
        return String.format(Locale.ROOT, "%.0f %% of %s", 100 * num(app(simulation, request), "per_second") / num(pg, "tps"), label);
    }

    private String machine(String key) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("machine.tsv"))) {
            if (line.startsWith(key + "\t")) {
                return line.split("\t", 2)[1];
            }
        }
        return "?";
    }

    private String users() throws IOException {
        for (String line : Files.readAllLines(dir.resolve("machine.tsv"))) {
            if (line.startsWith("settings\t")) {
                return line.split("\t")[1].split(" ")[0];
            }
        }
        return "?";
    }

    private void appRow(String scenario, String simulation, String request, String servedBy, String ratio) throws IOException {
        Map<String, String> app = app(simulation, request);
        if (app == null) {
            md.append("| ").append(scenario).append(" | ").append(request).append(" (missing) | ").append(servedBy).append(" ||||||||||\n");
            return;
        }
        boolean first = Set.of("layout", "hold", "hot hold", "flow hold").contains(request); // one CPU figure per scenario
        Map<String, String> cpu = rows(dir.resolve(simulation + "-cpu.tsv"), null).get("0");
        String cpuCell = first && cpu != null ? String.format(Locale.ROOT, "%.2f", num(cpu, "cpu_ms_per_request")) : "";
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |\n", scenario, request, servedBy,
                num(app, "per_second"), app.get("p50_ms"), app.get("p99_ms"), app.get("max_ms"), app.get("unexpected"),
                app.get("server_errors"), app.get("statuses"), cpuCell, ratio));
    }

    private void pgRow(String scenario, String script, Map<String, String> pg) {
        if (pg == null) {
            md.append("| ").append(scenario).append(" | ").append(script).append(" (missing) | pgbench ||||||||||\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | pgbench | %.1f | %s | %s | %s | %s | | | | |\n", scenario, script,
                num(pg, "tps"), pg.get("p50_ms"), pg.get("p99_ms"), pg.get("max_ms"), pg.get("failed")));
    }

    private void target(String text, boolean met) {
        md.append("- ").append(met ? "met" : "**not met**").append(": ").append(text).append('\n');
    }

    /** Rows of a TSV with a header line, keyed by the {@code key} column (or by row number). */
    private static Map<String, Map<String, String>> rows(Path tsv, String key) throws IOException {
        List<String> lines = Files.exists(tsv) ? Files.readAllLines(tsv) : List.of();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return rows;
        }
        String[] header = lines.get(0).split("\t");
        List<String> data = new ArrayList<>(lines.subList(1, lines.size()));
        for (int i = 0; i < data.size(); i++) {
            String[] cells = data.get(i).split("\t");
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length && c < cells.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.put(key == null ? String.valueOf(i) : row.get(key), row);
        }
        return rows;
    }

    private static double num(Map<String, String> row, String column) {
        return row == null || row.get(column) == null ? Double.NaN : Double.parseDouble(row.get(column));
    }

    /** How many answers had the status, from "{201=1,409=199}". */
    private static long count(String statuses, int status) {
        for (String pair : statuses.replaceAll("[{}]", "").split(",")) {
            String[] kv = pair.split("=");
            if (kv.length == 2 && kv[0].equals(String.valueOf(status))) {
                return Long.parseLong(kv[1]);
            }
        }
        return 0;
    }
}
