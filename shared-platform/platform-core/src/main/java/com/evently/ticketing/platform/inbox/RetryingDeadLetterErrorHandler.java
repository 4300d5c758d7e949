package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ErrorHandlingUtils;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handler of every listener container: what happens to a record whose handler threw depends on
 * {@link ConsumerFailure#of the failure's kind}.
 * <ul>
 *   <li>infrastructure: retried without limit, the pause doubling from {@code initial-interval} up to
 *   {@code max-interval}; meanwhile the listener container is paused (it keeps polling, so it stays in its group)
 *   and the record's offset is not committed, so nothing behind it in its partition is processed either;</li>
 *   <li>deterministic: sent to {@code <topic>.dlt} at once;</li>
 *   <li>unexpected: {@code unexpected-failure-attempts} attempts in all, then sent to {@code <topic>.dlt}.</li>
 * </ul>
 * A dead-lettered record keeps its key, value and headers ({@code ce_id} included) and gains Spring Kafka's
 * {@code kafka_dlt-*} headers (original topic, partition, offset, consumer group, exception). Every failed delivery
 * counts on {@code ticketing.consumer.failures}, every dead-lettered record on {@code ticketing.consumer.dead.lettered}
 * (tags topic, group and failure kind), for the alerts; {@link ConsumerFailureMeters} registers them at zero.
 */
public class RetryingDeadLetterErrorHandler extends DefaultErrorHandler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RetryingDeadLetterErrorHandler.class);

    private final ThreadPoolTaskScheduler resumer;

    private RetryingDeadLetterErrorHandler(ConsumerRecordRecoverer recoverer, BackOff infrastructureBackOff,
                                           ThreadPoolTaskScheduler resumer) {
        super(recoverer, infrastructureBackOff,
                new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, resumer)));
        this.resumer = resumer;
    }

    static RetryingDeadLetterErrorHandler create(KafkaOperations<String, String> kafka, InboxProperties.Retry retry,
                                                 MeterRegistry meters) {
        ThreadPoolTaskScheduler resumer = new ThreadPoolTaskScheduler();
        resumer.setThreadNamePrefix("consumer-resume-");
        resumer.setDaemon(true);
        resumer.initialize();

        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ConsumerRecordRecoverer recoverer = (record, exception) -> {
            ConsumerFailure failure = ConsumerFailure.of(exception);
            deadLetters.accept(record, exception);
            log.error("Dead-lettered {}-{}@{} to {} ({} failure): {}", record.topic(), record.partition(),
                    record.offset(), Topics.deadLetterOf(record.topic()), failure.tag(), thrownByListener(exception));
            ConsumerFailureMeters.deadLettered(meters, record.topic(), groupId(), failure).increment();
        };

        BackOff infrastructure = exponential(retry, Long.MAX_VALUE);
        BackOff unexpected = exponential(retry, retry.unexpectedFailureAttempts() - 1);
        BackOff deterministic = new FixedBackOff(0, 0);
        RetryingDeadLetterErrorHandler handler = new RetryingDeadLetterErrorHandler(recoverer, infrastructure, resumer);
        handler.setBackOffFunction((record, exception) -> switch (ConsumerFailure.of(exception)) {
            case INFRASTRUCTURE -> infrastructure;
            case DETERMINISTIC -> deterministic;
            case UNEXPECTED -> unexpected;
        });
        handler.setRetryListeners(new FailureCounter(meters));
        return handler;
    }

    private static ExponentialBackOff exponential(InboxProperties.Retry retry, long retries) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retries);
        return backOff;
    }

    /** What the listener threw, without the container's wrapper whose message only names the method. */
    private static String thrownByListener(Exception exception) {
        Exception thrown = ErrorHandlingUtils.findRootCause(exception);
        return String.valueOf(thrown == null ? exception : thrown);
    }

    /** Runs on the consumer's thread, where the container has set the group id. */
    private static String groupId() {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? "unknown" : group;
    }

    @Override
    public void destroy() {
        resumer.shutdown();
    }

    private record FailureCounter(MeterRegistry meters) implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, @Nullable Exception exception, int deliveryAttempt) {
            ConsumerFailure failure = exception == null ? ConsumerFailure.UNEXPECTED : ConsumerFailure.of(exception);
            ConsumerFailureMeters.failures(meters, record.topic(), groupId(), failure).increment();
            if (failure == ConsumerFailure.INFRASTRUCTURE) {
                log.warn("{}-{}@{} failed on attempt {} for a reason outside the record, retrying: {}", record.topic(),
                        record.partition(), record.offset(), deliveryAttempt,
                        exception == null ? null : NestedExceptionUtils.getMostSpecificCause(exception));
            }
        }
    }
}
