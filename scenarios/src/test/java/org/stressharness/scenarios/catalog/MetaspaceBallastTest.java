package org.stressharness.scenarios.catalog;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MetaspaceBallastTest {

    @Test
    void theGeneratedClassDefinesAsAHiddenClassWithItsMethodsComputingTheTemplatesFormula() throws Throwable {
        byte[] bytes = MetaspaceBallast.classBytes();
        Class<?> hidden = MethodHandles.lookup().defineHiddenClass(bytes, false).lookupClass();

        Method[] methods = Arrays.stream(hidden.getDeclaredMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                .toArray(Method[]::new);
        assertThat(methods).hasSize(MetaspaceBallast.METHODS);
        MethodHandles.Lookup inside = MethodHandles.privateLookupIn(hidden, MethodHandles.lookup());
        for (int k : new int[] {0, 1, 30, 31, 127}) {
            long x = 123_456_789L;
            long expected = (x * (3L + 2L * k) + (x >>> (k % 31 + 1))) ^ (7919L * k);
            long got = (long) inside.findStatic(hidden, "m" + k, MethodType.methodType(long.class, long.class))
                    .invokeExact(x);
            assertThat(got).as("m" + k).isEqualTo(expected);
        }
    }

    @Test
    void eachDefinitionIsADistinctClass() throws IllegalAccessException {
        byte[] bytes = MetaspaceBallast.classBytes();
        Class<?> a = MethodHandles.lookup().defineHiddenClass(bytes, false).lookupClass();
        Class<?> b = MethodHandles.lookup().defineHiddenClass(bytes, false).lookupClass();
        assertThat(a).isNotEqualTo(b);
    }
}
