package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.DetachedFrame;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The frame functions of the C API as _testcapi offers them to test_frame: the getters
 * (PyFrame_GetLocals, GetGlobals, GetBuiltins, GetLasti, GetGenerator), PyFrame_GetVar /
 * GetVarString, and PyFrame_New (a {@link DetachedFrame}). Compare CPython
 * Modules/_testcapimodule.c: frame_getlocals ... frame_new, and Objects/frameobject.c.
 */
final class FrameFunctions {

    private FrameFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(FrameFunctions.class);
    }

    private static PyFrame frame(PyObject o) {
        if (!(o instanceof PyFrame f)) {
            throw PyErr.typeError("argument must be a frame");
        }
        return f;
    }

    @ExposedMethod
    static PyObject frame_getlocals(PyObject f) {
        return frame(f).locals();
    }

    @ExposedMethod
    static PyObject frame_getglobals(PyObject f) {
        return frame(f).globals();
    }

    @ExposedMethod
    static PyObject frame_getbuiltins(PyObject f) {
        return frame(f).builtins();
    }

    @ExposedMethod
    static PyObject frame_getlasti(PyObject f) {
        int lasti = frame(f).lasti();
        return lasti < 0 ? PyInt.of(-1) : PyInt.of(lasti);
    }

    /** The generator the frame belongs to, None for another frame. */
    @ExposedMethod
    static PyObject frame_getgenerator(PyObject f) {
        PyObject g = frame(f).generator();
        return g == null ? PyNone.NONE : g;
    }

    /** The value of a local, cell or free variable of the frame. Compare frameobject.c: PyFrame_GetVar. */
    @ExposedMethod
    static PyObject frame_getvar(PyObject f, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("name must be str, not " + name.type().getName());
        }
        return getVar(frame(f), s);
    }

    @ExposedMethod
    static PyObject frame_getvarstring(PyObject f, PyObject name) {
        if (!(name instanceof PyBytes b)) {
            throw PyErr.typeError("name must be bytes, not " + name.type().getName());
        }
        return getVar(frame(f), PyStr.of(new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static PyObject getVar(PyFrame f, PyStr name) {
        PyCode code = f.code();
        boolean isVar = false;
        for (String kind : new String[] {"co_varnames", "co_cellvars", "co_freevars"}) {
            if (Abstract.getAttr(code, kind) instanceof PyTuple t) {
                for (PyObject n : t.items()) {
                    if (org.pyvm.runtime.Ops.eqBool(n, name)) {
                        isVar = true;
                    }
                }
            }
        }
        if (isVar) {
            try {
                return Abstract.getItem(f.locals(), name);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.KeyError)) {
                    throw e;
                }
            }
        }
        throw PyErr.of(PyExc.NameError, "variable " + Abstract.repr(name) + " does not exist");
    }

    /** A frame nobody runs, for CODE with GLOBALS and LOCALS. Compare frameobject.c: PyFrame_New. */
    @ExposedMethod
    static PyObject frame_new(PyObject code, PyObject globals, PyObject locals) {
        if (!(code instanceof PyCode c)) {
            throw PyErr.typeError("argument 1 must be code, not " + code.type().getName());
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.typeError("argument 2 must be dict, not " + globals.type().getName());
        }
        return new DetachedFrame(c, g, locals == PyNone.NONE ? null : locals);
    }
}
