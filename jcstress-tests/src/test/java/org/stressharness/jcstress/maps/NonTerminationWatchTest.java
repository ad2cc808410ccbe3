package org.stressharness.jcstress.maps;

import org.stressharness.api.CollidingKey;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.assertj.core.api.Assertions.assertThat;

/** A put caught in a cycle of a corrupted tree bin is freed by the watch and reported as having looped. */
class NonTerminationWatchTest {

    @Test
    void aParentCycleIsSeenBrokenAndNoLongerSeen() throws Exception {
        Map<CollidingKey, Integer> map = corruptedTree();

        assertThat(MapInsides.treeCycle(map, new CollidingKey(0), 100)).isTrue();
        assertThat(MapInsides.breakTreeCycles(map)).isTrue();
        assertThat(MapInsides.treeCycle(map, new CollidingKey(0), 100)).isFalse();
        assertThat(MapInsides.breakTreeCycles(map)).isFalse();
    }

    @Test
    void aPutLoopingOnACycleIsFreedAndReportsThatItLooped() throws Exception {
        Map<CollidingKey, Integer> map = corruptedTree();

        assertThat(loopedPutting(map, 500)).isTrue();
    }

    @Test
    void aParentCycleBelowTheRootIsSeenByTheWatchAndBroken() throws Exception {
        Map<CollidingKey, Integer> map = leafItsOwnParent();

        // The cheap walk before each put starts at the bin's first node, the root, and climbs no further.
        assertThat(MapInsides.treeCycle(map, new CollidingKey(0), 100)).isFalse();
        assertThat(MapInsides.hasTreeCycle(map)).isTrue();
        assertThat(MapInsides.breakTreeCycles(map)).isTrue();
        assertThat(MapInsides.hasTreeCycle(map)).isFalse();
    }

    @Test
    void aPutLoopingWhileRebalancingIsFreedAndReportsThatItLooped() throws Exception {
        // The fork-ending loop the racing demonstration showed: balanceInsertion climbing parent links from the
        // new node round a cycle the bin's first node is not on. Unseen, the watch would halt this JVM.
        Map<CollidingKey, Integer> map = leafItsOwnParent();
        assertThat(MapInsides.hasTreeCycle(map)).as("the watch sees the cycle").isTrue();

        assertThat(loopedPutting(map, -1)).isTrue();
    }

    @Test
    void theWatchSeesACycleOnlyWhereThereIsOne() throws Exception {
        assertThat(MapInsides.hasTreeCycle(corruptedTree())).isTrue();
        assertThat(MapInsides.hasTreeCycle(TreeBin.prefill(new HashMap<>()))).isFalse();
        assertThat(MapInsides.hasTreeCycle(TreeBin.prefill(new ConcurrentHashMap<>()))).isFalse();
    }

    @Test
    void aSlowOperationOnAHealthyTreeIsNotCountedAsLooped() throws InterruptedException {
        // A thread descheduled for longer than the watch's limit, on a map with no cycle: its sample keeps its
        // real outcome (a guard would otherwise fail on a busy machine).
        Map<CollidingKey, Integer> map = TreeBin.prefill(new HashMap<>());
        NonTerminationWatch.enter(2, map);
        Thread.sleep(NonTerminationWatch.BREAK_AFTER_MS + 500);
        map.put(new CollidingKey(100), 100);
        assertThat(NonTerminationWatch.exit(2)).isFalse();
        assertThat(map).hasSize(TreeBin.PREFILLED + 1);
    }

    @Test
    void aHealthyOperationDoesNotCountAsLooped() {
        Map<CollidingKey, Integer> map = TreeBin.prefill(new HashMap<>());
        NonTerminationWatch.enter(1, map);
        map.put(new CollidingKey(100), 100);
        assertThat(NonTerminationWatch.exit(1)).isFalse();
    }

    @Test
    void onlyAPauseLongerThanAnOperationMayTakeCountsAsTheProcessStandingStill() {
        long ms = 1_000_000L;
        long poll = NonTerminationWatch.POLL_MS * ms;
        long limit = NonTerminationWatch.BREAK_AFTER_MS * ms;
        long wake = 5_000 * ms;

        assertThat(NonTerminationWatch.stall(wake, wake + poll)).isZero();
        assertThat(NonTerminationWatch.stall(wake, wake + poll + limit)).isZero();
        assertThat(NonTerminationWatch.stall(wake, wake + poll + limit + 1)).isEqualTo(limit + 1);
        assertThat(NonTerminationWatch.stall(wake, wake + poll + 30_000 * ms)).isEqualTo(30_000 * ms);
    }

    @Test
    void aStallIsNotCountedAgainstTheOperationsUnderWay() {
        // Two operations under way and a free slot when the process stood still for 30 s: both start 30 s later,
        // so 40 s after the first began it has run 10 s, short of the watch's 20 s halt, and the free slot stays free.
        long s = 1_000_000_000L;
        AtomicLongArray since = new AtomicLongArray(new long[] {100 * s, 0, 125 * s});

        NonTerminationWatch.forgive(since, 30 * s);

        assertThat(since.get(0)).isEqualTo(130 * s);
        assertThat(since.get(1)).isZero();
        assertThat(since.get(2)).isEqualTo(155 * s);
        long now = 140 * s;
        assertThat(now - 100 * s).isGreaterThan(NonTerminationWatch.HALT_AFTER_SECONDS * s);
        assertThat(now - since.get(0)).isLessThan(NonTerminationWatch.HALT_AFTER_SECONDS * s);
    }

    /** Puts {@code key} as a racing actor would (straight to the put, no cycle check first); whether it looped. */
    private static boolean loopedPutting(Map<CollidingKey, Integer> map, int key) throws Exception {
        CompletableFuture<Boolean> looped = CompletableFuture.supplyAsync(() -> {
            NonTerminationWatch.enter(0, map);
            try {
                map.put(new CollidingKey(key), key);
            } catch (RuntimeException | Error e) {
                // whatever the corrupted tree does next is not the point here
            }
            return NonTerminationWatch.exit(0);
        });
        return looped.get(15, TimeUnit.SECONDS);
    }

    /**
     * A tree bin whose leftmost leaf is red and its own parent: a key put left of it makes balanceInsertion go
     * round that parent link forever (recolouring the leaf red and rotating nothing), while the root, the bin's
     * first node, still has no parent and the child links still form a tree.
     */
    private static Map<CollidingKey, Integer> leafItsOwnParent() throws Exception {
        Map<CollidingKey, Integer> map = TreeBin.prefill(new HashMap<>());
        Object root = binOf(map);
        Class<?> treeNode = root.getClass();
        Field parent = field(treeNode, "parent");
        Field left = field(treeNode, "left");
        Field red = field(treeNode, "red");
        Object leaf = root;
        while (left.get(leaf) != null) {
            leaf = left.get(leaf);
        }
        assertThat(leaf).isNotSameAs(root);
        red.set(leaf, true);
        parent.set(leaf, leaf);
        return map;
    }

    /** A private field of the JDK's map internals, opened (the tests run with java.util opened to them). */
    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Object binOf(Map<CollidingKey, Integer> map) throws Exception {
        assertThat(MapInsides.binShape(map, new CollidingKey(0))).isEqualTo(MapInsides.TREE);
        Field table = field(HashMap.class, "table");
        Object[] tab = (Object[]) table.get(map);
        return tab[42 & (tab.length - 1)];
    }

    /** A tree bin whose root's parent points at one of its own children: root() never reaches a root. */
    private static Map<CollidingKey, Integer> corruptedTree() throws Exception {
        Map<CollidingKey, Integer> map = TreeBin.prefill(new HashMap<>());
        Object root = binOf(map);
        Class<?> treeNode = root.getClass();
        Field parent = field(treeNode, "parent");
        Field left = field(treeNode, "left");
        Object child = left.get(root);
        assertThat(parent.get(root)).isNull();
        parent.set(root, child);
        return map;
    }
}
