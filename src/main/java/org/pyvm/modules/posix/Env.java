package org.pyvm.modules.posix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * pyvm's environment: a copy of the JVM's, changed by putenv/unsetenv (the JVM cannot
 * change its own); what a child process started by pyvm would be given.
 */
public final class Env {

    private Env() {}

    private static Map<String, String> env;

    public static synchronized Map<String, String> current() {
        if (env == null) {
            env = new LinkedHashMap<>(System.getenv());
            env.remove(FdTable.PASSED_FDS_ENV);
            env.remove(FdTable.CLOSED_STD_ENV);
        }
        return env;
    }

    static synchronized void reset() {
        env = null;
    }
}
