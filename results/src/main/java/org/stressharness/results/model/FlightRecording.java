package org.stressharness.results.model;

import java.util.List;

/**
 * What a scenario child's JDK Flight Recorder file says, summarised for the report; the file itself opens in
 * JDK Mission Control.
 *
 * @param file               the recording, relative to the run directory
 * @param gcCount            garbage collections recorded
 * @param longestPauseMs     the longest of their pauses
 * @param allocationSites    the top frames that allocated the most (sampled allocation weight), largest first
 * @param oldObjects         the old-object samples (objects that lived long, likely the leak), grouped by type
 *                           and the GC root they were reached from, most samples first
 */
public record FlightRecording(String file, long gcCount, double longestPauseMs, List<AllocationSite> allocationSites,
                              List<OldObjects> oldObjects) {

    public FlightRecording {
        allocationSites = allocationSites == null ? List.of() : List.copyOf(allocationSites);
        oldObjects = oldObjects == null ? List.of() : List.copyOf(oldObjects);
    }

    /**
     * @param frame  the allocating method, {@code Class.method:line}
     * @param bytes  the sampled allocation weight attributed to it
     * @param samples how many allocation samples it had
     */
    public record AllocationSite(String frame, long bytes, long samples) {
    }

    /**
     * @param type    the sampled object's class
     * @param root    the GC root it was reached from ("system: description"), or "no path" where the recording
     *                had none
     * @param samples old-object samples of this type and root
     * @param allocatedAt the top frame of the allocation's stack trace of the first such sample
     * @param path    the first such sample's reference chain from the root's side, by simple type name
     */
    public record OldObjects(String type, String root, long samples, String allocatedAt, String path) {
    }
}
