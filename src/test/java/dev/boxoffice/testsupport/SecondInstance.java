package dev.boxoffice.testsupport;

import java.util.Map;

/** One more Payara Micro on the test database, started by the first test that needs it and shared by the rest of the suite. */
public final class SecondInstance {

    public static final String NAME = "second-instance";
    private static AppInstance instance;

    private SecondInstance() {
    }

    public static synchronized Api api() {
        if (instance == null) {
            instance = AppInstance.start(NAME, Map.of());
        }
        return instance.api();
    }
}
