package org.county.staffing.post;

import org.county.staffing.infra.testing.CodeRulesContract;

/** The platform's code rules (package cycles, names, clock, lint) on post-service's main code. */
class CodeRulesTest extends CodeRulesContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.post";
    }
}
