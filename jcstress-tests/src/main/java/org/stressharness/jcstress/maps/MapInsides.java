package org.stressharness.jcstress.maps;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks inside the JDK maps the map tests run on by default, to show that a test really reaches the structure
 * it names (a resize, a red-black tree bin). It reads the private {@code table} of {@link HashMap} (and its
 * subclasses) and {@link ConcurrentHashMap}, unwrapping {@link Collections#synchronizedMap}; that needs
 * {@code --add-opens java.base/java.util=ALL-UNNAMED} and {@code java.base/java.util.concurrent}, which the
 * suite runner passes to jcstress's forks. Any other map, or a JVM without those options, is opaque: the answer
 * then says so instead of guessing.
 */
public final class MapInsides {

    /** Options a JVM needs for this class to see inside the JDK maps. */
    public static final String JVM_OPTIONS =
            "--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED";

    /** What {@link #binShape} says of a bin. */
    public static final String TREE = "tree";
    public static final String LIST = "list";
    public static final String OPAQUE = "opaque";

    // Identity-compared marker: "the table cannot be seen", distinct from a null (not yet allocated) table.
    private static final Object[] NOT_VISIBLE = new Object[0];
    private static final Field HASH_MAP_TABLE = open(HashMap.class, "table");
    private static final Field CONCURRENT_TABLE = open(ConcurrentHashMap.class, "table");
    private static final Class<?> TREE_NODE = classNamed("java.util.HashMap$TreeNode");
    private static final Field TREE_PARENT = open(TREE_NODE, "parent");
    private static final Field TREE_LEFT = open(TREE_NODE, "left");
    private static final Field TREE_RIGHT = open(TREE_NODE, "right");
    private static final Field TREE_NEXT = open(classNamed("java.util.HashMap$Node"), "next");
    private static final Class<?> SYNCHRONIZED_MAP = Collections.synchronizedMap(new HashMap<>()).getClass();
    private static final Field SYNCHRONIZED_INNER = open(SYNCHRONIZED_MAP, "m");

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
        if (!(map instanceof HashMap<?, ?>) || TREE_PARENT == null) {
            return false;
        }
        Object[] table = table(map);
        if (table == NOT_VISIBLE || table == null || table.length == 0) {
            return false;
        }
        Object first = bin(table, key);
        if (first == null || first.getClass() != TREE_NODE) {
            return false;
        }
        try {
            Object root = first;
            for (int steps = 0; ; steps++) {
                Object parent = TREE_PARENT.get(root);
                if (parent == null) {
                    break;
                }
                if (steps >= limit) {
                    return true;
                }
                root = parent;
            }
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            ArrayDeque<Object> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                Object node = todo.pop();
                if (!seen.add(node) || seen.size() > limit) {
                    return true;
                }
                Object left = TREE_LEFT.get(node);
                Object right = TREE_RIGHT.get(node);
                if (left != null) {
                    todo.push(left);
                }
                if (right != null) {
                    todo.push(right);
                }
            }
            return false;
        } catch (IllegalAccessException | ClassCastException e) {
            return false;
        }
    }

    /**
     * Breaks every cycle in the links of a plain {@link HashMap}'s tree bins (parent, left/right, next) by
     * clearing the link that closes it, so that a thread walking them forever can leave its loop. Called only by
     * {@link NonTerminationWatch} on a map a thread has been stuck in; the map is corrupted already, and the
     * sample is counted as having looped. Returns whether a link was cleared.
     */
    static boolean breakTreeCycles(Map<?, ?> map) {
        if (!(map instanceof HashMap<?, ?>) || TREE_PARENT == null || TREE_NEXT == null) {
            return false;
        }
        Object[] table = table(map);
        if (table == NOT_VISIBLE || table == null) {
            return false;
        }
        boolean broke = false;
        try {
            for (Object bin : table) {
                if (bin != null && bin.getClass() == TREE_NODE) {
                    broke |= breakCycles(bin);
                }
            }
        } catch (IllegalAccessException | ClassCastException e) {
            return broke;
        }
        return broke;
    }

    private static boolean breakCycles(Object head) throws IllegalAccessException {
        boolean broke = false;
        Set<Object> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty() && nodes.size() < 10_000) {
            Object node = todo.pop();
            if (nodes.add(node)) {
                for (Field link : new Field[] {TREE_PARENT, TREE_LEFT, TREE_RIGHT, TREE_NEXT}) {
                    Object next = link.get(node);
                    if (next != null && next.getClass() == TREE_NODE) {
                        todo.push(next);
                    }
                }
            }
        }
        for (Field link : new Field[] {TREE_PARENT, TREE_NEXT}) {
            // A chain (parent links up to the root, next links along the bin) must end: clear the link that
            // returns to a node already passed.
            for (Object start : nodes) {
                Set<Object> passed = Collections.newSetFromMap(new IdentityHashMap<>());
                Object node = start;
                passed.add(node);
                for (Object next = link.get(node); next != null; next = link.get(node)) {
                    if (!passed.add(next)) {
                        link.set(node, null);
                        broke = true;
                        break;
                    }
                    node = next;
                }
            }
        }
        // Child links must form a tree: clear a left/right link that leads back to a node on the current path.
        Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object start : nodes) {
            broke |= breakChildCycles(start, Collections.newSetFromMap(new IdentityHashMap<>()),
                    done);
        }
        return broke;
    }

    private static boolean breakChildCycles(Object node, Set<Object> path, Set<Object> done)
            throws IllegalAccessException {
        if (done.contains(node)) {
            return false;
        }
        boolean broke = false;
        path.add(node);
        for (Field link : new Field[] {TREE_LEFT, TREE_RIGHT}) {
            Object child = link.get(node);
            if (child == null) {
                continue;
            }
            if (path.contains(child)) {
                link.set(node, null);
                broke = true;
            } else {
                broke |= breakChildCycles(child, path, done);
            }
        }
        path.remove(node);
        done.add(node);
        return broke;
    }

    /** The bin {@code key} falls into: both maps spread the hash code the same way before masking it. */
    private static Object bin(Object[] table, Object key) {
        int h = key.hashCode();
        return table[(h ^ (h >>> 16)) & (table.length - 1)];
    }

    private static Object[] table(Map<?, ?> map) {
        try {
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
        } catch (IllegalAccessException e) {
            // fall through: not visible
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

    private static Field open(Class<?> type, String name) {
        if (type == null) {
            return null;
        }
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // InaccessibleObjectException when java.util is not opened to us: the maps stay opaque.
            return null;
        }
    }
}
