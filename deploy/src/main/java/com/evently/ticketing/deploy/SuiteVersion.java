package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the launcher was built with, which is the version of the service jars beside it. */
final class SuiteVersion {

    private static final String RESOURCE = "suite.properties";

    private SuiteVersion() {
    }

    static String current() {
        try (InputStream in = SuiteVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the launcher was not built by Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.startsWith("@")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by Maven: '" + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }
}
