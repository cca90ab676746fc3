package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.pyvm.bytecode.BytesConst;
import org.pyvm.bytecode.ComplexConst;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.DictConst;
import org.pyvm.bytecode.FrozenSetConst;
import org.pyvm.bytecode.ListConst;
import org.pyvm.bytecode.MarshalException;
import org.pyvm.bytecode.MarshalReader;
import org.pyvm.bytecode.SetConst;
import org.pyvm.bytecode.TupleConst;

/**
 * Python objects to the bytecode layer's neutral values and back: what {@code marshal}
 * writes and reads, and the constants of {@code code.replace(co_consts=...)}. Which
 * objects marshal accepts follows CPython Python/marshal.c: w_complex_object (exact int,
 * float, complex, str, tuple, list, dict, set and frozenset; code objects; anything with
 * the buffer protocol as bytes; else "unmarshallable object").
 */
public final class MarshalValues {

    private MarshalValues() {}

    /** Converts while remembering which strs are interned objects (they marshal as interned). */
    public static final class ToNeutral {
        public final Set<String> interned = new HashSet<>();
        // One neutral object per Python object: lists and dicts referenced twice stay one
        // object, so the writer's reference model sees the sharing.
        private final Map<PyObject, Object> done = new IdentityHashMap<>();
        private int depth;

        public Object convert(PyObject o) {
            if (o == PyNone.NONE) {
                return Constant.NONE;
            }
            if (o == PyEllipsis.ELLIPSIS) {
                return Constant.ELLIPSIS;
            }
            if (o == PyExc.StopIteration) {
                return Constant.STOP_ITERATION;
            }
            if (o instanceof PyBool b) {
                return b == PyBool.TRUE;
            }
            Object prev = done.get(o);
            if (prev != null) {
                return prev;
            }
            if (++depth > MarshalReader.MAX_DEPTH) {
                throw PyErr.valueError("object too deeply nested to marshal");
            }
            try {
                Object r = convertNew(o);
                done.put(o, r);
                return r;
            } finally {
                depth--;
            }
        }

        private Object convertNew(PyObject o) {
            Class<?> c = o.getClass();
            if (c == PyInt.class) {
                PyInt i = (PyInt) o;
                return i.isBig() ? (Object) i.bigValue() : (Object) i.value;
            }
            if (c == PyFloat.class) {
                return ((PyFloat) o).value;
            }
            if (c == PyComplex.class) {
                PyComplex z = (PyComplex) o;
                return new ComplexConst(z.real, z.imag);
            }
            if (c == PyStr.class) {
                PyStr s = (PyStr) o;
                String v = s.value();
                // CPython interns identifiers (and what sys.intern is given); pyvm's code
                // objects intern more of their constants, so only identifier-like ones count.
                if (PyStr.intern(v) == s && (nameChars(v) || PyStr.internedExplicitly(v))) {
                    interned.add(v);
                }
                return v;
            }
            if (c == PyTuple.class) {
                return new TupleConst(items(((PyTuple) o).toArray()));
            }
            // A list or dict is known before its items are converted, so that one holding
            // itself holds itself (CPython's w_ref marks it before writing the items).
            if (c == PyList.class) {
                PyObject[] a = ((PyList) o).toArray();
                Object[] out = new Object[a.length];
                ListConst l = new ListConst(out);
                done.put(o, l);
                for (int i = 0; i < a.length; i++) {
                    out[i] = convert(a[i]);
                }
                return l;
            }
            if (c == PyDict.class) {
                PyDict d = (PyDict) o;
                ArrayList<PyObject> pk = new ArrayList<>();
                ArrayList<PyObject> pv = new ArrayList<>();
                for (int pos = d.nextEntry(0); pos >= 0; pos = d.nextEntry(pos + 1)) {
                    pk.add(d.keyAt(pos));
                    pv.add(d.valueAt(pos));
                }
                Object[] ks = new Object[pk.size()];
                Object[] vs = new Object[pk.size()];
                DictConst r = new DictConst(ks, vs);
                done.put(o, r);
                for (int i = 0; i < ks.length; i++) {
                    ks[i] = convert(pk.get(i));
                    vs[i] = convert(pv.get(i));
                }
                return r;
            }
            if (c == PySet.class) {
                PySet s = (PySet) o;
                Object[] its = items(s.toArray());
                return s.isFrozen() ? new FrozenSetConst(its) : new SetConst(its);
            }
            if (o instanceof PyCode code) {
                return code.raw;
            }
            byte[] buf = PyByteArray.bytesOf(o);
            if (buf != null) {
                return new BytesConst(buf.clone());
            }
            throw PyErr.valueError("unmarshallable object");
        }

        private Object[] items(PyObject[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = convert(a[i]);
            }
            return out;
        }
    }

    private static boolean nameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A neutral value (as MarshalReader gives) as a Python object: lists, dicts and sets are mutable ones. */
    public static PyObject toPython(Object v) {
        return toPython(v, new IdentityHashMap<>(), x -> false);
    }

    /**
     * As {@link #toPython(Object)} for what READER read: a str written as not interned
     * ('u', 'a', 'z') loads as a new str object, as CPython's r_object makes it.
     */
    public static PyObject toPython(Object v, MarshalReader reader) {
        return toPython(v, new IdentityHashMap<>(), reader::isPlainString);
    }

    /**
     * One Python object per neutral object: a value the data references twice (marshal's
     * TYPE_REF) loads as one object, as CPython's r_ref gives it, and a list that holds
     * itself holds itself. Compare CPython Python/marshal.c: r_ref, R_REF.
     */
    private static PyObject toPython(Object v, Map<Object, PyObject> done, java.util.function.Predicate<Object> plain) {
        if (v instanceof Constant || v instanceof Boolean) {
            return PyCode.toPython(v);
        }
        PyObject prev = done.get(v);
        if (prev != null) {
            return prev;
        }
        if (v instanceof ListConst l) {
            PyList r = new PyList();
            done.put(v, r);
            for (int i = 0; i < l.size(); i++) {
                r.append(toPython(l.get(i), done, plain));
            }
            return r;
        }
        if (v instanceof DictConst d) {
            PyDict r = new PyDict();
            done.put(v, r);
            for (int i = 0; i < d.size(); i++) {
                r.setItem(toPython(d.keys()[i], done, plain), toPython(d.values()[i], done, plain));
            }
            return r;
        }
        PyObject r;
        if (v instanceof SetConst s) {
            PySet set = new PySet(false);
            for (Object o : s.items()) {
                set.add(toPython(o, done, plain));
            }
            r = set;
        } else if (v instanceof FrozenSetConst s) {
            PySet set = new PySet(true);
            for (Object o : s.items()) {
                set.add(toPython(o, done, plain));
            }
            r = set;
        } else if (v instanceof TupleConst t) {
            PyObject[] a = new PyObject[t.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = toPython(t.get(i), done, plain);
            }
            r = PyTuple.of(a);
        } else if (v instanceof String s && plain.test(v)) {
            r = PyStr.of(s);
        } else {
            r = PyCode.toPython(v);
        }
        done.put(v, r);
        return r;
    }

    /** A MarshalException as the Python exception it names, with its message. */
    public static PyBaseException error(MarshalException e) {
        MarshalException.DecodeError de = e.decodeError();
        if (de != null) {
            return UnicodeErrors.decodeError("utf-8", de.object(), de.start(), de.end(), de.reason());
        }
        PyType t = switch (e.pythonType()) {
            case "EOFError" -> PyExc.EOFError;
            case "TypeError" -> PyExc.TypeError;
            case "SystemError" -> PyExc.SystemError;
            case "RecursionError" -> PyExc.RecursionError;
            default -> PyExc.ValueError;
        };
        return PyErr.of(t, e.getMessage());
    }

    /** The constants of code.replace(co_consts=...): values marshal could write. */
    public static Object[] constants(PyObject[] items) {
        ToNeutral t = new ToNeutral();
        Object[] out = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = t.convert(items[i]);
        }
        return out;
    }
}
