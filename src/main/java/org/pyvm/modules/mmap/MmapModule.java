package org.pyvm.modules.mmap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.modules.resource.ResourceModule;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The mmap module: the {@link MmapObject} type, mmap.error (OSError) and Linux's constants.
 * Compare CPython Modules/mmapmodule.c: mmap_exec, new_mmap_object.
 */
public final class MmapModule {

    private MmapModule() {}

    static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    static final int MAP_SHARED = 1, MAP_PRIVATE = 2;
    /** The largest map: a Java array's length. */
    static final long MAX_SIZE = Integer.MAX_VALUE - 16;

    private static final String[] ADVICE = {"MADV_NORMAL", "0", "MADV_RANDOM", "1", "MADV_SEQUENTIAL", "2",
        "MADV_WILLNEED", "3", "MADV_DONTNEED", "4", "MADV_FREE", "8", "MADV_REMOVE", "9", "MADV_DONTFORK", "10",
        "MADV_DOFORK", "11", "MADV_MERGEABLE", "12", "MADV_UNMERGEABLE", "13", "MADV_HUGEPAGE", "14",
        "MADV_NOHUGEPAGE", "15", "MADV_DONTDUMP", "16", "MADV_DODUMP", "17", "MADV_HWPOISON", "100"};

    public static PyModule create() {
        PyModule m = new PyModule("mmap");
        PyDict d = m.getDict();
        d.setStr("error", PyExc.OSError);
        d.setStr("mmap", MmapObject.TYPE);
        String[] ints = {"PROT_EXEC", "4", "PROT_READ", "1", "PROT_WRITE", "2", "MAP_SHARED", "1", "MAP_PRIVATE", "2",
            "MAP_DENYWRITE", "2048", "MAP_EXECUTABLE", "4096", "MAP_ANON", "32", "MAP_ANONYMOUS", "32",
            "MAP_POPULATE", "32768", "MAP_STACK", "131072", "ACCESS_DEFAULT", "0", "ACCESS_READ", "1",
            "ACCESS_WRITE", "2", "ACCESS_COPY", "3"};
        for (int i = 0; i < ints.length; i += 2) {
            d.setStr(ints[i], PyInt.of(Integer.parseInt(ints[i + 1])));
        }
        for (int i = 0; i < ADVICE.length; i += 2) {
            d.setStr(ADVICE[i], PyInt.of(Integer.parseInt(ADVICE[i + 1])));
        }
        long page = ResourceModule.pageSize();
        d.setStr("PAGESIZE", PyInt.of(page));
        d.setStr("ALLOCATIONGRANULARITY", PyInt.of(page));
        return m;
    }

    /** Whether OPTION is one of the advice values madvise(2) takes on Linux. */
    static boolean isAdvice(int option) {
        for (int i = 1; i < ADVICE.length; i += 2) {
            if (Integer.parseInt(ADVICE[i]) == option) {
                return true;
            }
        }
        return false;
    }

    /** mmapmodule.c: new_mmap_object (Unix). */
    static PyObject newMmap(PyType cls, PyObject[] args, String[] kw) {
        int npos = args.length - Args.nkw(kw);
        if (npos > 6) {
            throw PyErr.typeError("function takes at most 6 arguments (" + args.length + " given)");
        }
        String[] names = {"fileno", "length", "flags", "prot", "access", "offset"};
        PyObject[] a = new PyObject[6];
        System.arraycopy(args, 0, a, 0, npos);
        for (int k = 0; k < Args.nkw(kw); k++) {
            int idx = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (idx < 0) {
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for this function");
            }
            if (a[idx] != null) {
                throw PyErr.typeError("argument for function given by name ('" + kw[k] + "') and position ("
                    + (idx + 1) + ")");
            }
            a[idx] = args[npos + k];
        }
        for (int i = 0; i < 2; i++) {
            if (a[i] == null) {
                throw PyErr.typeError("function missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        int fd = Abstract.index(a[0]).intValue();
        long length = MmapArgs.ssize(a[1]);
        int flags = a[2] == null ? MAP_SHARED : Abstract.index(a[2]).intValue();
        int prot = a[3] == null ? PROT_READ | PROT_WRITE : Abstract.index(a[3]).intValue();
        int access = a[4] == null ? MmapObject.ACCESS_DEFAULT : Abstract.index(a[4]).intValue();
        long offset = a[5] == null ? 0 : longLong(a[5]);
        if (length < 0) {
            throw PyErr.overflowError("memory mapped length must be positive");
        }
        if (offset < 0) {
            throw PyErr.overflowError("memory mapped offset must be positive");
        }
        if (access != MmapObject.ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_READ | PROT_WRITE))) {
            throw PyErr.valueError("mmap can't specify both access and flags, prot.");
        }
        switch (access) {
            case MmapObject.ACCESS_READ -> {
                flags = MAP_SHARED;
                prot = PROT_READ;
            }
            case MmapObject.ACCESS_WRITE -> {
                flags = MAP_SHARED;
                prot = PROT_READ | PROT_WRITE;
            }
            case MmapObject.ACCESS_COPY -> {
                flags = MAP_PRIVATE;
                prot = PROT_READ | PROT_WRITE;
            }
            case MmapObject.ACCESS_DEFAULT -> {
                if ((prot & PROT_READ) != 0 && (prot & PROT_WRITE) != 0) {
                    // ACCESS_DEFAULT
                } else if ((prot & PROT_WRITE) != 0) {
                    access = MmapObject.ACCESS_WRITE;
                } else {
                    access = MmapObject.ACCESS_READ;
                }
            }
            default -> throw PyErr.valueError("mmap invalid access parameter.");
        }
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("mmap.__new__", PyInt.of(fd), PyInt.of(length), PyInt.of(access), PyInt.of(offset));
        }
        long page = ResourceModule.pageSize();
        if (fd == -1) {
            if (length == 0 || offset % page != 0) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            if (length > MAX_SIZE) {
                throw tooLarge();
            }
            return MmapObject.anonymous(cls, (int) length, offset, access);
        }
        FdTable.Entry e = FdTable.get(fd);
        FileChannel ch = e.channel();
        long fileSize = -1;
        if (ch != null && !e.isDir) {
            try {
                fileSize = ch.size();
            } catch (IOException ex) {
                fileSize = -1;
            }
        }
        if (fileSize >= 0) {
            if (length == 0) {
                if (fileSize == 0) {
                    throw PyErr.valueError("cannot mmap an empty file");
                }
                if (offset >= fileSize) {
                    throw PyErr.valueError("mmap offset is greater than file size");
                }
                length = fileSize - offset;
            } else if (offset > fileSize || fileSize - offset < length) {
                throw PyErr.valueError("mmap length is greater than file size");
            }
        }
        if (ch == null || e.isDir) {
            throw OsErrors.of(19);
        }
        if (length == 0 || offset % page != 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        boolean sharedWrite = (flags & MAP_SHARED) != 0 && (prot & PROT_WRITE) != 0;
        if (!e.readable || sharedWrite && !e.writable) {
            throw OsErrors.of(OsErrors.EACCES);
        }
        if (length > MAX_SIZE) {
            throw tooLarge();
        }
        byte[] data = new byte[(int) length];
        MappedByteBuffer map = null;
        try {
            if (sharedWrite) {
                map = ch.map(FileChannel.MapMode.READ_WRITE, offset, length);
                map.get(0, data);
            } else {
                ByteBuffer bb = ByteBuffer.wrap(data);
                long p = offset;
                while (bb.hasRemaining()) {
                    int n = ch.read(bb, p);
                    if (n < 0) {
                        break;
                    }
                    p += n;
                }
            }
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
        MmapObject m = MmapObject.make(cls, data, offset, access);
        m.map = map;
        FdTable.retain(e);
        m.file = e;
        return m;
    }

    /** ENOMEM for a map longer than a Java array can be, saying so. */
    static org.pyvm.runtime.PyBaseException tooLarge() {
        return PyErr.of(PyExc.OSError, PyInt.of(OsErrors.ENOMEM), PyStr.of("Cannot allocate memory (pyvm holds a "
            + "map's bytes in a Java array, at most " + MAX_SIZE + " bytes)"));
    }

    /** An "L" unit: a long long. */
    private static long longLong(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.bigValue().bitLength() > 63) {
            throw PyErr.overflowError("Python int too large to convert to C long long");
        }
        return v.longValue();
    }
}
