package com.evently.ticketing.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void environmentNamesMapToTheSystemPropertiesTheyStandFor() {
        assertThat(LoadSettings.propertyName("LOAD_CLIENTS")).isEqualTo("load.clients");
        assertThat(LoadSettings.propertyName("LOAD_REPOSITORY_ROOT")).isEqualTo("load.repositoryRoot");
        assertThat(LoadSettings.propertyName("LOAD_BASELINE_DURATION")).isEqualTo("load.baselineDuration");
    }
}
