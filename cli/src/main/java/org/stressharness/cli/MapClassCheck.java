package org.stressharness.cli;

import org.stressharness.results.suite.UsageException;
import org.stressharness.results.suite.MapClass;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                MapClassCheck.class.getClassLoader())) {
            MapClass.resolve(className, loader);
        } catch (IllegalArgumentException e) {
            boolean notFound = e.getMessage().contains("not found");
            throw new UsageException("--map: " + e.getMessage() + (notFound && classpath.isEmpty()
                    ? " (add its jar with --classpath)" : notFound ? " " + String.join(File.pathSeparator, classpath)
                    : ""));
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read --classpath: " + e.getMessage());
        }
    }
}
