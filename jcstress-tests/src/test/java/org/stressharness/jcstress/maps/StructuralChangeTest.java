package org.stressharness.jcstress.maps;

import org.stressharness.api.CollidingKey;
import org.stressharness.api.StructuralChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.infra.results.L_Result;
import org.openjdk.jcstress.infra.runners.TestList;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves, for the JDK map each structural test runs on by default, that its actors really trigger the change the
 * test names: it builds the test's state as jcstress would, looks inside the map ({@link MapInsides}), runs the
 * actors one after the other in every order, and looks again.
 */
class StructuralChangeTest {

    private static final String PACKAGE = "org.stressharness.jcstress.maps.";

    static Stream<String> resizeTests() {
        return mapTests().filter(n -> n.contains("Resize"));
    }

    static Stream<String> treeBinTests() {
        return mapTests().filter(n -> n.contains("TreeBin"));
    }

    @Test
    void everyResizeAndTreeBinTestSaysWhichChangeItNeeds() throws Exception {
        List<String> structural = Stream.concat(resizeTests(), treeBinTests()).toList();
        assertThat(structural).hasSizeGreaterThanOrEqualTo(15);
        for (String name : structural) {
            assertThat(testClass(name).getAnnotation(StructuralChange.class)).as(name).isNotNull();
        }
    }

    @Test
    void theProbeSeesInsideTheJdkMaps() {
        assertThat(MapInsides.tableLength(new java.util.HashMap<>())).isZero();
        assertThat(MapInsides.tableLength(new java.util.concurrent.ConcurrentHashMap<>(16))).isZero();
        assertThat(MapInsides.tableLength(new java.util.concurrent.ConcurrentSkipListMap<>())).isEqualTo(-1);
        assertThat(MapInsides.binShape(new java.util.TreeMap<>(), 1)).isEqualTo(MapInsides.OPAQUE);
    }

    @ParameterizedTest
    @MethodSource("resizeTests")
    void theRacingPutsResizeTheTableFrom16To32Slots(String name) throws Exception {
        for (List<Method> order : actorOrders(name)) {
            Object state = testClass(name).getConstructor().newInstance();
            Map<?, ?> map = mapOf(state);
            assertThat(MapInsides.tableLength(map)).as("%s before its actors", name).isEqualTo(16);
            runAll(state, order);
            assertThat(MapInsides.tableLength(map)).as("%s after %s", name, names(order)).isEqualTo(32);
        }
    }

    @ParameterizedTest
    @MethodSource("treeBinTests")
    void theRacingPutsGoIntoATreeBinThatStaysATree(String name) throws Exception {
        for (List<Method> order : actorOrders(name)) {
            Object state = testClass(name).getConstructor().newInstance();
            Map<?, ?> map = mapOf(state);
            assertThat(MapInsides.binShape(map, new CollidingKey(0))).as("%s before its actors", name)
                    .isEqualTo(MapInsides.TREE);
            runAll(state, order);
            assertThat(MapInsides.binShape(map, new CollidingKey(0))).as("%s after %s", name, names(order))
                    .isEqualTo(MapInsides.TREE);
            L_Result r = new L_Result();
            arbiter(name).invoke(state, r);
            assertThat(r.r1).as(name).isEqualTo("tree, intact");
        }
    }

    @Test
    void aUsersMapIsOpaqueAndTheOutcomeSaysSo() {
        Map<CollidingKey, Integer> map = TreeBin.prefill(new java.util.concurrent.ConcurrentSkipListMap<>());
        TreeBin.Put none = new TreeBin.Put(null, false, 0);
        assertThat(TreeBin.outcome(TreeBin.shape(map), none, none, map, TreeBin.Watching.MAP))
                .isEqualTo("opaque, lost 12");
    }

    private static Class<?> testClass(String name) throws ClassNotFoundException {
        return Class.forName(TestList.getInfo(name).binaryName());
    }

    private static Stream<String> mapTests() {
        return TestList.tests().stream().filter(n -> n.startsWith(PACKAGE)).sorted();
    }

    private static Map<?, ?> mapOf(Object state) throws ReflectiveOperationException {
        Field field = state.getClass().getDeclaredField("map");
        field.setAccessible(true);
        return (Map<?, ?>) field.get(state);
    }

    private static List<List<Method>> actorOrders(String name) throws ClassNotFoundException {
        List<Method> actors = Arrays.stream(testClass(name).getMethods())
                .filter(m -> m.isAnnotationPresent(Actor.class))
                .sorted(Comparator.comparing(Method::getName)).toList();
        assertThat(actors).as(name).hasSize(2);
        return List.of(actors, List.of(actors.get(1), actors.get(0)));
    }

    private static Method arbiter(String name) throws ClassNotFoundException {
        return Arrays.stream(testClass(name).getMethods()).filter(m -> m.isAnnotationPresent(Arbiter.class))
                .findFirst().orElseThrow();
    }

    private static void runAll(Object state, List<Method> actors) throws ReflectiveOperationException {
        for (Method actor : actors) {
            List<Object> args = new ArrayList<>();
            for (Class<?> type : actor.getParameterTypes()) {
                args.add(type.getConstructor().newInstance());
            }
            actor.invoke(state, args.toArray());
        }
    }

    private static String names(List<Method> order) {
        return order.stream().map(Method::getName).toList().toString();
    }
}
