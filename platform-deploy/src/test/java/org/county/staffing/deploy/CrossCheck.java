package org.county.staffing.deploy;

import java.util.List;

final class CrossCheck {
    /** The workloads deploy/kubernetes runs: the five services and the console. */
    static final List<String> WORKLOADS = List.of("quota-service", "post-service", "recruitment-service",
            "rotation-service", "audit-service", "console");

    private CrossCheck() {
    }
}
