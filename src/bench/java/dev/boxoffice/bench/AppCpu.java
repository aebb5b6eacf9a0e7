package dev.boxoffice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the app's JVM has used so far (user + system, all threads), read from
 * /proc/{-Dbench.appPid}/stat; -Dbench.clockTicks is the kernel's USER_HZ (getconf CLK_TCK, 100).
 * Without a pid every reading is NaN, so a simulation also runs against an app on another machine.
 */
final class AppCpu {

    private static final long PID = Long.getLong("bench.appPid", 0);
    private static final int CLOCK_TICKS = Integer.getInteger("bench.clockTicks", 100);

    private AppCpu() {
    }

    static double millis() {
        if (PID <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(PID), "stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * 1000.0 / CLOCK_TICKS;
        } catch (IOException | RuntimeException gone) {
            return Double.NaN;
        }
    }
}
