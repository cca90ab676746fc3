package org.pyvm.modules.csv;

import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _csv.reader: the CSV parser, a state machine fed one code point at a time and an EOL
 * mark after each line the input iterator gives. Compare CPython 3.12 Modules/_csv.c:
 * parse_process_char, Reader_iternext, parse_save_field.
 */
final class ReaderObject extends IterBase {

    static final PyType TYPE = Types.finish(Types.builtin("_csv", "reader", ReaderObject.class, ReaderObject.class)
        .alsoExposedBy(IterBase.class));

    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final PyObject input;
    final DialectObject dialect;
    private PyList fields;
    private State state = State.START_RECORD;
    private final StringBuilder field = new StringBuilder();
    private int fieldLen;
    private boolean numericField;
    private long lineNum;

    ReaderObject(PyObject input, DialectObject dialect) {
        super(TYPE);
        this.input = input;
        this.dialect = dialect;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_csv.reader' instances");
    }

    @ExposedGetter
    static PyObject dialect(ReaderObject self) {
        return self.dialect;
    }

    @ExposedGetter
    static PyObject line_num(ReaderObject self) {
        return PyInt.of(self.lineNum);
    }

    private void reset() {
        fields = new PyList();
        field.setLength(0);
        fieldLen = 0;
        state = State.START_RECORD;
        numericField = false;
    }

    private void saveField() {
        PyObject f = PyStr.of(field.toString());
        field.setLength(0);
        fieldLen = 0;
        if (numericField) {
            numericField = false;
            f = Abstract.call(PyFloat.TYPE, f);
        }
        fields.append(f);
    }

    private void addChar(int c) {
        long limit = CsvModule.fieldLimit;
        if (fieldLen >= limit) {
            throw CsvModule.error("field larger than field limit (" + limit + ")");
        }
        field.appendCodePoint(c);
        fieldLen++;
    }

    private static boolean newline(int c) {
        return c == '\n' || c == '\r';
    }

    private void process(int c) {
        DialectObject d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return;   // an empty line: []
                }
                if (newline(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c, d);
                return;
            case START_FIELD:
                startField(c, d);
                return;
            case ESCAPED_CHAR:
                if (newline(c)) {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c, d);
                return;
            case IN_FIELD:
                inField(c, d);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != DialectObject.QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != DialectObject.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);   // "" is "
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (newline(c) || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw CsvModule.error("'" + Character.toString(d.delimiter) + "' expected after '"
                        + Character.toString(d.quotechar) + "'");
                }
                return;
            case EAT_CRNL:
                if (newline(c)) {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw CsvModule.error("new-line character seen in unquoted field - do you need to open the file "
                    + "in universal-newline mode?");
            default:
                throw new IllegalStateException();
        }
    }

    private void startField(int c, DialectObject d) {
        if (newline(c) || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != DialectObject.QUOTE_NONE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return;   // spaces at the start of a field are dropped
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == DialectObject.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c, DialectObject d) {
        if (newline(c) || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
        }
    }

    /** One record, or null at the end. Compare Reader_iternext. */
    @Override
    protected PyObject nextItem() {
        reset();
        do {
            PyObject line = Abstract.next(input);
            if (line == null) {
                if (fieldLen != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvModule.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr s)) {
                throw CsvModule.error("iterator should return strings, not " + line.type().getName()
                    + " (the file should be opened in text mode)");
            }
            lineNum++;
            String text = s.value();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                process(c);
                i += Character.charCount(c);
            }
            process(EOL);
        } while (state != State.START_RECORD);
        PyList out = fields;
        fields = null;
        return out;
    }
}
