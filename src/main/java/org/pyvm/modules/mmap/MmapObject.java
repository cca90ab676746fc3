package org.pyvm.modules.mmap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BufferExporter;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyType;

/**
 * mmap.mmap. The bytes live in a Java array, which is what memoryview, bytes(), re and
 * struct read and write through the buffer protocol. A map of a file shared with it
 * (ACCESS_DEFAULT/ACCESS_WRITE) also holds a {@link MappedByteBuffer} of the file's region
 * (FileChannel.map, a real shared mapping): the array is read from it when the map is made
 * (and extended by resize), the map's own writes (write, write_byte, item and slice
 * assignment, move) go to both at once, so the file sees them as it would on CPython, and
 * writes made through exported views reach the file when a view is made or released, at
 * flush(), resize() and close(). What pyvm does not have: a later write to the file by
 * someone else (os.write, another map) is not seen by an existing map (except once ctypes
 * has placed objects in the mapping: {@link #nativeRegion}). ACCESS_COPY maps are
 * private copies and ACCESS_READ maps read-only ones; anonymous maps (fileno -1) are the
 * array alone. Compare CPython Modules/mmapmodule.c.
 */
public class MmapObject implements BufferExporter {

    static final PyType TYPE = Types.finish(Types.builtin("mmap", "mmap", MmapObject.class, MmapObject.class));

    static final int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;

    private final PyType type;
    /** The contents; null once closed; {@link #UNTOUCHED} for an anonymous map not yet read or written. */
    byte[] data;
    /** The length of an UNTOUCHED map (its zeros are made on first use, as the kernel makes pages). */
    private int untouchedLength;
    private static final byte[] UNTOUCHED = new byte[0];
    long pos;
    final long offset;
    final int access;
    /** The file's descriptor entry, held as CPython holds its dup of the descriptor (null: anonymous). */
    FdTable.Entry file;
    /** The shared mapping of the file's region, for ACCESS_DEFAULT/ACCESS_WRITE file maps. */
    MappedByteBuffer map;
    private PyMemoryView.Exports exports;

    MmapObject(PyType type, byte[] data, long offset, int access) {
        this.type = type;
        this.data = data;
        this.offset = offset;
        this.access = access;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * The native memory of a map shared with its file (ACCESS_DEFAULT/ACCESS_WRITE), or null:
     * ctypes' from_buffer places objects there, so that multiprocessing's shared ctypes
     * (sharedctypes.Value/Array on its heap's maps) are seen by every process mapping the file.
     * Their writes go to the mapping, not to this map's array.
     */
    public java.lang.foreign.MemorySegment nativeRegion() {
        if (map == null || data == null) {
            return null;
        }
        if (!nativeShared) {
            pushAll();
            nativeShared = true;
        }
        return java.lang.foreign.MemorySegment.ofBuffer(map);
    }

    /**
     * Objects live in the mapping itself ({@link #nativeRegion}): from then on the mapping is
     * what holds the bytes, and the array is refreshed from it (where it was written to it
     * before) when a view is made or released, so that making a view never overwrites what
     * those objects wrote. Writes through a view's array are then not carried to the file.
     */
    private boolean nativeShared;

    /** An instance of a Python subclass: it has an attribute dictionary. */
    static final class Sub extends MmapObject implements org.pyvm.runtime.HasDict {
        private org.pyvm.runtime.PyDict dict;

        Sub(PyType type, byte[] data, long offset, int access) {
            super(type, data, offset, access);
        }

        @Override
        public org.pyvm.runtime.PyDict getDict() {
            if (dict == null) {
                dict = new org.pyvm.runtime.PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(org.pyvm.runtime.PyDict d) {
            dict = d;
        }
    }

    /** mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0). */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return MmapModule.newMmap(cls, args, kw);
    }

    static MmapObject make(PyType cls, byte[] data, long offset, int access) {
        return cls == TYPE ? new MmapObject(TYPE, data, offset, access) : new Sub(cls, data, offset, access);
    }

    // ---- the buffer protocol

    @Override
    public byte[] exportedArray() {
        return valid();
    }

    @Override
    public boolean exportedReadonly() {
        return access == ACCESS_READ;
    }

    /** Asked when a view is made and when one is released: the views' writes go to the file then. */
    @Override
    public PyMemoryView.Exports exports() {
        valid();
        if (exports == null) {
            exports = new PyMemoryView.Exports();
        }
        pushAll();
        return exports;
    }

    private boolean exported() {
        return exports != null && exports.busy();
    }

    // ---- keeping the file and the array together

    /** The array, or ValueError "mmap closed or invalid". Compare mmapmodule.c: CHECK_VALID. */
    byte[] valid() {
        if (data == null) {
            throw PyErr.valueError("mmap closed or invalid");
        }
        if (data == UNTOUCHED) {
            data = new byte[untouchedLength];
        }
        return data;
    }

    /** As {@link #valid()} without making an untouched map's bytes: its length. */
    int openLength() {
        if (data == null) {
            throw PyErr.valueError("mmap closed or invalid");
        }
        return data == UNTOUCHED ? untouchedLength : data.length;
    }

    /** An anonymous map of LENGTH zero bytes, made when first used. */
    static MmapObject anonymous(PyType cls, int length, long offset, int access) {
        MmapObject m = make(cls, UNTOUCHED, offset, access);
        m.untouchedLength = length;
        return m;
    }

    /** The map's own write of data[from, from+n) reaches the file. */
    private void push(int from, int n) {
        if (map != null && n > 0) {
            map.put(from, data, from, n);
        }
    }

    private void pushAll() {
        if (map != null && data != null) {
            if (nativeShared) {
                map.get(0, data, 0, data.length);
            } else {
                map.put(0, data, 0, data.length);
            }
        }
    }

    private void checkWritable() {
        if (access == ACCESS_READ) {
            throw PyErr.typeError("mmap can't modify a readonly memory map.");
        }
    }

    // ---- methods

    /** mmapmodule.c: mmap_close_method. */
    @ExposedMethod
    static PyObject close(MmapObject self, PyObject[] args, String[] kw) {
        MmapArgs.noArgs("close", args, kw);
        if (self.exported()) {
            throw PyErr.of(PyExc.BufferError, "cannot close exported pointers exist");
        }
        self.release();
        return PyNone.NONE;
    }

    void release() {
        if (data == null) {
            return;
        }
        pushAll();
        data = null;
        map = null;
        if (file != null) {
            FdTable.Entry f = file;
            file = null;
            FdTable.release(f);
        }
    }

    @ExposedGetter
    static PyObject closed(MmapObject self) {
        return PyBool.of(self.data == null);
    }

    @ExposedMethod
    static PyObject __enter__(MmapObject self) {
        self.openLength();
        return self;
    }

    @ExposedMethod
    static PyObject __exit__(MmapObject self, PyObject[] args, String[] kw) {
        return close(self, new PyObject[0], null);
    }

    /** mmapmodule.c: mmap__repr__method. */
    @ExposedMethod
    static String __repr__(MmapObject self) {
        String name = self.type.getName();
        if (self.data == null) {
            return "<" + name + " closed=True>";
        }
        String acc = switch (self.access) {
            case ACCESS_READ -> "ACCESS_READ";
            case ACCESS_WRITE -> "ACCESS_WRITE";
            case ACCESS_COPY -> "ACCESS_COPY";
            default -> "ACCESS_DEFAULT";
        };
        return "<" + name + " closed=False, access=" + acc + ", length=" + self.openLength() + ", pos=" + self.pos
            + ", offset=" + self.offset + ">";
    }

    /** mmapmodule.c: mmap_read_byte_method. */
    @ExposedMethod
    static PyObject read_byte(MmapObject self, PyObject[] args, String[] kw) {
        MmapArgs.noArgs("read_byte", args, kw);
        byte[] d = self.valid();
        if (self.pos >= d.length) {
            throw PyErr.valueError("read byte out of range");
        }
        return PyInt.of(d[(int) self.pos++] & 0xff);
    }

    /** mmapmodule.c: mmap_read_line_method. */
    @ExposedMethod
    static PyObject readline(MmapObject self, PyObject[] args, String[] kw) {
        MmapArgs.noArgs("readline", args, kw);
        byte[] d = self.valid();
        if (self.pos >= d.length) {
            return new PyBytes(new byte[0]);
        }
        int start = (int) self.pos;
        int end = start;
        while (end < d.length && d[end] != '\n') {
            end++;
        }
        if (end < d.length) {
            end++;
        }
        self.pos = end;
        return new PyBytes(Arrays.copyOfRange(d, start, end));
    }

    /** mmapmodule.c: mmap_read_method. */
    @ExposedMethod
    static PyObject read(MmapObject self, PyObject[] args, String[] kw) {
        self.valid();
        MmapArgs.check("read", args, kw, 0, 1);
        long n = Long.MAX_VALUE;
        if (args.length > 0 && args[0] != PyNone.NONE) {
            if (!Abstract.hasIndex(args[0])) {
                throw PyErr.typeError("argument should be integer or None, not '" + args[0].type().getName() + "'");
            }
            n = MmapArgs.ssize(args[0]);
        }
        byte[] d = self.valid();
        long remaining = self.pos < d.length ? d.length - self.pos : 0;
        if (n < 0 || n > remaining) {
            n = remaining;
        }
        byte[] out = Arrays.copyOfRange(d, (int) Math.min(self.pos, d.length), (int) (Math.min(self.pos, d.length) + n));
        self.pos += n;
        return new PyBytes(out);
    }

    /** mmapmodule.c: mmap_gfind for find and rfind. */
    private static PyObject gfind(MmapObject self, String fn, PyObject[] args, String[] kw, boolean reverse) {
        self.openLength();
        MmapArgs.check(fn, args, kw, 1, 3);
        byte[] sub = MmapArgs.buffer(args[0]);
        long start = args.length > 1 ? MmapArgs.ssize(args[1]) : self.pos;
        long end = args.length > 2 ? MmapArgs.ssize(args[2]) : self.openLength();
        long size = self.openLength();
        start = clampBound(start, size);
        end = clampBound(end, size);
        if (end < start) {
            return PyInt.of(-1);
        }
        if (self.data == UNTOUCHED) {
            // all zeros: a run of zero bytes is found at the first (or last) place it fits
            boolean zeros = true;
            for (byte b : sub) {
                zeros &= b == 0;
            }
            return PyInt.of(!zeros || end - start < sub.length ? -1 : reverse ? end - sub.length : start);
        }
        byte[] d = self.valid();
        return PyInt.of(reverse ? rfind(d, sub, (int) start, (int) end) : find(d, sub, (int) start, (int) end));
    }

    private static long clampBound(long v, long size) {
        if (v < 0) {
            v += size;
        }
        return v < 0 ? 0 : Math.min(v, size);
    }

    static int find(byte[] d, byte[] sub, int start, int end) {
        outer:
        for (int i = start; i + sub.length <= end; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (d[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int rfind(byte[] d, byte[] sub, int start, int end) {
        outer:
        for (int i = end - sub.length; i >= start; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (d[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @ExposedMethod
    static PyObject find(MmapObject self, PyObject[] args, String[] kw) {
        return gfind(self, "find", args, kw, false);
    }

    @ExposedMethod
    static PyObject rfind(MmapObject self, PyObject[] args, String[] kw) {
        return gfind(self, "rfind", args, kw, true);
    }

    /** mmapmodule.c: mmap_write_method. */
    @ExposedMethod
    static PyObject write(MmapObject self, PyObject[] args, String[] kw) {
        self.valid();
        MmapArgs.check("write", args, kw, 1, 1);
        byte[] b = MmapArgs.buffer(args[0]);
        self.checkWritable();
        byte[] d = self.valid();
        if (self.pos > d.length || d.length - self.pos < b.length) {
            throw PyErr.valueError("data out of range");
        }
        int p = (int) self.pos;
        System.arraycopy(b, 0, d, p, b.length);
        self.push(p, b.length);
        self.pos += b.length;
        return PyInt.of(b.length);
    }

    /** mmapmodule.c: mmap_write_byte_method ("b": a signed char given as 0..255). */
    @ExposedMethod
    static PyObject write_byte(MmapObject self, PyObject[] args, String[] kw) {
        self.valid();
        MmapArgs.check("write_byte", args, kw, 1, 1);
        byte v = MmapArgs.unsignedChar(args[0]);
        self.checkWritable();
        byte[] d = self.valid();
        if (self.pos < d.length) {
            int p = (int) self.pos++;
            d[p] = v;
            self.push(p, 1);
            return PyNone.NONE;
        }
        throw PyErr.valueError("write byte out of range");
    }

    /** mmapmodule.c: mmap_size_method: the size of the file (fstat). */
    @ExposedMethod(name = "size")
    static PyObject sizeMethod(MmapObject self, PyObject[] args, String[] kw) {
        MmapArgs.noArgs("size", args, kw);
        self.valid();
        if (self.file == null) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        try {
            return PyInt.of(self.file.channel().size());
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        }
    }

    /** mmapmodule.c: mmap_resize_method (ftruncate, then mremap). */
    @ExposedMethod
    static PyObject resize(MmapObject self, PyObject[] args, String[] kw) {
        self.valid();
        MmapArgs.check("resize", args, kw, 1, 1);
        long newSize = MmapArgs.ssize(args[0]);
        if (self.exported()) {
            throw PyErr.of(PyExc.BufferError, "mmap can't resize with extant buffers exported.");
        }
        if (self.access != ACCESS_WRITE && self.access != ACCESS_DEFAULT) {
            throw PyErr.typeError("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (newSize < 0 || Long.MAX_VALUE - newSize < self.offset) {
            throw PyErr.valueError("new size out of range");
        }
        if (newSize > MmapModule.MAX_SIZE) {
            throw MmapModule.tooLarge();
        }
        byte[] old = self.data;
        if (self.file == null) {
            if (old == UNTOUCHED) {
                self.untouchedLength = (int) newSize;
            } else {
                self.data = Arrays.copyOf(old, (int) newSize);
            }
            return PyNone.NONE;
        }
        FileChannel ch = self.file.channel();
        try {
            self.pushAll();
            long want = self.offset + newSize;
            long cur = ch.size();
            if (want < cur) {
                ch.truncate(want);
            } else if (want > cur) {
                ch.write(ByteBuffer.wrap(new byte[1]), want - 1);
            }
            byte[] d = Arrays.copyOf(old, (int) newSize);
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_WRITE, self.offset, newSize);
            if (newSize > old.length) {
                m.get(old.length, d, old.length, (int) newSize - old.length);
            }
            self.map = m;
            self.data = d;
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject tell(MmapObject self, PyObject[] args, String[] kw) {
        MmapArgs.noArgs("tell", args, kw);
        self.openLength();
        return PyInt.of(self.pos);
    }

    /** mmapmodule.c: mmap_flush_method (msync: the views' writes, then force). */
    @ExposedMethod
    static PyObject flush(MmapObject self, PyObject[] args, String[] kw) {
        byte[] d = self.valid();
        MmapArgs.check("flush", args, kw, 0, 2);
        long off = args.length > 0 ? MmapArgs.ssize(args[0]) : 0;
        long size = args.length > 1 ? MmapArgs.ssize(args[1]) : d.length;
        if (size < 0 || off < 0 || d.length - off < size) {
            throw PyErr.valueError("flush values out of range");
        }
        if (self.access == ACCESS_READ || self.access == ACCESS_COPY) {
            return PyNone.NONE;
        }
        if (off % org.pyvm.modules.resource.ResourceModule.pageSize() != 0) {
            throw OsErrors.of(OsErrors.EINVAL); // msync(2) takes page-aligned addresses
        }
        if (self.map != null) {
            self.pushAll();
            self.map.force((int) off, (int) size);
        }
        return PyNone.NONE;
    }

    /** mmapmodule.c: mmap_seek_method. */
    @ExposedMethod
    static PyObject seek(MmapObject self, PyObject[] args, String[] kw) {
        byte[] d = self.valid();
        MmapArgs.check("seek", args, kw, 1, 2);
        long dist = MmapArgs.ssize(args[0]);
        int how = args.length > 1 ? Abstract.index(args[1]).intValue() : 0;
        long where;
        switch (how) {
            case 0 -> where = dist;
            case 1 -> {
                if (Long.MAX_VALUE - self.pos < dist) {
                    throw PyErr.valueError("seek out of range");
                }
                where = self.pos + dist;
            }
            case 2 -> {
                if (Long.MAX_VALUE - d.length < dist) {
                    throw PyErr.valueError("seek out of range");
                }
                where = d.length + dist;
            }
            default -> throw PyErr.valueError("unknown seek type");
        }
        if (where > d.length || where < 0) {
            throw PyErr.valueError("seek out of range");
        }
        self.pos = where;
        return PyInt.of(where);
    }

    /** mmapmodule.c: mmap_move_method. */
    @ExposedMethod
    static PyObject move(MmapObject self, PyObject[] args, String[] kw) {
        self.valid();
        MmapArgs.check("move", args, kw, 3, 3);
        long dest = MmapArgs.ssize(args[0]);
        long src = MmapArgs.ssize(args[1]);
        long cnt = MmapArgs.ssize(args[2]);
        self.checkWritable();
        byte[] d = self.valid();
        if (dest < 0 || src < 0 || cnt < 0 || d.length - dest < cnt || d.length - src < cnt) {
            throw PyErr.valueError("source, destination, or count out of range");
        }
        System.arraycopy(d, (int) src, d, (int) dest, (int) cnt);
        self.push((int) dest, (int) cnt);
        return PyNone.NONE;
    }

    /** mmapmodule.c: mmap_madvise_method: the arguments are checked; the advice itself is not given (no madvise from the JVM). */
    @ExposedMethod
    static PyObject madvise(MmapObject self, PyObject[] args, String[] kw) {
        byte[] d = self.valid();
        MmapArgs.check("madvise", args, kw, 1, 3);
        int option = Abstract.index(args[0]).intValue();
        long start = args.length > 1 ? MmapArgs.ssize(args[1]) : 0;
        long length = args.length > 2 ? MmapArgs.ssize(args[2]) : d.length;
        if (start < 0 || start >= d.length) {
            throw PyErr.valueError("madvise start out of bounds");
        }
        if (length < 0) {
            throw PyErr.valueError("madvise length invalid");
        }
        if (Long.MAX_VALUE - start < length) {
            throw PyErr.overflowError("madvise length too large");
        }
        if (!MmapModule.isAdvice(option)) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        return PyNone.NONE;
    }

    // ---- sequence and mapping

    @ExposedMethod
    static PyObject __len__(MmapObject self) {
        return PyInt.of(self.openLength());
    }

    /** mmapmodule.c: mmap_subscript. */
    @ExposedMethod
    static PyObject __getitem__(MmapObject self, PyObject item) {
        byte[] d = self.valid();
        if (Abstract.hasIndex(item)) {
            long i = MmapArgs.indexAsSsize(item);
            d = self.valid();
            if (i < 0) {
                i += d.length;
            }
            if (i < 0 || i >= d.length) {
                throw PyErr.indexError("mmap index out of range");
            }
            return PyInt.of(d[(int) i] & 0xff);
        }
        if (item instanceof PySlice s) {
            long[] ix = s.indices(d.length);
            d = self.valid();
            int start = (int) ix[0];
            int step = (int) ix[2];
            int len = (int) ix[3];
            byte[] out = new byte[Math.max(len, 0)];
            for (int k = 0, cur = start; k < len; k++, cur += step) {
                out[k] = d[cur];
            }
            return new PyBytes(out);
        }
        throw PyErr.typeError("mmap indices must be integers");
    }

    /** mmapmodule.c: mmap_ass_subscript. */
    @ExposedMethod
    static PyObject __setitem__(MmapObject self, PyObject item, PyObject value) {
        byte[] d = self.valid();
        self.checkWritable();
        if (Abstract.hasIndex(item)) {
            long i = MmapArgs.indexAsSsize(item);
            d = self.valid();
            if (i < 0) {
                i += d.length;
            }
            if (i < 0 || i >= d.length) {
                throw PyErr.indexError("mmap index out of range");
            }
            if (!Abstract.hasIndex(value)) {
                throw PyErr.typeError("mmap item value must be an int");
            }
            PyInt v = Abstract.index(value);
            if (v.bigValue().signum() < 0 || v.bigValue().bitLength() > 8) {
                if (v.bigValue().bitLength() > 63) {
                    throw PyErr.typeError("cannot fit 'int' into an index-sized integer");
                }
                throw PyErr.valueError("mmap item value must be in range(0, 256)");
            }
            d = self.valid();
            d[(int) i] = (byte) v.intValue();
            self.push((int) i, 1);
            return PyNone.NONE;
        }
        if (item instanceof PySlice s) {
            long[] ix = s.indices(d.length);
            int start = (int) ix[0];
            int step = (int) ix[2];
            int len = (int) ix[3];
            byte[] b = MmapArgs.buffer(value);
            if (b.length != len) {
                throw PyErr.indexError("mmap slice assignment is wrong size");
            }
            d = self.valid();
            if (step == 1) {
                System.arraycopy(b, 0, d, start, len);
                self.push(start, len);
            } else {
                for (int k = 0, cur = start; k < len; k++, cur += step) {
                    d[cur] = b[k];
                    self.push(cur, 1);
                }
            }
            return PyNone.NONE;
        }
        throw PyErr.typeError("mmap indices must be integer");
    }

    @ExposedMethod
    static PyObject __delitem__(MmapObject self, PyObject item) {
        self.valid();
        self.checkWritable();
        if (item instanceof PySlice) {
            throw PyErr.typeError("mmap object doesn't support slice deletion");
        }
        if (Abstract.hasIndex(item)) {
            long i = MmapArgs.indexAsSsize(item);
            int n = self.openLength();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyErr.indexError("mmap index out of range");
            }
            throw PyErr.typeError("mmap doesn't support item deletion");
        }
        throw PyErr.typeError("mmap indices must be integer");
    }

    /** Iteration as the sequence protocol gives it: length-1 bytes objects (mmapmodule.c: mmap_item). */
    @ExposedMethod
    static PyObject __iter__(MmapObject self) {
        self.valid();
        return new MmapIter(self);
    }

    /** The iterator of the sequence protocol over mmap_item: each byte as a bytes of length 1, up to the current length. */
    static final class MmapIter extends org.pyvm.modules.corelib.IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("builtins", "iterator", MmapIter.class, MmapIter.class)
            .alsoExposedBy(org.pyvm.modules.corelib.IterBase.class).notSubclassable());
        private MmapObject m;
        private int i;

        MmapIter(MmapObject m) {
            super(TYPE);
            this.m = m;
        }

        @Override
        protected PyObject nextItem() {
            if (m == null) {
                return null;
            }
            byte[] d = m.valid();
            if (i >= d.length) {
                m = null;
                return null;
            }
            return new PyBytes(new byte[] {d[i++]});
        }
    }
}
