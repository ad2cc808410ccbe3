package org.stressharness.lincheck;

/** Negative control: {@link GetThenPutIfAbsentMap} must be reported non-linearizable. */
public class GetThenPutIfAbsentTarget extends PutIfAbsentOperations {
    public GetThenPutIfAbsentTarget() {
        super(new GetThenPutIfAbsentMap<>());
    }
}
