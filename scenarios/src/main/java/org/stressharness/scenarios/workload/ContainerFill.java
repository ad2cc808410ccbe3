package org.stressharness.scenarios.workload;

import org.stressharness.scenarios.probe.HeapProbe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
                byte[] template = ballast();
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

    private static byte[] ballast() {
        try (InputStream in = MetaspaceBallast.class.getResourceAsStream("MetaspaceBallast.class")) {
            if (in == null) {
                throw new IllegalStateException("MetaspaceBallast.class is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
