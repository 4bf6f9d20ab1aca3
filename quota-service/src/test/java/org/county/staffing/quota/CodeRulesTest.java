package org.county.staffing.quota;

import org.county.staffing.infra.testing.CodeRulesContract;

/** The platform's code rules on quota-service: no package cycles, the naming scheme, one clock, no lint. */
class CodeRulesTest extends CodeRulesContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.quota";
    }
}
