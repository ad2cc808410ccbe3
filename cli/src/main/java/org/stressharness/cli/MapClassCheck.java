package org.stressharness.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a user-named map class before any suite is forked, so a typo costs a second, not a run. */
final class MapClassCheck {

    private MapClassCheck() {
    }

    static void verify(String className, List<String> classpath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath) {
            Path p = Path.of(entry);
            if (!Files.exists(p)) {
                throw new UsageException("--classpath entry does not exist: " + entry);
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("--classpath entry is not a path: " + entry);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), MapClassCheck.class.getClassLoader())) {
            Class<?> type = Class.forName(className, false, loader);
            if (!Map.class.isAssignableFrom(type)) {
                throw new UsageException("--map " + className + " is not a java.util.Map");
            }
            try {
                type.getConstructor();
            } catch (NoSuchMethodException e) {
                throw new UsageException("--map " + className + " has no public no-arg constructor");
            }
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new UsageException("--map class not found: " + className
                    + (classpath.isEmpty() ? " (add its jar with --classpath)" : " on " + String.join(File.pathSeparator, classpath)));
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read --classpath: " + e.getMessage());
        }
    }
}
