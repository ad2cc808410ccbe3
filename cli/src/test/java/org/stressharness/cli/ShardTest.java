package org.stressharness.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    private final List<String> suite = IntStream.range(0, 37).mapToObj(i -> "org.example.Test$" + i + "[x]").toList();

    @Test
    void shardsAreDisjointAndTheirUnionIsTheWholeSuite() {
        for (int n = 1; n <= 6; n++) {
            List<String> union = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                List<String> part = new Shard(i, n).select(suite);
                assertThat(part.size()).isBetween(suite.size() / n, suite.size() / n + 1);
                union.addAll(part);
            }
            assertThat(union).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(suite);
        }
    }

    @Test
    void selectionDoesNotDependOnListingOrder() {
        List<String> shuffled = new ArrayList<>(suite);
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(new Shard(2, 3).select(shuffled)).containsExactlyInAnyOrderElementsOf(new Shard(2, 3).select(suite));
    }

    @Test
    void aShardKeepsTheSuitesOrderBecauseThatIsTheOrderItRunsIn() {
        List<String> shuffled = new ArrayList<>(suite);
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<String> part = new Shard(2, 3).select(shuffled);
        assertThat(part).isEqualTo(shuffled.stream().filter(part::contains).toList());
        assertThat(Shard.ALL.select(shuffled)).isEqualTo(shuffled);
    }

    @Test
    void aTopicsDemonstrationAndGuardsLandInOneShard() {
        List<String> jcstress = new ArrayList<>();
        for (String topic : List.of("LostPut", "ResizeLoss", "SeqLock", "SnapshotPublication", "TreeBinRace")) {
            for (String variant : List.of("PlainHashMap", "Locked", "Volatile", "ConcurrentMap")) {
                jcstress.add("org.example." + topic + "." + variant);
            }
        }
        List<String> union = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            List<String> part = new Shard(i, 2).select(jcstress);
            assertThat(part.stream().map(Shard::topic).distinct().count()).isBetween(2L, 3L);
            for (String test : part) {
                assertThat(part).as("every test of %s's topic", test)
                        .containsAll(jcstress.stream().filter(t -> Shard.topic(t).equals(Shard.topic(test))).toList());
            }
            union.addAll(part);
        }
        assertThat(union).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(jcstress);
    }

    @Test
    void parsesAndRejects() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        for (String bad : new String[]{"0/2", "3/2", "1/0", "a/b", "1-2", ""}) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
