package org.stressharness.lincheck.catalog;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A map seen through what {@code ConcurrentHashMap}'s documentation allows of {@code size()} and {@code isEmpty()}
 * while updates run: an estimate that differs from the count only by the updates running concurrently. Each
 * {@code putIfAbsent}/{@code remove} is bracketed by ghost counters (started, then its effect, then done), so at a
 * call of {@code size()} the count at its start is known up to the updates then in flight, and the value it may
 * return is any that applying a subset of the updates in flight during the call to that count gives: from the net
 * effect of the updates done before it, less every removal that overlapped it, to that effect plus every insertion
 * that overlapped it (never below 0). The range is read conservatively (an update counted twice only widens it), so a
 * map whose count is exact, or ConcurrentHashMap's, is never outside it; a map whose {@code size()} is off by more
 * than the updates in flight is.
 */
final class CountEnvelope extends AbstractMap<Object, Integer> {

    private final Map<Object, Integer> map;
    private final AtomicInteger insertsStarted = new AtomicInteger();
    private final AtomicInteger insertsDone = new AtomicInteger();
    private final AtomicInteger removalsStarted = new AtomicInteger();
    private final AtomicInteger removalsDone = new AtomicInteger();
    /** The net effect on the count of the updates that have applied it: +1 an insert, -1 a removal. */
    private final AtomicInteger net = new AtomicInteger();

    CountEnvelope(Map<Object, Integer> map) {
        this.map = map;
    }

    @Override
    public Integer putIfAbsent(Object key, Integer value) {
        insertsStarted.incrementAndGet();
        Integer previous = map.putIfAbsent(key, value);
        if (previous == null) {
            net.incrementAndGet();
        }
        insertsDone.incrementAndGet();
        return previous;
    }

    @Override
    public Integer remove(Object key) {
        removalsStarted.incrementAndGet();
        Integer removed = map.remove(key);
        if (removed != null) {
            net.decrementAndGet();
        }
        removalsDone.incrementAndGet();
        return removed;
    }

    @Override
    public Integer get(Object key) {
        return map.get(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Set<Entry<Object, Integer>> entrySet() {
        return map.entrySet();
    }

    /** Calls the map's {@code size()}; whether it fell inside the range its concurrent updates allow. */
    boolean sizeWithinEstimate() {
        Range before = before();
        int size = map.size();
        return before.allows(size, insertsStarted.get(), removalsStarted.get());
    }

    /** Calls the map's {@code isEmpty()}; whether some count inside the allowed range agrees with it. */
    boolean isEmptyWithinEstimate() {
        Range before = before();
        boolean empty = map.isEmpty();
        int low = before.low(removalsStarted.get());
        int high = before.high(insertsStarted.get());
        return empty ? low <= 0 : high >= 1;
    }

    /** The counters read before the call: updates done by then, then the net effect applied so far. */
    private Range before() {
        int inserts = insertsDone.get();
        int removals = removalsDone.get();
        return new Range(inserts, removals, net.get());
    }

    /**
     * What was known before a call. Every update whose effect is not in {@code net} was not done when
     * {@code insertsDone}/{@code removalsDone} were read (an update applies its effect before it is done), so the
     * updates that overlapped the call, or may have, are those started by its end less those done before it.
     */
    private record Range(int insertsDone, int removalsDone, int net) {

        int low(int removalsStarted) {
            return Math.max(0, net - (removalsStarted - removalsDone));
        }

        int high(int insertsStarted) {
            return net + (insertsStarted - insertsDone);
        }

        boolean allows(int size, int insertsStarted, int removalsStarted) {
            return size >= low(removalsStarted) && size <= high(insertsStarted);
        }
    }
}
