package org.pyvm.modules.testcapi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BoundJavaMethod;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyGenerator;
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
 * The C-API functions of test_capi.test_misc that have a meaning in pyvm: PyFunction_Get*
 * and Set(Kw)Defaults (the function's own attributes), PyEval_GetFuncName/Desc, PyGen_GetCode,
 * PyNumber_ToBase, PyObject_Repr/Str/Bytes of NULL, Py_CompileString, Py_BuildValue (its
 * format language over the objects, or the C ints, the caller gives), Py_Version, and a
 * static type's tp_bases and tp_mro. Compare CPython Modules/_testcapimodule.c,
 * Modules/_testcapi/function.c (3.12: in _testcapimodule.c) and Python/modsupport.c.
 */
final class MiscFunctions {

    private MiscFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(MiscFunctions.class);
        // Py_Version: the running version, the same number sys.hexversion gives.
        PyObject sys = PyRuntime.modules.getStr("sys");
        PyObject hex = sys == null ? null : Abstract.lookupAttr(sys, "hexversion");
        if (hex != null) {
            m.getDict().setStr("Py_Version", hex);
        }
    }

    private static RuntimeException badInternalCall() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    private static PyFunction function(PyObject o) {
        if (!(o instanceof PyFunction f)) {
            throw badInternalCall();
        }
        return f;
    }

    // ---- PyFunction_* ----

    @ExposedMethod
    static PyObject function_get_code(PyObject f) {
        return Abstract.getAttr(function(f), "__code__");
    }

    @ExposedMethod
    static PyObject function_get_globals(PyObject f) {
        return Abstract.getAttr(function(f), "__globals__");
    }

    @ExposedMethod
    static PyObject function_get_module(PyObject f) {
        return Abstract.getAttr(function(f), "__module__");
    }

    @ExposedMethod
    static PyObject function_get_defaults(PyObject f) {
        return Abstract.getAttr(function(f), "__defaults__");
    }

    /** PyFunction_SetDefaults: a tuple (subclasses too) or None (NULL). */
    @ExposedMethod
    static PyObject function_set_defaults(PyObject f, PyObject defaults) {
        PyFunction fn = function(f);
        if (defaults != PyNone.NONE && !(defaults instanceof PyTuple)) {
            throw PyErr.of(PyExc.SystemError, "non-tuple default args");
        }
        Abstract.setAttr(fn, "__defaults__", defaults);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject function_get_kw_defaults(PyObject f) {
        return Abstract.getAttr(function(f), "__kwdefaults__");
    }

    /** PyFunction_SetKwDefaults: a dict (subclasses too) or None (NULL). */
    @ExposedMethod
    static PyObject function_set_kw_defaults(PyObject f, PyObject defaults) {
        PyFunction fn = function(f);
        if (defaults != PyNone.NONE && !(defaults instanceof PyDict)) {
            throw PyErr.of(PyExc.SystemError, "non-dict keyword only default args");
        }
        Abstract.setAttr(fn, "__kwdefaults__", defaults);
        return PyNone.NONE;
    }

    // ---- PyEval_GetFuncName / GetFuncDesc ----

    /** A bound method's function, a function's or builtin function's name, else the type's name. */
    @ExposedMethod
    static PyObject eval_get_func_name(PyObject f) {
        if (f instanceof PyBoundMethod m) {
            return eval_get_func_name(m.func);
        }
        if (f instanceof PyFunction || f.type() == BoundJavaMethod.TYPE) {
            return Abstract.getAttr(f, "__name__");
        }
        return PyStr.of(f.type().getName());
    }

    @ExposedMethod
    static PyObject eval_get_func_desc(PyObject f) {
        boolean callable = f instanceof PyBoundMethod || f instanceof PyFunction || f.type() == BoundJavaMethod.TYPE;
        return PyStr.of(callable ? "()" : " object");
    }

    /**
     * make_memoryview_from_NULL_pointer: PyBuffer_FillInfo(&info, NULL, NULL, 1, 1, PyBUF_FULL_RO)
     * then PyMemoryView_FromBuffer(&info), which refuses a buffer without memory.
     */
    @ExposedMethod
    static PyObject make_memoryview_from_NULL_pointer() {
        org.pyvm.runtime.PyBuffer info = new org.pyvm.runtime.PyBuffer();
        info.mem = null;
        info.len = 1;
        info.readonly = true;
        info.format = "B";
        info.shape = new int[] {1};
        info.strides = new int[] {1};
        return org.pyvm.runtime.PyMemoryView.fromBuffer(info);
    }

    /**
     * clear_managed_dict(obj): _PyObject_ClearManagedDict, the instance dict of an object of
     * a class with a managed dict dropped (a fresh empty one is made when next needed).
     */
    @ExposedMethod
    static PyObject clear_managed_dict(PyObject obj) {
        if (!(obj instanceof org.pyvm.runtime.PyInstance pi) || !obj.type().isHeapType()) {
            throw badInternalCall();
        }
        pi.setDict(null);
        return PyNone.NONE;
    }

    /** PyGen_GetCode: the generator's code object (gi_code without its audit event). */
    @ExposedMethod
    static PyObject gen_get_code(PyObject g) {
        if (!(g instanceof PyGenerator gen)) {
            throw badInternalCall();
        }
        return gen.codeObject();
    }

    /** PyNumber_ToBase(n, base): __index__ of N written in base 2, 8, 10 or 16 with its prefix. */
    @ExposedMethod
    static PyObject pynumber_tobase(PyObject n, PyObject base) {
        int b = Abstract.asCInt(base);
        if (b != 2 && b != 8 && b != 10 && b != 16) {
            throw PyErr.of(PyExc.SystemError, "PyNumber_ToBase: base must be 2, 8, 10 or 16");
        }
        BigInteger v = Abstract.index(n).bigValue();
        String digits = v.abs().toString(b);
        String prefix = b == 2 ? "0b" : b == 8 ? "0o" : b == 16 ? "0x" : "";
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    // ---- PyObject_Repr/Str/Bytes(NULL) ----

    @ExposedMethod
    static PyObject pyobject_repr_from_null() {
        return PyStr.of("<NULL>");
    }

    @ExposedMethod
    static PyObject pyobject_str_from_null() {
        return PyStr.of("<NULL>");
    }

    @ExposedMethod
    static PyObject pyobject_bytes_from_null() {
        return new PyBytes("<NULL>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Py_CompileString(str, "<string>", Py_file_input): compile() of the C string, its coding cookie honoured. */
    @ExposedMethod
    static PyObject Py_CompileString(PyObject src) {
        PyObject b = GetArgs.parseTuple(new PyObject[] {src}, "y:Py_CompileString").get(0);
        return Abstract.call(PyRuntime.builtins.getStr("compile"), b, PyStr.of("<string>"), PyStr.of("exec"));
    }

    /** tp_bases of a type (None for NULL). */
    @ExposedMethod
    static PyObject type_get_tp_bases(PyObject t) {
        if (!(t instanceof PyType type)) {
            throw badInternalCall();
        }
        return PyTuple.of((PyObject[]) type.getBases());
    }

    @ExposedMethod
    static PyObject type_get_tp_mro(PyObject t) {
        if (!(t instanceof PyType type)) {
            throw badInternalCall();
        }
        return PyTuple.of((PyObject[]) type.getMro());
    }

    // ---- PyEval_EvalCodeEx ----

    /**
     * eval_code_ex(code, globals, locals=NULL, args=(), kwargs={}, defaults=(), kwdefaults=NULL,
     * closure=NULL): PyEval_EvalCodeEx, which makes a function of the code with these
     * globals, defaults, keyword defaults and closure and calls it with the arguments; code
     * that is not a function's (no CO_NEWLOCALS) runs with LOCALS as its namespace, as eval()
     * runs it. Compare Python/ceval.c: PyEval_EvalCodeEx and _testcapi/eval.c.
     */
    @ExposedMethod
    static PyObject eval_code_ex(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("eval_code_ex() takes no keyword arguments");
        }
        if (args.length < 2 || args.length > 8) {
            throw PyErr.typeError("eval_code_ex expected " + (args.length < 2 ? "at least 2" : "at most 8")
                + " arguments, got " + args.length);
        }
        PyObject code = args[0];
        PyObject globals = args[1];
        PyObject locals = arg(args, 2);
        PyObject posArgs = arg(args, 3);
        PyObject kwargs = arg(args, 4);
        PyObject defaults = arg(args, 5);
        PyObject kwDefaults = arg(args, 6);
        PyObject closure = arg(args, 7);
        if (!(code instanceof org.pyvm.runtime.PyCode c)) {
            throw PyErr.typeError("code must be a Python code object");
        }
        if (!(globals instanceof PyDict)) {
            throw PyErr.typeError("globals must be a dict");
        }
        if (locals == PyNone.NONE) {
            locals = null;
        }
        if (locals != null && locals.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("locals must be a mapping");
        }
        if (posArgs != null && !(posArgs instanceof PyTuple)) {
            throw PyErr.typeError("args must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyErr.typeError("keywords must be a dict");
        }
        if (defaults != null && !(defaults instanceof PyTuple)) {
            throw PyErr.typeError("defaults must be a tuple");
        }
        if (kwDefaults != null && !(kwDefaults instanceof PyDict)) {
            throw PyErr.typeError("kw_defaults must be a dict");
        }
        if (closure != null && !(closure instanceof PyTuple)) {
            throw PyErr.typeError("closure must be a tuple of cells");
        }
        int coNewLocals = 0x2;
        long flags = ((PyInt) Abstract.getAttr(c, "co_flags")).longValue();
        if ((flags & coNewLocals) == 0) {
            // Module or class body code: run in LOCALS (GLOBALS when NULL), as eval(code) runs it.
            return Abstract.call(PyRuntime.builtins.getStr("eval"), c, globals, locals == null ? globals : locals);
        }
        PyObject function = Abstract.call(PyFunction.TYPE, c, globals, PyNone.NONE,
            defaults == null ? PyNone.NONE : defaults,
            closure == null || ((PyTuple) closure).size() == 0 && ((PyTuple) Abstract.getAttr(c, "co_freevars")).size() == 0
                ? PyNone.NONE : closure);
        if (kwDefaults != null) {
            Abstract.setAttr(function, "__kwdefaults__", kwDefaults);
        }
        PyObject[] positional = posArgs == null ? new PyObject[0] : ((PyTuple) posArgs).toArray();
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            return Abstract.call(function, positional, null);
        }
        PyDict kd = (PyDict) kwargs;
        PyObject[] keys = kd.keysArray();
        PyObject[] all = java.util.Arrays.copyOf(positional, positional.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof PyStr k)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[i] = k.toString();
            all[positional.length + i] = kd.get(keys[i]);
        }
        return Abstract.call(function, all, names);
    }

    private static PyObject arg(PyObject[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    // ---- Py_BuildValue ----

    /** py_buildvalue(format, *objects): Py_BuildValue with up to ten object arguments, None for NULL. */
    @ExposedMethod
    static PyObject py_buildvalue(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "s|OOOOOOOOOO:py_buildvalue");
        PyObject[] values = new PyObject[10];
        for (int i = 0; i < 10; i++) {
            PyObject v = i + 1 < a.size() ? a.get(i + 1) : null;
            values[i] = v == PyNone.NONE ? null : v;
        }
        return new BuildValue(format(a.get(0)), values).build();
    }

    /**
     * py_buildvalue_ints(format, *ints): Py_BuildValue with up to ten C unsigned ints ("I":
     * each masked to 32 bits), read back by the format's units as C's varargs read them.
     */
    @ExposedMethod
    static PyObject py_buildvalue_ints(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "s|IIIIIIIIII:py_buildvalue_ints");
        PyObject[] values = new PyObject[10];
        for (int i = 0; i < 10; i++) {
            PyObject v = i + 1 < a.size() ? a.get(i + 1) : null;
            values[i] = v == null ? PyInt.of(0) : v;
        }
        return new BuildValue(format(a.get(0)), values).build();
    }

    private static String format(PyObject utf8) {
        return new String(((PyBytes) utf8).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The format language of Py_BuildValue over a list of arguments: "O" (an object; NULL is
     * SystemError), the C integer units b B h H i I c C, "()" tuples, "[]" lists and "{}"
     * dicts of key/value pairs; spaces, tabs, ',' and ':' separate. One item at the top is
     * itself, none is None, several a tuple. Compare modsupport.c: do_mkvalue, countformat.
     */
    private static final class BuildValue {
        private final String f;
        private final PyObject[] args;
        private int p;
        private int next;

        BuildValue(String f, PyObject[] args) {
            this.f = f;
            this.args = args;
        }

        PyObject build() {
            int n = count('\0');
            if (n == 0) {
                return PyNone.NONE;
            }
            if (n == 1) {
                return value();
            }
            return PyTuple.of(items(n).toArray(new PyObject[0]));
        }

        /** The number of items before ENDCHAR at the current position. Compare countformat. */
        private int count(char endchar) {
            int level = 0;
            int n = 0;
            for (int i = p; ; i++) {
                char c = i < f.length() ? f.charAt(i) : '\0';
                if (level == 0 && c == endchar) {
                    return n;
                }
                switch (c) {
                    case '\0' -> throw PyErr.of(PyExc.SystemError, "unmatched paren in format");
                    case '(', '[', '{' -> {
                        if (level == 0) {
                            n++;
                        }
                        level++;
                    }
                    case ')', ']', '}' -> level--;
                    case '#', '&', ',', ':', ' ', '\t' -> { }
                    default -> {
                        if (level == 0) {
                            n++;
                        }
                    }
                }
            }
        }

        private List<PyObject> items(int n) {
            List<PyObject> out = new ArrayList<>(n);
            RuntimeException error = null;
            for (int i = 0; i < n; i++) {
                try {
                    out.add(value());
                } catch (RuntimeException e) {
                    // The remaining items are still consumed (do_ignore), the first error wins.
                    if (error == null) {
                        error = e;
                    }
                }
            }
            if (error != null) {
                throw error;
            }
            return out;
        }

        private PyObject arg() {
            if (next >= args.length) {
                throw PyErr.of(PyExc.SystemError, "pyvm: Py_BuildValue format asks for more than the ten arguments");
            }
            return args[next++];
        }

        private PyObject value() {
            while (true) {
                char c = p < f.length() ? f.charAt(p++) : '\0';
                switch (c) {
                    case '(' -> {
                        int n = count(')');
                        List<PyObject> v = items(n);
                        closing(')');
                        return PyTuple.of(v.toArray(new PyObject[0]));
                    }
                    case '[' -> {
                        int n = count(']');
                        List<PyObject> v = items(n);
                        closing(']');
                        return new PyList(v);
                    }
                    case '{' -> {
                        int n = count('}');
                        if (n % 2 != 0) {
                            items(n);
                            closing('}');
                            throw PyErr.of(PyExc.SystemError, "Bad dict format");
                        }
                        List<PyObject> v = items(n);
                        closing('}');
                        PyDict d = new PyDict();
                        for (int i = 0; i < n; i += 2) {
                            d.setItem(v.get(i), v.get(i + 1));
                        }
                        return d;
                    }
                    case 'b', 'B', 'h', 'i' -> {
                        return PyInt.of(cInt());
                    }
                    case 'H', 'I' -> {
                        return PyInt.of(cInt() & 0xffffffffL);
                    }
                    case 'c' -> {
                        return new PyBytes(new byte[] {(byte) cInt()});
                    }
                    case 'C' -> {
                        int cp = cInt();
                        if (cp < 0 || cp > 0x10ffff) {
                            throw PyErr.valueError("chr() arg not in range(0x110000)");
                        }
                        return PyStr.of(new String(Character.toChars(cp)));
                    }
                    case 'O', 'S', 'N' -> {
                        PyObject v = arg();
                        if (v == null) {
                            throw PyErr.of(PyExc.SystemError, "NULL object passed to Py_BuildValue");
                        }
                        return v;
                    }
                    case ':', ',', ' ', '\t' -> { }
                    default -> throw PyErr.of(PyExc.SystemError, "bad format char passed to Py_BuildValue");
                }
            }
        }

        /** The next argument read as a C int (what a vararg of a C int type is promoted to). */
        private int cInt() {
            PyObject v = arg();
            if (v == null) {
                throw PyErr.of(PyExc.SystemError, "NULL object passed to Py_BuildValue");
            }
            return Abstract.index(v).bigValue().intValue();
        }

        private void closing(char c) {
            if (p >= f.length() || f.charAt(p) != c) {
                throw PyErr.of(PyExc.SystemError, "Unmatched paren in format");
            }
            p++;
        }
    }
}
