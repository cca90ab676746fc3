package org.pyvm.modules.sre;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _sre module, which re._compiler and re/__init__.py import: compile (to a
 * {@link PatternObject}), template ({@link TemplateObject}), the case helpers and the
 * constants. Compare CPython Modules/_sre/sre.c: _functions, sre_exec, _sre_compile_impl,
 * _sre_template_impl, compile_template.
 */
public final class SreModule {

    private SreModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        m.addFunctions(SreModule.class);
        PyDict d = m.getDict();
        d.setStr("MAGIC", PyInt.of(SreConstants.MAGIC));
        d.setStr("CODESIZE", PyInt.of(SreConstants.CODESIZE));
        d.setStr("MAXREPEAT", PyInt.of(SreConstants.MAXREPEAT));
        d.setStr("MAXGROUPS", PyInt.of(SreConstants.MAXGROUPS));
        d.setStr("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    /** The Python exception for an engine error. */
    static PyBaseException error(SreException e) {
        PyType t = switch (e.pythonType()) {
            case "OverflowError" -> PyExc.OverflowError;
            case "SystemError" -> PyExc.SystemError;
            case "MemoryError" -> PyExc.MemoryError;
            case "RecursionError" -> PyExc.RecursionError;
            default -> PyExc.RuntimeError;
        };
        return PyErr.of(t, e.getMessage());
    }

    private static PyBaseException mustBe(String fn, String arg, String type, PyObject got) {
        return PyErr.typeError(fn + "() argument " + arg + " must be " + type + ", not " + got.type().getName());
    }

    /** compile(pattern, flags, code, groups, groupindex, indexgroup). Compare _sre_compile_impl. */
    @ExposedMethod
    static PyObject compile(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("compile", args, kw, 6, 6, "pattern", "flags", "code", "groups", "groupindex",
            "indexgroup");
        int flags = Abstract.index(a[1]).intValue();
        if (!(a[2] instanceof PyList code)) {
            throw mustBe("compile", "'code'", "list", a[2]);
        }
        long groups = Abstract.index(a[3]).longValue();
        if (!(a[4] instanceof PyDict groupindex)) {
            throw mustBe("compile", "'groupindex'", "dict", a[4]);
        }
        if (!(a[5] instanceof PyTuple indexgroup)) {
            throw mustBe("compile", "'indexgroup'", "tuple", a[5]);
        }
        long[] words = new long[code.size()];
        for (int i = 0; i < words.length; i++) {
            PyObject o = code.get(i);
            if (!(o instanceof PyInt v)) {
                throw PyErr.typeError("an integer is required");
            }
            if (v.signum() < 0) {
                throw PyErr.overflowError("can't convert negative value to unsigned int");
            }
            if (v.isBig() && v.bigValue().bitLength() > 64) {
                throw PyErr.overflowError("Python int too large to convert to C unsigned long");
            }
            words[i] = v.isBig() ? -1 : v.value;
        }
        int isbytes = a[0] == PyNone.NONE ? -1 : Subject.kindOf(a[0]);
        SrePattern engine;
        try {
            if (groups < 0 || groups > SreConstants.MAXGROUPS) {
                throw SreException.invalidCode();
            }
            engine = new SrePattern(SrePattern.codeOf(words), flags, (int) groups);
        } catch (SreException e) {
            throw error(e);
        }
        PyDict gi = groupindex.size() > 0 ? groupindex : null;
        PyTuple ig = gi != null && indexgroup.size() > 0 ? indexgroup : null;
        return new PatternObject(engine, a[0], flags, (int) groups, gi, ig, isbytes);
    }

    /** template(pattern, template, /): [literal, group, literal, ...]. Compare _sre_template_impl. */
    @ExposedMethod
    static PyObject template(PyObject[] args, String[] kw) {
        Args.exact("template", args, kw, 2);
        if (!(args[1] instanceof PyList list)) {
            throw mustBe("template", "2", "list", args[1]);
        }
        int n = list.size();
        if ((n & 1) == 0) {
            throw PyErr.typeError("invalid template");
        }
        n /= 2;
        int[] indices = new int[n];
        PyObject[] literals = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject o = list.get(2 * i + 1);
            if (!(o instanceof PyInt v)) {
                throw PyErr.typeError("an integer is required");
            }
            long index = v.longValue();
            if (index < 0) {
                throw PyErr.typeError("invalid template");
            }
            indices[i] = (int) Math.min(index, Integer.MAX_VALUE);
            PyObject lit = list.get(2 * i + 2);
            boolean empty = lit instanceof PyStr s ? s.length() == 0 : lit instanceof PyBytes b && b.bytes().length == 0;
            literals[i] = empty ? null : lit;
        }
        return new TemplateObject(list.get(0), indices, literals);
    }

    /**
     * re._compile_template(pattern, repl), retried with a plain str/bytes copy when repl is
     * unhashable. Compare sre.c: compile_template.
     */
    static TemplateObject compileTemplate(PatternObject pattern, PyObject repl) {
        PyObject re = Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("re"));
        PyObject func = Abstract.getAttr(re, "_compile_template");
        PyObject result;
        try {
            result = Abstract.call(func, pattern, repl);
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            PyObject plain;
            if (repl instanceof PyStr s && repl.getClass() != PyStr.class) {
                plain = PyStr.of(s.value());
            } else if (Subject.bytesOf(repl) != null && repl.getClass() != PyBytes.class) {
                plain = new PyBytes(Subject.bytesOf(repl).clone());
            } else {
                throw e;
            }
            result = Abstract.call(func, pattern, plain);
        }
        if (!(result instanceof TemplateObject t)) {
            throw PyErr.runtimeError("the result of compiling a replacement string is " + result.type().getName());
        }
        return t;
    }

    private static int character(String fn, PyObject[] args, String[] kw) {
        Args.exact(fn, args, kw, 1);
        return Abstract.index(args[0]).intValue();
    }

    @ExposedMethod
    static long getcodesize() {
        return SreChars.getcodesize();
    }

    @ExposedMethod
    static boolean ascii_iscased(PyObject[] args, String[] kw) {
        return SreChars.asciiIscased(character("ascii_iscased", args, kw));
    }

    @ExposedMethod
    static boolean unicode_iscased(PyObject[] args, String[] kw) {
        return SreChars.unicodeIscased(character("unicode_iscased", args, kw));
    }

    @ExposedMethod
    static long ascii_tolower(PyObject[] args, String[] kw) {
        return SreChars.asciiTolower(character("ascii_tolower", args, kw));
    }

    @ExposedMethod
    static long unicode_tolower(PyObject[] args, String[] kw) {
        return SreChars.unicodeTolower(character("unicode_tolower", args, kw));
    }
}
