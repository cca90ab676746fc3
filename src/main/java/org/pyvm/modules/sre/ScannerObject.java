package org.pyvm.modules.sre;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _sre.SRE_Scanner: successive matches over one subject (Pattern.scanner, finditer).
 * Compare CPython Modules/_sre/sre.c: _sre_SRE_Scanner_match_impl, _search_impl.
 */
final class ScannerObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_sre", "SRE_Scanner", ScannerObject.class,
        ScannerObject.class));

    private final PatternObject pattern;
    private final Subject subject;
    private final SreScanner scanner;
    private boolean executing;
    /**
     * A view of a bytearray subject, held while the scanner lives: CPython's scanner keeps
     * the subject's buffer (state_init's getbuffer, released in state_fini), so the
     * bytearray cannot be resized under a finditer() iterator (BufferError).
     */
    @SuppressWarnings("unused")
    private final PyMemoryView hold;

    ScannerObject(PatternObject pattern, Subject subject, SreScanner scanner) {
        this.pattern = pattern;
        this.subject = subject;
        this.scanner = scanner;
        this.hold = subject.obj instanceof PyByteArray ? PyMemoryView.fromObject(subject.obj) : null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_sre.SRE_Scanner' instances");
    }

    private PyObject next(boolean search) {
        if (executing) {
            throw PyErr.valueError("regular expression scanner already executing");
        }
        executing = true;
        SreMatch m;
        try {
            m = search ? scanner.search() : scanner.match();
        } catch (SreException e) {
            throw SreModule.error(e);
        } finally {
            executing = false;
        }
        return m == null ? PyNone.NONE : new MatchObject(pattern, subject, m);
    }

    @ExposedMethod
    static PyObject match(ScannerObject self) {
        return self.next(false);
    }

    @ExposedMethod
    static PyObject search(ScannerObject self) {
        return self.next(true);
    }

    @ExposedGetter
    static PyObject pattern(ScannerObject self) {
        return self.pattern;
    }
}
