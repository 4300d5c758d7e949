package com.evently.ticketing.identity.benchmark;

import com.evently.ticketing.identity.adapter.out.crypto.BcryptPasswordHashing;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordHash;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What one password hash costs at a bcrypt work factor: the price of every registration, password change and
 * login (a login verifies, which is the same work). Run by hand, see the module README; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashingBenchmark {

    /** 10 is the lowest cost the service accepts (and the tests' setting), 12 its default. */
    @Param({"10", "12"})
    int cost;

    private PasswordHashing hashing;
    private Password password;

    @Setup
    public void createHashing() {
        hashing = new BcryptPasswordHashing(cost);
        password = new Password("correct horse battery staple");
    }

    @Benchmark
    public PasswordHash hashOnePassword() {
        return hashing.hash(password);
    }
}
