package org.pyvm.modules.io;

import java.math.BigInteger;
import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Member;
import org.pyvm.modules.corelib.ReprGuard;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _io.TextIOWrapper: text over a binary buffer. Reading decodes chunks of
 * {@code _CHUNK_SIZE} bytes ({@link #readChunk}) into {@link #decoded}, of which
 * {@link #decodedPos} chars have been handed out; {@link #snapBytes} are the bytes that
 * chunk was decoded from (with any bytes carried from the chunk before), so tell() can
 * find the byte offset of the read position by walking them. Cookies are plain byte
 * offsets for the built-in codecs; for codecs-module encodings (whose state we cannot
 * walk) a cookie is the chunk's start plus the chars to skip shifted left by 192 bits,
 * the field CPython uses for chars_to_skip, so seek(tell()) round-trips either way.
 * Compare CPython Modules/_io/textio.c and Lib/_pyio.py: TextIOWrapper.
 */
public final class TextIOWrapper extends IOObject implements org.pyvm.runtime.Finalization.Wrapper {

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "TextIOWrapper", TextIOWrapper.class,
        TextIOWrapper.class, TextIOBase.TYPE));

    static {
        Member.install(TYPE, "_CHUNK_SIZE", o -> PyInt.of(((TextIOWrapper) o).chunkSize), (o, v) -> {
            if (v == null) {
                throw PyErr.attributeError("cannot delete attribute");
            }
            long n = Abstract.index(v).longValue();
            if (n <= 0) {
                throw PyErr.valueError("a strictly positive integer is required");
            }
            ((TextIOWrapper) o).chunkSize = (int) Math.min(n, 1 << 30);
        });
    }

    PyObject buffer;
    private Buffered fastBuf;
    String encoding;
    String errors;
    private TextCodec codec;
    private TextCodec.PyCodec pyCodec;
    private String newlineArg;
    boolean readUniversal;
    boolean readTranslate;
    String readNl;
    boolean writeTranslate;
    String writeNl;
    boolean lineBuffering;
    boolean writeThrough;
    boolean seekable;
    boolean telling;
    boolean detached;
    boolean hasRead1;
    int chunkSize = 8192;
    private String decoded = "";
    private int decodedPos;
    private byte[] carry = new byte[0];
    private byte[] snapBytes;
    /**
     * For a codecs-module decoder: its flags (getstate()[1]) before it decoded the chunk of
     * {@link #snapBytes}, which then start with the bytes it held back (getstate()[0]), as
     * CPython's snapshot (dec_flags, next_input).
     */
    private int snapDecFlags;
    private byte[] snapDecBuffer = new byte[0];
    /** The bytes the last readChunk() read from the buffer (snapBytes without what was carried). */
    private byte[] lastRead = new byte[0];
    /** Encoded text not yet handed to the buffer (CPython's pending_bytes). */
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
    /** Newline bookkeeping (kinds seen, translation, a held \r for codecs-module decoding). */
    private IncrementalNewlineDecoder nl;

    TextIOWrapper(PyType type) {
        super(type);
    }

    @Override
    public PyObject wrapped() {
        return buffer;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new TextIOWrapper(cls).watched();
    }

    /** TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False). */
    @ExposedMethod
    static void __init__(TextIOWrapper self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("TextIOWrapper", args, kw, 1, 6, "buffer", "encoding", "errors", "newline",
            "line_buffering", "write_through");
        self.init(a[0], a[1], a[2], a[3], a[4] != null && Abstract.isTrue(a[4]), a[5] != null && Abstract.isTrue(a[5]));
    }

    /** A str-or-None argument, as a C string (textio.c's clinic: str(accept={str, NoneType})). */
    private static String optStr(PyObject o, String arg) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("TextIOWrapper() argument '" + arg + "' must be str or None, not "
                + o.type().getName());
        }
        return org.pyvm.runtime.codecs.CodecRegistry.cName(o.toString());
    }

    private static String optStrNul(PyObject o, String arg) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("reconfigure() argument '" + arg + "' must be str or None, not " + o.type().getName());
        }
        return org.pyvm.runtime.codecs.CodecRegistry.cName(o.toString(), true);
    }

    void init(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, boolean lineBuffering,
              boolean writeThrough) {
        // Uninitialized until this succeeds: a failed __init__ leaves an unusable object
        // (textio.c sets self->ok = 0 first).
        this.buffer = null;
        this.fastBuf = null;
        this.detached = false;
        String enc = optStr(encoding, "encoding");
        String err = optStr(errors, "errors");
        if (err != null && IOBase.devMode()) {
            // -X dev: a wrong error handler name is refused now. Compare textio.c: io_check_errors.
            if (err.indexOf('\0') >= 0) {
                throw PyErr.valueError("embedded null character in errors");
            }
            org.pyvm.runtime.codecs.CodecRegistry.lookupError(err);
        }
        String nlArg = optStr(newline, "newline");
        if (nlArg != null && !nlArg.isEmpty() && !nlArg.equals("\n") && !nlArg.equals("\r") && !nlArg.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: " + nlArg);
        }
        if (enc == null) {
            // PEP 597 (textio.c: _io_TextIOWrapper___init___impl): the caller's frame.
            if (IoModule.warnDefaultEncoding) {
                org.pyvm.modules.warnings.WarningsModule.warn(org.pyvm.runtime.PyExc.EncodingWarning,
                    "'encoding' argument not specified", 1);
            }
            enc = IoModule.utf8Mode ? "utf-8" : IoModule.localeEncoding();
        } else if (enc.equals("locale")) {
            enc = IoModule.localeEncoding();
        }
        this.buffer = buffer;
        this.fastBuf = buffer instanceof Buffered b && (b.type() == Buffered.READER || b.type() == Buffered.WRITER
            || b.type() == Buffered.RANDOM) ? b : null;
        setCodec(enc, err == null ? "strict" : err);
        setNewline(nlArg);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.detached = false;
        this.seekable = Abstract.isTrue(IOBase.call(buffer, "seekable"));
        this.telling = seekable;
        fixEncoderState();
        this.hasRead1 = Abstract.lookupAttr(buffer, "read1") != null;
        clearDecoded(); // the decoder is new: no reset() (CPython calls none here either)
        OpenStreams.register(this);
    }

    private void setCodec(String enc, String err) {
        int kind = TextCodec.kindOf(enc);
        // The new codec first: an unknown encoding leaves the stream as it was.
        TextCodec.PyCodec py = kind >= 0 ? null : new TextCodec.PyCodec(enc, err,
            Abstract.isTrue(IOBase.call(buffer, "readable")), Abstract.isTrue(IOBase.call(buffer, "writable")));
        this.encoding = enc;
        this.errors = err;
        codec = kind >= 0 ? new TextCodec(kind, err) : null;
        pyCodec = py;
    }

    /**
     * Opened (or re-encoded) in the middle of a seekable stream, appending: the BOM is
     * already there, so the encoder must not write one. Compare textio.c:
     * _textiowrapper_fix_encoder_state.
     */
    private void fixEncoderState() {
        if (pyCodec == null || !seekable || !Abstract.isTrue(IOBase.call(buffer, "writable"))) {
            return;
        }
        if (Abstract.index(IOBase.call(buffer, "tell")).signum() != 0) {
            pyCodec.encoderReset(false);
        }
    }

    private void setNewline(String nlArg) {
        this.newlineArg = nlArg;
        readUniversal = nlArg == null || nlArg.isEmpty();
        readTranslate = nlArg == null;
        readNl = nlArg == null || nlArg.isEmpty() ? null : nlArg;
        writeTranslate = !"".equals(nlArg);
        writeNl = nlArg == null ? "\n" : nlArg.isEmpty() ? null : nlArg;
        nl = new IncrementalNewlineDecoder(IncrementalNewlineDecoder.TYPE);
        nl.translate = readTranslate;
    }

    private void resetReading() {
        clearDecoded();
        if (pyCodec != null) {
            pyCodec.reset();
        }
    }

    private void clearDecoded() {
        decoded = "";
        decodedPos = 0;
        carry = new byte[0];
        snapBytes = null;
        nl.pendingCR = false;
    }

    // ---- checks ----

    private void checkAttached() {
        if (buffer == null) {
            throw PyErr.valueError(detached ? "underlying buffer has been detached"
                : "I/O operation on uninitialized object");
        }
    }

    private boolean isClosedNow() {
        if (fastBuf != null) {
            return fastBuf.raw == null || fastBuf.rawClosed();
        }
        if (buffer instanceof FileIO f && f.type() == FileIO.TYPE) {
            return f.fd < 0;
        }
        return IOBase.isClosed(buffer);
    }

    private void checkClosed() {
        checkAttached();
        if (isClosedNow()) {
            throw IOBase.closedError();
        }
    }

    private boolean bufferReadable() {
        return Abstract.isTrue(IOBase.call(buffer, "readable"));
    }

    private boolean bufferWritable() {
        if (fastBuf != null && fastBuf.raw instanceof FileIO f && f.type() == FileIO.TYPE) {
            return fastBuf.canWrite && f.writable;
        }
        if (buffer instanceof FileIO f && f.type() == FileIO.TYPE) {
            return f.writable;
        }
        return Abstract.isTrue(IOBase.call(buffer, "writable"));
    }

    private void checkReadable() {
        checkClosed();
        if (!bufferReadable()) {
            throw IOBase.unsupported("not readable");
        }
    }

    // ---- the buffer ----

    private byte[] bufferRead1(int n) {
        if (fastBuf != null) {
            return fastBuf.read1Java(n);
        }
        PyObject r = IOBase.call(buffer, hasRead1 ? "read1" : "read", PyInt.of(n));
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        // Any object with the buffer protocol (textio.c checks PyObject_CheckBuffer).
        byte[] b = r instanceof PyBytes x ? x.bytes() : org.pyvm.runtime.PyByteArray.bytesOf(r);
        if (b == null) {
            throw PyErr.typeError("underlying " + (hasRead1 ? "read1" : "read") + "() should have returned a bytes-like "
                + "object, not '" + r.type().getName() + "'");
        }
        return b;
    }

    private byte[] bufferReadAll() {
        if (fastBuf != null) {
            byte[] b = fastBuf.readJava(-1);
            return b == null ? new byte[0] : b;
        }
        PyObject r = IOBase.call(buffer, "read");
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        return IOBase.bytesLike(r);
    }

    private void bufferWrite(byte[] b) {
        if (fastBuf != null) {
            fastBuf.writeJava(b, b.length);
        } else if (buffer instanceof FileIO f && f.type() == FileIO.TYPE) {
            // An unbuffered standard stream (python -u) writes straight to its descriptor.
            int off = 0;
            while (off < b.length) {
                off += f.writeBytes(b, off, b.length - off);
            }
        } else {
            IOBase.call(buffer, "write", new PyBytes(b));
        }
    }

    /** Hands the pending bytes to the buffer. Compare _textiowrapper_writeflush. */
    private void writeFlush() {
        if (pending.size() > 0) {
            byte[] b = pending.toByteArray();
            pending.reset();
            bufferWrite(b);
        }
    }

    private void bufferFlush() {
        writeFlush();
        if (fastBuf != null) {
            fastBuf.flushJava();
        } else {
            IOBase.call(buffer, "flush");
        }
    }

    private long bufferTell() {
        return fastBuf != null ? fastBuf.tellJava() : Abstract.index(IOBase.call(buffer, "tell")).longValue();
    }

    private void bufferSeek(long pos, int whence) {
        if (fastBuf != null) {
            fastBuf.seekJava(pos, whence);
        } else {
            IOBase.call(buffer, "seek", PyInt.of(pos), PyInt.of(whence));
        }
    }

    // ---- decoding ----

    /** Decodes INPUT (carried bytes + a chunk), keeping an incomplete tail (and a final \r) for later. */
    private String decodeChunk(byte[] input, boolean fin) {
        if (codec != null) {
            int n = input.length;
            if (readUniversal && !fin && n > 0 && input[n - 1] == '\r') {
                n--;
            }
            StringBuilder sb = new StringBuilder(n);
            int used = codec.decode(input, n, fin, sb);
            carry = used == input.length ? new byte[0] : Arrays.copyOfRange(input, used, input.length);
            String text = sb.toString();
            return readUniversal ? nl.scan(text) : text;
        }
        carry = new byte[0];
        snapDecBuffer = new byte[0];
        snapDecFlags = 0;
        if (telling) {
            // The decoder's state before this chunk, for tell(). Compare textiowrapper_read_chunk.
            org.pyvm.runtime.PyTuple st = pyCodec.decoderState();
            snapDecBuffer = ((org.pyvm.runtime.PyBytes) st.get(0)).bytes();
            snapDecFlags = (int) Abstract.index(st.get(1)).longValue();
        }
        String text = pyCodec.decode(input, fin);
        return readUniversal ? nl.process(text, fin) : text;
    }

    /** Reads and decodes one chunk into {@link #decoded}; false at the end of the stream. */
    private boolean readChunk() {
        byte[] in = bufferRead1(chunkSize);
        lastRead = in;
        boolean eof = in.length == 0;
        byte[] input;
        if (carry.length == 0) {
            input = in;
        } else {
            input = Arrays.copyOf(carry, carry.length + in.length);
            System.arraycopy(in, 0, input, carry.length, in.length);
        }
        decoded = decodeChunk(input, eof);
        decodedPos = 0;
        snapBytes = concat(snapDecBuffer, input);
        return !eof;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Up to N code points of the decoded chars not handed out yet. */
    private String takeDecoded(long n) {
        int avail = decoded.length() - decodedPos;
        if (avail <= 0) {
            return "";
        }
        int end;
        if (n < 0) {
            end = decoded.length();
        } else {
            try {
                end = decoded.offsetByCodePoints(decodedPos, (int) Math.min(n, avail));
            } catch (IndexOutOfBoundsException e) {
                end = decoded.length();
            }
        }
        String s = decoded.substring(decodedPos, end);
        decodedPos = end;
        return s;
    }

    String readJava(long n) {
        checkReadable();
        writeFlush();
        if (n < 0) {
            String rest = takeDecoded(-1);
            byte[] all = bufferReadAll();
            byte[] input;
            if (carry.length == 0) {
                input = all;
            } else {
                input = Arrays.copyOf(carry, carry.length + all.length);
                System.arraycopy(all, 0, input, carry.length, all.length);
            }
            String text = decodeChunk(input, true);
            decoded = "";
            decodedPos = 0;
            snapBytes = null;
            carry = new byte[0];
            return rest.isEmpty() ? text : rest + text;
        }
        StringBuilder sb = new StringBuilder(takeDecoded(n));
        long got = sb.codePointCount(0, sb.length());
        while (got < n) {
            boolean more = readChunk();
            String s = takeDecoded(n - got);
            sb.append(s);
            got += s.codePointCount(0, s.length());
            if (!more && decodedPos >= decoded.length()) {
                break;
            }
        }
        return sb.toString();
    }

    /** The end of the first line in LINE from START, or -1 (-2: a \r at the very end, undecided). */
    private int findLineEnd(CharSequence line, int start) {
        int n = line.length();
        if (readTranslate || "\n".equals(readNl)) {
            for (int i = start; i < n; i++) {
                if (line.charAt(i) == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        if (readUniversal) {
            for (int i = start; i < n; i++) {
                char c = line.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < n) {
                        return line.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return -2 - i;
                }
            }
            return -1;
        }
        int k = (line instanceof String str ? str : line.toString()).indexOf(readNl, start);
        return k < 0 ? -1 : k + readNl.length();
    }

    /** readline(limit). Compare _pyio.TextIOWrapper.readline. */
    String readlineJava(long limit) {
        checkReadable();
        writeFlush();
        if (limit < 0 && decodedPos < decoded.length()) {
            // The common case: the line ends inside the chunk already decoded.
            int e = findLineEnd(decoded, decodedPos);
            if (e >= 0) {
                String r = decoded.substring(decodedPos, e);
                decodedPos = e;
                return r;
            }
        }
        StringBuilder line = new StringBuilder(decoded.length() - decodedPos);
        line.append(decoded, decodedPos, decoded.length());
        decodedPos = decoded.length();
        int start = 0;
        int endpos;
        // Length in chars of LINE that came from earlier chunks (not in decoded).
        while (true) {
            int e = findLineEnd(line, start);
            if (e >= 0) {
                endpos = e;
                break;
            }
            if (limit >= 0 && line.codePointCount(0, line.length()) >= limit) {
                endpos = line.length();
                break;
            }
            int pendingCrAt = e <= -2 ? -2 - e : -1;
            boolean more;
            do {
                more = readChunk();
            } while (more && decoded.isEmpty());
            if (decoded.isEmpty() && !more) {
                endpos = line.length();
                break;
            }
            start = pendingCrAt >= 0 ? pendingCrAt : line.length();
            line.append(decoded);
            decodedPos = decoded.length();
        }
        if (limit >= 0) {
            int lim;
            try {
                lim = line.offsetByCodePoints(0, (int) Math.min(limit, line.codePointCount(0, line.length())));
            } catch (IndexOutOfBoundsException ex) {
                lim = line.length();
            }
            if (endpos > lim) {
                endpos = lim;
            }
        }
        // Give back what follows the line: it is always a suffix of the last chunk.
        int back = line.length() - endpos;
        decodedPos = decoded.length() - back;
        if (decodedPos < 0) {
            decodedPos = 0;
        }
        return line.substring(0, endpos);
    }

    // ---- positions ----

    /** Bytes of SNAP that decode to the first UNITS chars, or -1 when it cannot be walked. */
    private long byteOffset(byte[] snap, int units) {
        if (codec == null) {
            return -1;
        }
        int i = 0;
        int u = 0;
        int n = snap.length;
        while (u < units) {
            if (i >= n) {
                return -1;
            }
            int b = snap[i] & 0xff;
            if (readTranslate && b == '\r' && i + 1 < n && snap[i + 1] == '\n') {
                i += 2;
                u++;
                continue;
            }
            if (b < 0x80 || codec.kind == TextCodec.LATIN1) {
                i++;
                u++;
                continue;
            }
            if (codec.kind == TextCodec.ASCII) {
                return -1;
            }
            int w = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : -1;
            if (w < 0 || i + w > n) {
                return -1;
            }
            for (int k = 1; k < w; k++) {
                if ((snap[i + k] & 0xc0) != 0x80) {
                    return -1;
                }
            }
            i += w;
            u += w == 4 ? 2 : 1;
        }
        return u == units ? i : -1;
    }

    PyObject tellJava() {
        checkClosed();
        if (!seekable) {
            throw IOBase.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PyErr.of(PyExc.OSError, "telling position disabled by next() call");
        }
        bufferFlush();
        long pos = bufferTell();
        if (snapBytes == null) {
            return PyInt.of(pos);
        }
        long start = pos - snapBytes.length;
        long off = byteOffset(snapBytes, decodedPos);
        if (off >= 0) {
            if (start == 0 && decodedPos > 0 && readUniversal) {
                // CPython's tell() resets the newline decoder when the snapshot starts at 0
                // and re-decodes up to the position, so newlines then only knows that part.
                nl.seen = 0;
                for (int i = 0; i < off; i++) {
                    if (snapBytes[i] == '\n') {
                        nl.seen |= IncrementalNewlineDecoder.SEEN_LF;
                    } else if (snapBytes[i] == '\r' && i + 1 < off) {
                        boolean crlf = snapBytes[i + 1] == '\n';
                        nl.seen |= crlf ? IncrementalNewlineDecoder.SEEN_CRLF : IncrementalNewlineDecoder.SEEN_CR;
                        i += crlf ? 1 : 0;
                    }
                }
            }
            return PyInt.of(start + off);
        }
        long skip = decoded.codePointCount(0, decodedPos);
        return PyInt.of(BigInteger.valueOf(start).add(BigInteger.valueOf(snapDecFlags & 0xffffffffL).shiftLeft(64))
            .add(BigInteger.valueOf(skip).shiftLeft(192)));
    }

    PyObject seekJava(PyObject cookieObj, int whence) {
        checkClosed();
        if (!seekable) {
            throw IOBase.unsupported("underlying stream is not seekable");
        }
        PyInt cookie = Abstract.index(cookieObj);
        if (whence == 1) {
            if (cookie.signum() != 0) {
                throw IOBase.unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = (PyInt) tellJava();
        } else if (whence == 2) {
            if (cookie.signum() != 0) {
                throw IOBase.unsupported("can't do nonzero end-relative seeks");
            }
            bufferFlush();
            resetReading();
            long r = fastBuf != null ? fastBuf.seekJava(0, 2)
                : Abstract.index(IOBase.call(buffer, "seek", PyInt.ZERO, PyInt.of(2))).longValue();
            if (pyCodec != null) {
                pyCodec.encoderReset(r == 0);
            }
            return PyInt.of(r);
        } else if (whence != 0) {
            throw PyErr.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie.signum() < 0) {
            throw PyErr.valueError("negative seek position " + Abstract.repr(cookie));
        }
        bufferFlush();
        BigInteger c = new BigInteger(Abstract.str(cookie).toString());
        long pos = c.and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)).longValue();
        int decFlags = c.shiftRight(64).intValue();
        long skip = c.shiftRight(192).longValue();
        bufferSeek(pos, 0);
        resetReading();
        if (pyCodec != null) {
            pyCodec.decoderSetState(pos, decFlags);
            pyCodec.encoderReset(c.signum() == 0);
        }
        if (skip > 0) {
            // The chunks from the cookie's start, decoded afresh, until SKIP chars are there
            // (a buffering decoder may give them a chunk later than it first did).
            readChunk();
            StringBuilder text = new StringBuilder(decoded);
            byte[] from = snapBytes;
            int flags = snapDecFlags;
            boolean more = true;
            while (more && text.codePointCount(0, text.length()) < skip) {
                more = readChunk();
                text.append(decoded);
                from = concat(from, lastRead);
            }
            if (text.codePointCount(0, text.length()) < skip) {
                throw PyErr.of(PyExc.OSError, "can't restore logical file position");
            }
            decoded = text.toString();
            snapBytes = from;
            snapDecFlags = flags;
            decodedPos = decoded.offsetByCodePoints(0, (int) skip);
        }
        return cookie;
    }

    // ---- Python methods ----

    @ExposedMethod
    static PyObject read(TextIOWrapper self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        long n = IOBase.size(a[0]);
        self.checkAttached();
        return PyStr.of(self.readJava(n));
    }

    @ExposedMethod
    static PyObject readline(TextIOWrapper self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readline", args, kw, 0, 1, "size");
        if (a[0] != null && a[0] != PyNone.NONE && !(a[0] instanceof PyInt) && !Abstract.hasIndex(a[0])) {
            throw PyErr.typeError("'" + a[0].type().getName() + "' object cannot be interpreted as an integer");
        }
        long n = IOBase.size(a[0]);
        self.checkAttached();
        return PyStr.of(self.readlineJava(n));
    }

    @ExposedMethod
    static PyObject __next__(TextIOWrapper self) {
        self.checkAttached();
        self.telling = false;
        String line = self.readlineJava(-1);
        if (line.isEmpty()) {
            self.snapBytes = null;
            self.telling = self.seekable;
            throw PyErr.stopIteration(null);
        }
        return PyStr.of(line);
    }

    /** write(s). Compare _io_TextIOWrapper_write_impl. */
    @ExposedMethod
    static long write(TextIOWrapper self, PyObject s) {
        self.checkAttached();
        if (!(s instanceof PyStr)) {
            throw PyErr.typeError("write() argument must be str, not " + s.type().getName());
        }
        self.checkClosed();
        if (!self.bufferWritable()) {
            throw IOBase.unsupported("not writable");
        }
        String text = ((PyStr) s).value();
        long n = ((PyStr) s).length();
        boolean haslf = (self.writeTranslate || self.lineBuffering) && text.indexOf('\n') >= 0;
        if (haslf && self.writeTranslate && self.writeNl != null && !self.writeNl.equals("\n")) {
            text = text.replace("\n", self.writeNl);
        }
        boolean needflush = self.lineBuffering && (haslf || text.indexOf('\r') >= 0);
        byte[] b = self.codec != null ? self.codec.encode(text) : self.pyCodec.encode(text);
        if (self.pending.size() > 0 && self.pending.size() + b.length > self.chunkSize) {
            // Never more than a chunk joined: what is pending goes first, on its own
            // (bpo-43260; _io_TextIOWrapper_write_impl).
            self.writeFlush();
        }
        if (self.pending.size() == 0 && (needflush || self.writeThrough || b.length >= self.chunkSize)) {
            self.bufferWrite(b);
        } else {
            self.pending.write(b, 0, b.length);
            if (self.pending.size() >= self.chunkSize || needflush || self.writeThrough) {
                self.writeFlush();
            }
        }
        if (needflush) {
            self.bufferFlush();
        }
        if (self.snapBytes != null || self.decodedPos < self.decoded.length() || self.carry.length > 0) {
            self.resetReading();
        }
        return n;
    }

    /** write(s) for Java callers (print's fast path): an exact TextIOWrapper, text already a String. */
    public void writeText(String s) {
        write(this, PyStr.of(s));
    }

    /** flush() for Java callers; false (and nothing done) when the stream is closed or detached. */
    public boolean flushIfOpen() {
        if (buffer == null || isClosedNow()) {
            return false;
        }
        flush(this);
        return true;
    }

    @ExposedMethod
    static PyObject tell(TextIOWrapper self) {
        self.checkAttached();
        return self.tellJava();
    }

    @ExposedMethod
    static PyObject seek(TextIOWrapper self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("seek", args, kw, 1, 2, "cookie", "whence");
        self.checkAttached();
        int whence = a[1] == null ? 0 : (int) Abstract.index(a[1]).longValue();
        return self.seekJava(a[0], whence);
    }

    @ExposedMethod
    static PyObject truncate(TextIOWrapper self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("truncate", args, kw, 0, 1, "pos");
        self.checkAttached();
        flush(self);
        PyObject pos = a[0] == null || a[0] == PyNone.NONE ? self.tellJava() : a[0];
        return IOBase.call(self.buffer, "truncate", pos);
    }

    @ExposedMethod
    static void flush(TextIOWrapper self) {
        self.checkClosed();
        self.telling = self.seekable;
        self.bufferFlush();
    }

    @ExposedMethod
    static void close(TextIOWrapper self) {
        self.checkAttached();
        if (self.isClosedNow()) {
            return;
        }
        if (self.finalizing) {
            IOBase.forwardDeallocWarn(self.buffer, self);
        }
        PyBaseException err = null;
        try {
            // self.flush(): the instance or a subclass may replace it (textiowrapper_close).
            IOBase.call(self, "flush");
        } catch (PyBaseException e) {
            err = e;
        }
        try {
            IOBase.call(self.buffer, "close");
        } catch (PyBaseException e) {
            if (err != null && e.context == null) {
                e.context = err;
            }
            err = e;
        }
        if (err != null) {
            throw err;
        }
    }

    @ExposedMethod
    static PyObject detach(TextIOWrapper self) {
        self.checkAttached();
        flush(self);
        PyObject b = self.buffer;
        self.buffer = null;
        self.fastBuf = null;
        self.detached = true;
        return b;
    }

    /** reconfigure(*, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None). */
    @ExposedMethod
    static void reconfigure(TextIOWrapper self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("reconfigure", args, kw, 0, 0, "encoding", "errors", "newline", "line_buffering",
            "write_through");
        self.checkAttached();
        int lineBuffering = optionalBool(a[3]);
        int writeThrough = optionalBool(a[4]);
        boolean encGiven = a[0] != null && a[0] != PyNone.NONE;
        boolean errGiven = a[1] != null && a[1] != PyNone.NONE;
        boolean nlGiven = a[2] != null && a[2] != PyEllipsis.ELLIPSIS;
        if ((encGiven || errGiven || nlGiven) && (self.decodedPos < self.decoded.length() || self.snapBytes != null)) {
            throw IOBase.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        // Converted with PyUnicode_AsUTF8 here (textiowrapper_change_encoding): no NUL check.
        String enc = encGiven ? optStrNul(a[0], "encoding") : null;
        String err = errGiven ? optStrNul(a[1], "errors") : null;
        String nlArg = self.newlineArg;
        if (nlGiven) {
            nlArg = optStr(a[2], "newline");
            if (nlArg != null && !nlArg.isEmpty() && !nlArg.equals("\n") && !nlArg.equals("\r")
                && !nlArg.equals("\r\n")) {
                throw PyErr.valueError("illegal newline value: " + nlArg);
            }
        }
        flush(self);
        if (encGiven || errGiven) {
            String e = enc == null ? self.encoding : enc.equals("locale") ? IoModule.localeEncoding() : enc;
            String r = err != null ? err : encGiven ? "strict" : self.errors;
            self.setCodec(e, r);
            if (encGiven) {
                self.fixEncoderState();
            }
        }
        if (nlGiven) {
            self.setNewline(nlArg);
        }
        if (lineBuffering >= 0) {
            self.lineBuffering = lineBuffering == 1;
        }
        if (writeThrough >= 0) {
            self.writeThrough = writeThrough == 1;
        }
    }

    /**
     * reconfigure's line_buffering and write_through: -1 for None, else 0 or 1, taken
     * through __index__ as a C long (textio.c: convert_optional_bool).
     */
    private static int optionalBool(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.signum() != 0 ? 1 : 0;
    }

    @ExposedMethod
    static PyObject fileno(TextIOWrapper self) {
        self.checkAttached();
        return IOBase.call(self.buffer, "fileno");
    }

    @ExposedMethod
    static PyObject isatty(TextIOWrapper self) {
        self.checkAttached();
        return IOBase.call(self.buffer, "isatty");
    }

    @ExposedMethod
    static PyObject readable(TextIOWrapper self) {
        self.checkAttached();
        return IOBase.call(self.buffer, "readable");
    }

    @ExposedMethod
    static PyObject writable(TextIOWrapper self) {
        self.checkAttached();
        return IOBase.call(self.buffer, "writable");
    }

    @ExposedMethod
    static PyObject seekable(TextIOWrapper self) {
        self.checkAttached();
        return IOBase.call(self.buffer, "seekable");
    }

    @ExposedGetter(setter = "set_finalizing")
    static PyObject _finalizing(TextIOWrapper self) {
        return PyBool.of(self.finalizing);
    }

    static void set_finalizing(TextIOWrapper self, PyObject v) {
        self.finalizing = IOBase.boolMember(v);
    }

    @ExposedGetter
    static PyObject closed(TextIOWrapper self) {
        self.checkAttached();
        return Abstract.getAttr(self.buffer, "closed");
    }

    @ExposedGetter
    static PyObject name(TextIOWrapper self) {
        self.checkAttached();
        return Abstract.getAttr(self.buffer, "name");
    }

    @ExposedGetter
    static PyObject buffer(TextIOWrapper self) {
        self.checkAttached();
        return self.buffer;
    }

    @ExposedGetter
    static PyObject encoding(TextIOWrapper self) {
        return PyStr.of(self.encoding);
    }

    @ExposedGetter
    static PyObject errors(TextIOWrapper self) {
        return PyStr.of(self.errors);
    }

    @ExposedGetter
    static PyObject newlines(TextIOWrapper self) {
        return self.readUniversal ? IncrementalNewlineDecoder.seenValue(self.nl.seen) : PyNone.NONE;
    }

    @ExposedGetter
    static PyObject line_buffering(TextIOWrapper self) {
        return PyBool.of(self.lineBuffering);
    }

    @ExposedGetter
    static PyObject write_through(TextIOWrapper self) {
        return PyBool.of(self.writeThrough);
    }

    /** "<_io.TextIOWrapper name='f' mode='r' encoding='UTF-8'>". Compare textiowrapper_repr. */
    @ExposedMethod
    static String __repr__(TextIOWrapper self) {
        return ReprGuard.reentrantGuarded(self, () -> {
            // CPython writes the name "_io.TextIOWrapper" even for a subclass.
            StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
            for (String attr : new String[] {"name", "mode"}) {
                PyObject v = null;
                try {
                    v = Abstract.lookupAttr(self, attr);
                } catch (PyBaseException e) {
                    // A detached stream's name raises ValueError: the repr leaves it out.
                    if (!attr.equals("name") || !e.matches(PyExc.ValueError)) {
                        throw e;
                    }
                }
                if (v != null) {
                    sb.append(' ').append(attr).append('=').append(Abstract.repr(v));
                }
            }
            return sb.append(" encoding=").append(Abstract.repr(PyStr.of(self.encoding))).append('>').toString();
        });
    }

    @ExposedMethod
    static PyObject __getstate__(TextIOWrapper self) {
        throw PyErr.typeError("cannot pickle 'TextIOWrapper' instances");
    }
}
