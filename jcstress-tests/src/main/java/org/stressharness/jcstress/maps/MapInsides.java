package org.stressharness.jcstress.maps;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Looks inside the JDK maps the map tests run on by default, to show that a test really reaches the structure
 * it names (a resize, a red-black tree bin). It reads the private {@code table} of {@link HashMap} (and its
 * subclasses) and {@link ConcurrentHashMap}, unwrapping {@link Collections#synchronizedMap}; that needs
 * {@code --add-opens java.base/java.util=ALL-UNNAMED} and {@code java.base/java.util.concurrent}, which this
 * catalog asks the engine to pass to jcstress's forks ({@code META-INF/stress-harness/jcstress-fork-options}).
 * Any other map, or a JVM without those options, is opaque: the answer then says so instead of guessing.
 */
public final class MapInsides {

    /** What {@link #binShape} says of a bin. */
    public static final String TREE = "tree";
    public static final String LIST = "list";
    public static final String OPAQUE = "opaque";

    // Identity-compared marker: "the table cannot be seen", distinct from a null (not yet allocated) table.
    private static final Object[] NOT_VISIBLE = new Object[0];
    // VarHandles rather than reflective Fields: the tree-bin tests walk a bin before every put, and a walk through
    // Field.get with a fresh identity set cost about 0.47 us, 13 walks most of a sample (measured, JDK 17).
    private static final VarHandle HASH_MAP_TABLE = open(HashMap.class, "table");
    private static final VarHandle CONCURRENT_TABLE = open(ConcurrentHashMap.class, "table");
    private static final Class<?> TREE_NODE = classNamed("java.util.HashMap$TreeNode");
    private static final VarHandle TREE_PARENT = open(TREE_NODE, "parent");
    private static final VarHandle TREE_LEFT = open(TREE_NODE, "left");
    private static final VarHandle TREE_RIGHT = open(TREE_NODE, "right");
    private static final VarHandle TREE_NEXT = open(classNamed("java.util.HashMap$Node"), "next");
    private static final Class<?> SYNCHRONIZED_MAP = Collections.synchronizedMap(new HashMap<>()).getClass();
    private static final VarHandle SYNCHRONIZED_INNER = open(SYNCHRONIZED_MAP, "m");
    /** Room for the bins the tests build (24 nodes) before a walk's arrays must grow. */
    private static final int SMALL_BIN = 32;

    private MapInsides() {
    }

    /** The length of the map's hash table (0 before the first put allocates it), or -1 when it cannot be seen. */
    public static int tableLength(Map<?, ?> map) {
        Object[] table = table(map);
        return table == NOT_VISIBLE ? -1 : table == null ? 0 : table.length;
    }

    /**
     * The shape of the bin {@code key} falls into: {@link #TREE} (a red-black tree: {@code HashMap.TreeNode} or
     * {@code ConcurrentHashMap.TreeBin}), {@link #LIST} (a plain chain), or {@link #OPAQUE} when the map's
     * insides cannot be seen.
     */
    public static String binShape(Map<?, ?> map, Object key) {
        Object[] table = table(map);
        if (table == NOT_VISIBLE || table == null || table.length == 0) {
            return table == NOT_VISIBLE ? OPAQUE : LIST;
        }
        Object bin = bin(table, key);
        if (bin == null) {
            return LIST;
        }
        String type = bin.getClass().getName();
        return type.endsWith("$TreeNode") || type.endsWith("$TreeBin") ? TREE : LIST;
    }

    /**
     * For a plain {@link HashMap} (not a wrapper: a wrapper's lock is not held here) whose bin for {@code key} is
     * a red-black tree: whether its links hold a cycle, found by walking at most {@code limit} nodes up the parent
     * links from the bin's first node and through the child links from the root, the walks
     * {@code HashMap.TreeNode.root()} and {@code putTreeVal} make without bound. False for any other map or bin.
     */
    public static boolean treeCycle(Map<?, ?> map, Object key, int limit) {
        return treeCycle(map, key, limit, NO_PAUSE);
    }

    private static final IntConsumer NO_PAUSE = step -> { };

    /**
     * {@link #treeCycle}, calling {@code betweenSteps} with the number of nodes the child walk has passed after
     * each one: a test pauses the walk there, changes the map as a concurrent put would, and lets it go on.
     */
    static boolean treeCycle(Map<?, ?> map, Object key, int limit, IntConsumer betweenSteps) {
        if (!(map instanceof HashMap<?, ?>) || TREE_PARENT == null) {
            return false;
        }
        Object[] table = table(map);
        if (table == NOT_VISIBLE || table == null || table.length == 0) {
            return false;
        }
        Object first = bin(table, key);
        return first != null && first.getClass() == TREE_NODE && treeCycleFrom(first, limit, betweenSteps);
    }

    /**
     * Whether any tree bin of a plain {@link HashMap} holds a cycle in its parent, child or next links, starting
     * from any node the bin's links reach (the walks {@code root()}, {@code putTreeVal}, {@code find},
     * {@code treeify} and {@code balanceInsertion} make without bound). Reads only: the {@link NonTerminationWatch}
     * asks before it counts a slow operation as looping. Unlike {@link #treeCycle} it follows the parent links of
     * every node, not only the bin's first: {@code balanceInsertion} climbs from the node just inserted, and a
     * parent cycle below the root (which a rotation on a corrupted tree can close) holds it forever.
     */
    static boolean hasTreeCycle(Map<?, ?> map) {
        return treeBinCycles(map, false);
    }

    /** The walks behind {@link #treeCycle}: up the parent links, then every node reachable by child links once. */
    private static boolean treeCycleFrom(Object first, int limit, IntConsumer betweenSteps) {
        Object root = first;
        for (int steps = 0; ; steps++) {
            Object parent = (Object) TREE_PARENT.get(root);
            if (parent == null) {
                break;
            }
            if (steps >= limit) {
                return true;
            }
            root = parent;
        }
        // A node reached twice, or more nodes than the bound, is a cycle. Plain arrays rather than an identity
        // set: the walk runs before every put of a sample, and the bins here hold a few dozen nodes.
        Object[] seen = new Object[SMALL_BIN];
        Object[] todo = new Object[SMALL_BIN];
        int seenCount = 0;
        int top = 0;
        todo[top++] = root;
        while (top > 0) {
            Object node = todo[--top];
            for (int i = 0; i < seenCount; i++) {
                if (seen[i] == node) {
                    return true;
                }
            }
            if (seenCount == seen.length) {
                seen = Arrays.copyOf(seen, 2 * seen.length);
            }
            seen[seenCount++] = node;
            if (seenCount > limit) {
                return true;
            }
            betweenSteps.accept(seenCount);
            if (top + 2 > todo.length) {
                todo = Arrays.copyOf(todo, 2 * todo.length);
            }
            Object left = (Object) TREE_LEFT.get(node);
            Object right = (Object) TREE_RIGHT.get(node);
            if (left != null) {
                todo[top++] = left;
            }
            if (right != null) {
                todo[top++] = right;
            }
        }
        return false;
    }

    /**
     * Breaks every cycle in the links of a plain {@link HashMap}'s tree bins (parent, left/right, next) by
     * clearing the link that closes it, so that a thread walking them forever can leave its loop. Called only by
     * {@link NonTerminationWatch} on a map a thread has been stuck in; the map is corrupted already, and the
     * sample is counted as having looped. Returns whether a link was cleared.
     */
    static boolean breakTreeCycles(Map<?, ?> map) {
        return treeBinCycles(map, true);
    }

    /** Whether some tree bin's links hold a cycle; with {@code clear}, clears the link closing each one. */
    private static boolean treeBinCycles(Map<?, ?> map, boolean clear) {
        if (!(map instanceof HashMap<?, ?>) || TREE_PARENT == null || TREE_NEXT == null) {
            return false;
        }
        Object[] table = table(map);
        if (table == NOT_VISIBLE || table == null) {
            return false;
        }
        boolean found = false;
        try {
            for (Object bin : table) {
                if (bin != null && bin.getClass() == TREE_NODE) {
                    found |= cycles(bin, clear);
                    if (found && !clear) {
                        return true;
                    }
                }
            }
        } catch (ClassCastException e) {
            // A plain node linked where a TreeNode belongs: the walk stops there, with what it found so far.
            return found;
        }
        return found;
    }

    private static boolean cycles(Object head, boolean clear) {
        boolean found = false;
        Set<Object> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty() && nodes.size() < 10_000) {
            Object node = todo.pop();
            if (nodes.add(node)) {
                for (VarHandle link : new VarHandle[] {TREE_PARENT, TREE_LEFT, TREE_RIGHT, TREE_NEXT}) {
                    Object next = (Object) link.get(node);
                    if (next != null && next.getClass() == TREE_NODE) {
                        todo.push(next);
                    }
                }
            }
        }
        for (VarHandle link : new VarHandle[] {TREE_PARENT, TREE_NEXT}) {
            // A chain (parent links up to the root, next links along the bin) must end: the link that returns
            // to a node already passed closes a cycle.
            for (Object start : nodes) {
                Set<Object> passed = Collections.newSetFromMap(new IdentityHashMap<>());
                Object node = start;
                passed.add(node);
                for (Object next = (Object) link.get(node); next != null; next = (Object) link.get(node)) {
                    if (!passed.add(next)) {
                        if (!clear) {
                            return true;
                        }
                        link.set(node, null);
                        found = true;
                        break;
                    }
                    node = next;
                }
            }
        }
        // Child links must form a tree: a left/right link that leads back to a node on the current path closes
        // a cycle.
        Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object start : nodes) {
            found |= childCycles(start, Collections.newSetFromMap(new IdentityHashMap<>()), done, clear);
            if (found && !clear) {
                return true;
            }
        }
        return found;
    }

    private static boolean childCycles(Object node, Set<Object> path, Set<Object> done, boolean clear) {
        if (done.contains(node)) {
            return false;
        }
        boolean found = false;
        path.add(node);
        for (VarHandle link : new VarHandle[] {TREE_LEFT, TREE_RIGHT}) {
            Object child = (Object) link.get(node);
            if (child == null) {
                continue;
            }
            if (path.contains(child)) {
                if (!clear) {
                    return true;
                }
                link.set(node, null);
                found = true;
            } else {
                found |= childCycles(child, path, done, clear);
            }
        }
        path.remove(node);
        done.add(node);
        return found;
    }

    /** The bin {@code key} falls into: both maps spread the hash code the same way before masking it. */
    private static Object bin(Object[] table, Object key) {
        int h = key.hashCode();
        return table[(h ^ (h >>> 16)) & (table.length - 1)];
    }

    private static Object[] table(Map<?, ?> map) {
        Map<?, ?> inner = map;
        if (inner.getClass() == SYNCHRONIZED_MAP && SYNCHRONIZED_INNER != null) {
            inner = (Map<?, ?>) SYNCHRONIZED_INNER.get(inner);
        }
        if (inner instanceof HashMap<?, ?> && HASH_MAP_TABLE != null) {
            return (Object[]) HASH_MAP_TABLE.get(inner);
        }
        if (inner instanceof ConcurrentHashMap<?, ?> && CONCURRENT_TABLE != null) {
            return (Object[]) CONCURRENT_TABLE.get(inner);
        }
        return NOT_VISIBLE;
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static VarHandle open(Class<?> type, String name) {
        if (type == null) {
            return null;
        }
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .unreflectVarHandle(type.getDeclaredField(name));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // IllegalAccessException when java.util is not opened to us: the maps stay opaque.
            return null;
        }
    }
}
