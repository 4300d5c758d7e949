package com.evently.ticketing.platform.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalUuidsTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new CanonicalUuids()).build();

    record Scan(UUID eventId) {
    }

    @Test
    void readsAUuidInItsCanonicalForm() {
        UUID id = UUID.randomUUID();

        assertThat(json.readValue("{\"eventId\":\"" + id + "\"}", Scan.class).eventId()).isEqualTo(id);
        assertThat(json.readValue("{\"eventId\":\"" + id.toString().toUpperCase() + "\"}", Scan.class).eventId())
                .isEqualTo(id);
        assertThat(json.readValue("{\"eventId\":null}", Scan.class).eventId()).isNull();
    }

    @Test
    void refusesWhatJacksonWouldHaveReadAsBase64() {
        // 22 characters of the Base64 alphabet: Jackson's own deserializer makes a UUID of them
        assertThat(JsonMapper.builder().build().readValue("{\"eventId\":\"not-a-uuid-AAAAAAAAAAA\"}", Scan.class)
                .eventId()).isNotNull();

        assertThatThrownBy(() -> json.readValue("{\"eventId\":\"not-a-uuid-AAAAAAAAAAA\"}", Scan.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"eventId\":\"1-2-3-4-5\"}", Scan.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
