package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.domain.Transactions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionsAutoConfigurationTest {

    private final RecordingTransactionManager manager = new RecordingTransactionManager();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TransactionsAutoConfiguration.class))
            .withBean(PlatformTransactionManager.class, () -> manager);

    @Test
    void everyServiceWithATransactionManagerGetsOneTransactionsPort() {
        context.run(started -> {
            Transactions transactions = started.getBean(Transactions.class);

            String result = transactions.inTransaction(() -> {
                assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(manager.outcomes).containsExactly("commit");
        });
    }

    @Test
    void workThatThrowsIsRolledBack() {
        context.run(started -> {
            Transactions transactions = started.getBean(Transactions.class);

            assertThatThrownBy(() -> transactions.inTransaction((Runnable) () -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");

            assertThat(manager.outcomes).containsExactly("rollback");
        });
    }

    @Test
    void aServicesOwnTransactionsTakeThePlatformsPlace() {
        Transactions own = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        context.withBean("ownTransactions", Transactions.class, () -> own).run(started -> {
            assertThat(started).hasSingleBean(Transactions.class);
            assertThat(started.getBean(Transactions.class)).isSameAs(own);
        });
    }

    @Test
    void withoutATransactionManagerThereIsNoPort() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TransactionsAutoConfiguration.class))
                .run(started -> assertThat(started).doesNotHaveBean(Transactions.class));
    }
}
