package com.evently.ticketing.event;

import com.evently.ticketing.testsupport.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class HexagonalArchitectureTest {

    @Test
    void layersDependOnlyInward() {
        HexagonalArchitecture.assertRespectedBy("com.evently.ticketing.event");
    }
}
