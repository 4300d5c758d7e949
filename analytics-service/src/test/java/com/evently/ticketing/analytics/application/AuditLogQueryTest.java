package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.AuditFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogQueryTest {

    @Test
    void aPageHoldsAtMostOneHundredEntries() {
        assertThat(new AuditLogQuery(AuditFilter.everything(), 0, 100).size()).isEqualTo(100);
        assertThatThrownBy(() -> new AuditLogQuery(AuditFilter.everything(), 0, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> new AuditLogQuery(AuditFilter.everything(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAreCountedFromZero() {
        assertThatThrownBy(() -> new AuditLogQuery(AuditFilter.everything(), -1, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
    }
}
