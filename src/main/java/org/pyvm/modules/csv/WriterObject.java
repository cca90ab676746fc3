package org.pyvm.modules.csv;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * _csv.writer: joins the fields of a row with the dialect's quoting and escaping and
 * hands the line to the file's write(). Compare CPython 3.12 Modules/_csv.c:
 * csv_writerow, join_append, join_append_data.
 */
final class WriterObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_csv", "writer", WriterObject.class, WriterObject.class));

    private final PyObject write;
    final DialectObject dialect;
    private final StringBuilder rec = new StringBuilder();
    private int numFields;
    private PyDict dict;

    WriterObject(PyObject write, DialectObject dialect) {
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_csv.writer' instances");
    }

    @ExposedGetter
    static PyObject dialect(WriterObject self) {
        return self.dialect;
    }

    /** PyNumber_Check: ints, floats, complex and anything with __index__, __int__ or __float__. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.slot(Slot.INDEX) != null || t.slot(Slot.INT) != null || t.slot(Slot.FLOAT) != null
            || o instanceof PyComplex;
    }

    /** Appends one field (null for None). Compare join_append and join_append_data. */
    private void append(String field, boolean quoted) {
        DialectObject d = dialect;
        String lt = d.lineterminator.value();
        StringBuilder body = new StringBuilder();
        if (field != null) {
            for (int i = 0; i < field.length(); ) {
                int c = field.codePointAt(i);
                i += Character.charCount(c);
                boolean wantEscape = false;
                if (c == d.delimiter || c == d.escapechar || c == d.quotechar || lt.indexOf(c) >= 0) {
                    if (d.quoting == DialectObject.QUOTE_NONE) {
                        wantEscape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                body.appendCodePoint(d.quotechar);
                            } else {
                                wantEscape = true;
                            }
                        } else if (c == d.escapechar) {
                            wantEscape = true;
                        }
                        if (!wantEscape) {
                            quoted = true;
                        }
                    }
                    if (wantEscape) {
                        if (d.escapechar == DialectObject.NOT_SET) {
                            throw CsvModule.error("need to escape, but no escapechar set");
                        }
                        body.appendCodePoint(d.escapechar);
                    }
                }
                body.appendCodePoint(c);
            }
        }
        if (numFields > 0) {
            rec.appendCodePoint(d.delimiter);
        }
        if (quoted) {
            rec.appendCodePoint(d.quotechar);
        }
        rec.append(body);
        if (quoted) {
            rec.appendCodePoint(d.quotechar);
        }
        numFields++;
    }

    /** writerow(row): one line. Compare csv_writerow. */
    @ExposedMethod
    static PyObject writerow(WriterObject self, PyObject seq) {
        DialectObject d = self.dialect;
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.TypeError)) {
                throw CsvModule.error("iterable expected, not " + seq.type().getName());
            }
            throw e;
        }
        self.rec.setLength(0);
        self.numFields = 0;
        for (PyObject f = Abstract.next(it); f != null; f = Abstract.next(it)) {
            boolean quoted = switch (d.quoting) {
                case DialectObject.QUOTE_NONNUMERIC -> !isNumber(f);
                case DialectObject.QUOTE_ALL -> true;
                case DialectObject.QUOTE_STRINGS -> f instanceof PyStr;
                case DialectObject.QUOTE_NOTNULL -> f != PyNone.NONE;
                default -> false;
            };
            if (f instanceof PyStr s) {
                self.append(s.value(), quoted);
            } else if (f == PyNone.NONE) {
                self.append(null, quoted);
            } else {
                self.append(Abstract.str(f).value(), quoted);
            }
        }
        if (self.numFields > 0 && self.rec.isEmpty()) {
            if (d.quoting == DialectObject.QUOTE_NONE) {
                throw CsvModule.error("single empty field record must be quoted");
            }
            self.numFields--;
            self.append(null, true);
        }
        self.rec.append(d.lineterminator.value());
        return Abstract.call(self.write, PyStr.of(self.rec.toString()));
    }

    /** writerows(rows). Compare csv_writerows. */
    @ExposedMethod
    static PyObject writerows(WriterObject self, PyObject seqseq) {
        PyObject it = Abstract.iter(seqseq);
        for (PyObject row = Abstract.next(it); row != null; row = Abstract.next(it)) {
            writerow(self, row);
        }
        return PyNone.NONE;
    }
}
