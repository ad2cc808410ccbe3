package org.stressharness.scenarios.engine;

import org.junit.jupiter.api.Test;
import org.stressharness.scenarios.catalog.ContainerFill;
import org.stressharness.scenarios.catalog.HashMapFill;
import org.stressharness.scenarios.catalog.UserMapFill;
import org.stressharness.scenarios.catalog.UserWorkloadFill;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A scenario is declared in its workload class and found there: no list to keep. */
class ScenariosTest {

    @Test
    void findsTheScenariosTheWorkloadClassesDeclareOrderedById() {
        List<String> ids = Scenarios.all().stream().map(Scenario::id).toList();
        // A subsequence: a new scenario needs no edit here.
        assertThat(ids).containsSubsequence("arraylist-default", "arraylist-presized", "batches-adaptive",
                "batches-default", "bounded-lru", "concurrenthashmap", "container-direct-buffers",
                "container-heap-near-limit", "container-metaspace", "container-threads", "eclipse-default",
                "eclipse-presized", "fastutil-default", "fastutil-presized", "hashmap-default", "hashmap-presized",
                "hashmap-rwlock", "int-array", "int-arrays", "user-map");
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theUserMapScenarioIsOfferedOnlyWithAMap() {
        assertThat(Scenario.available(true, false)).contains(UserMapFill.SCENARIO);
        assertThat(Scenario.available(false, false)).doesNotContain(UserMapFill.SCENARIO, UserWorkloadFill.SCENARIO)
                .hasSize(Scenarios.all().size() - 2);
    }

    @Test
    void aTeamsWorkloadRunsAlone() {
        assertThat(Scenario.available(false, true)).containsExactly(UserWorkloadFill.SCENARIO);
        assertThat(Scenario.available(true, false)).doesNotContain(UserWorkloadFill.SCENARIO);
    }

    @Test
    void aChildFindsItsScenarioInTheClassThatDeclaresIt() {
        assertThat(Scenario.declaredBy(HashMapFill.class, "hashmap-presized")).isSameAs(HashMapFill.PRESIZED);
        assertThat(Scenario.byId("container-heap-near-limit")).isSameAs(ContainerFill.HEAP);
        assertThatThrownBy(() -> Scenario.declaredBy(HashMapFill.class, "int-arrays"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no scenario 'int-arrays'");
    }

    @Test
    void aScenarioCopiedFromAnotherClassIsRefused() {
        assertThatThrownBy(() -> Scenario.declaredBy(CopiedDeclaration.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declared in " + HashMapFill.class.getName());
    }

    @Test
    void scenariosBringTheirOwnJvmArguments() {
        HeapSize limit = HeapSize.parse("256m");
        assertThat(ContainerFill.HEAP.jvmArgs(limit)).containsExactly("-Xmx256m");
        assertThat(ContainerFill.DIRECT.jvmArgs(limit)).containsExactly("-XX:MaxDirectMemorySize=1g");
        assertThat(HashMapFill.DEFAULT.jvmArgs(limit)).isEmpty();
    }

    /** A field that names another class as its declaring class: the child would look for it in the wrong place. */
    public static final class CopiedDeclaration {
        public static final Scenario COPY = Scenario.of(HashMapFill.class, "copied", Scenario.Kind.FIXED,
                Scenario.Prediction.NONE, "a copy", map -> null);
    }
}
