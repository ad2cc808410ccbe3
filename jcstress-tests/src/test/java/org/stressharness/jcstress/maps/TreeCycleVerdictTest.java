package org.stressharness.jcstress.maps;

import org.stressharness.api.CollidingKey;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cycle} means a cycle: an actor's bounded walk runs while the other actor may be rotating the tree, and a
 * walk that crosses a rotation can meet a node twice in a tree that has none. The arbiter, with both actors done,
 * is the one that says {@code cycle}. And the watch never reads or changes a guard's map.
 */
class TreeCycleVerdictTest {

    private static final CollidingKey ANY = new CollidingKey(0);

    @Test
    void aWalkPausedAcrossARotationMeetsANodeTwiceYetTheVerdictIsNoCycle() {
        Map<CollidingKey, Integer> map = TreeBin.prefill(new HashMap<>());
        // Actor one walks the bin before its first put; when the walk has passed five nodes, actor two puts its
        // first key, which rotates the tree; the walk goes on over the moved nodes. Actor two then puts the rest.
        boolean[] put = {false};
        boolean suspected = MapInsides.treeCycle(map, ANY, 1_000, step -> {
            if (step == 5 && !put[0]) {
                put[0] = true;
                map.put(new CollidingKey(TreeBin.FIRST_TWO), TreeBin.FIRST_TWO);
            }
        });
        for (int k = TreeBin.FIRST_TWO + 1; k < TreeBin.FIRST_TWO + TreeBin.PER_ACTOR; k++) {
            map.put(new CollidingKey(k), k);
        }
        assertThat(suspected).as("the walk crossed a rotation and met a node twice").isTrue();
        assertThat(MapInsides.treeCycle(map, ANY, 1_000)).as("the tree has no cycle").isFalse();
        assertThat(MapInsides.hasTreeCycle(map)).isFalse();

        // Actor one stopped on its suspicion, all six keys unput; actor two put its six.
        TreeBin.Put one = new TreeBin.Put(null, false, TreeBin.PER_ACTOR);
        TreeBin.Put two = new TreeBin.Put(null, false, 0);
        String outcome = TreeBin.outcome(TreeBin.shape(map), one, two, map, TreeBin.Watching.MAP);
        assertThat(outcome).isEqualTo("tree, intact");
    }

    @Test
    void aCycleTheArbiterFindsIsACycle() throws Exception {
        Map<CollidingKey, Integer> map = TreeBin.prefill(new HashMap<>());
        closeACycleAtTheRoot(map);
        TreeBin.Put suspecting = new TreeBin.Put(null, false, TreeBin.PER_ACTOR);
        assertThat(TreeBin.outcome("tree", suspecting, suspecting, map, TreeBin.Watching.MAP)).isEqualTo("tree, cycle");
    }

    @Test
    void theWatchNeverReadsOrChangesAGuardsMap() throws Exception {
        // A thread inside an operation on a map with a cycle, past the watch's limit: on a demonstration's map the
        // watch clears the link; on a guard's it only times the operation.
        Map<CollidingKey, Integer> guarded = TreeBin.prefill(new HashMap<>());
        closeACycleAtTheRoot(guarded);
        assertThat(TreeBin.shownToWatch(guarded, TreeBin.Watching.TIME_ONLY)).isNull();
        assertThat(loopedPastTheLimit(TreeBin.shownToWatch(guarded, TreeBin.Watching.TIME_ONLY))).isFalse();
        assertThat(MapInsides.hasTreeCycle(guarded)).as("left as it was").isTrue();

        Map<CollidingKey, Integer> unsafe = TreeBin.prefill(new HashMap<>());
        closeACycleAtTheRoot(unsafe);
        assertThat(loopedPastTheLimit(TreeBin.shownToWatch(unsafe, TreeBin.Watching.MAP))).isTrue();
        assertThat(MapInsides.hasTreeCycle(unsafe)).as("cleared by the watch").isFalse();
    }

    /** Stays inside one operation past the watch's limit, the watch shown {@code map} (null: time only). */
    private static boolean loopedPastTheLimit(Map<CollidingKey, Integer> map) throws InterruptedException {
        NonTerminationWatch.enter(1, map);
        Thread.sleep(NonTerminationWatch.BREAK_AFTER_MS + 300);
        return NonTerminationWatch.exit(1);
    }

    /** The root's parent set to its left child: a walk up the parent links never ends. */
    private static void closeACycleAtTheRoot(Map<CollidingKey, Integer> map) throws Exception {
        Field table = HashMap.class.getDeclaredField("table");
        table.setAccessible(true);
        Object[] tab = (Object[]) table.get(map);
        Object root = tab[42 & (tab.length - 1)];
        Field parent = root.getClass().getDeclaredField("parent");
        Field left = root.getClass().getDeclaredField("left");
        parent.setAccessible(true);
        left.setAccessible(true);
        parent.set(root, left.get(root));
    }
}
