package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.port.out.SigningKeys;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often the service reads its verification keys from the key store (the database). */
final class SigningKeyReads implements BeanPostProcessor {

    private final AtomicInteger reads = new AtomicInteger();

    int count() {
        return reads.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof SigningKeys store)) {
            return bean;
        }
        return Proxy.newProxyInstance(SigningKeys.class.getClassLoader(), new Class<?>[]{SigningKeys.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("verificationKeys")) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
