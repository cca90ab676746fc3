package org.pyvm.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code __text_signature__} of functions, methods and types written in Java, which
 * inspect.signature() parses for builtins. In CPython it is the first line of the C
 * docstring ("len($module, obj, /)\n--\n\n"); pyvm keeps no docstrings, so the signatures
 * CPython 3.12 reports are read from a table generated from the reference interpreter
 * (tests/runtime/gen-text-signatures.py writes text-signatures.txt), loaded on first use.
 * Slot wrappers and {@code __new__} are not in the table: their signature depends only on
 * the slot's name. Compare CPython Objects/typeobject.c: slotdefs, tp_new_methoddef,
 * _PyType_GetTextSignatureFromInternalDoc.
 */
final class TextSignatures {

    private TextSignatures() {}

    /** A type's __new__, as seen from Python (typeobject.c: tp_new_wrapper's doc). */
    static final String NEW = "($type, *args, **kwargs)";

    private static volatile Map<String, String> table;

    /**
     * What the table says for KEY: the signature, "" where CPython has none, null where
     * the table does not list KEY.
     */
    static String lookup(String key) {
        Map<String, String> t = table;
        if (t == null) {
            t = table = load();
        }
        return t.get(key);
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>(4096);
        try (InputStream in = TextSignatures.class.getResourceAsStream("text-signatures.txt")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    m.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The generator writes a backslash, newline or tab as \\, \n or \t. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static PyObject value(String sig) {
        return sig == null || sig.isEmpty() ? PyNone.NONE : PyStr.of(sig);
    }

    /**
     * The signature of a Java method: OWNER_KEY is its type's full name (or a module's name
     * for a module function, or null when it has no home the table knows).
     */
    static PyObject of(String ownerKey, String name, boolean slotWrapper) {
        if (name.equals("__new__") && slotWrapper) {
            return PyStr.of(NEW);
        }
        String sig = ownerKey == null ? null : lookup(ownerKey + "." + name);
        if (sig == null && slotWrapper) {
            sig = slot(name);
        }
        return value(sig);
    }

    /** A builtin type's own signature (object's "()"); for a class, the one its docstring starts with. */
    static PyObject ofType(PyType t) {
        if (!t.isHeapType()) {
            return value(lookup(t.fullName()));
        }
        PyObject doc = t.getDict().getStr("__doc__");
        return doc instanceof PyStr s ? value(fromDoc(t.getName(), s.toString())) : PyNone.NONE;
    }

    /**
     * The "(...)" of a docstring "NAME(...)\n--\n\n...", null when DOC does not start so.
     * NAME is a dotted tp_name's last part. Compare typeobject.c: find_signature,
     * skip_signature, _PyType_GetTextSignatureFromInternalDoc.
     */
    static String fromDoc(String name, String doc) {
        String n = name.substring(name.lastIndexOf('.') + 1);
        if (!doc.startsWith(n) || doc.length() <= n.length() || doc.charAt(n.length()) != '(') {
            return null;
        }
        int end = doc.indexOf(")\n--\n\n", n.length());
        if (end < 0) {
            return null;
        }
        // The signature ends at the first such marker; a blank line before it means none.
        if (doc.substring(n.length(), end).contains("\n\n")) {
            return null;
        }
        return doc.substring(n.length(), end + 1);
    }

    /** The signature of slot wrapper NAME, as typeobject.c's slotdefs give it; null for none. */
    static String slot(String name) {
        return switch (name) {
            case "__repr__", "__str__", "__hash__", "__iter__", "__next__", "__await__", "__aiter__", "__anext__",
                 "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__int__", "__float__", "__index__",
                 "__len__" -> "($self, /)";
            case "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
                 "__divmod__", "__rdivmod__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
                 "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__iadd__", "__isub__", "__imul__",
                 "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
                 "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
                 "__matmul__", "__rmatmul__", "__imatmul__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                 "__ge__" -> "($self, value, /)";
            case "__pow__", "__rpow__" -> "($self, value, mod=None, /)";
            case "__getattribute__", "__getattr__", "__delattr__" -> "($self, name, /)";
            case "__setattr__" -> "($self, name, value, /)";
            case "__get__" -> "($self, instance, owner=None, /)";
            case "__set__" -> "($self, instance, value, /)";
            case "__delete__" -> "($self, instance, /)";
            case "__init__", "__call__" -> "($self, /, *args, **kwargs)";
            case "__getitem__", "__delitem__", "__contains__" -> "($self, key, /)";
            case "__setitem__" -> "($self, key, value, /)";
            case "__buffer__" -> "($self, flags, /)";
            case "__release_buffer__" -> "($self, buffer, /)";
            default -> null;   // __del__ has none
        };
    }
}
