package org.stressharness.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's help, as the terminal shows it (80 columns): wrapped between words, never inside one. A word of
 * a description ("junit.xml", "--until-observed", "(default:") must stand whole on some line of the help.
 */
class HelpTextTest {

    /** Longer words may be cut by any wrapping; none of ours is this long. */
    private static final int LONGEST_WORD = 40;

    @Test
    void helpWrapsBetweenWordsNeverInsideOne() {
        CommandLine root = HarnessCli.commandLine();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (CommandLine command : root.getSubcommands().values()) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            Set<String> shown = new HashSet<>(Arrays.asList(help.split("\\s+")));
            List<String> texts = new ArrayList<>(Arrays.asList(command.getCommandSpec().usageMessage().description()));
            command.getCommandSpec().options().forEach(o -> texts.addAll(Arrays.asList(o.description())));
            for (String text : texts) {
                for (String word : text.split("\\s+")) {
                    if (word.isEmpty() || word.length() > LONGEST_WORD || word.contains("%")) {
                        continue;
                    }
                    checked++;
                    if (!shown.contains(word)) {
                        broken.add(command.getCommandName() + ": " + word);
                    }
                }
            }
        }
        assertThat(checked).as("words checked").isGreaterThan(500);
        assertThat(broken).as("words cut by the help's wrapping").isEmpty();
    }
}
