package org.county.staffing.recruitment;

import org.county.staffing.infra.testing.CodeRulesContract;

/** The platform's code rules on recruitment-service: no package cycles, the naming scheme, one clock, no lint. */
class CodeRulesTest extends CodeRulesContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.recruitment";
    }
}
