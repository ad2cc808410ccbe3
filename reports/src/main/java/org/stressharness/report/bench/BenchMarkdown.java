package org.stressharness.report.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The benchmark tables as Markdown, for docs/measured.md and a CI job summary. */
public final class BenchMarkdown {

    public String render(BenchReport b) {
        StringBuilder md = new StringBuilder();
        var h = b.host();
        md.append("### Benchmarks `").append(b.id()).append("`\n\n");
        if (h != null) {
            md.append(h.arch()).append(", ").append(h.cpuModel()).append(", ").append(h.cores()).append(" cores, ")
                    .append(h.memoryBytes() >> 30).append(" GiB, ").append(h.jvmVendor()).append(' ')
                    .append(h.jvmVersion()).append(h.container() ? ", container" : "").append("\n\n");
        }
        if (!b.cost().isEmpty()) {
            md.append("**Cost of a whole run**\n\n| profile | CPUs | wall | CPU time | tests | jcstress | lincheck | "
                    + "scenarios | jcstress configurations | jcstress test×config runs | exit "
                    + "|\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (var c : b.cost()) {
                md.append(row(c.profile(), c.cpus(), secs(c.wallSeconds()), secs(c.cpuSeconds()), c.tests(),
                        secs(c.suiteSeconds().getOrDefault("jcstress", Double.NaN)),
                        secs(c.suiteSeconds().getOrDefault("lincheck", Double.NaN)),
                        secs(c.suiteSeconds().getOrDefault("scenarios", Double.NaN)),
                        c.jcstressConfigurations(), c.jcstressTestRuns(), c.exitCode()));
            }
            md.append('\n');
        }
        if (!b.detection().isEmpty()) {
            // With no repeated attempts (--repetitions 0) there is no time to first to show: only the runs' own rates.
            boolean attempts = b.detection().stream().anyMatch(d -> d.repetitions() > 0);
            md.append("**Detection power of the demonstrations**\n\n| profile | test | racy frequency | samples |")
                    .append(attempts ? " seen in | time to first (median / worst) | samples to first (median / worst) "
                            + "|\n|---|---|---|---|---|---|---|\n"
                            : "\n|---|---|---|---|\n");
            for (var d : b.detection()) {
                List<Object> cells = new ArrayList<>(List.of(d.profile(), "`" + shortName(d.test()) + "`",
                        pct(d.frequency()), count(d.samples())));
                if (attempts) {
                    cells.add(d.observedIn() + "/" + d.repetitions());
                    cells.add(secs(median(d.secondsToFirst())) + " / " + secs(worst(d.secondsToFirst())));
                    cells.add(count(median(longs(d.samplesToFirst())))
                            + " / " + count(worst(longs(d.samplesToFirst()))));
                }
                md.append(row(cells.toArray()));
            }
            md.append(attempts ? "\nTime to first observation counts whole attempts (one jcstress run of the test at "
                    + "that profile); a try that never saw it within the limit counts as the limit.\n\n"
                    : "\n");
            if (b.detection().stream().anyMatch(d -> d.profileRuns() > 1)) {
                md.append("**Fired in whole runs of the profile**\n\n| profile | test | fired in runs | first seen in "
                        + "the run (median / worst) | samples/s |\n|---|---|---|---|---|\n");
                for (var d : b.detection()) {
                    List<Double> first = d.firstInRunSeconds() == null ? List.of() : d.firstInRunSeconds();
                    md.append(row(d.profile(), "`" + shortName(d.test()) + "`", d.firedInRuns() + "/" + d.profileRuns(),
                            first.isEmpty() ? "–" : secs(median(first)) + " / " + secs(worst(first)),
                            count(d.samplesPerSecond())));
                }
                md.append("\nFirst seen in the run: from the test's start to the end of the first fork that held an "
                        + "interesting outcome, over the runs that showed one.\n\n");
            }
            if (b.detection().stream().anyMatch(d -> d.exactConfiguration() != null)) {
                md.append("**Reproducing in the configuration that showed it** (what `harness reproduce` runs) "
                        + "against re-running the whole profile\n\n| profile | test | first run of the profile saw it "
                        + "| whole profile: time to first (median) | exact configuration | seen in | time to first "
                        + "(median / worst) | faster |\n|---|---|---|---|---|---|---|---|\n");
                for (var d : b.detection()) {
                    if (d.exactConfiguration() == null) {
                        continue;
                    }
                    long firstRun = d.attemptsToFirst().stream().filter(a -> a == 1).count();
                    double whole = median(d.secondsToFirst());
                    double exact = median(d.exactSecondsToFirst());
                    md.append(row(d.profile(), "`" + shortName(d.test()) + "`", firstRun + "/" + d.repetitions(),
                            secs(whole), "`" + d.exactConfiguration() + "`",
                            d.exactObservedIn() + "/" + d.exactSecondsToFirst().size(),
                            secs(exact) + " / " + secs(worst(d.exactSecondsToFirst())),
                            exact > 0 ? String.format(Locale.ROOT, "%.1fx", whole / exact) : "–"));
                }
                md.append('\n');
            }
        }
        if (!b.guards().isEmpty()) {
            md.append("**Guards: forbidden outcomes never seen**\n\n| profile | test | samples | forks | 95% upper "
                    + "bound on the share of forks showing one |\n|---|---|---|---|---|\n");
            for (var g : b.guards()) {
                md.append(row(g.profile(), "`" + shortName(g.test()) + "`", count(g.samples()),
                        Integer.toString(g.forks()), String.format(Locale.ROOT, "%.2g", g.upperBound95())));
            }
            md.append('\n');
        }
        if (!b.lincheck().isEmpty()) {
            md.append("**Lincheck**\n\n| profile | test | strategy | expects failure | failed | time | invocations | "
                    + "invocations/s |\n|---|---|---|---|---|---|---|---|\n");
            for (var l : b.lincheck()) {
                md.append(row(l.profile(), "`" + l.test() + "`", l.strategy(), l.expectFailure() ? "yes" : "no",
                        l.failed() ? "yes" : "no", secs(l.seconds()), count(l.invocations()),
                        count(l.invocationsPerSecond())));
            }
            md.append("\nFor a test that failed, the time is the time to detection: Lincheck stops at the first "
                    + "failing scenario.\n\n");
        }
        if (!b.scenarios().isEmpty()) {
            md.append("**Memory scenarios**\n\n| profile | scenario | time to OOM | elements at OOM | unmonitored: "
                    + "time | unmonitored: elements |\n|---|---|---|---|---|---|\n");
            for (var s : b.scenarios()) {
                md.append(row(s.profile(), s.scenario(), secs(s.secondsToOom()), count(s.elementsAtOom()),
                        secs(s.secondsUnmonitored()), count(s.elementsAtOomUnmonitored())));
            }
            md.append('\n');
        }
        if (b.history() != null && !b.history().isEmpty()) {
            md.append("**History across nights** (`harness history` on a synthetic directory of digests: read, "
                    + "analyse, write history.html and history.md)\n\n| nights x jobs x tests | digests | first pass "
                    + "(cold JVM) | best warm pass | history.html | history.md |\n|---|---|---|---|---|---|\n");
            for (var hc : b.history()) {
                md.append(row(hc.nights() + " x " + hc.jobs() + " x " + hc.tests(), mb(hc.digestBytes()),
                        secs(hc.firstMillis() / 1000), secs(hc.bestMillis() / 1000), mb(hc.htmlBytes()),
                        mb(hc.markdownBytes())));
            }
            md.append('\n');
        }
        if (!b.rendering().isEmpty()) {
            md.append("**Report rendering** (run.json, index.html, summary.md, junit.xml)\n\n| results | time | "
                    + "allocated | index.html | run.json |\n|---|---|---|---|---|\n");
            for (var r : b.rendering()) {
                md.append(row(count(r.results()), String.format(Locale.ROOT, "%.0f ms", r.renderMillis()),
                        String.format(Locale.ROOT, "%.0f MB", r.allocatedMegabytes()), mb(r.htmlBytes()),
                                mb(r.jsonBytes())));
            }
            md.append('\n');
        }
        if (!b.jmh().isEmpty()) {
            md.append("**JMH: reading and rendering** (`java -jar benchmarks/target/benchmarks.jar -prof gc`)\n\n| "
                    + "benchmark | results | time per operation | ± (99.9%) | allocated per operation "
                    + "|\n|---|---|---|---|---|\n");
            for (var j : b.jmh()) {
                md.append(row(j.benchmark(), count(j.results()), String.format(Locale.ROOT, "%.2f %s", j.score(),
                        j.unit()),
                        Double.isNaN(j.error()) ? "–" : String.format(Locale.ROOT, "%.2f", j.error()),
                        Double.isNaN(j.allocatedBytesPerOp()) ? "–" : mb((long) j.allocatedBytesPerOp())));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String row(Object... cells) {
        StringBuilder r = new StringBuilder("|");
        for (Object c : cells) {
            r.append(' ').append(String.valueOf(c).replace("|", "\\|")).append(" |");
        }
        return r.append('\n').toString();
    }

    static String shortName(String test) {
        int dot = test.lastIndexOf('.');
        int pkg = dot < 0 ? -1 : test.lastIndexOf('.', dot - 1);
        return pkg < 0 ? test : test.substring(pkg + 1);
    }

    private static String secs(double s) {
        if (Double.isNaN(s)) {
            return "–";
        }
        if (s >= 120) {
            return String.format(Locale.ROOT, "%.1f min", s / 60);
        }
        return String.format(Locale.ROOT, s < 10 ? "%.2f s" : "%.0f s", s);
    }

    private static String pct(double f) {
        return Double.isNaN(f) ? "–" : String.format(Locale.ROOT, f >= 0.01 ? "%.1f%%" : "%.2g%%", 100 * f);
    }

    private static String count(double n) {
        if (Double.isNaN(n)) {
            return "–";
        }
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", n / 1e6);
        }
        if (n >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", n);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static List<Double> longs(List<Long> values) {
        return values.stream().map(Long::doubleValue).toList();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    static double worst(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
