package org.stressharness.scenarios.catalog;

import org.stressharness.scenarios.engine.Workload;
import org.stressharness.scenarios.engine.Scenario;
import org.stressharness.scenarios.probe.HeapProbe;

import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Grows the process's resident memory in a part of it other than the heap's objects, in a child told its memory
 * limit ({@code -XX:MaxRAM}), until the RSS watchdog kills it the way the kernel's OOM killer would, or the JVM
 * throws an {@link OutOfMemoryError} first. Each element is sampled: elements are big.
 */
public final class ContainerFill implements Workload {

    public static final Scenario DIRECT = Scenario.of(ContainerFill.class, "container-direct-buffers",
                    Scenario.Kind.CONTAINER, Scenario.Prediction.GRADED,
                    "Simulated container limit: the heap stays small while 1 MiB direct ByteBuffers grow, until the "
                            + "RSS watchdog's SIGKILL",
                    map -> new ContainerFill(Growth.DIRECT_BUFFERS))
            // Above the limit, so that the kill comes first, as it does when a service raises this cap.
            .withJvmArgs(limit -> List.of("-XX:MaxDirectMemorySize=" + limit.times(4).text()));
    public static final Scenario THREADS = Scenario.of(ContainerFill.class, "container-threads",
            Scenario.Kind.CONTAINER, Scenario.Prediction.GRADED,
            "Simulated container limit: parked threads, each with a touched stack, until the RSS watchdog's SIGKILL",
            map -> new ContainerFill(Growth.THREADS));
    public static final Scenario METASPACE = Scenario.of(ContainerFill.class, "container-metaspace",
            Scenario.Kind.CONTAINER, Scenario.Prediction.REPORTED,
            "Simulated container limit: generated (hidden) classes fill metaspace until the RSS watchdog's SIGKILL",
            map -> new ContainerFill(Growth.METASPACE)).usingLibraries("org.objectweb.asm.ClassWriter");
    public static final Scenario HEAP = Scenario.of(ContainerFill.class, "container-heap-near-limit",
                    Scenario.Kind.CONTAINER, Scenario.Prediction.REPORTED,
                    "Simulated container limit with -Xmx set to the limit itself: the heap alone carries the "
                            + "process over it before any OutOfMemoryError",
                    map -> new ContainerFill(Growth.HEAP))
            .withJvmArgs(limit -> List.of("-Xmx" + limit.text()));

    /** What grows. */
    public enum Growth {
        /** 1 MiB direct {@link ByteBuffer}s, kept: native memory the heap never sees (zeroed, so resident). */
        DIRECT_BUFFERS,
        /** Threads, each parked after touching {@link #STACK_FRAMES} frames of its stack. */
        THREADS,
        /**
         * Generated classes, kept: {@link MetaspaceBallast} defined again and again as a hidden class (as lambda
         * forms and runtime proxies are), each with metadata of its own in metaspace and little on the heap.
         */
        METASPACE,
        /** int pairs in the heap, whose maximum is the limit itself: the heap alone crosses it. */
        HEAP
    }

    static final int DIRECT_BUFFER_BYTES = 1 << 20;
    /** Deep enough that a thread's touched stack (some hundred KB interpreted) outweighs its bookkeeping. */
    static final int STACK_FRAMES = 2_000;

    private final Growth growth;

    public ContainerFill(Growth growth) {
        this.growth = growth;
    }

    @Override
    public void run(HeapProbe probe) {
        switch (growth) {
            case DIRECT_BUFFERS -> {
                List<ByteBuffer> buffers = new ArrayList<>();
                probe.fillSamplingEach(i -> buffers.add(ByteBuffer.allocateDirect(DIRECT_BUFFER_BYTES)));
            }
            case THREADS -> {
                List<Thread> threads = new ArrayList<>();
                probe.fillSamplingEach(i -> threads.add(parkedThread(i)));
            }
            case METASPACE -> {
                List<Class<?>> classes = new ArrayList<>();
                byte[] template = MetaspaceBallast.classBytes();
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                probe.fillSamplingEach(i -> {
                    try {
                        classes.add(lookup.defineHiddenClass(template, false).lookupClass());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            case HEAP -> {
                IntPairBlocks store = new IntPairBlocks();
                probe.fillUntilOom(i -> store.add((int) i, (int) i), 8);
            }
        }
    }

    /** Starts a daemon thread that touches its stack and parks for good; returns once it is parked. */
    private static Thread parkedThread(long i) {
        CountDownLatch touched = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            deep(STACK_FRAMES);
            touched.countDown();
            while (true) {
                LockSupport.park();
            }
        }, "container-thread-" + i);
        t.setDaemon(true);
        t.start();
        try {
            touched.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return t;
    }

    private static long deep(int frames) {
        long a = frames;
        long b = frames * 31L;
        return frames == 0 ? a + b : deep(frames - 1) + a - b;
    }
}
