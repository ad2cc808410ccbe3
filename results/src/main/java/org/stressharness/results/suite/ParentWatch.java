package org.stressharness.results.suite;

/**
 * Ends a suite runner, and every process it started, when the process that started it is gone. A harness killed
 * with SIGKILL (the kernel's OOM killer, a cancelled CI job) runs no shutdown hook, and its children are simply
 * re-parented: without this watch a suite runner and its jcstress forks or scenario children would go on using
 * the machine and writing into the run directory with nobody to read it.
 */
public final class ParentWatch {

    /** How often the parent is looked at. */
    static final long POLL_MILLIS = 500;

    private ParentWatch() {
    }

    /** Starts watching this process's parent (as it is now); does nothing when it has none. */
    public static void start() {
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread watch = new Thread(() -> watch(parent), "stress-harness-parent-watch");
            watch.setDaemon(true);
            watch.start();
        });
    }

    private static void watch(ProcessHandle parent) {
        // isAlive() compares the start time as well as the pid, so a recycled pid does not fool it.
        while (parent.isAlive()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.err.println("the process that started this suite (pid " + parent.pid() + ") is gone: stopping");
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(3);
    }
}
