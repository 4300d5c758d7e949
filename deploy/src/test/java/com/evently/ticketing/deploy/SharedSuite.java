package com.evently.ticketing.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One suite for every end-to-end test class of a run: starting seven services takes minutes, so the first class
 * that asks for the suite starts it, every later class gets the same one, and it is stopped once the last class
 * finished (JUnit closes what the root context's store holds when the run ends).
 *
 * <pre>{@code
 * @ExtendWith(SharedSuite.class)
 * class SomethingIT {
 *     @RegisterExtension
 *     static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);
 *
 *     @BeforeAll
 *     static void connect(LocalSuite suite) { ... }
 * }
 * }</pre>
 * Asked for in a {@code @BeforeAll} method, a failed start fails that method, so ServiceLogsOnFailure attaches
 * the services' logs to it. Test classes share the suite's data: each works on people and events of its own.
 */
public final class SharedSuite implements ParameterResolver {

    /** Set by failsafe; the fallback is right for a run from the deploy module's directory. */
    static final Path CHECKOUT = Path.of(System.getProperty("ticketing.repositoryRoot", ".."))
            .toAbsolutePath().normalize();
    public static final Path LOG_DIRECTORY = CHECKOUT.resolve("deploy/target/it-logs");

    /** How long an e-mailed password reset link works: long enough to use one, short enough to outwait one. */
    static final Duration RESET_TOKEN_TTL = Duration.ofSeconds(60);
    /** How long a used refresh token still gets its successor (a retried refresh); short enough to outwait. */
    static final Duration REFRESH_TOKEN_REUSE_GRACE = Duration.ofSeconds(3);
    /** Failed logins after which identity-service locks an account for a while (its default, stated here). */
    static final int MAX_FAILED_LOGINS_PER_ACCOUNT = 5;
    /**
     * The gateway's limit on {@code /api/v1/auth/**} per client address, as burst and as refill per minute. Every
     * test calls from 127.0.0.1, and the rush in EndToEndIT alone registers and logs in fifty people; a test of
     * the limit itself calls from another loopback address, which the gateway counts separately.
     */
    static final int AUTH_REQUESTS_PER_ADDRESS = 300;

    private static final Namespace NAMESPACE = Namespace.create(SharedSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSuite.class;
    }

    @Override
    public LocalSuite resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class)
                .runningSuite();
    }

    /** The suite of this run if it started, for a look at its services after a failure; never starts one. */
    static Optional<LocalSuite> started(ExtensionContext context) {
        Startup startup = context.getRoot().getStore(NAMESPACE).get(Startup.class, Startup.class);
        return startup == null ? Optional.empty() : Optional.ofNullable(startup.suite());
    }

    static SuiteOptions options() {
        return SuiteOptions.isolated(CHECKOUT, LOG_DIRECTORY)
                // seven JVMs start on two cores here, often beside other builds: five minutes proved too short at a
                // load average of 30; a service that fails exits and is reported at once, so a long limit costs no
                // time when something is broken (-Dsuite.readinessMinutes for a still busier machine)
                .withReadinessTimeout(Duration.ofMinutes(Long.getLong("suite.readinessMinutes", 10)))
                .withServiceEnvironment(Map.of(
                        // the smallest cost identity accepts: the concurrency test registers and logs in fifty people
                        "TICKETING_BCRYPT_COST", "10",
                        "TICKETING_IDENTITY_PASSWORDRESET_TOKENTTL", RESET_TOKEN_TTL.toSeconds() + "s",
                        "TICKETING_IDENTITY_REFRESHTOKENREUSEGRACE", REFRESH_TOKEN_REUSE_GRACE.toSeconds() + "s",
                        "TICKETING_IDENTITY_LOGINTHROTTLING_MAXFAILURESPERACCOUNT",
                        Integer.toString(MAX_FAILED_LOGINS_PER_ACCOUNT),
                        // every test logs in from 127.0.0.1, some with a wrong password on purpose
                        "TICKETING_IDENTITY_LOGINTHROTTLING_MAXFAILURESPERADDRESS", "1000",
                        "GATEWAY_AUTH_RATE_LIMIT", Integer.toString(AUTH_REQUESTS_PER_ADDRESS),
                        "GATEWAY_AUTH_RATE_LIMIT_BURST", Integer.toString(AUTH_REQUESTS_PER_ADDRESS)));
    }

    /**
     * The outcome of the one attempt to start the suite, kept either way: when it failed, every later class fails
     * at once with the same cause instead of waiting minutes for a start that will fail again.
     */
    private record Startup(LocalSuite suite, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(LocalSuite.start(options()), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        LocalSuite runningSuite() {
            if (failure != null) {
                throw new IllegalStateException("the shared suite could not start: " + failure.getMessage(), failure);
            }
            return suite;
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }
}
