package org.pyvm.bytecode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPython 3.12's {@code .pyc} files: a 16-byte header then a marshalled code object.
 *
 * <p>The header is the magic number (3531 as two little-endian bytes, then {@code \r\n}:
 * {@code cb 0d 0d 0a}), a flags word (bit 0: hash-based, bit 1: check the source), then
 * either the source's mtime and size (both little-endian uint32, timestamp pycs) or the
 * 8-byte SipHash-1-3 of the source (hash-based pycs, PEP 552).
 *
 * <p>Two ways to read, with the errors CPython gives for each: {@link #read(byte[])} as
 * {@code python3.12 file.pyc} does (Compare CPython Python/pythonrun.c: run_pyc_file) and
 * {@link #load(byte[], String, String)} as the import system does (Compare CPython
 * Lib/importlib/_bootstrap_external.py: _classify_pyc, _compile_bytecode).
 *
 * @param header the 16-byte header
 * @param code the module's code object
 */
public record Pyc(Header header, CodeObject code) {

    /** The magic number of CPython 3.12's bytecode (MAGIC_NUMBER in importlib). */
    public static final int MAGIC_NUMBER = 3531;

    /** The magic number as it starts every .pyc file. */
    public static final byte[] MAGIC = {(byte) 0xcb, 0x0d, 0x0d, 0x0a};

    public static final int HEADER_SIZE = 16;

    /** Flag bit: the header holds a source hash, not mtime and size. */
    public static final int FLAG_HASH_BASED = 1;

    /** Flag bit (hash-based only): check the hash against the source when importing. */
    public static final int FLAG_CHECK_SOURCE = 2;

    /**
     * A .pyc header.
     *
     * @param flags {@link #FLAG_HASH_BASED} | {@link #FLAG_CHECK_SOURCE}
     * @param mtime source modification time in seconds, truncated to 32 bits (timestamp pycs; 0 otherwise)
     * @param sourceSize source size in bytes, truncated to 32 bits (timestamp pycs; 0 otherwise)
     * @param sourceHash the 8 bytes of the source hash (hash-based pycs), else null
     */
    public record Header(int flags, long mtime, long sourceSize, byte[] sourceHash) {

        /** A timestamp header; both values are kept modulo 2**32 as importlib does. */
        public static Header timestamp(long mtime, long sourceSize) {
            return new Header(0, mtime & 0xffffffffL, sourceSize & 0xffffffffL, null);
        }

        /** A hash-based header for the given source bytes (PEP 552). */
        public static Header hashBased(byte[] source, boolean checkSource) {
            return new Header(FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0), 0, 0, Pyc.sourceHash(source));
        }

        public boolean isHashBased() {
            return (flags & FLAG_HASH_BASED) != 0;
        }

        public boolean checkSource() {
            return (flags & FLAG_CHECK_SOURCE) != 0;
        }

        /** The 16 header bytes. */
        public byte[] toBytes() {
            byte[] b = new byte[HEADER_SIZE];
            System.arraycopy(MAGIC, 0, b, 0, 4);
            putInt(b, 4, flags);
            if (isHashBased()) {
                System.arraycopy(sourceHash, 0, b, 8, 8);
            } else {
                putInt(b, 8, (int) mtime);
                putInt(b, 12, (int) sourceSize);
            }
            return b;
        }

        /** Decodes the 16 bytes at the start of data (which must be there). */
        static Header parse(byte[] data) {
            int flags = getInt(data, 4);
            if ((flags & FLAG_HASH_BASED) != 0) {
                return new Header(flags, 0, 0, Arrays.copyOfRange(data, 8, 16));
            }
            return new Header(flags, getInt(data, 8) & 0xffffffffL, getInt(data, 12) & 0xffffffffL, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Header h && flags == h.flags && mtime == h.mtime && sourceSize == h.sourceSize
                && Arrays.equals(sourceHash, h.sourceHash);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(mtime * 31 + sourceSize) ^ flags ^ Arrays.hashCode(sourceHash);
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static boolean hasMagic(byte[] data) {
        return data.length >= 4 && Arrays.equals(data, 0, 4, MAGIC, 0, 4);
    }

    /**
     * Reads a .pyc as {@code python3.12 FILE.pyc} does: a bad or missing magic number is
     * {@code RuntimeError: Bad magic number in .pyc file}, a header cut short is
     * {@code EOFError: EOF read where not expected}, and any bad body is
     * {@code RuntimeError: Bad code object in .pyc file} (the marshal error is the cause).
     */
    public static Pyc read(byte[] data) {
        if (!hasMagic(data)) {
            throw new MarshalException("RuntimeError", "Bad magic number in .pyc file");
        }
        if (data.length < HEADER_SIZE) {
            throw new MarshalException("EOFError", "EOF read where not expected");
        }
        Object body;
        try {
            body = new MarshalReader(data, HEADER_SIZE, data.length - HEADER_SIZE).readObject();
        } catch (MarshalException e) {
            MarshalException bad = new MarshalException("RuntimeError", "Bad code object in .pyc file");
            bad.initCause(e);
            throw bad;
        }
        if (!(body instanceof CodeObject code)) {
            throw new MarshalException("RuntimeError", "Bad code object in .pyc file");
        }
        return new Pyc(Header.parse(data), code);
    }

    /** {@link #read(byte[])} of a file's bytes. */
    public static Pyc read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /**
     * Reads a .pyc as the import system does for module {@code name} from {@code path}:
     * {@code ImportError: bad magic number in 'name': b'...'}, {@code EOFError: reached EOF
     * while reading pyc header of 'name'}, {@code ImportError: invalid flags N in 'name'},
     * marshal's own errors for a bad body, {@code ImportError: Non-code object in 'path'}.
     * (The check of mtime/size or hash against the source is the importer's business.)
     */
    public static Pyc load(byte[] data, String name, String path) {
        if (!hasMagic(data)) {
            byte[] magic = Arrays.copyOf(data, Math.min(4, data.length));
            throw new MarshalException("ImportError", "bad magic number in " + PyRepr.str(name) + ": "
                + PyRepr.bytes(magic));
        }
        if (data.length < HEADER_SIZE) {
            throw new MarshalException("EOFError", "reached EOF while reading pyc header of " + PyRepr.str(name));
        }
        long flags = getInt(data, 4) & 0xffffffffL;
        if ((flags & ~0b11L) != 0) {
            throw new MarshalException("ImportError", "invalid flags " + flags + " in " + PyRepr.str(name));
        }
        Object body = new MarshalReader(data, HEADER_SIZE, data.length - HEADER_SIZE).readObject();
        if (!(body instanceof CodeObject code)) {
            throw new MarshalException("ImportError", "Non-code object in " + PyRepr.str(path));
        }
        return new Pyc(Header.parse(data), code);
    }

    /** The .pyc file's bytes: the header, then the code object as marshal writes it. */
    public byte[] toBytes() {
        byte[] head = header.toBytes();
        byte[] body = MarshalWriter.dumps(code);
        byte[] out = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /**
     * The source hash of a hash-based pyc: SipHash-1-3 keyed with the magic number's
     * four bytes read as a little-endian integer, as {@code importlib.util.source_hash}.
     * Compare CPython Python/pyhash.c: siphash13, _Py_KeyedHash.
     */
    public static byte[] sourceHash(byte[] source) {
        return keyedHash(getInt(MAGIC, 0) & 0xffffffffL, source);
    }

    /** SipHash-1-3 of SOURCE keyed with KEY, 8 little-endian bytes ({@code _imp.source_hash(key, source)}). */
    public static byte[] keyedHash(long key, byte[] source) {
        long h = SipHash13.hash(key, 0, source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return out;
    }
}
