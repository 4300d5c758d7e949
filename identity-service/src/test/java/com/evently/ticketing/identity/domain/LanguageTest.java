package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageTest {

    @Test
    void theRequestPatternAcceptsExactlyTheKnownCodes() {
        assertThat(Language.CODES_PATTERN.split("\\|"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Language.values()).map(Language::code).toList());
        assertThat(Language.UNKNOWN_CODE_MESSAGE).contains(Arrays.stream(Language.values()).map(Language::code).toList());
    }

    @Test
    void readsCodesExactlyAsWritten() {
        assertThat(Language.ofCode("de")).isEqualTo(Language.GERMAN);
        assertThatThrownBy(() -> Language.ofCode("DE")).isInstanceOf(InvalidInput.class).hasMessageContaining("en, de");
        assertThatThrownBy(() -> Language.ofCode("fr")).isInstanceOf(InvalidInput.class);
    }
}
