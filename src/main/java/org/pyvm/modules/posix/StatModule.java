package org.pyvm.modules.posix;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

/**
 * The _stat module: the S_* constants with Linux's values, the S_IS* tests, S_IMODE,
 * S_IFMT and filemode. Compare CPython Modules/_stat.c.
 */
public final class StatModule {

    private StatModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_stat");
        m.addFunctions(StatModule.class);
        PyDict d = m.getDict();
        for (int i = 0; i < Constants.STAT.length; i += 2) {
            d.setStr((String) Constants.STAT[i], PyInt.of((Long) Constants.STAT[i + 1]));
        }
        return m;
    }

    /** A mode argument: an int that fits a C mode_t. Compare _stat.c: _PyLong_AsMode_t. */
    private static long mode(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() < 0 || v.longValue() > 0xffffffffL) {
            throw PyErr.overflowError("mode out of range");
        }
        return v.longValue();
    }

    private static boolean fmt(PyObject o, int kind) {
        return (mode(o) & 0170000) == kind;
    }

    @ExposedMethod
    static boolean S_ISDIR(PyObject m) {
        return fmt(m, 0040000);
    }

    @ExposedMethod
    static boolean S_ISCHR(PyObject m) {
        return fmt(m, 0020000);
    }

    @ExposedMethod
    static boolean S_ISBLK(PyObject m) {
        return fmt(m, 0060000);
    }

    @ExposedMethod
    static boolean S_ISREG(PyObject m) {
        return fmt(m, 0100000);
    }

    @ExposedMethod
    static boolean S_ISFIFO(PyObject m) {
        return fmt(m, 0010000);
    }

    @ExposedMethod
    static boolean S_ISLNK(PyObject m) {
        return fmt(m, 0120000);
    }

    @ExposedMethod
    static boolean S_ISSOCK(PyObject m) {
        return fmt(m, 0140000);
    }

    @ExposedMethod
    static boolean S_ISDOOR(PyObject m) {
        mode(m);
        return false;
    }

    @ExposedMethod
    static boolean S_ISPORT(PyObject m) {
        mode(m);
        return false;
    }

    @ExposedMethod
    static boolean S_ISWHT(PyObject m) {
        mode(m);
        return false;
    }

    @ExposedMethod
    static long S_IMODE(PyObject m) {
        return mode(m) & 07777;
    }

    @ExposedMethod
    static long S_IFMT(PyObject m) {
        return mode(m) & 0170000;
    }

    /** filemode(mode): "-rwxr-xr-x". Compare _stat.c: stat_filemode. */
    @ExposedMethod
    static String filemode(PyObject m) {
        long v = mode(m);
        char[] b = new char[10];
        b[0] = switch ((int) (v & 0170000)) {
            case 0100000 -> '-';
            case 0040000 -> 'd';
            case 0120000 -> 'l';
            case 0020000 -> 'c';
            case 0060000 -> 'b';
            case 0010000 -> 'p';
            case 0140000 -> 's';
            default -> '?';
        };
        b[1] = (v & 0400) != 0 ? 'r' : '-';
        b[2] = (v & 0200) != 0 ? 'w' : '-';
        b[3] = (v & 04000) != 0 ? ((v & 0100) != 0 ? 's' : 'S') : ((v & 0100) != 0 ? 'x' : '-');
        b[4] = (v & 040) != 0 ? 'r' : '-';
        b[5] = (v & 020) != 0 ? 'w' : '-';
        b[6] = (v & 02000) != 0 ? ((v & 010) != 0 ? 's' : 'S') : ((v & 010) != 0 ? 'x' : '-');
        b[7] = (v & 04) != 0 ? 'r' : '-';
        b[8] = (v & 02) != 0 ? 'w' : '-';
        b[9] = (v & 01000) != 0 ? ((v & 01) != 0 ? 't' : 'T') : ((v & 01) != 0 ? 'x' : '-');
        return new String(b);
    }
}
