package org.stressharness.cli;

/** Bad input found after parsing (a regex matching nothing, a missing class ...): one line, exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
