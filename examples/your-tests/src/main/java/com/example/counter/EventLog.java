package com.example.counter;

import java.util.ArrayList;
import java.util.List;

/** Keeps every hit as an event, unbounded: the structure a memory review asks about. */
public final class EventLog {

    /** One hit: when, and from where. */
    public record Event(long at, String source) {
    }

    private final List<Event> events = new ArrayList<>();

    public void record(Event event) {
        events.add(event);
    }

    public int size() {
        return events.size();
    }
}
