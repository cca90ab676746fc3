package org.pyvm.modules.faulthandler;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;

/**
 * The fatal errors faulthandler reports: a fatal signal raised by the process itself
 * (faulthandler._sigsegv and its siblings, signal.raise_signal, os.kill of our own pid) and
 * Py_FatalError (_fatal_error_c_thread). The report is CPython's ("Fatal Python error: ...",
 * the threads' stacks, "Extension modules: ..."); then the process dies by the signal itself,
 * its disposition first put back to the OS default (the JVM handles SIGSEGV and friends for
 * its own use; the process is ending anyway). A fault of the JVM's own native code is still
 * reported by the JVM. Compare Modules/faulthandler.c: faulthandler_fatal_error and
 * Python/pylifecycle.c: fatal_error, _Py_DumpExtensionModules.
 */
final class FatalErrors {

    private FatalErrors() {}

    static final int SIGILL = 4, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11;

    /** faulthandler_handlers: the fatal signals enable() watches and their names. */
    static final int[] SIGNALS = {SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSEGV};

    static String name(int sig) {
        return switch (sig) {
            case SIGBUS -> "Bus error";
            case SIGILL -> "Illegal instruction";
            case SIGFPE -> "Floating point exception";
            case SIGABRT -> "Aborted";
            case SIGSEGV -> "Segmentation fault";
            default -> "Signal " + sig;
        };
    }

    /**
     * "\nExtension modules: a, b (total: 2)\n": the modules in sys.modules made by pyvm
     * itself (CPython's C extensions and built-ins) that sys.stdlib_module_names does not
     * name; nothing when there is none.
     */
    static String extensionModules() {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject modules = sys.getDict().getStr("modules");
        PyObject names = sys.getDict().getStr("stdlib_module_names");
        if (!(modules instanceof PyDict d)) {
            return "";
        }
        List<String> found = new ArrayList<>();
        for (PyObject key : d.keysArray()) {
            if (!(key instanceof PyStr s) || !PyRuntime.BUILTIN_MODULES.containsKey(s.value())
                || !(d.get(key) instanceof PyModule)) {
                continue;
            }
            if (names instanceof PySet fs && fs.isFrozen() && fs.contains(key)) {
                continue;
            }
            found.add(s.value());
        }
        if (found.isEmpty()) {
            return "";
        }
        return "\nExtension modules: " + String.join(", ", found) + " (total: " + found.size() + ")\n";
    }

    /** Ends the process by SIG with the OS's default action; exits with 128 + SIG if that fails. */
    static void die(int sig) {
        System.out.flush();
        System.err.flush();
        org.pyvm.modules.signal.SignalModule.dieNatively(sig);
        try {
            Thread.sleep(1000); // the signal is on its way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(128 + sig);
    }
}
