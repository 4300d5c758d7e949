package com.evently.ticketing.booking;

import com.evently.ticketing.testsupport.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void respectsTheHexagonalLayering() {
        HexagonalArchitecture.assertRespectedBy("com.evently.ticketing.booking");
    }
}
