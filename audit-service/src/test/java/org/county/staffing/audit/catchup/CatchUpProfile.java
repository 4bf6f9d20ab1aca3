package org.county.staffing.audit.catchup;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A second start of audit-service, with the same consumer group and database as the other tests:
 * the tests of the default profile run first and commit their offsets, then the application
 * stops, events are published, and this one starts.
 */
public class CatchUpProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EventsPublishedWhileDown.class));
    }
}
