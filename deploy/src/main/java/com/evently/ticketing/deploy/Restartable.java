package com.evently.ticketing.deploy;

import java.io.IOException;
import java.util.Optional;

/**
 * A piece of infrastructure that can be stopped and started again in place (same port, same data), as the chaos
 * run does to PostgreSQL, Kafka and GreenMail. Closing it stops it if it runs.
 */
final class Restartable<T extends AutoCloseable> implements AutoCloseable {

    @FunctionalInterface
    interface Starter<T> {
        T start() throws IOException;
    }

    private final String name;
    private final Starter<T> starter;
    private T current;

    private Restartable(String name, Starter<T> starter, T started) {
        this.name = name;
        this.starter = starter;
        this.current = started;
    }

    static <T extends AutoCloseable> Restartable<T> start(String name, Starter<T> starter) throws IOException {
        return new Restartable<>(name, starter, starter.start());
    }

    /** @throws IllegalStateException while it is stopped */
    synchronized T current() {
        if (current == null) {
            throw new IllegalStateException(name + " is stopped");
        }
        return current;
    }

    synchronized Optional<T> running() {
        return Optional.ofNullable(current);
    }

    synchronized void stop() throws Exception {
        if (current != null) {
            T stopping = current;
            current = null;
            stopping.close();
        }
    }

    synchronized void startAgain() throws IOException {
        if (current != null) {
            throw new IllegalStateException(name + " already runs");
        }
        current = starter.start();
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
