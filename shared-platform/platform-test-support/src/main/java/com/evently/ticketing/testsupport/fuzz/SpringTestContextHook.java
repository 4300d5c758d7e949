package com.evently.ticketing.testsupport.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.springframework.test.context.TestContextManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets jqwik properties run against a Spring test context: jqwik's engine knows nothing of Spring's Jupiter
 * extension, so before each property this injects the instance's {@code @Autowired} fields through Spring's
 * TestContext framework. The context comes from Spring's context cache, so a property class with the same
 * configuration as the service's Jupiter tests shares their running application. Jupiter callbacks
 * ({@code @BeforeEach}) do not run for properties. Use with {@code @AddLifecycleHook(SpringTestContextHook.class)}
 * on the class.
 */
public class SpringTestContextHook implements AroundPropertyHook {

    private static final Map<Class<?>, TestContextManager> MANAGERS = new ConcurrentHashMap<>();

    /** Registered on the class, it must reach the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
            throws Throwable {
        Object instance = context.testInstance();
        MANAGERS.computeIfAbsent(instance.getClass(), TestContextManager::new).prepareTestInstance(instance);
        return property.execute();
    }
}
