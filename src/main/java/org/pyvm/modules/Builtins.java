package org.pyvm.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Formatter;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.SourceCompilation;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyClassMethod;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyIterators;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyProperty;
import org.pyvm.runtime.PyRange;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStaticMethod;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PySuper;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/** The builtins module. Compare CPython Python/bltinmodule.c. */
public final class Builtins {

    private Builtins() {}

    /** Makes the builtins module: its functions, types, constants and exceptions. */
    public static PyModule create() {
        PyModule m = new PyModule("builtins", PyRuntime.builtins);
        m.addFunctions(Builtins.class);
        PyDict d = m.getDict();
        d.setStr("None", PyNone.NONE);
        d.setStr("True", PyBool.TRUE);
        d.setStr("False", PyBool.FALSE);
        d.setStr("Ellipsis", PyEllipsis.ELLIPSIS);
        d.setStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        d.setStr("__debug__", PyBool.of(SourceCompilation.optimizeLevel() == 0)); // false under -O
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE,
            PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.SET, PySet.FROZENSET, PyRange.TYPE, PySlice.TYPE,
            PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE, org.pyvm.runtime.PyComplex.TYPE, org.pyvm.runtime.PyByteArray.TYPE, org.pyvm.runtime.PyMemoryView.TYPE, PyIterators.Enumerate.TYPE,
            PyIterators.Zip.TYPE, PyIterators.Map.TYPE, PyIterators.Filter.TYPE, Reversed.TYPE};
        for (PyType t : types) {
            d.setStr(t.getName(), t);
        }
        for (var e : PyExc.ALL.entrySet()) {
            d.setStr(e.getKey(), e.getValue());
        }
        return m;
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False). */
    @ExposedMethod
    static void print(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int n = args.length - nkw;
        PyObject sep = PyNone.NONE;
        PyObject end = PyNone.NONE;
        PyObject file = PyNone.NONE;
        PyObject flush = PyBool.FALSE;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[n + k];
            switch (kw[k]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        if (sep != PyNone.NONE && !(sep instanceof PyStr)) {
            throw PyErr.typeError("sep must be None or a string, not " + sep.type().getName());
        }
        if (end != PyNone.NONE && !(end instanceof PyStr)) {
            throw PyErr.typeError("end must be None or a string, not " + end.type().getName());
        }
        String sepS = sep == PyNone.NONE ? " " : sep.toString();
        String endS = end == PyNone.NONE ? "\n" : end.toString();
        if (file == PyNone.NONE) {
            file = PyRuntime.builtinModule("sys").getDict().getStr("stdout");
            if (file == null || file == PyNone.NONE) {
                return;
            }
        }
        if (file instanceof org.pyvm.modules.io.TextIOWrapper ts && ts.type() == org.pyvm.modules.io.TextIOWrapper.TYPE) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(sepS);
                }
                sb.append(Abstract.str(args[i]).toString());
            }
            sb.append(endS);
            ts.writeText(sb.toString());
            if (Abstract.isTrue(flush)) {
                Abstract.call(Abstract.getAttr(ts, "flush"));
            }
            return;
        }
        PyObject write = Abstract.getAttr(file, "write");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                Abstract.call(write, PyStr.of(sepS));
            }
            Abstract.call(write, Abstract.str(args[i]));
        }
        Abstract.call(write, PyStr.of(endS));
        if (Abstract.isTrue(flush)) {
            Abstract.call(Abstract.getAttr(file, "flush"));
        }
    }

    @ExposedMethod
    static long len(PyObject o) {
        return Abstract.len(o);
    }

    @ExposedMethod
    static PyObject repr(PyObject o) {
        return Abstract.repr(o);
    }

    @ExposedMethod
    static PyObject ascii(PyObject o) {
        // An ASCII repr is returned as it is (a str subclass stays one). Compare object.c: PyObject_ASCII.
        PyStr r = Abstract.repr(o);
        return r.value().chars().allMatch(c -> c < 128) ? r : PyStr.of(Formatter.ascii(r.value()));
    }

    @ExposedMethod
    static boolean isinstance(PyObject o, PyObject cls) {
        return Abstract.isInstance(o, cls);
    }

    @ExposedMethod
    static boolean issubclass(PyObject o, PyObject cls) {
        return Abstract.isSubclass(o, cls);
    }

    private static PyStr attrName(PyObject name, String fn) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        return s;
    }

    @ExposedMethod(min = 2)
    static PyObject getattr(PyObject o, PyObject name, PyObject dflt) {
        PyStr s = attrName(name, "getattr");
        if (dflt == null) {
            return Abstract.getAttr(o, s);
        }
        PyObject v = Abstract.lookupAttr(o, s);
        return v == null ? dflt : v;
    }

    @ExposedMethod
    static boolean hasattr(PyObject o, PyObject name) {
        return Abstract.lookupAttr(o, attrName(name, "hasattr")) != null;
    }

    @ExposedMethod
    static void setattr(PyObject o, PyObject name, PyObject v) {
        Abstract.setAttr(o, attrName(name, "setattr"), v);
    }

    @ExposedMethod
    static void delattr(PyObject o, PyObject name) {
        Abstract.setAttr(o, attrName(name, "delattr"), null);
    }

    @ExposedMethod
    static long id(PyObject o) {
        long id = Abstract.id(o);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("builtins.id", org.pyvm.runtime.PyInt.of(id));
        }
        return id;
    }

    @ExposedMethod
    static long hash(PyObject o) {
        return Abstract.hash(o);
    }

    @ExposedMethod
    static PyObject abs(PyObject o) {
        return Ops.unary(o, Slot.ABS, "abs");
    }

    @ExposedMethod
    static boolean callable(PyObject o) {
        return Abstract.isCallable(o);
    }

    @ExposedMethod(min = 1)
    static PyObject format(PyObject v, PyObject spec) {
        return Formatter.format(v, spec == null ? "" : Abstract.strArg(spec, "format"));
    }

    @ExposedMethod(min = 1)
    static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) {
            return Abstract.iter(o);
        }
        if (!callable(o)) {
            throw PyErr.typeError("iter(object, sentinel): object must be callable");
        }
        return new PyIterators.CallIter(o, sentinel);
    }

    @ExposedMethod
    static PyObject aiter(PyObject o) {
        return org.pyvm.runtime.PyAnextAwaitable.aiter(o);
    }

    @ExposedMethod(min = 1)
    static PyObject anext(PyObject it, PyObject dflt) {
        return org.pyvm.runtime.PyAnextAwaitable.anext(it, dflt);
    }

    @ExposedMethod(min = 1)
    static PyObject next(PyObject it, PyObject dflt) {
        if (!(it instanceof org.pyvm.runtime.PyIterator) && it.type().slot(Slot.NEXT) == null) {
            throw PyErr.typeError("'" + it.type().getName() + "' object is not an iterator");
        }
        if (it instanceof org.pyvm.runtime.PyGenerator g) {
            PyObject v = g.step(PyNone.NONE, null);
            if (v == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyErr.stopIteration(g.lastReturn == PyNone.NONE ? null : g.lastReturn);
            }
            return v;
        }
        if (dflt == null && !(it instanceof org.pyvm.runtime.PyIterator)) {
            return Abstract.callDescr(it.type().slot(Slot.NEXT), it);
        }
        PyObject v = Abstract.next(it);
        if (v == null) {
            if (dflt == null) {
                throw PyErr.stopIteration(null);
            }
            return dflt;
        }
        return v;
    }

    @ExposedMethod
    static boolean all(PyObject it) {
        for (PyObject v : Abstract.iterable(it)) {
            if (!Abstract.isTrue(v)) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static boolean any(PyObject it) {
        for (PyObject v : Abstract.iterable(it)) {
            if (Abstract.isTrue(v)) {
                return true;
            }
        }
        return false;
    }

    /** sum(iterable, /, start=0). Compare bltinmodule.c: builtin_sum_impl. */
    @ExposedMethod(names = {"iterable", "start"})
    static PyObject sum(PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("sum", args, kw, 1, 2, "", "start");
        PyObject acc = ap.getOr(1, PyInt.ZERO);
        if (acc instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (acc instanceof PyBytes) {
            throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (acc instanceof org.pyvm.runtime.PyByteArray) {
            throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(ap.get(0));
        // Three phases, as bltinmodule.c: builtin_sum_impl, each left for good at the first
        // item it cannot take (which is added with +, the sum so far as an object): exact ints
        // add in a long (no int object per item), then exact floats with Neumaier's
        // compensated summation (ints that fit a long are added to the float without
        // compensation), then + for everything else.
        PyObject result = acc;
        PyObject item;
        if (result.getClass() == PyInt.class && !((PyInt) result).isBig()) {
            long i = ((PyInt) result).value;
            result = null;
            while (result == null) {
                item = Abstract.next(it);
                if (item == null) {
                    return PyInt.of(i);
                }
                if ((item.getClass() == PyInt.class || item instanceof PyBool) && !((PyInt) item).isBig()) {
                    long b = ((PyInt) item).value;
                    long x = i + b;
                    if (((i ^ x) & (b ^ x)) >= 0) { // no overflow
                        i = x;
                        continue;
                    }
                }
                result = Ops.binaryOp(PyInt.of(i), item, Ops.NB_ADD);
            }
        }
        if (result.getClass() == PyFloat.class) {
            double f = ((PyFloat) result).value;
            double c = 0;
            result = null;
            while (result == null) {
                item = Abstract.next(it);
                if (item == null) {
                    // Adding the compensation must neither lose a negative zero's sign nor
                    // turn an infinite sum into a NaN.
                    return PyFloat.of(c != 0 && Double.isFinite(c) ? f + c : f);
                }
                if (item.getClass() == PyFloat.class) {
                    double x = ((PyFloat) item).value;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    continue;
                }
                if (item instanceof PyInt n && !n.isBig()) {
                    f += (double) n.value;
                    continue;
                }
                result = Ops.binaryOp(PyFloat.of(c != 0 && Double.isFinite(c) ? f + c : f), item, Ops.NB_ADD);
            }
        }
        for (item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Ops.binaryOp(result, item, Ops.NB_ADD);
        }
        return result;
    }

    private static PyObject minMax(PyObject[] args, String[] kw, boolean max) {
        String fn = max ? "max" : "min";
        int nkw = kw == null ? 0 : kw.length;
        int n = args.length - nkw;
        PyObject key = PyNone.NONE;
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            switch (kw[k]) {
                case "key" -> key = args[n + k];
                case "default" -> dflt = args[n + k];
                default -> throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn + "()");
            }
        }
        if (n == 0) {
            throw PyErr.typeError(fn + " expected at least 1 argument, got 0");
        }
        if (n > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for " + fn + "() with multiple positional arguments");
        }
        // One item at a time, as CPython's min_max (bltinmodule.c): the iterable is not
        // gathered first, so a generator's items and the comparisons interleave.
        PyObject it = n == 1 ? Abstract.iter(args[0]) : null;
        PyObject best = null;
        PyObject bestKey = null;
        for (int i = 0;; i++) {
            PyObject item;
            if (it != null) {
                item = Abstract.next(it);
                if (item == null) {
                    break;
                }
            } else if (i < n) {
                item = args[i];
            } else {
                break;
            }
            PyObject k = key == PyNone.NONE ? item : Abstract.call(key, item);
            if (best == null || beats(k, bestKey, max)) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError(fn + "() iterable argument is empty");
        }
        return best;
    }

    /** Whether A > B (MAX) or A < B: exact small ints and exact floats without a method call. */
    private static boolean beats(PyObject a, PyObject b, boolean max) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (!x.isBig() && !y.isBig()) {
                return max ? x.value > y.value : x.value < y.value;
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            return max ? x > y : x < y;
        }
        return Abstract.isTrue(Ops.richCompare(a, b, max ? Ops.GT : Ops.LT));
    }

    @ExposedMethod
    static PyObject max(PyObject[] args, String[] kw) {
        return minMax(args, kw, true);
    }

    @ExposedMethod
    static PyObject min(PyObject[] args, String[] kw) {
        return minMax(args, kw, false);
    }

    @ExposedMethod
    static PyObject sorted(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw != 1) {
            throw PyErr.typeError("sorted expected 1 argument, got " + (args.length - nkw));
        }
        PyList l = new PyList(Abstract.toArray(args[0]));
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Abstract.call(Abstract.getAttr(l, "sort"), rest, kw);
        return l;
    }

    @ExposedMethod
    static PyObject chr(PyObject i) {
        long v = Abstract.index(i).longValue();
        if (v < 0 || v > 0x10ffff) {
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v);
    }

    @ExposedMethod
    static long ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return s.codePointAt(0);
        }
        if (c instanceof org.pyvm.runtime.PyByteArray ba) {
            c = new PyBytes(ba.bytes());
        }
        if (c instanceof PyBytes b) {
            if (b.bytes().length != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length " + b.bytes().length + " found");
            }
            return b.bytes()[0] & 0xff;
        }
        throw PyErr.typeError("ord() expected string of length 1, but " + c.type().getName() + " found");
    }

    /** bin/oct/hex. Compare abstract.c: PyNumber_ToBase (via runtime.text.IntText.toBase). */
    private static String radix(PyObject o, int radix) {
        PyInt i = Abstract.index(o);
        return i.isBig() ? org.pyvm.runtime.text.IntText.toBase(i.bigValue(), radix)
            : org.pyvm.runtime.text.IntText.toBase(i.value, radix);
    }

    @ExposedMethod
    static String hex(PyObject o) {
        return radix(o, 16);
    }

    @ExposedMethod
    static String oct(PyObject o) {
        return radix(o, 8);
    }

    @ExposedMethod
    static String bin(PyObject o) {
        return radix(o, 2);
    }

    @ExposedMethod(min = 1, names = {"number", "ndigits"})
    static PyObject round(PyObject x, PyObject nd) {
        PyObject m = x.type().slot(Slot.ROUND);
        if (m == null) {
            throw PyErr.typeError("type " + x.type().getName() + " doesn't define __round__ method");
        }
        return nd == null || nd == PyNone.NONE ? Abstract.callDescr(m, x) : Abstract.callDescr(m, x, nd);
    }

    @ExposedMethod
    static PyObject divmod(PyObject a, PyObject b) {
        PyObject m = a.type().lookup("__divmod__");
        if (m != null) {
            PyObject r = Abstract.callDescr(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject rm = b.type().lookup("__rdivmod__");
        if (rm != null) {
            PyObject r = Abstract.callDescr(rm, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '" + a.type().getName() + "' and '"
            + b.type().getName() + "'");
    }

    @ExposedMethod(min = 2, names = {"base", "exp", "mod"})
    static PyObject pow(PyObject a, PyObject b, PyObject mod) {
        if (mod == null || mod == PyNone.NONE) {
            return Ops.binaryOp(a, b, 8);
        }
        PyObject m = a.type().lookup("__pow__");
        if (m == null) {
            throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().getName() + "', '"
                + b.type().getName() + "', '" + mod.type().getName() + "'");
        }
        PyObject r = Abstract.callDescr(m, a, b, mod);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            if (a instanceof PyFloat || b instanceof PyFloat || mod instanceof PyFloat) {
                throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().getName() + "', '"
                + b.type().getName() + "', '" + mod.type().getName() + "'");
        }
        return r;
    }

    @ExposedMethod(min = 0)
    static PyObject vars(PyObject o) {
        if (o == null) {
            return CodeRunner.get().currentFrame().locals();
        }
        PyObject d = Abstract.lookupAttr(o, "__dict__");
        if (d == null) {
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    @ExposedMethod
    static PyObject globals() {
        return CodeRunner.get().currentFrame().globals();
    }

    @ExposedMethod
    static PyObject locals() {
        return CodeRunner.get().currentFrame().locals();
    }

    @ExposedMethod(min = 0)
    static PyObject dir(PyObject o) {
        PyObject names;
        if (o == null) {
            // The keys of the local namespace, which eval() may have made any mapping. Compare object.c: _dir_locals.
            PyObject locals = CodeRunner.get().currentFrame().locals();
            names = locals instanceof PyDict d && d.getClass() == PyDict.class ? new PyList(d.keysArray())
                : Abstract.call(Abstract.getAttr(locals, "keys"));
        } else {
            names = Abstract.callDescr(o.type().lookup("__dir__"), o);
        }
        PyList l = new PyList(Abstract.toArray(names));
        Abstract.call(Abstract.getAttr(l, "sort"));
        return l;
    }

    /**
     * input(prompt=None, /): writes the prompt to sys.stdout and reads a line from sys.stdin
     * without its newline. pyvm always takes CPython's path for streams that are not the
     * console (no GNU readline line editing). Compare bltinmodule.c: builtin_input_impl.
     */
    @ExposedMethod(min = 0)
    static PyObject input(PyObject prompt) {
        PyDict sys = PyRuntime.builtinModule("sys").getDict();
        PyObject fin = sys.getStr("stdin");
        PyObject fout = sys.getStr("stdout");
        PyObject ferr = sys.getStr("stderr");
        if (fin == null || fin == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdin");
        }
        if (fout == null || fout == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdout");
        }
        if (ferr != null && ferr != PyNone.NONE) {
            flushQuietly(ferr);
        }
        if (TerminalInput.isConsole(fin, 0) && TerminalInput.isConsole(fout, 1)) {
            return TerminalInput.read(org.pyvm.runtime.LineReader.installed(), fin, fout, prompt);
        }
        if (prompt != null) {
            Abstract.call(Abstract.getAttr(fout, "write"), Abstract.str(prompt));
        }
        flushQuietly(fout);
        // Compare fileobject.c: PyFile_GetLine with n < 0.
        PyObject line = Abstract.call(Abstract.getAttr(fin, "readline"));
        if (!(line instanceof PyStr s)) {
            if (line instanceof PyBytes b) {
                byte[] v = b.bytes();
                if (v.length == 0) {
                    throw PyErr.of(PyExc.EOFError, "EOF when reading a line");
                }
                return v[v.length - 1] == '\n' ? new PyBytes(java.util.Arrays.copyOf(v, v.length - 1)) : line;
            }
            throw PyErr.typeError("object.readline() returned non-string");
        }
        String v = s.value();
        if (v.isEmpty()) {
            throw PyErr.of(PyExc.EOFError, "EOF when reading a line");
        }
        return v.endsWith("\n") ? PyStr.of(v.substring(0, v.length() - 1)) : line;
    }

    static void flushQuietly(PyObject f) {
        try {
            Abstract.call(Abstract.getAttr(f, "flush"));
        } catch (PyBaseException ignored) {
            // CPython clears an error from flush here.
        }
    }

    /** breakpoint(*args, **kws): calls sys.breakpointhook. Compare bltinmodule.c: builtin_breakpoint. */
    @ExposedMethod
    static PyObject breakpoint(PyObject[] args, String[] kw) {
        PyObject hook = PyRuntime.builtinModule("sys").getDict().getStr("breakpointhook");
        if (hook == null) {
            throw PyErr.runtimeError("lost sys.breakpointhook");
        }
        return Abstract.call(hook, args, kw);
    }

    @ExposedMethod
    static PyObject open(PyObject[] args, String[] kw) {
        return org.pyvm.modules.io.IoModule.open(args, kw);
    }

    @ExposedMethod
    static PyObject exec(PyObject[] args, String[] kw) {
        return CompileBuiltins.exec(args, kw);
    }

    @ExposedMethod(min = 1)
    static PyObject eval(PyObject src, PyObject globals, PyObject locals) {
        return CompileBuiltins.eval(src, globals, locals);
    }

    @ExposedMethod
    static PyObject compile(PyObject[] args, String[] kw) {
        return CompileBuiltins.compile(args, kw);
    }

    /** __import__(name, globals=None, locals=None, fromlist=(), level=0). Compare bltinmodule.c: builtin___import__. */
    @ExposedMethod
    static PyObject __import__(PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("__import__", args, kw, 1, 5, "name", "globals", "locals", "fromlist", "level");
        if (!(ap.get(0) instanceof PyStr name)) {
            throw PyErr.typeError("module name must be str, not " + ap.get(0).type().getName());
        }
        PyObject g = ap.get(1);
        int level = ap.get(4) == null ? 0 : Abstract.index(ap.get(4)).intValue();
        if (level < 0) {
            throw PyErr.valueError("level must be >= 0");
        }
        return CodeRunner.get().importName(name.toString(), g instanceof PyDict d ? d : null, ap.get(3), level);
    }

    /**
     * __build_class__(func, name, *bases, metaclass=None, **kwds): runs the class body in
     * the namespace from __prepare__ and calls the metaclass. Compare bltinmodule.c:
     * builtin___build_class__.
     */
    @ExposedMethod
    static PyObject __build_class__(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int n = args.length - nkw;
        if (n < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyErr.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = java.util.Arrays.copyOfRange(args, 2, n);
        PyObject[] bases = resolveBases(origBases);
        PyObject meta = null;
        List<String> restNames = new ArrayList<>();
        List<PyObject> restVals = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("metaclass")) {
                meta = args[n + k];
            } else {
                restNames.add(kw[k]);
                restVals.add(args[n + k]);
            }
        }
        boolean isClass = false;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = calculateMeta((PyType) meta, bases);
        }
        String[] kwn = restNames.isEmpty() ? null : restNames.toArray(new String[0]);
        PyObject basesTuple = PyTuple.of(bases);
        PyObject ns;
        PyObject prep = Abstract.lookupAttr(meta, "__prepare__");
        if (prep != null) {
            PyObject[] pa = new PyObject[2 + restVals.size()];
            pa[0] = name;
            pa[1] = basesTuple;
            for (int i = 0; i < restVals.size(); i++) {
                pa[2 + i] = restVals.get(i);
            }
            ns = Abstract.call(prep, pa, kwn);
            if (!(ns instanceof PyDict) && ns.type().lookup("__getitem__") == null) {
                // PyMapping_Check. Compare bltinmodule.c: builtin___build_class__.
                throw PyErr.typeError((meta instanceof PyType mt ? mt.getName() : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + ns.type().getName());
            }
        } else {
            ns = new PyDict();
        }
        PyObject cell = CodeRunner.get().runClassBody(body, ns);
        if (bases != origBases && !java.util.Arrays.equals(bases, origBases)) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] ca = new PyObject[3 + restVals.size()];
        ca[0] = name;
        ca[1] = basesTuple;
        ca[2] = ns;
        for (int i = 0; i < restVals.size(); i++) {
            ca[3 + i] = restVals.get(i);
        }
        PyObject cls = Abstract.call(meta, ca, kwn);
        if (cls instanceof PyType && cell instanceof PyCell c && c.value != cls) {
            // type.__new__ fills the cell from __classcell__; a metaclass that dropped it is an error.
            if (c.value == null) {
                throw PyErr.of(PyExc.RuntimeError, "__class__ not set defining " + Abstract.repr(name) + " as "
                    + Abstract.repr(cls) + ". Was __classcell__ propagated to type.__new__?");
            }
            throw PyErr.typeError("__class__ set to " + Abstract.repr(c.value) + " defining " + Abstract.repr(name)
                + " as " + Abstract.repr(cls));
        }
        return cls;
    }

    private static PyObject[] resolveBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject me = Abstract.lookupAttr(b, "__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            }
            for (PyObject o : Abstract.toArray(Abstract.call(me, PyTuple.of(bases.clone())))) {
                out.add(o);
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    private static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** reversed(seq): __reversed__, or the sequence protocol backwards. */
    public static final class Reversed implements PyObject, org.pyvm.runtime.PyIterator {
        public static final PyType TYPE = PyType.builtin("reversed", Reversed.class, Reversed.class);
        /** The sequence; null once exhausted, which lets it go (as CPython's reversed_next). */
        private PyObject seq;
        private long index;

        Reversed(PyObject seq, long len) {
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (index < 0 || seq == null) {
                seq = null;
                return null;
            }
            PyObject v = Abstract.getItem(seq, PyInt.of(index));
            index--;
            return v;
        }

        /** Compare CPython Objects/enumobject.c: reversed_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Reversed self) {
            if (self.seq == null) {
                return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(TYPE, PyTuple.of(self.seq), PyInt.of(self.index));
        }

        /** The items left, 0 when the sequence has shrunk below them. Compare enumobject.c: reversed_len. */
        @ExposedMethod
        static long __length_hint__(Reversed self) {
            if (self.seq == null) {
                return 0;
            }
            long n = Abstract.len(self.seq);
            long left = self.index + 1;
            return n < left ? 0 : left;
        }

        /** Compare CPython Objects/enumobject.c: reversed_setstate. */
        @ExposedMethod
        static PyObject __setstate__(Reversed self, PyObject state) {
            long i = Abstract.index(state).longValue();
            if (self.seq != null) {
                long n = Abstract.len(self.seq);
                self.index = Math.max(-1, Math.min(i, n - 1));
            }
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject seq) {
            PyObject r = seq.type().slot(Slot.REVERSED);
            if (r != null && r != PyNone.NONE) {
                return Abstract.callDescr(r, seq);
            }
            // __reversed__ = None says "not reversible" even with __getitem__ and __len__.
            if (r == PyNone.NONE || seq.type().slot(Slot.GETITEM) == null || seq instanceof PyDict) {
                throw PyErr.typeError("'" + seq.type().getName() + "' object is not reversible");
            }
            return new Reversed(seq, Abstract.len(seq));
        }

        @ExposedMethod
        static PyObject __iter__(Reversed self) {
            return self;
        }

        @ExposedMethod
        static PyObject __next__(Reversed self) {
            PyObject v = self.next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }
    }
}
