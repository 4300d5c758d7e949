package com.evently.ticketing.ticket;

import com.evently.ticketing.testsupport.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class HexagonalArchitectureTest {

    @Test
    void layersFollowTheHexagonalRules() {
        HexagonalArchitecture.assertRespectedBy("com.evently.ticketing.ticket");
    }
}
