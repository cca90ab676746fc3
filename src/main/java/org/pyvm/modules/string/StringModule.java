package org.pyvm.modules.string;

import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _string module that string.Formatter uses: formatter_parser (the pieces of a format
 * string: literal text, field name, format spec, conversion) and formatter_field_name_split
 * (a field name's first part and its attribute/index accesses). Errors come when iterating,
 * as in CPython. Compare CPython Objects/stringlib/unicode_format.h: MarkupIterator_next,
 * parse_field, field_name_split, FieldNameIterator_next, get_integer.
 */
public final class StringModule {

    private StringModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_string");
        m.addFunctions(StringModule.class);
        m.getDict().setStr("__doc__", PyStr.of("string helper module"));
        return m;
    }

    private static int[] codePoints(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("expected str, got " + o.type().getName());
        }
        return s.value().codePoints().toArray();
    }

    private static PyStr sub(int[] s, int from, int to) {
        return PyStr.of(new String(s, from, to - from));
    }

    @ExposedMethod
    static PyObject formatter_parser(PyObject s) {
        return new MarkupIterator(codePoints(s));
    }

    /** (first, iterator): first is an int when it is all decimal digits. */
    @ExposedMethod
    static PyObject formatter_field_name_split(PyObject o) {
        int[] s = codePoints(o);
        int i = 0;
        while (i < s.length && s[i] != '.' && s[i] != '[') {
            i++;
        }
        long idx = integer(s, 0, i);
        PyObject first = idx != -1 ? PyInt.of(idx) : sub(s, 0, i);
        return PyTuple.of(first, new FieldNameIterator(s, i));
    }

    /** The value of s[from:to] if all decimal digits, else -1; ValueError past Py_ssize_t. */
    static long integer(int[] s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long acc = 0;
        for (int i = from; i < to; i++) {
            int d = org.pyvm.runtime.text.UnicodeCtype.decimalValue(s[i]);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** The formatteriterator: one (literal, field_name, format_spec, conversion) per step. */
    static final class MarkupIterator extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("_string", "formatteriterator", MarkupIterator.class,
            MarkupIterator.class).alsoExposedBy(IterBase.class).notSubclassable());

        private final int[] s;
        private int pos;

        MarkupIterator(int[] s) {
            super(TYPE);
            this.s = s;
        }

        @Override
        protected PyObject nextItem() {
            if (pos >= s.length) {
                return null;
            }
            int start = pos;
            int c = 0;
            boolean markup = false;
            while (pos < s.length) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= s.length;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || s[pos] != '}')) {
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            if (!atEnd && markup) {
                if (s[pos] == c) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            PyStr literal = sub(s, start, start + len);
            if (!markup) {
                return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return parseField(literal);
        }

        /** Compare parse_field. */
        private PyObject parseField(PyStr literal) {
            int nameStart = pos;
            int c = 0;
            while (pos < s.length) {
                c = s[pos++];
                if (c == '{') {
                    throw PyErr.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < s.length && s[pos] != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            PyStr name = sub(s, nameStart, pos - 1 < nameStart ? nameStart : pos - 1);
            PyObject conversion = PyNone.NONE;
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= s.length) {
                        throw PyErr.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = PyStr.ofCodePoint(s[pos++]);
                    if (pos < s.length) {
                        int d = s[pos++];
                        if (d == '}') {
                            return PyTuple.of(literal, name, PyStr.EMPTY, conversion);
                        }
                        if (d != ':') {
                            throw PyErr.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = pos;
                int count = 1;
                while (pos < s.length) {
                    int d = s[pos++];
                    if (d == '{') {
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            return PyTuple.of(literal, name, sub(s, specStart, pos - 1), conversion);
                        }
                    }
                }
                throw PyErr.valueError("unmatched '{' in format spec");
            }
            if (c != '}') {
                throw PyErr.valueError("expected '}' before end of string");
            }
            return PyTuple.of(literal, name, PyStr.EMPTY, conversion);
        }
    }

    /** The fieldnameiterator: (is_attribute, name or index) per '.name' or '[key]'. */
    static final class FieldNameIterator extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("_string", "fieldnameiterator", FieldNameIterator.class,
            FieldNameIterator.class).alsoExposedBy(IterBase.class).notSubclassable());

        private final int[] s;
        private int pos;

        FieldNameIterator(int[] s, int pos) {
            super(TYPE);
            this.s = s;
            this.pos = pos;
        }

        @Override
        protected PyObject nextItem() {
            if (pos >= s.length) {
                return null;
            }
            int c = s[pos++];
            int from;
            int to;
            boolean attr;
            if (c == '.') {
                attr = true;
                from = pos;
                while (pos < s.length && s[pos] != '.' && s[pos] != '[') {
                    pos++;
                }
                to = pos;
            } else if (c == '[') {
                attr = false;
                from = pos;
                boolean bracket = false;
                while (pos < s.length) {
                    if (s[pos++] == ']') {
                        bracket = true;
                        break;
                    }
                }
                if (!bracket) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                to = pos - 1;
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (from == to) {
                throw PyErr.valueError("Empty attribute in format string");
            }
            long idx = attr ? -1 : integer(s, from, to);
            PyObject key = idx != -1 ? PyInt.of(idx) : sub(s, from, to);
            return PyTuple.of(PyBool.of(attr), key);
        }
    }
}
