package org.stressharness.jcstress.api;

import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapOverrideTest {

    @Test
    void withoutThePropertyEachTestKeepsItsDefault() {
        assertThat(MapOverride.overrideName()).isNull();
        Map<Integer, Integer> map = MapOverride.create(HashMap::new);
        assertThat(map).isInstanceOf(HashMap.class);
    }

    @Test
    void resolvesAUsableMap() {
        assertThat(MapOverride.resolve(ConcurrentSkipListMap.class.getName()).getDeclaringClass())
                .isEqualTo(ConcurrentSkipListMap.class);
    }

    @Test
    void rejectsWhatCannotBeTheMapUnderTest() {
        assertThatThrownBy(() -> MapOverride.resolve("com.acme.Missing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> MapOverride.resolve("java.lang.String"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a java.util.Map");
        assertThatThrownBy(() -> MapOverride.resolve(AbstractMap.class.getName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abstract");
        assertThatThrownBy(() -> MapOverride.resolve(NoDefaultConstructor.class.getName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no public no-arg constructor");
        assertThatThrownBy(() -> MapOverride.resolve(ThrowingConstructor.class.getName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be instantiated");
    }

    public static final class NoDefaultConstructor extends HashMap<Object, Object> {
        public NoDefaultConstructor(int capacity) {
            super(capacity);
        }
    }

    public static final class ThrowingConstructor extends AbstractMap<Object, Object> {
        public ThrowingConstructor() {
            throw new IllegalStateException("boom");
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return Set.of();
        }
    }
}
