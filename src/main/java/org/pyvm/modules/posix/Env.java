package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * pyvm's environment: a copy of the JVM's, changed by putenv/unsetenv (the JVM cannot
 * change its own); what a child process started by pyvm would be given.
 *
 * <p>Names and values are the process's bytes decoded as file names are ({@link Fs#decode}:
 * UTF-8 with surrogateescape), so that os.environb gives back the exact bytes, as CPython's
 * does (posixmodule.c: convertenviron decodes with PyUnicode_DecodeFSDefault). They are read
 * from /proc/self/environ where it exists; the JVM's System.getenv() would have replaced
 * bytes that are not UTF-8 by U+FFFD.
 */
public final class Env {

    private Env() {}

    private static Map<String, String> env;

    public static synchronized Map<String, String> current() {
        if (env == null) {
            env = initial();
            env.remove(FdTable.PASSED_FDS_ENV);
            env.remove(FdTable.CLOSED_STD_ENV);
            // PEP 538: in the C locale, without LC_ALL, CPython's start-up sets LC_CTYPE=C.UTF-8
            // in its environment (children inherit it) unless PYTHONCOERCECLOCALE=0. Compare
            // Python/pylifecycle.c: _Py_CoerceLegacyLocale.
            String lcAll = env.get("LC_ALL");
            if ((lcAll == null || lcAll.isEmpty()) && !"0".equals(env.get("PYTHONCOERCECLOCALE"))
                && org.pyvm.modules.locale.LocaleModule.cLocaleAtStart(env)) {
                env.put("LC_CTYPE", "C.UTF-8");
            }
        }
        return env;
    }

    /** The environment the process started with, exact (/proc/self/environ) when the JVM's copy lost bytes. */
    private static Map<String, String> initial() {
        Map<String, String> jvm = System.getenv();
        boolean lossy = false;
        for (Map.Entry<String, String> e : jvm.entrySet()) {
            if (e.getKey().indexOf('\ufffd') >= 0 || e.getValue().indexOf('\ufffd') >= 0) {
                lossy = true;
                break;
            }
        }
        if (lossy) {
            try {
                byte[] all = Files.readAllBytes(Path.of("/proc/self/environ"));
                Map<String, String> m = new LinkedHashMap<>();
                int start = 0;
                for (int i = 0; i <= all.length; i++) {
                    if (i == all.length || all[i] == 0) {
                        if (i > start) {
                            String entry = Fs.decode(java.util.Arrays.copyOfRange(all, start, i));
                            // Like convertenviron: the first '=' after the first character splits.
                            int eq = entry.indexOf('=', 1);
                            if (eq > 0) {
                                m.putIfAbsent(entry.substring(0, eq), entry.substring(eq + 1));
                            }
                        }
                        start = i + 1;
                    }
                }
                // Keep what the JVM's copy has beyond the start-up block (none on Linux, but safe).
                for (Map.Entry<String, String> e : jvm.entrySet()) {
                    if (e.getKey().indexOf('\ufffd') < 0 && !m.containsKey(e.getKey())) {
                        m.put(e.getKey(), e.getValue());
                    }
                }
                return m;
            } catch (IOException | RuntimeException e) {
                // No /proc: the JVM's copy is the best there is.
            }
        }
        return new LinkedHashMap<>(jvm);
    }

    static synchronized void reset() {
        env = null;
    }

    /**
     * A subinterpreter's environment is its creator's map (the process's, as CPython's
     * os.environ is built from the one C environ in every interpreter).
     */
    public static synchronized void share(Map<String, String> processEnv) {
        env = processEnv;
    }
}
