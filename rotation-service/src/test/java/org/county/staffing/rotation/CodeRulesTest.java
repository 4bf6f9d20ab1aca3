package org.county.staffing.rotation;

import org.county.staffing.infra.testing.CodeRulesContract;

/** The platform's code rules on this service's main code: no package cycles, names by the scheme, PlatformClock only, no unused code. */
class CodeRulesTest extends CodeRulesContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.rotation";
    }
}
