package com.evently.ticketing.notification;

import com.evently.ticketing.testsupport.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersFollowTheHexagonalRules() {
        HexagonalArchitecture.assertRespectedBy("com.evently.ticketing.notification");
    }
}
