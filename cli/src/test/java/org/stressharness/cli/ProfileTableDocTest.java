package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import org.stressharness.results.model.Profile;
import org.stressharness.results.model.ProfileSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/architecture.md quotes the one profile table; each quoted row must say what {@link ProfileSettings} says. */
class ProfileTableDocTest {

    @Test
    void everyProfileRowInTheArchitectureDocMatchesTheTable() throws IOException {
        String doc = Files.readString(HarnessHome.locate().root().resolve("docs/architecture.md"));
        for (Profile profile : Profile.values()) {
            ProfileSettings s = ProfileSettings.of(profile);
            String row = doc.lines().filter(l -> l.startsWith("| " + profile.id() + " | ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + profile.id()));
            assertThat(row).as(profile.id())
                    .contains(time(s.harness().testTimeout()) + " / " + time(s.harness().suiteTimeout()))
                    .contains("`" + String.join(" ", s.jcstress().options()) + "`")
                    .contains(lincheck(s.modelChecking())).contains(lincheck(s.stress()))
                    .contains(s.scenarios().heap() + " / " + s.scenarios().containerLimit() + " / "
                            + s.scenarios().childTimeout().toSeconds() + " s");
        }
    }

    private static String lincheck(ProfileSettings.Lincheck l) {
        return String.format(Locale.ROOT, "%,d, %,d, %,d, %d x %d", l.scenarios(), l.searchUpTo(), l.invocations(),
                l.threads(), l.actorsPerThread());
    }

    private static String time(Duration d) {
        return d.toMinutesPart() == 0 && d.toHours() > 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
