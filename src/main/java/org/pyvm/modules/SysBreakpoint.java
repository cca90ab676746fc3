package org.pyvm.modules;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * sys.breakpointhook, what builtins.breakpoint() calls: $PYTHONBREAKPOINT names the
 * callable to run (default pdb.set_trace, "0" turns breakpoints off). Compare CPython
 * Python/sysmodule.c: sys_breakpointhook.
 */
final class SysBreakpoint {

    private SysBreakpoint() {}

    @ExposedMethod
    static PyObject breakpointhook(PyObject[] args, String[] kw) {
        String envar = ignoreEnvironment() ? null : org.pyvm.modules.posix.Env.current().get("PYTHONBREAKPOINT");
        if (envar == null || envar.isEmpty()) {
            envar = "pdb.set_trace";
        } else if (envar.equals("0")) {
            return PyNone.NONE;
        }
        int dot = envar.lastIndexOf('.');
        if (dot != 0) {
            String modulePath = dot < 0 ? "builtins" : envar.substring(0, dot);
            String attr = envar.substring(dot + 1);
            PyObject hook = null;
            try {
                hook = Abstract.getAttr(importModule(modulePath), attr);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError)) {
                    throw e;
                }
            }
            if (hook != null) {
                return Abstract.call(hook, args, kw);
            }
        }
        Abstract.warn(PyExc.RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + envar + "\"");
        return PyNone.NONE;
    }

    /** PyImport_Import: __import__(name), then the module itself from sys.modules. */
    private static PyObject importModule(String name) {
        Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of(name));
        return Abstract.getItem(PyRuntime.modules, PyStr.of(name));
    }

    private static boolean ignoreEnvironment() {
        PyObject flags = PyRuntime.builtinModule("sys").getDict().getStr("flags");
        return flags != null && Abstract.isTrue(Abstract.getAttr(flags, "ignore_environment"));
    }
}
