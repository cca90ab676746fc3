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
        if (t.specFlags != -1) {
            // A type made from a spec keeps its tp_doc apart from the __doc__ it shows.
            return t.specDoc == null ? PyNone.NONE : value(fromDoc(t.getName(), t.specDoc));
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

    /** A doc without its "Name(...)\n--\n\n" line (the whole doc without one). Compare typeobject.c: _PyType_DocWithoutSignature. */
    static String docWithoutSignature(String name, String doc) {
        String sig = fromDoc(name, doc);
        String n = name.substring(name.lastIndexOf('.') + 1);
        return sig == null ? doc : doc.substring(n.length() + sig.length() + "\n--\n\n".length());
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

    /**
     * The docstring of slot wrapper NAME (the text after its signature in typeobject.c's
     * slotdefs, as CPython 3.12 reports it); null where pyvm does not know it.
     */
    static String slotDoc(String name) {
        return switch (name) {
            case "__getattribute__" -> "Return getattr(self, name).";
            case "__setattr__" -> "Implement setattr(self, name, value).";
            case "__delattr__" -> "Implement delattr(self, name).";
            case "__repr__" -> "Return repr(self).";
            case "__hash__" -> "Return hash(self).";
            case "__call__" -> "Call self as a function.";
            case "__str__" -> "Return str(self).";
            case "__lt__" -> "Return self<value.";
            case "__le__" -> "Return self<=value.";
            case "__eq__" -> "Return self==value.";
            case "__ne__" -> "Return self!=value.";
            case "__gt__" -> "Return self>value.";
            case "__ge__" -> "Return self>=value.";
            case "__iter__" -> "Implement iter(self).";
            case "__next__" -> "Implement next(self).";
            case "__get__" -> "Return an attribute of instance, which is of type owner.";
            case "__set__" -> "Set an attribute of instance to value.";
            case "__delete__" -> "Delete an attribute of instance.";
            case "__init__" -> "Initialize self.  See help(type(self)) for accurate signature.";
            case "__await__" -> "Return an iterator to be used in await expression.";
            case "__aiter__" -> "Return an awaitable, that resolves in asynchronous iterator.";
            case "__anext__" -> "Return a value or raise StopAsyncIteration.";
            case "__add__" -> "Return self+value.";
            case "__radd__" -> "Return value+self.";
            case "__sub__" -> "Return self-value.";
            case "__rsub__" -> "Return value-self.";
            case "__mul__" -> "Return self*value.";
            case "__rmul__" -> "Return value*self.";
            case "__mod__" -> "Return self%value.";
            case "__rmod__" -> "Return value%self.";
            case "__divmod__" -> "Return divmod(self, value).";
            case "__rdivmod__" -> "Return divmod(value, self).";
            case "__pow__" -> "Return pow(self, value, mod).";
            case "__rpow__" -> "Return pow(value, self, mod).";
            case "__neg__" -> "-self";
            case "__pos__" -> "+self";
            case "__abs__" -> "abs(self)";
            case "__bool__" -> "True if self else False";
            case "__invert__" -> "~self";
            case "__lshift__" -> "Return self<<value.";
            case "__rlshift__" -> "Return value<<self.";
            case "__rshift__" -> "Return self>>value.";
            case "__rrshift__" -> "Return value>>self.";
            case "__and__" -> "Return self&value.";
            case "__rand__" -> "Return value&self.";
            case "__xor__" -> "Return self^value.";
            case "__rxor__" -> "Return value^self.";
            case "__or__" -> "Return self|value.";
            case "__ror__" -> "Return value|self.";
            case "__int__" -> "int(self)";
            case "__float__" -> "float(self)";
            case "__iadd__" -> "Implement self+=value.";
            case "__isub__" -> "Return self-=value.";
            case "__imul__" -> "Implement self*=value.";
            case "__iand__" -> "Return self&=value.";
            case "__ixor__" -> "Return self^=value.";
            case "__ior__" -> "Return self|=value.";
            case "__floordiv__" -> "Return self//value.";
            case "__rfloordiv__" -> "Return value//self.";
            case "__truediv__" -> "Return self/value.";
            case "__rtruediv__" -> "Return value/self.";
            case "__index__" -> "Return self converted to an integer, if self is suitable for use as an index into a list.";
            case "__len__" -> "Return len(self).";
            case "__getitem__" -> "Return self[key].";
            case "__setitem__" -> "Set self[key] to value.";
            case "__delitem__" -> "Delete self[key].";
            case "__contains__" -> "Return bool(key in self).";
            case "__buffer__" -> "Return a buffer object that exposes the underlying memory of the object.";
            case "__release_buffer__" -> "Release the buffer object that exposes the underlying memory of the object.";
            default -> null;
        };
    }
}
