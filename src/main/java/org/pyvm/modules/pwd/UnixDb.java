package org.pyvm.modules.pwd;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.posix.Fs;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The files behind the pwd and grp modules: /etc/passwd and /etc/group read as the C
 * library's "files" NSS backend reads them (one entry a line, fields split at ':', lines
 * starting with '#' or not having enough fields skipped). Other NSS sources (LDAP, systemd's
 * dynamic users) are not consulted: pyvm has no libc to ask. Also the uid/gid argument
 * conversion of CPython's posixmodule.c (_Py_Uid_Converter, _Py_Gid_Converter).
 */
final class UnixDb {

    private UnixDb() {}

    /** The lines of FILE split into at least N ':'-separated byte fields each. */
    static List<byte[][]> read(String file, int n) {
        byte[] all;
        try {
            all = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
        List<byte[][]> out = new ArrayList<>();
        int start = 0;
        while (start < all.length) {
            int end = start;
            while (end < all.length && all[end] != '\n') {
                end++;
            }
            if (end > start && all[start] != '#') {
                List<byte[]> fields = new ArrayList<>();
                int f = start;
                for (int i = start; i <= end; i++) {
                    if (i == end || all[i] == ':') {
                        fields.add(java.util.Arrays.copyOfRange(all, f, i));
                        f = i + 1;
                    }
                }
                if (fields.size() >= n) {
                    out.add(fields.toArray(new byte[0][]));
                }
            }
            start = end + 1;
        }
        return out;
    }

    static PyStr str(byte[] b) {
        return PyStr.of(Fs.decode(b));
    }

    /** A numeric field as an unsigned 32-bit id, or -1 when it is not a number. */
    static long id(byte[] b) {
        if (b.length == 0 || b.length > 10) {
            return -1;
        }
        long v = 0;
        for (byte c : b) {
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > 0xFFFFFFFFL ? -1 : v;
    }

    /**
     * A uid_t/gid_t argument (32-bit unsigned, -1 allowed): the id, or OverflowError "KIND
     * is less than minimum" / "... greater than maximum". A 32-bit value wider than a
     * signed one is taken as the unsigned id, as C does. Compare posixmodule.c:
     * _Py_Uid_Converter (uid: truncation is "greater than maximum") and _Py_Gid_Converter
     * (gid: truncation of a value that fits a C long is "less than minimum").
     */
    static long idArg(PyObject o, String kind) {
        PyInt v;
        try {
            v = Abstract.index(o);
        } catch (PyBaseException e) {
            if (!e.matches(org.pyvm.runtime.PyExc.TypeError)) {
                throw e;
            }
            throw PyErr.typeError(kind + " should be integer, not " + o.type().getName());
        }
        BigInteger b = v.bigValue();
        if (b.bitLength() <= 63) {
            long r = b.longValue();
            if (r == -1) {
                return 0xFFFFFFFFL;
            }
            if (r < 0) {
                throw PyErr.overflowError(kind + " is less than minimum");
            }
            if (r > 0xFFFFFFFFL) {
                throw PyErr.overflowError(kind + (kind.equals("uid") ? " is greater than maximum"
                    : " is less than minimum"));
            }
            return r;
        }
        if (b.signum() < 0) {
            throw PyErr.overflowError(kind + " is less than minimum");
        }
        throw PyErr.overflowError(kind + " is greater than maximum");
    }

    /** The name argument: a str with no NUL (WHAT names it in the TypeError). */
    static byte[] nameArg(String what, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(what + " must be str, not " + o.type().getName());
        }
        byte[] b = Fs.encode(s.value());
        for (byte c : b) {
            if (c == 0) {
                throw PyErr.valueError("embedded null byte");
            }
        }
        return b;
    }
}
