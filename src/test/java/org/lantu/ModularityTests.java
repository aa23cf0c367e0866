package org.lantu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The packages under {@code org.lantu} are modules: only their base packages are API, no cycles. */
class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(LantuApplication.class).verify();
    }
}
