package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RunDirectoryTest {

    @TempDir
    Path root;

    @Test
    void everyRunGetsItsOwnDirectoryEvenInTheSameSecond() {
        Set<Path> dirs = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            dirs.add(RunDirectory.create(root, "amd64").path());
        }
        assertThat(dirs).hasSize(50).allMatch(Files::isDirectory);
    }

    @Test
    void latestFollowsTheLastMarkedRun() throws Exception {
        RunDirectory first = RunDirectory.create(root, "amd64");
        RunDirectory second = RunDirectory.create(root, "amd64");
        first.markLatest();
        assertThat(root.resolve("latest").toRealPath()).isEqualTo(first.path().toRealPath());
        second.markLatest();
        assertThat(root.resolve("latest").toRealPath()).isEqualTo(second.path().toRealPath());
        try (var names = Files.list(root)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }
}
