package dev.boxoffice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Map<String, Map<String, String>> app = new LinkedHashMap<>();
        for (String sim : List.of("layout-read", "distinct-holds", "hot-seat", "full-flow")) {
            app.putAll(rows(dir.resolve(sim + ".tsv"), "request"));
        }
        Map<String, String> pgLayout = rows(dir.resolve("pgbench-layout.tsv"), null).get("0");
        Map<String, String> pgHold = rows(dir.resolve("pgbench-hold.tsv"), null).get("0");

        md.append("\n## Results\n\nThroughput in requests (app) or transactions (pgbench) per second; latencies in ms.\n\n")
                .append("| Scenario | Request | App /s | p50 | p99 | max | Unexpected | 5xx | Answers | pgbench /s | pgbench p50 | pgbench p99 | App ÷ pgbench |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        row("1 layout read", app.get("layout"), pgLayout);
        row("2 distinct 4-seat holds", app.get("hold"), pgHold);
        row("2 (release)", app.get("release"), null);
        row("3 hot seat, 200 at once", app.get("hot hold"), null);
        row("4 full flow", app.get("flow hold"), null);
        row("4 full flow", app.get("flow book"), null);
        row("4 full flow", app.get("flow cancel"), null);
        md.append("\npgbench scenario 2 transaction = one hold and its release (the SQL of both requests), so it compares with the app's hold rate.\n");

        md.append("\n## Targets\n\n");
        double holdRatio = num(app.get("hold"), "per_second") / num(pgHold, "tps");
        target(String.format(Locale.ROOT, "Hold throughput ≥ 50 %% of pgbench: %.0f %%", 100 * holdRatio), holdRatio >= 0.5);
        double layoutP99 = num(app.get("layout"), "p99_ms");
        target(String.format(Locale.ROOT, "Layout read p99 < 25 ms at %s users: %.0f ms", users(), layoutP99), layoutP99 < 25);
        Map<String, String> hot = app.get("hot hold");
        String answers = hot.get("statuses");
        long winners = count(answers, 201);
        long rounds = Math.round(num(hot, "count") / Integer.getInteger("bench.hotUsers", 200));
        target("Hot seat: exactly one winner per round: " + winners + " winners in " + rounds + " rounds", winners == rounds);
        target("Hot seat: every other answer 409: " + answers, count(answers, 409) == num(hot, "count") - winners);
        target("Hot seat: p99 < 200 ms: " + hot.get("p99_ms") + " ms", num(hot, "p99_ms") < 200);
        long serverErrors = app.values().stream().mapToLong(r -> (long) num(r, "server_errors")).sum();
        target("No 5xx in any scenario: " + serverErrors, serverErrors == 0);

        md.append("\n## Invariant after the run (violations)\n\n");
        for (String line : Files.readAllLines(dir.resolve("invariant.tsv"))) {
            String[] kv = line.split("\t");
            md.append("- ").append(kv[0]).append(": ").append(kv[1]).append(kv[1].equals("0") ? "" : "  **VIOLATED**").append('\n');
        }
        return md.toString();
    }

    private String users() throws IOException {
        for (String line : Files.readAllLines(dir.resolve("machine.tsv"))) {
            if (line.startsWith("settings\t")) {
                return line.split("\t")[1].split(" ")[0];
            }
        }
        return "?";
    }

    private void row(String scenario, Map<String, String> app, Map<String, String> pg) {
        if (app == null) {
            md.append("| ").append(scenario).append(" | (missing) |||||||||||\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %s | %s | %s | %s | %s | ", scenario, app.get("request"),
                num(app, "per_second"), app.get("p50_ms"), app.get("p99_ms"), app.get("max_ms"), app.get("unexpected"),
                app.get("server_errors"), app.get("statuses")));
        if (pg == null) {
            md.append("| | | |\n");
        } else {
            md.append(String.format(Locale.ROOT, "%.1f | %s | %s | %.0f %% |\n", num(pg, "tps"), pg.get("p50_ms"), pg.get("p99_ms"),
                    100 * num(app, "per_second") / num(pg, "tps")));
        }
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
