package org.pyvm.interp;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * Adjustments to a standard-library module right after its code ran, where the module
 * decides something from the platform that is different on pyvm. Only modules loaded
 * from the standard library folder, and only through pyvm's own import path
 * ({@link Imports}), are adjusted.
 */
final class StdlibFixups {

    private StdlibFixups() {}

    /**
     * Applies the fixup for module NAME (run from FILE, whose dict is D), if there is one
     * and FILE is in the standard library. The name is checked first: every import passes here.
     */
    static void afterExec(String name, java.nio.file.Path file, PyDict d) {
        if (name.equals("multiprocessing.context") && inStdlib(file)) {
            spawnByDefault(d);
        }
    }

    private static boolean inStdlib(java.nio.file.Path file) {
        String lib = Imports.stdlibDir();
        return lib != null && file != null && file.startsWith(lib);
    }

    /**
     * multiprocessing.context makes 'fork' the default start method on every POSIX system
     * but macOS. pyvm has no os.fork (a JVM cannot fork itself), so, as on macOS, the
     * default is 'spawn': multiprocessing.Pool, ProcessPoolExecutor and compileall -j work
     * without set_start_method. A program asking for 'fork' still gets CPython's error.
     */
    private static void spawnByDefault(PyDict d) {
        PyObject os = PyRuntime.modules.getStr("os");
        if (os != null && Abstract.lookupAttr(os, "fork") != null) {
            return;
        }
        PyObject contexts = d.getStr("_concrete_contexts");
        PyObject defaultContext = d.getStr("DefaultContext");
        if (!(contexts instanceof PyDict cs) || defaultContext == null) {
            return;
        }
        PyObject spawn = cs.get(PyStr.of("spawn"));
        if (spawn != null) {
            d.setStr("_default_context", Abstract.call(defaultContext, spawn));
        }
    }
}
