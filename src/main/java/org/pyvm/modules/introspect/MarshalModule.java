package org.pyvm.modules.introspect;

import org.pyvm.bytecode.MarshalException;
import org.pyvm.bytecode.MarshalReader;
import org.pyvm.bytecode.MarshalWriter;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.MarshalValues;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The marshal module over the bytecode layer's {@link MarshalReader} and
 * {@link MarshalWriter} (the same code that reads and writes .pyc files), so
 * {@code marshal.dumps(code)} gives CPython's bytes for the same code object. For other
 * data the bytes load back as equal values in CPython, but where CPython places a
 * reference flag depends on its reference counts, which pyvm does not have: the writer's
 * model of sharing (see MarshalWriter) decides, so such bytes may differ in those flags.
 * Versions 0 to 4 are written as marshal.c writes them. Compare CPython Python/marshal.c.
 */
public final class MarshalModule {

    private MarshalModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("marshal");
        m.addFunctions(MarshalModule.class);
        m.getDict().setStr("version", PyInt.of(MarshalWriter.VERSION));
        m.getDict().setStr("__doc__", PyStr.of("This module contains functions that can read and write Python values in\n"
            + "a binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n"));
        return m;
    }

    private static int version(String fn, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("marshal." + fn + "() takes no keyword arguments");
        }
        if (args.length < min) {
            throw PyErr.typeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got "
                + args.length);
        }
        if (args.length > max) {
            throw PyErr.typeError(fn + " expected at most " + max + " arguments, got " + args.length);
        }
        return args.length == max ? Abstract.index(args[max - 1]).intValue() : MarshalWriter.VERSION;
    }

    static byte[] dumpBytes(PyObject value, int version) {
        MarshalValues.ToNeutral t = new MarshalValues.ToNeutral();
        Object v = t.convert(value);
        try {
            return MarshalWriter.dumps(v, version, t.interned);
        } catch (MarshalException e) {
            throw MarshalValues.error(e);
        }
    }

    /** dumps(value, version=version, /). Compare marshal_dumps_impl. */
    @ExposedMethod
    static PyObject dumps(PyObject[] args, String[] kwnames) {
        int version = version("dumps", args, kwnames, 1, 2);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("marshal.dumps", args[0], PyInt.of(version));
        }
        return new PyBytes(dumpBytes(args[0], version));
    }

    /** dump(value, file, version=version, /): file.write(dumps(value, version)). */
    @ExposedMethod
    static void dump(PyObject[] args, String[] kwnames) {
        int version = version("dump", args, kwnames, 2, 3);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("marshal.dumps", args[0], PyInt.of(version));
        }
        byte[] b = dumpBytes(args[0], version);
        Abstract.call(Abstract.getAttr(args[1], "write"), new PyBytes(b));
    }

    /** loads(bytes, /): the first value; bytes after it are ignored. Compare marshal_loads_impl. */
    @ExposedMethod
    static PyObject loads(PyObject data) {
        byte[] b = PyByteArray.bytesOf(data);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + data.type().getName() + "'");
        }
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("marshal.loads", data);
        }
        try {
            MarshalReader r = new MarshalReader(b, 0, b.length);
            return MarshalValues.toPython(r.readObject(), r);
        } catch (MarshalException e) {
            throw MarshalValues.error(e);
        }
    }

    /**
     * load(file, /): one value read from FILE. CPython reads exactly the bytes of the value
     * with readinto; here the rest of the file is read and, when the file can seek, the
     * position is set back to just after the value, which leaves the file where CPython
     * leaves it. Compare marshal_load_impl.
     */
    @ExposedMethod
    static PyObject load(PyObject file) {
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("marshal.load");
        }
        PyObject peek = Abstract.call(Abstract.getAttr(file, "read"), PyInt.of(0));
        if (!(peek instanceof PyBytes)) {
            throw PyErr.typeError("file.read() returned not bytes but " + peek.type().getName());
        }
        PyObject rest = Abstract.call(Abstract.getAttr(file, "read"));
        byte[] b = PyByteArray.bytesOf(rest);
        if (b == null) {
            throw PyErr.typeError("file.read() returned not bytes but " + rest.type().getName());
        }
        MarshalReader r = new MarshalReader(b, 0, b.length);
        Object v;
        try {
            v = r.readObject();
        } catch (MarshalException e) {
            if (e.pythonType().equals("EOFError") && e.getMessage().equals("marshal data too short")) {
                // What r_string says when a file runs out.
                throw PyErr.of(org.pyvm.runtime.PyExc.EOFError, "EOF read where not expected");
            }
            throw MarshalValues.error(e);
        }
        int unread = b.length - r.position();
        if (unread > 0) {
            Abstract.call(Abstract.getAttr(file, "seek"), PyInt.of(-unread), PyInt.of(1));
        }
        return MarshalValues.toPython(v, r);
    }
}
