package org.stressharness.jcstress.runner;

/** Bad command-line arguments: reported as one line on stderr, exit status 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
