package org.stressharness.scenarios.engine;


import org.stressharness.results.model.ProfileSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One memory scenario: what its child JVM does, how it is graded, and how to build the same structure for JOL's
 * independent footprint. A scenario is declared where its workload is, as a {@code public static final Scenario}
 * field of the workload class, and
 * {@link Scenarios} finds it there: adding a scenario touches no list.
 */
public final class Scenario {

    /** What the second child, at {@link ProfileSettings.Scenarios#PREDICTION_FACTOR} times the heap, is for. */
    public enum Prediction {
        /** Run, and the threshold predicted from the first child must land within the tolerance. */
        GRADED,
        /**
         * Run and shown, not graded: a single backing array that doubles (HashMap's default growth, a primitive
         * map's table) moves its threshold with the resize that fails, up to half the elements; and a heap set to
         * the container's limit brings a young generation that grows with it, so the process's own share grows
         * with the limit too (the linear model was 11-14% off at 160m to 320m); and while classes are defined
         * the collector expands the heap in steps the linear model cannot see (17 to 39 MB committed at 160m;
         * the model was -20% to +56% off in three runs).
         */
        REPORTED,
        /**
         * Not run: the scenario does not end in an OOM, or its threshold is its presized capacity, which is derived
         * from the heap, so predicting it would only restate the sizing rule.
         */
        NONE
    }

    /** How a scenario ends and is graded. */
    public enum Kind {
        /** Runs into OutOfMemoryError; graded on the alert (and the prediction, where the growth is smooth). */
        UNTIL_OOM,
        /** Inserts a fixed count sized to fit; an OOM fails it. */
        FIXED,
        /** Feeds a capped structure an endless stream; an OOM or a growing live heap fails it. */
        BOUNDED,
        /**
         * Runs under a simulated memory limit (the JVM told it with {@code -XX:MaxRAM}, a watchdog that SIGKILLs
         * the child when its RSS passes it); graded on the RSS alert coming before the end.
         */
        CONTAINER
    }

    private final Class<?> declaredIn;
    private final String id;
    private final Kind kind;
    private final Prediction prediction;
    private final String description;
    private final Function<String, Workload> workload;
    private final IntFunction<Object> jolSpecimen;
    private final boolean insertLatency;
    private final List<String> libraries;
    private final Needs needs;
    private final Function<HeapSize, List<String>> jvmArgs;

    private Scenario(Class<?> declaredIn, String id, Kind kind, Prediction prediction, String description,
                     Function<String, Workload> workload, IntFunction<Object> jolSpecimen, boolean insertLatency,
                     List<String> libraries, Needs needs, Function<HeapSize, List<String>> jvmArgs) {
        this.declaredIn = declaredIn;
        this.id = id;
        this.kind = kind;
        this.prediction = prediction;
        this.description = description;
        this.workload = workload;
        this.jolSpecimen = jolSpecimen;
        this.insertLatency = insertLatency;
        this.libraries = List.copyOf(libraries);
        this.needs = needs;
        this.jvmArgs = jvmArgs;
    }

    /**
     * A scenario declared in {@code declaredIn} (the class whose static field holds it: the child JVM looks it up
     * there, without scanning the classpath).
     *
     * @param id          what {@code --only} matches and the report shows
     * @param description one line, the report's
     * @param workload    the child's workload, given the {@code --map} class (null when none)
     */
    public static Scenario of(Class<?> declaredIn, String id, Kind kind, Prediction prediction, String description,
                              Function<String, Workload> workload) {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, null, false, List.of(),
                Needs.NOTHING, heap -> List.of());
    }

    /** The same structure holding {@code n} elements, for JOL's footprint. */
    public Scenario withJolSpecimen(IntFunction<Object> specimen) {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, specimen, insertLatency,
                libraries, needs, jvmArgs);
    }

    /**
     * Each insert's latency recorded (HdrHistogram): for the structures that grow by copying, and their presized
     * twins for comparison. Timing every insert costs two clock reads, so the others go without.
     */
    public Scenario timingInserts() {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, jolSpecimen, true,
                libraries, needs, jvmArgs);
    }

    /**
     * The jars of the named classes are this scenario's own: its child gets them on its classpath, the other
     * scenarios' children go without them, as an opened jar's directory stays on the heap their baseline counts.
     * Named, not referenced, so that a declaring class loads in every child without those jars.
     */
    public Scenario usingLibraries(String... classNames) {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, jolSpecimen, insertLatency,
                List.of(classNames), needs, jvmArgs);
    }

    /** Offered only when the run names a map class ({@code --map}). */
    public Scenario needingMap() {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, jolSpecimen, insertLatency,
                libraries, Needs.MAP, jvmArgs);
    }

    /**
     * Offered only when the run names a team's workload ({@code --workload}), and then alone: its workload function
     * is given that class's name.
     */
    public Scenario needingWorkload() {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, jolSpecimen, insertLatency,
                libraries, Needs.WORKLOAD, jvmArgs);
    }

    /** The same scenario described as {@code text} (a team's workload says what it is). */
    public Scenario describedAs(String text) {
        return new Scenario(declaredIn, id, kind, prediction, text, workload, jolSpecimen, insertLatency,
                libraries, needs, jvmArgs);
    }

    /** JVM arguments of the scenario's own, after the heap or limit the harness sets, given that heap or limit. */
    public Scenario withJvmArgs(Function<HeapSize, List<String>> args) {
        return new Scenario(declaredIn, id, kind, prediction, description, workload, jolSpecimen, insertLatency,
                libraries, needs, args);
    }

    public Class<?> declaredIn() {
        return declaredIn;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Prediction prediction() {
        return prediction;
    }

    /** Whether the prediction child's threshold must land within the tolerance. */
    public boolean predictionGraded() {
        return prediction == Prediction.GRADED;
    }

    /** The jars of the libraries only this scenario's child needs ({@link #usingLibraries}). */
    public Set<Path> libraryJars() {
        Set<Path> jars = new LinkedHashSet<>();
        for (String name : libraries) {
            try {
                Class<?> c = Class.forName(name, false, declaredIn.getClassLoader());
                jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
            } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot locate the jar of " + name, e);
            }
        }
        return jars;
    }

    /** Whether each insert's latency is recorded. */
    public boolean insertLatency() {
        return insertLatency;
    }

    public boolean needsMap() {
        return needs == Needs.MAP;
    }

    /** Whether the scenario runs a team's workload ({@code --workload}). */
    public boolean needsWorkload() {
        return needs == Needs.WORKLOAD;
    }

    public String description() {
        return description;
    }

    /** The child's workload; {@code mapClass} is the {@code --map} class (used by the scenarios that need it). */
    public Workload workload(String mapClass) {
        return workload.apply(mapClass);
    }

    /** The scenario's own JVM arguments for a child with this heap or limit. */
    public List<String> jvmArgs(HeapSize heap) {
        return jvmArgs.apply(heap);
    }

    public boolean hasJolSpecimen() {
        return jolSpecimen != null;
    }

    /** The same structure holding {@code n} elements, for JOL; empty where none is comparable. */
    public Optional<Object> jolSpecimen(int n) {
        return jolSpecimen == null ? Optional.empty() : Optional.of(jolSpecimen.apply(n));
    }

    /** Every scenario this run offers (see {@link Scenarios}). */
    public static List<Scenario> available(boolean withUserMap, boolean withWorkload) {
        return Scenarios.all().stream().filter(s -> withWorkload ? s.needs == Needs.WORKLOAD
                : s.needs == Needs.NOTHING || withUserMap && s.needs == Needs.MAP).toList();
    }

    public static Scenario byId(String id) {
        return Scenarios.all().stream().filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + id + "'"));
    }

    /**
     * The scenarios {@code type} declares, in its public static final fields: what a child JVM reads to find its
     * own, knowing the class from its command line.
     */
    public static List<Scenario> declaredBy(Class<?> type) {
        List<Scenario> declared = new ArrayList<>();
        for (Field f : type.getFields()) {
            int m = f.getModifiers();
            if (f.getType() == Scenario.class && Modifier.isStatic(m) && Modifier.isFinal(m)
                    && f.getDeclaringClass() == type) {
                Scenario scenario;
                try {
                    scenario = (Scenario) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (scenario.declaredIn != type) {
                    throw new IllegalStateException(type.getName() + "." + f.getName() + " declares scenario '"
                            + scenario.id + "' as declared in " + scenario.declaredIn.getName());
                }
                declared.add(scenario);
            }
        }
        return declared;
    }

    /** The scenario {@code id} that {@code type} declares. */
    public static Scenario declaredBy(Class<?> type, String id) {
        return declaredBy(type).stream().filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " declares no scenario '" + id + "'"));
    }

    @Override
    public String toString() {
        return id;
    }

    /** What a scenario needs from the run's command line besides the profile. */
    enum Needs {
        /** Nothing: one of the catalog's own structures. */
        NOTHING,
        /** The {@code --map} class. */
        MAP,
        /** The {@code --workload} class. */
        WORKLOAD
    }
}
