package org.pyvm.modules.pwd;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyStructSeq;

/**
 * The spwd module (deprecated in 3.12, as its import warns) over /etc/shadow, read as the C
 * library's "files" backend of getspnam(3)/getspent(3) reads it: nine ':'-separated fields a
 * line, an empty number field being -1. A shadow file the process may not read is
 * PermissionError for getspnam (getspnam's errno) and an empty getspall(). Compare CPython
 * Modules/spwdmodule.c.
 */
public final class SpwdModule {

    private SpwdModule() {}

    private static final String SHADOW = "/etc/shadow";

    static final PyStructSeq.Spec STRUCT_SPWD = PyStructSeq.define("spwd", "struct_spwd", 9, "sp_namp", "sp_pwdp",
        "sp_lstchg", "sp_min", "sp_max", "sp_warn", "sp_inact", "sp_expire", "sp_flag", "sp_nam", "sp_pwd");

    static {
        STRUCT_SPWD.type().define("__doc__", PyStr.of("spwd.struct_spwd: Results from getsp*() routines.\n\n"
            + "This object may be accessed either as a 9-tuple of\n"
            + "  (sp_namp,sp_pwdp,sp_lstchg,sp_min,sp_max,sp_warn,sp_inact,sp_expire,sp_flag)\n"
            + "or via the object attributes as named in the above tuple."));
    }

    public static PyModule create() {
        Abstract.warn(PyExc.DeprecationWarning, "'spwd' is deprecated and slated for removal in Python 3.13");
        PyModule m = new PyModule("spwd");
        m.getDict().setStr("__doc__", PyStr.of("This module provides access to the Unix shadow password database.\n"
            + "It is available on various Unix versions.\n\n"
            + "Shadow password database entries are reported as 9-tuples of type struct_spwd,\n"
            + "containing the following items from the password database (see `<shadow.h>'):\n"
            + "sp_namp, sp_pwdp, sp_lstchg, sp_min, sp_max, sp_warn, sp_inact, sp_expire, sp_flag.\n"
            + "The sp_namp and sp_pwdp are strings, the rest are integers.\n"
            + "An exception is raised if the entry asked for cannot be found.\n"
            + "You have to be root to be able to use this module."));
        m.addFunctions(SpwdModule.class);
        m.getDict().setStr("struct_spwd", STRUCT_SPWD.type());
        return m;
    }

    /** spwdmodule.c: mkspent; the name and password are also sp_nam and sp_pwd. */
    private static PyObject entry(byte[][] f) {
        PyObject name = UnixDb.str(f[0]);
        PyObject pwd = UnixDb.str(f[1]);
        return STRUCT_SPWD.make(name, pwd, number(f[2]), number(f[3]), number(f[4]), number(f[5]), number(f[6]),
            number(f[7]), number(f[8]), name, pwd);
    }

    /** A C long field; glibc's parser leaves an empty or bad one -1. */
    private static PyObject number(byte[] b) {
        if (b.length == 0 || b.length > 18) {
            return PyInt.of(-1);
        }
        long v = 0;
        for (byte c : b) {
            if (c < '0' || c > '9') {
                return PyInt.of(-1);
            }
            v = v * 10 + (c - '0');
        }
        return PyInt.of(v);
    }

    /** The entries, or null when the file exists but may not be read (EACCES). */
    private static List<byte[][]> entries() {
        try {
            Files.newInputStream(Path.of(SHADOW)).close();
        } catch (AccessDeniedException e) {
            return null;
        } catch (IOException e) {
            return List.of();
        }
        return UnixDb.read(SHADOW, 9);
    }

    /** spwdmodule.c: spwd_getspnam_impl. */
    @ExposedMethod
    static PyObject getspnam(PyObject arg) {
        byte[] name = UnixDb.nameArg("getspnam() argument", arg);
        List<byte[][]> all = entries();
        if (all == null) {
            throw OsErrors.of(OsErrors.EACCES);
        }
        for (byte[][] f : all) {
            if (Arrays.equals(f[0], name)) {
                return entry(f);
            }
        }
        throw PyErr.of(PyExc.KeyError, "getspnam(): name not found");
    }

    /** spwdmodule.c: spwd_getspall_impl. */
    @ExposedMethod
    static PyObject getspall() {
        PyList l = new PyList();
        List<byte[][]> all = entries();
        if (all != null) {
            for (byte[][] f : all) {
                l.append(entry(f));
            }
        }
        return l;
    }
}
