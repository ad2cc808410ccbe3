package org.stressharness.jcstress.maps;

import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapUnderTestTest {

    @Test
    void withoutThePropertyEachTestKeepsItsDefault() {
        assertThat(MapUnderTest.overrideName()).isNull();
        Map<Integer, Integer> map = MapUnderTest.create(HashMap::new);
        assertThat(map).isInstanceOf(HashMap.class);
    }

    @Test
    void resolvesAUsableMap() {
        assertThat(MapUnderTest.resolve(ConcurrentSkipListMap.class.getName()).getDeclaringClass())
                .isEqualTo(ConcurrentSkipListMap.class);
    }

    @Test
    void rejectsWhatCannotBeTheMapUnderTest() {
        assertThatThrownBy(() -> MapUnderTest.resolve("com.acme.Missing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> MapUnderTest.resolve("java.lang.String"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a java.util.Map");
        assertThatThrownBy(() -> MapUnderTest.resolve(AbstractMap.class.getName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abstract");
        assertThatThrownBy(() -> MapUnderTest.resolve(NoDefaultConstructor.class.getName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no public no-arg constructor");
        assertThatThrownBy(() -> MapUnderTest.resolve(ThrowingConstructor.class.getName()))
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
