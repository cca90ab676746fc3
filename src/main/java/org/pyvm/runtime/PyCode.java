package org.pyvm.runtime;

import java.math.BigInteger;
import org.pyvm.bytecode.BytesConst;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.ComplexConst;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.bytecode.FrozenSetConst;
import org.pyvm.bytecode.LocationTable;
import org.pyvm.bytecode.TupleConst;

/**
 * A code object as Python sees it, wrapping the bytecode layer's neutral
 * {@link CodeObject}. Its constants are converted to Python objects once, here, and
 * names are interned, so LOAD_CONST and LOAD_NAME index ready arrays. The interpreter
 * keeps its own prepared form in {@link #prepared}.
 */
public final class PyCode implements PyObject {

    public static final PyType TYPE = PyType.builtin("code", PyCode.class, PyCode.class).notSubclassable();

    public final CodeObject raw;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final int flags;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final String[] localsplusnames;
    public final PyStr[] localsplusNameObjects;
    public final byte[] localspluskinds;
    public final LocationTable locations;
    /** co_code, copied once here (the bytecode layer hands out defensive copies), read by every frame. */
    public final byte[] bytecode;
    public final int stacksize;
    public final ExceptionTable exceptions;
    /** The interpreter's private, prepared form of this code (set once, by the interpreter). */
    public Object prepared;

    public PyCode(CodeObject raw) {
        this.raw = raw;
        this.name = raw.name();
        this.qualname = raw.qualname();
        this.filename = raw.filename();
        this.firstlineno = raw.firstlineno();
        this.flags = raw.flags();
        Object[] cs = raw.consts();
        this.consts = new PyObject[cs.length];
        for (int i = 0; i < cs.length; i++) {
            consts[i] = toPython(cs[i]);
        }
        String[] ns = raw.names();
        this.names = new PyStr[ns.length];
        for (int i = 0; i < ns.length; i++) {
            names[i] = PyStr.intern(ns[i]);
        }
        this.localsplusnames = raw.localsplusnames();
        this.localsplusNameObjects = new PyStr[localsplusnames.length];
        for (int i = 0; i < localsplusnames.length; i++) {
            localsplusNameObjects[i] = PyStr.intern(localsplusnames[i]);
        }
        this.localspluskinds = raw.localspluskinds();
        this.locations = raw.locationTable();
        this.bytecode = raw.code();
        this.stacksize = raw.stacksize();
        this.exceptions = raw.exceptionTable();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A neutral constant of the bytecode layer as a Python object. */
    public static PyObject toPython(Object c) {
        if (c instanceof Constant k) {
            return switch (k) {
                case NONE -> PyNone.NONE;
                case ELLIPSIS -> PyEllipsis.ELLIPSIS;
                case STOP_ITERATION -> PyExc.StopIteration;
            };
        }
        if (c instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (c instanceof Long l) {
            return PyInt.of(l);
        }
        if (c instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (c instanceof Double d) {
            return PyFloat.of(d);
        }
        if (c instanceof String s) {
            return s.length() < 40 ? PyStr.intern(s) : PyStr.of(s);
        }
        if (c instanceof org.pyvm.bytecode.StrPoints p) {
            // The interpreter's str is a Java String too: the escaped pair becomes one character.
            return PyStr.of(p.merged());
        }
        if (c instanceof BytesConst b) {
            return new PyBytes(b.value());
        }
        if (c instanceof TupleConst t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toPython(t.get(i));
            }
            return PyTuple.of(items);
        }
        if (c instanceof FrozenSetConst f) {
            PySet s = new PySet(true);
            for (Object o : f.items()) {
                s.add(toPython(o));
            }
            return s;
        }
        if (c instanceof CodeObject co) {
            return new PyCode(co);
        }
        if (c instanceof ComplexConst z) {
            return new PyComplex(z.real(), z.imag());
        }
        throw PyErr.systemError("pyvm: unknown constant " + c);
    }

    public int lineAt(int offset) {
        return locations.lineAt(offset);
    }

    public boolean isGenerator() {
        return (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }

    @ExposedGetter
    static PyObject co_name(PyCode self) {
        return PyStr.of(self.name);
    }

    @ExposedGetter
    static PyObject co_qualname(PyCode self) {
        return PyStr.of(self.qualname);
    }

    @ExposedGetter
    static PyObject co_filename(PyCode self) {
        return PyStr.of(self.filename);
    }

    @ExposedGetter
    static PyObject co_firstlineno(PyCode self) {
        return PyInt.of(self.firstlineno);
    }

    @ExposedGetter
    static PyObject co_flags(PyCode self) {
        return PyInt.of(self.flags);
    }

    @ExposedGetter
    static PyObject co_argcount(PyCode self) {
        return PyInt.of(self.raw.argcount());
    }

    @ExposedGetter
    static PyObject co_consts(PyCode self) {
        return PyTuple.of(self.consts.clone());
    }

    @ExposedGetter
    static PyObject co_names(PyCode self) {
        return PyTuple.of((PyObject[]) self.names.clone());
    }

    private static PyObject names(String[] v) {
        PyObject[] out = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = PyStr.of(v[i]);
        }
        return PyTuple.of(out);
    }

    @ExposedGetter
    static PyObject co_freevars(PyCode self) {
        return names(self.raw.freevars());
    }

    @ExposedGetter
    static PyObject co_cellvars(PyCode self) {
        return names(self.raw.cellvars());
    }

    @ExposedGetter
    static PyObject co_kwonlyargcount(PyCode self) {
        return PyInt.of(self.raw.kwonlyargcount());
    }

    @ExposedGetter
    static PyObject co_posonlyargcount(PyCode self) {
        return PyInt.of(self.raw.posonlyargcount());
    }

    @ExposedGetter
    static PyObject co_nlocals(PyCode self) {
        return PyInt.of(self.raw.nlocals());
    }

    @ExposedGetter
    static PyObject co_stacksize(PyCode self) {
        return PyInt.of(self.raw.stacksize());
    }

    @ExposedGetter
    static PyObject co_code(PyCode self) {
        return new PyBytes(self.raw.code().clone());
    }

    @ExposedGetter
    static PyObject co_varnames(PyCode self) {
        String[] v = self.raw.varnames();
        PyObject[] out = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = PyStr.of(v[i]);
        }
        return PyTuple.of(out);
    }

    @ExposedMethod
    static String __repr__(PyCode self) {
        return "<code object " + self.name + " at 0x" + Abstract.idHex(self) + ", file \"" + self.filename + "\", line "
            + self.firstlineno + ">";
    }
}
