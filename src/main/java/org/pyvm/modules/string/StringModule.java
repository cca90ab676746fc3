package org.pyvm.modules.string;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The _string module behind string.Formatter: the str.format mini-language split into
 * pieces. Compare CPython Objects/stringlib/unicode_format.h: MarkupIterator_next,
 * parse_field, FieldNameIterator_next, field_name_split, get_integer. The pieces are
 * computed when the function is called, so a malformed string raises there rather than
 * during the iteration as in CPython.
 */
public final class StringModule {

    private StringModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_string");
        m.addFunctions(StringModule.class);
        return m;
    }

    private static String strArg(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("expected str, got " + o.type().getName());
        }
        return s.value();
    }

    private static PyObject listIter(List<PyObject> items) {
        return Abstract.iter(new PyList(items.toArray(new PyObject[0])));
    }

    /** (literal, field_name, format_spec, conversion) tuples. Compare formatter_parser, MarkupIterator_next. */
    @ExposedMethod
    static PyObject formatter_parser(PyObject self) {
        String s = strArg(self);
        List<PyObject> out = new ArrayList<>();
        int pos = 0;
        int end = s.length();
        while (pos < end) {
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && (atEnd || c != s.charAt(pos))) {
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{') {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            if (!atEnd) {
                if (c == s.charAt(pos)) {
                    pos++; // an escaped brace: the literal keeps one, no field follows
                    markup = false;
                } else {
                    len--;
                }
            }
            PyStr literal = PyStr.of(s.substring(start, start + len));
            if (!markup) {
                out.add(PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE));
                continue;
            }
            int[] at = {pos};
            out.add(parseField(literal, s, at));
            pos = at[0];
        }
        return listIter(out);
    }

    /**
     * The field after a '{' at AT[0], which it advances past the closing '}'. Compare
     * unicode_format.h: parse_field (3.12 reads the rest of the string, not a pre-matched field).
     */
    private static PyObject parseField(PyStr literal, String s, int[] at) {
        int p = at[0];
        int n = s.length();
        int nameStart = p;
        char c = 0;
        while (p < n) {
            c = s.charAt(p++);
            if (c == '{') {
                throw PyErr.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (p < n && s.charAt(p) != ']') {
                    p++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        PyStr name = PyStr.of(s.substring(nameStart, Math.max(nameStart, p - 1)));
        PyObject conversion = PyNone.NONE;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (p >= n) {
                    throw PyErr.valueError("end of string while looking for conversion specifier");
                }
                conversion = PyStr.of(String.valueOf(s.charAt(p++)));
                if (p < n) {
                    char d = s.charAt(p++);
                    if (d == '}') {
                        at[0] = p;
                        return PyTuple.of(literal, name, PyStr.of(""), conversion);
                    }
                    if (d != ':') {
                        throw PyErr.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = p;
            int count = 1;
            while (p < n) {
                char d = s.charAt(p++);
                if (d == '{') {
                    count++;
                } else if (d == '}' && --count == 0) {
                    at[0] = p;
                    return PyTuple.of(literal, name, PyStr.of(s.substring(specStart, p - 1)), conversion);
                }
            }
            throw PyErr.valueError("unmatched '{' in format spec");
        }
        if (c != '}') {
            throw PyErr.valueError("expected '}' before end of string");
        }
        at[0] = p;
        return PyTuple.of(literal, name, PyStr.of(""), conversion);
    }

    /** The digits of S as an index, or -1 when S is empty or not all digits. Compare get_integer. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static PyObject nameOrIndex(String s, long idx) {
        return idx == -1 ? PyStr.of(s) : PyInt.of(idx);
    }

    /** (first, iterator of (is_attribute, key)). Compare formatter_field_name_split, FieldNameIterator_next. */
    @ExposedMethod
    static PyObject formatter_field_name_split(PyObject self) {
        String s = strArg(self);
        int p = 0;
        int n = s.length();
        while (p < n && s.charAt(p) != '.' && s.charAt(p) != '[') {
            p++;
        }
        String first = s.substring(0, p);
        PyObject firstObj = nameOrIndex(first, integer(first));
        List<PyObject> rest = new ArrayList<>();
        while (p < n) {
            char c = s.charAt(p++);
            String name;
            PyObject key;
            boolean attr;
            if (c == '.') {
                int b = p;
                while (p < n && s.charAt(p) != '.' && s.charAt(p) != '[') {
                    p++;
                }
                name = s.substring(b, p);
                key = PyStr.of(name);
                attr = true;
            } else if (c == '[') {
                int b = p;
                while (p < n && s.charAt(p) != ']') {
                    p++;
                }
                if (p >= n) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                name = s.substring(b, p++);
                key = nameOrIndex(name, integer(name));
                attr = false;
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) {
                throw PyErr.valueError("Empty attribute in format string");
            }
            rest.add(PyTuple.of(PyBool.of(attr), key));
        }
        return PyTuple.of(firstObj, listIter(rest));
    }
}
