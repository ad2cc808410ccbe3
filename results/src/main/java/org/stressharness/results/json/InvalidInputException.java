package org.stressharness.results.json;

/** An input file that cannot be used; the message is one line naming the file and the problem. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
