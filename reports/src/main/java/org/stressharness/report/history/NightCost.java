package org.stressharness.report.history;

/**
 * What one night cost: its runs (one per job and shard) and their wall time added up, the machine time a night
 * takes.
 */
public record NightCost(String night, int runs, long machineMs, int results) {

    /** The machine time in hours, e.g. "11.0 h". */
    public String machineTime() {
        return String.format(java.util.Locale.ROOT, "%.1f h", machineMs / 3_600_000.0);
    }
}
