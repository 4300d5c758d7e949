package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.domain.Transactions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One {@link Transactions} port for the use cases of every service with a database. A service that needs
 * retries on contention declares its own bean (see {@link SpringTransactions#retryingOnContention}), which
 * takes this one's place.
 */
@AutoConfiguration(after = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnBean(PlatformTransactionManager.class)
public class TransactionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Transactions.class)
    SpringTransactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(transactionManager);
    }
}
