package org.stressharness.scenarios.engine;

import org.stressharness.results.model.ProfileSettings;
import org.stressharness.results.suite.UsageException;
import org.stressharness.results.model.Profile;
import org.stressharness.results.suite.SuiteContract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The suite runner's command line: the suite contract ({@link SuiteContract}: {@code --profile}, {@code --out},
 * {@code --only}, {@code --tests}, {@code --map}, {@code --list}) plus the scenarios' own
 * {@code [--heap SIZE] [--gc G1|Serial|Parallel|Z] [--heap-dump] [--jfr] [--no-monitoring]}.
 *
 * @param heap     {@code --heap}, overriding the profile's heap size
 * @param workload {@code --workload}: a team's {@code MemoryWorkload} class, run alone; null: the catalogs'
 */
public record SuiteOptions(SuiteContract contract, Optional<HeapSize> heap, Collector collector, boolean heapDump,
                           boolean monitoring, boolean jfr, String workload) {

    public static SuiteOptions parse(String... args) throws UsageException {
        SuiteContract contract;
        try {
            contract = SuiteContract.parse(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<HeapSize> heap = Optional.empty();
        Collector collector = Collector.G1;
        boolean heapDump = false;
        boolean monitoring = true;
        boolean jfr = false;
        String workload = null;
        String[] own = contract.suiteOptions().toArray(String[]::new);
        for (int i = 0; i < own.length; i++) {
            String a = own[i];
            try {
                switch (a) {
                    case "--heap" -> heap = Optional.of(HeapSize.parse(value(own, ++i, a)));
                    case "--gc" -> collector = Collector.parse(value(own, ++i, a));
                    case "--heap-dump" -> heapDump = true;
                    case "--no-monitoring" -> monitoring = false;
                    case "--jfr" -> jfr = true;
                    case "--workload" -> workload = value(own, ++i, a);
                    default -> throw new UsageException("unknown option '" + a + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (contract.map() != null && contract.map().isBlank()) {
            throw new UsageException("--map needs a class name");
        }
        return new SuiteOptions(contract, heap, collector, heapDump, monitoring, jfr, workload);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    public Profile profile() {
        return contract.profile();
    }

    public Path out() {
        return contract.out();
    }

    public String mapClass() {
        return contract.map();
    }

    public boolean list() {
        return contract.list();
    }

    /** Whether {@code --only} finds the scenario's id (no {@code --only}: every scenario). */
    public boolean selects(Scenario scenario) {
        return contract.only() == null || contract.only().matcher(scenario.id()).find();
    }

    /** The scenarios to run, from those available, as the contract selects them ({@code --tests}, {@code --only}). */
    public List<Scenario> select(List<Scenario> available) {
        return contract.select(available.stream().map(Scenario::id).toList()).stream().map(Scenario::byId).toList();
    }

    public HeapSize heapSize() {
        return heap.orElse(HeapSize.parse(ProfileSettings.of(contract.profile()).scenarios().heap()));
    }
}
