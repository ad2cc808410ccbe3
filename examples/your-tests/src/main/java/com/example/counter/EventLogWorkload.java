package com.example.counter;

import org.stressharness.api.MemoryWorkload;

/** The event log driven until the heap runs out: one event per element, each with its own small source text. */
public final class EventLogWorkload implements MemoryWorkload<EventLog> {

    @Override
    public EventLog create() {
        return new EventLog();
    }

    @Override
    public void add(EventLog log, long i) {
        log.record(new EventLog.Event(i, "client-" + (i % 1000)));
    }

    @Override
    public String describe() {
        return "EventLog: an ArrayList of Event(long, String) records, one per hit, never trimmed";
    }
}
