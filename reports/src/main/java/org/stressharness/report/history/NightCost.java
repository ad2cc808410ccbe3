package org.stressharness.report.history;

/**
 * What one night cost: its runs (one per job and shard) and their wall time added up, the machine time a night
 * takes.
 */
public record NightCost(String night, int runs, long machineMs, int results) {
}
