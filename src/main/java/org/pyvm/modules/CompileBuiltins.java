package org.pyvm.modules;

import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.SourceCompilation;
import org.pyvm.runtime.Audit;

/**
 * The builtins compile(), exec() and eval(), with CPython's argument checks and messages;
 * source text is compiled through {@link SourceCompilation}. Compare CPython
 * Python/bltinmodule.c: builtin_compile_impl, builtin_eval_impl, builtin_exec_impl, and
 * Python/pythonrun.c: _Py_SourceAsString.
 */
public final class CompileBuiltins {

    private CompileBuiltins() {}

    private static final int ALLOWED_FLAGS = SourceCompilation.PyCF_MASK | SourceCompilation.PyCF_MASK_OBSOLETE
        | SourceCompilation.PyCF_COMPILE_MASK;

    /** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1). */
    static PyObject compile(PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("compile", args, kw, 3, 6, "source", "filename", "mode", "flags", "dont_inherit",
            "optimize", "_feature_version");
        if (ap.get(1) == null || ap.get(2) == null) {
            String missing = ap.get(1) == null ? "filename" : "mode";
            throw PyErr.typeError("compile() missing required argument '" + missing + "' (pos "
                + (missing.equals("filename") ? 2 : 3) + ")");
        }
        PyObject source = ap.get(0);
        String filename = fsDecode(ap.get(1));
        if (!(ap.get(2) instanceof PyStr modeStr)) {
            throw PyErr.typeError("compile() argument 'mode' must be str, not " + ap.get(2).type().getName());
        }
        int flags = ap.get(3) == null ? 0 : Abstract.index(ap.get(3)).intValue();
        boolean dontInherit = ap.get(4) != null && Abstract.isTrue(ap.get(4));
        int optimize = ap.get(5) == null ? -1 : Abstract.index(ap.get(5)).intValue();
        if ((flags & ~ALLOWED_FLAGS) != 0) {
            throw PyErr.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw PyErr.valueError("compile(): invalid optimize value");
        }
        if (!dontInherit) {
            flags |= inheritedFlags();
        }
        String mode = modeStr.toString();
        switch (mode) {
            case "exec", "eval", "single" -> { }
            case "func_type" -> {
                if ((flags & SourceCompilation.PyCF_ONLY_AST) == 0) {
                    throw PyErr.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
            }
            default -> throw PyErr.valueError((flags & SourceCompilation.PyCF_ONLY_AST) != 0
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (org.pyvm.modules.pyast.AstTypes.isNode(source)) {
            // An AST object: returned as it is for PyCF_ONLY_AST, else checked and compiled.
            if ((flags & SourceCompilation.PyCF_ONLY_AST) != 0) {
                return source;
            }
            if (Audit.on()) {
                Audit.event("compile", source, PyNone.NONE);
            }
            return new PyCode(SourceCompilation.get().compileNodes(source, filename, mode, flags, optimize));
        }
        boolean[] isBytes = new boolean[1];
        byte[] src = sourceBytes(source, "compile", "string, bytes or AST", isBytes);
        if (Audit.on()) {
            Audit.event("compile", new PyBytes(src), ap.get(1));
        }
        if ((flags & SourceCompilation.PyCF_ONLY_AST) != 0) {
            int featureVersion = ap.get(6) == null ? -1 : Abstract.index(ap.get(6)).intValue();
            return SourceCompilation.get().parseToNodes(src, isBytes[0], filename, mode, flags, featureVersion);
        }
        return new PyCode(SourceCompilation.get().compile(src, isBytes[0], filename, mode, flags, optimize));
    }

    /** eval(source, globals=None, locals=None, /). */
    static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        globals = globals == null ? PyNone.NONE : globals;
        locals = locals == null ? PyNone.NONE : locals;
        if (locals != PyNone.NONE && !isMapping(locals)) {
            throw PyErr.typeError("locals must be a mapping");
        }
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyErr.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                : "globals must be a dict");
        }
        PyFrame cur = CodeRunner.get().currentFrame();
        if (globals == PyNone.NONE) {
            if (cur == null) {
                throw PyErr.typeError("eval must be given globals and locals when called without a frame");
            }
            globals = cur.globals();
            if (locals == PyNone.NONE) {
                locals = cur.locals();
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        addBuiltins(g);
        if (source instanceof PyCode code) {
            if (code.raw.nfreevars() > 0) {
                throw PyErr.typeError("code object passed to eval() may not contain free variables");
            }
            if (Audit.on()) {
                Audit.event("exec", code);
            }
            return CodeRunner.get().exec(code, g, locals);
        }
        boolean[] isBytes = new boolean[1];
        byte[] src = sourceBytes(source, "eval", "string, bytes or code", isBytes);
        // Leading spaces and tabs are dropped: eval(" 1") is not an indentation error.
        int start = 0;
        while (start < src.length && (src[start] == ' ' || src[start] == '\t')) {
            start++;
        }
        if (start > 0) {
            src = java.util.Arrays.copyOfRange(src, start, src.length);
        }
        if (Audit.on()) {
            Audit.event("compile", new PyBytes(src), PyStr.of("<string>"));
        }
        PyCode code = new PyCode(SourceCompilation.get().compile(src, isBytes[0], "<string>", "eval",
            SourceCompilation.PyCF_SOURCE_IS_UTF8 | inheritedFlags()));
        if (Audit.on()) {
            Audit.event("exec", code);
        }
        return CodeRunner.get().exec(code, g, locals);
    }

    /** exec(source, globals=None, locals=None, /, *, closure=None). */
    static PyObject exec(PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("exec", args, kw, 1, 3, "", "", "", "closure");
        PyObject source = ap.get(0);
        PyObject globals = ap.getOr(1, PyNone.NONE);
        PyObject locals = ap.getOr(2, PyNone.NONE);
        PyObject closure = ap.getOr(3, PyNone.NONE);
        if (globals == PyNone.NONE) {
            PyFrame cur = CodeRunner.get().currentFrame();
            if (cur == null) {
                throw PyErr.of(PyExc.SystemError, "globals and locals cannot be NULL");
            }
            globals = cur.globals();
            if (locals == PyNone.NONE) {
                locals = cur.locals();
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.typeError("exec() globals must be a dict, not " + globals.type().getName());
        }
        if (!isMapping(locals)) {
            throw PyErr.typeError("locals must be a mapping or None, not " + locals.type().getName());
        }
        addBuiltins(g);
        if (source instanceof PyCode code) {
            if (Audit.on()) {
                Audit.event("exec", code);
            }
            int nfree = code.raw.nfreevars();
            if (nfree == 0) {
                if (closure != PyNone.NONE) {
                    throw PyErr.typeError("cannot use a closure with this code object");
                }
                CodeRunner.get().exec(code, g, locals);
                return PyNone.NONE;
            }
            // A tuple of exactly NFREE cells (builtin_exec_impl's closure_is_ok)
            boolean ok = closure instanceof PyTuple t && t.type() == PyTuple.TYPE && t.size() == nfree;
            PyCell[] cells = new PyCell[nfree];
            for (int i = 0; ok && i < nfree; i++) {
                ok = ((PyTuple) closure).get(i) instanceof PyCell c && (cells[i] = c) != null;
            }
            if (!ok) {
                throw PyErr.typeError("code object requires a closure of exactly length " + nfree);
            }
            CodeRunner.get().exec(code, g, locals, cells);
            return PyNone.NONE;
        }
        if (closure != PyNone.NONE) {
            throw PyErr.typeError("closure can only be used when source is a code object");
        }
        boolean[] isBytes = new boolean[1];
        byte[] src = sourceBytes(source, "exec", "string, bytes or code", isBytes);
        if (Audit.on()) {
            Audit.event("compile", new PyBytes(src), PyStr.of("<string>"));
        }
        PyCode code = new PyCode(SourceCompilation.get().compile(src, isBytes[0], "<string>", "exec",
            SourceCompilation.PyCF_SOURCE_IS_UTF8 | inheritedFlags()));
        if (Audit.on()) {
            Audit.event("exec", code);
        }
        CodeRunner.get().exec(code, g, locals);
        return PyNone.NONE;
    }

    /** The calling code's __future__ flags (PyEval_MergeCompilerFlags). */
    private static int inheritedFlags() {
        PyFrame cur = CodeRunner.get().currentFrame();
        return cur == null ? 0 : cur.code().flags & SourceCompilation.PyCF_MASK;
    }

    private static void addBuiltins(PyDict g) {
        if (g.getStr("__builtins__") == null) {
            // PyEval_GetBuiltins: the builtins dict, not the module.
            g.setStr("__builtins__", PyRuntime.builtins);
        }
    }

    /** PyMapping_Check: a dict, or a type with __getitem__. */
    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().lookup("__getitem__") != null;
    }

    /** _Py_SourceAsString: the source's bytes; IS_BYTES[0] tells bytes (encoding declared inside) from str (UTF-8). */
    public static byte[] sourceBytes(PyObject src, String fn, String what, boolean[] isBytes) {
        if (src instanceof PyStr s) {
            String v = s.toString();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    int pos = v.codePointCount(0, i);
                    // The message only: the runtime's UnicodeEncodeError has no 5-argument form yet.
                    throw PyErr.of(PyExc.UnicodeEncodeError, String.format(
                        "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed",
                        (int) c, pos));
                }
            }
            isBytes[0] = false;
            return v.getBytes(StandardCharsets.UTF_8);
        }
        isBytes[0] = true;
        if (src instanceof PyBytes b) {
            return b.bytes();
        }
        if (src instanceof PyByteArray b) {
            return b.bytes().clone();
        }
        byte[] buffer = PyByteArray.bytesOf(src); // memoryview, array and other buffers
        if (buffer != null) {
            return buffer;
        }
        throw PyErr.typeError(fn + "() arg 1 must be a " + what + " object");
    }

    /** PyUnicode_FSDecoder: str, bytes or os.PathLike to a str. */
    public static String fsDecode(PyObject o) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        if (o instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        PyObject fspath = o.type().lookup("__fspath__");
        if (fspath != null) {
            PyObject r = Abstract.callDescr(fspath, o);
            if (r instanceof PyStr s) {
                return s.toString();
            }
            if (r instanceof PyBytes b) {
                return new String(b.bytes(), StandardCharsets.UTF_8);
            }
            throw PyErr.typeError("expected " + o.type().getName() + ".__fspath__() to return str or bytes, not "
                + r.type().getName());
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + o.type().getName());
    }
}
