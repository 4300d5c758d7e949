package com.evently.ticketing.analytics.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportDefinitionTest {

    @Test
    void parsesTheApiNamesInOrder() {
        ReportDefinition definition = ReportDefinition.parse("event, ticketType,day", "seats,cancellations", null, null);

        assertThat(definition.dimensions())
                .containsExactly(ReportDimension.EVENT, ReportDimension.TICKET_TYPE, ReportDimension.DAY);
        assertThat(definition.measures()).containsExactly(ReportMeasure.SEATS, ReportMeasure.CANCELLATIONS);
    }

    @Test
    void revenueIsGroupedByCurrency() {
        assertThat(ReportDefinition.parse("event", "revenue", null, null).dimensions())
                .isEqualTo(List.of(ReportDimension.EVENT, ReportDimension.CURRENCY));
    }

    @Test
    void unknownNamesAreRefusedListingTheAllowedOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportDefinition.parse("planet", "seats", null, null))
                .withMessageContaining("allowed: event, organizer, session, ticketType, day, week, month, currency");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportDefinition.parse("", "profit", null, null))
                .withMessageContaining("allowed: bookings, seats, cancellations, cancelledSeats, revenue");
    }

    @Test
    void aReportNeedsAMeasureAndNamesEachOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportDefinition.parse("event", "", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> ReportDefinition.parse("day,day", "seats", null, null));
    }
}
