package org.stressharness.results.suite;

/**
 * Input that cannot be used (a bad option, a regex matching nothing, a missing class, a damaged run file): every
 * command and suite runner reports it in one line naming the problem, exit {@link ExitCode#USAGE}. An
 * {@link IllegalArgumentException}, so the checks of the JDK and of the model (a profile name, a regex) that throw
 * one are usage errors too.
 */
public class UsageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
