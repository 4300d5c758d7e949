package com.evently.ticketing.platform.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void pagesCountFromZeroAndHoldOneToTheListsMostRows() {
        assertThatCode(() -> Paging.check(0, 1, 100)).doesNotThrowAnyException();
        assertThatCode(() -> Paging.check(7, 100, 100)).doesNotThrowAnyException();
    }

    @Test
    void aPageBeforeTheFirstIsRefused() {
        assertThatThrownBy(() -> Paging.check(-1, 20, 100))
                .isInstanceOf(InvalidInput.class).hasMessage("'page' counts from 0, was -1");
    }

    @Test
    void aSizeOutsideOneToTheMostIsRefused() {
        assertThatThrownBy(() -> Paging.check(0, 0, 100))
                .isInstanceOf(InvalidInput.class).hasMessage("'size' is 1 to 100, was 0");
        assertThatThrownBy(() -> Paging.check(0, 1001, 1000))
                .isInstanceOf(InvalidInput.class).hasMessage("'size' is 1 to 1000, was 1001");
    }
}
