package com.evently.ticketing.platform.persistence;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AfterCommitTest {

    private final RecordingTransactionManager transactionManager = new RecordingTransactionManager();
    private final TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    private final List<String> done = new ArrayList<>();

    @Test
    void runsAtOnceOutsideATransaction() {
        AfterCommit.run(() -> done.add("counted"));

        assertThat(done).containsExactly("counted");
    }

    @Test
    void runsOnlyOnceTheTransactionHasCommitted() {
        transaction.executeWithoutResult(status -> {
            AfterCommit.run(() -> done.add("counted after " + transactionManager.outcomes));
            assertThat(done).as("inside the transaction").isEmpty();
        });

        assertThat(done).containsExactly("counted after [commit]");
    }

    @Test
    void neverRunsWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            AfterCommit.run(() -> done.add("counted"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(transactionManager.outcomes).containsExactly("rollback");
        assertThat(done).isEmpty();
    }
}
