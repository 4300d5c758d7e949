package com.evently.ticketing.event.adapter.out.persistence;

import com.evently.ticketing.event.application.port.out.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Transactions on the service's DataSource: the platform's outbox writes through the same one, so an
 * event row and its announcement commit together.
 */
@Component
class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
