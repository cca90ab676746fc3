package org.pyvm.modules.pickle;

import static org.pyvm.modules.pickle.Opcodes.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.codecs.CodecRegistry;
import org.pyvm.runtime.codecs.Escapes;

/**
 * _pickle.Unpickler: runs the opcodes of a pickle on a stack of objects with a separate stack
 * of marks, reading from a byte array: the whole input for loads(), or what the file's
 * read/peek returned (exactly what a frame or an opcode needs, so that the file is left just
 * after the pickle). Compare CPython Modules/_pickle.c: UnpicklerObject, _Unpickler_Read,
 * _Unpickler_Readline, load and the load_* functions.
 */
public final class UnpicklerObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_pickle", "Unpickler", UnpicklerObject.class,
        UnpicklerObject.class));

    /** How much peek() is asked for when reading a file that has it. */
    private static final int PREFETCH = 8192 * 16;

    private final PyType type;
    private PyDict dict;

    private PyObject[] stack = new PyObject[16];
    private int sp;
    private int[] marks = new int[8];
    private int numMarks;
    /** The stack index below which nothing may be popped: the top mark, or 0. */
    private int fence;

    private PyObject[] memo = new PyObject[32];
    private int memoLen;

    private byte[] input = new byte[0];
    private int inputLen;
    private int pos;
    private int prefetchedIdx;

    private PyObject read;
    private PyObject readline;
    private PyObject peek;
    private PyObject buffers;
    private PyObject persFunc;

    private String encoding = "ASCII";
    private String errors = "strict";
    private int proto;
    private boolean fixImports;
    private PickleModule.State st;

    UnpicklerObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
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
        return new UnpicklerObject(cls);
    }

    /** Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()). */
    @ExposedMethod
    static void __init__(UnpicklerObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("Unpickler", args, kw, 1, 1, "file", "fix_imports", "encoding", "errors", "buffers");
        self.initFile(a[0]);
        self.initOptions(PickleModule.flag(a[1], true), PickleModule.strArg("Unpickler", "encoding", 2, a[2], "ASCII"),
            PickleModule.strArg("Unpickler", "errors", 3, a[3], "strict"), a[4]);
        if (self.type != TYPE) {
            self.persFunc = Abstract.lookupAttr(self, "persistent_load");
        }
    }

    /** Compare _Unpickler_SetInputStream. */
    void initFile(PyObject file) {
        peek = Abstract.lookupAttr(file, "peek");
        Abstract.lookupAttr(file, "readinto");
        read = Abstract.lookupAttr(file, "read");
        readline = Abstract.lookupAttr(file, "readline");
        if (readline == null || read == null) {
            read = null;
            readline = null;
            peek = null;
            throw PyErr.typeError("file must have 'read' and 'readline' attributes");
        }
        input = new byte[0];
        inputLen = 0;
        pos = 0;
        prefetchedIdx = 0;
        memo = new PyObject[32];
        memoLen = 0;
    }

    void initBytes(byte[] data) {
        input = data;
        inputLen = data.length;
        pos = 0;
        prefetchedIdx = inputLen;
    }

    void initOptions(boolean fix, String enc, String err, PyObject bufs) {
        fixImports = fix;
        encoding = enc;
        errors = err;
        buffers = bufs == null || bufs == PyNone.NONE ? null : Abstract.iter(bufs);
        proto = 0;
    }

    // ---- input (compare _Unpickler_Read, _Unpickler_ReadFromFile, _Unpickler_Readline) ----

    private PyBaseException truncated() {
        return PickleModule.unpicklingError("pickle data was truncated");
    }

    private void setInput(PyObject data) {
        byte[] b;
        if (data instanceof PyBytes pb) {
            b = pb.bytes();
        } else {
            b = PickleModule.bufferBytes(data);
        }
        input = b;
        inputLen = b.length;
        pos = 0;
        prefetchedIdx = inputLen;
    }

    /** Reads (with read()) what peek() showed and was used. Compare _Unpickler_SkipConsumed. */
    private void skipConsumed() {
        int consumed = pos - prefetchedIdx;
        if (consumed <= 0) {
            return;
        }
        Abstract.call(read, PyInt.of(consumed));
        prefetchedIdx = pos;
    }

    /** The offset in {@code input} of the next N bytes, consumed. */
    private int need(int n) {
        if (n <= inputLen - pos) {
            int at = pos;
            pos += n;
            return at;
        }
        return readMore(n);
    }

    private int readMore(long n) {
        if (read == null) {
            throw truncated();
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        skipConsumed();
        if (peek != null && n < PREFETCH) {
            PyObject data = null;
            try {
                data = Abstract.call(peek, PyInt.of(PREFETCH));
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.NotImplementedError)) {
                    throw e;
                }
                peek = null;
            }
            if (data != null) {
                setInput(data);
                prefetchedIdx = 0;
                if (n <= inputLen) {
                    pos = (int) n;
                    return 0;
                }
            }
        }
        setInput(Abstract.call(read, PyInt.of(n)));
        if (inputLen < n) {
            throw truncated();
        }
        pos = (int) n;
        return 0;
    }

    /** The next line, with its newline. */
    private byte[] readLine() {
        for (int i = pos; i < inputLen; i++) {
            if (input[i] == '\n') {
                byte[] line = Arrays.copyOfRange(input, pos, i + 1);
                pos = i + 1;
                return line;
            }
        }
        if (read == null) {
            throw truncated();
        }
        skipConsumed();
        setInput(Abstract.call(readline));
        if (inputLen == 0 || input[inputLen - 1] != '\n') {
            throw truncated();
        }
        pos = inputLen;
        return Arrays.copyOf(input, inputLen);
    }

    /** N bytes as a new array (large payloads read straight from the file). Compare _Unpickler_ReadInto. */
    private byte[] readBytes(long n) {
        if (n <= inputLen - pos) {
            int at = pos;
            pos += (int) n;
            return Arrays.copyOfRange(input, at, at + (int) n);
        }
        if (read == null) {
            throw truncated();
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        int have = inputLen - pos;
        byte[] out = new byte[(int) n];
        System.arraycopy(input, pos, out, 0, have);
        pos = inputLen;
        skipConsumed();
        int rest = (int) n - have;
        PyObject data = Abstract.call(read, PyInt.of(rest));
        if (!(data instanceof PyBytes pb)) {
            throw PyErr.valueError("read() returned non-bytes object (" + Abstract.repr(data.type()).value() + ")");
        }
        byte[] b = pb.bytes();
        if (b.length < rest) {
            throw truncated();
        }
        System.arraycopy(b, 0, out, have, rest);
        return out;
    }

    /** The next byte (need() may replace the input array, so it is read after). */
    private byte readByte() {
        int at = need(1);
        return input[at];
    }

    private long leInt(int at, int n) {
        long x = 0;
        for (int i = 0; i < n; i++) {
            x |= (long) (input[at + i] & 0xff) << (8 * i);
        }
        return x;
    }

    /** An n-byte little-endian size; -1 when it does not fit. Compare calc_binsize. */
    private long binSize(int n) {
        int at = need(n);
        if (n == 8 && (input[at + 7] & 0x80) != 0) {
            return -1;
        }
        return leInt(at, n);
    }

    // ---- stack (compare Pdata) ----

    private PyBaseException underflow() {
        return PickleModule.unpicklingError(numMarks > 0 ? "unexpected MARK found" : "unpickling stack underflow");
    }

    private void push(PyObject o) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = o;
    }

    private PyObject pop() {
        if (sp <= fence) {
            throw underflow();
        }
        PyObject o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    private PyObject top() {
        if (sp <= fence) {
            throw underflow();
        }
        return stack[sp - 1];
    }

    private PyObject[] popItems(int start) {
        if (start < fence) {
            throw underflow();
        }
        PyObject[] items = Arrays.copyOfRange(stack, start, sp);
        Arrays.fill(stack, start, sp, null);
        sp = start;
        return items;
    }

    private void clearTo(int n) {
        if (n < sp) {
            Arrays.fill(stack, n, sp, null);
            sp = n;
        }
    }

    /** Pops the top mark and returns it. Compare marker. */
    private int marker() {
        if (numMarks < 1) {
            throw PickleModule.unpicklingError("could not find MARK");
        }
        int mark = marks[--numMarks];
        fence = numMarks > 0 ? marks[numMarks - 1] : 0;
        return mark;
    }

    // ---- memo ----

    private void memoPut(long idx, PyObject value) {
        if (idx >= memo.length) {
            if (idx > Integer.MAX_VALUE - 16) {
                throw PyErr.memoryError();
            }
            memo = Arrays.copyOf(memo, (int) Math.max(idx * 2, 32));
        }
        if (memo[(int) idx] == null) {
            memoLen++;
        }
        memo[(int) idx] = value;
    }

    private PyObject memoGet(long idx) {
        PyObject v = idx >= 0 && idx < memo.length ? memo[(int) idx] : null;
        if (v == null) {
            throw PickleModule.unpicklingError("Memo value not found at index " + idx);
        }
        return v;
    }

    void memoClear() {
        Arrays.fill(memo, null);
        memoLen = 0;
    }

    PyDict memoCopy() {
        PyDict d = new PyDict();
        for (int i = 0; i < memo.length; i++) {
            if (memo[i] != null) {
                d.setItem(PyInt.of(i), memo[i]);
            }
        }
        return d;
    }

    // ---- load ----

    /** Unpickler.load(). Compare _pickle_Unpickler_load_impl. */
    @ExposedMethod
    static PyObject load(UnpicklerObject self) {
        if (self.read == null) {
            throw PickleModule.unpicklingError("Unpickler.__init__() was not called by " + self.type.getName()
                + ".__init__()");
        }
        return self.loadValue();
    }

    /** Compare _pickle.c: load. */
    PyObject loadValue() {
        st = PickleModule.state();
        numMarks = 0;
        fence = 0;
        proto = 0;
        clearTo(0);
        while (true) {
            byte op;
            try {
                op = readByte();
            } catch (PyBaseException e) {
                if (e.matches(PickleModule.unpicklingError)) {
                    throw PyErr.of(PyExc.EOFError, "Ran out of input");
                }
                throw e;
            }
            if (op == STOP) {
                break;
            }
            dispatch(op);
        }
        skipConsumed();
        return pop();
    }

    private void dispatch(byte op) {
        switch (op) {
            case NONE -> push(PyNone.NONE);
            case BININT -> push(PyInt.of((int) leInt(need(4), 4)));
            case BININT1 -> push(PyInt.of(readByte() & 0xff));
            case BININT2 -> push(PyInt.of(leInt(need(2), 2)));
            case INT -> loadInt();
            case LONG -> loadLong();
            case LONG1 -> loadCountedLong(1);
            case LONG4 -> loadCountedLong(4);
            case FLOAT -> loadFloat();
            case BINFLOAT -> {
                int at = need(8);
                long bits = 0;
                for (int i = 0; i < 8; i++) {
                    bits = (bits << 8) | (input[at + i] & 0xff);
                }
                push(PyFloat.of(Double.longBitsToDouble(bits)));
            }
            case SHORT_BINBYTES -> loadBinBytes(1);
            case BINBYTES -> loadBinBytes(4);
            case BINBYTES8 -> loadBinBytes(8);
            case BYTEARRAY8 -> {
                long n = binSize(8);
                if (n < 0) {
                    throw PyErr.overflowError("BYTEARRAY8 exceeds system's maximum size of 9223372036854775807 bytes");
                }
                push(new PyByteArray(readBytes(n)));
            }
            case NEXT_BUFFER -> loadNextBuffer();
            case READONLY_BUFFER -> loadReadonlyBuffer();
            case SHORT_BINSTRING -> loadBinString(1);
            case BINSTRING -> loadBinString(4);
            case STRING -> loadString();
            case UNICODE -> {
                byte[] line = readLine();
                push(PyStr.of(Escapes.decodeRawUnicodeEscape(Arrays.copyOf(line, line.length - 1), "strict", true).text()));
            }
            case SHORT_BINUNICODE -> loadBinUnicode(1);
            case BINUNICODE -> loadBinUnicode(4);
            case BINUNICODE8 -> loadBinUnicode(8);
            case EMPTY_TUPLE -> push(PyTuple.EMPTY);
            case TUPLE1 -> loadCountedTuple(1);
            case TUPLE2 -> loadCountedTuple(2);
            case TUPLE3 -> loadCountedTuple(3);
            case TUPLE -> {
                int i = marker();
                push(PyTuple.of(popItems(i)));
            }
            case EMPTY_LIST -> push(new PyList());
            case LIST -> {
                int i = marker();
                push(new PyList(popItems(i)));
            }
            case EMPTY_DICT -> push(new PyDict());
            case DICT -> loadDict();
            case EMPTY_SET -> push(new PySet(false));
            case ADDITEMS -> loadAddItems();
            case FROZENSET -> {
                int i = marker();
                PySet s = new PySet(true);
                for (PyObject o : popItems(i)) {
                    s.add(o);
                }
                push(s);
            }
            case OBJ -> loadObj();
            case INST -> loadInst();
            case NEWOBJ -> loadNewobj(false);
            case NEWOBJ_EX -> loadNewobj(true);
            case GLOBAL -> loadGlobal();
            case STACK_GLOBAL -> {
                PyObject name = pop();
                PyObject module = pop();
                if (module.type() != PyStr.TYPE || name.type() != PyStr.TYPE) {
                    throw PickleModule.unpicklingError("STACK_GLOBAL requires str");
                }
                push(findClass(module, name));
            }
            case APPEND -> {
                if (sp - 1 <= fence) {
                    throw underflow();
                }
                doAppend(sp - 1);
            }
            case APPENDS -> doAppend(marker());
            case BUILD -> loadBuild();
            case DUP -> push(top());
            case BINGET -> push(memoGet(readByte() & 0xff));
            case LONG_BINGET -> push(memoGet(leInt(need(4), 4)));
            case GET -> {
                byte[] line = readLine();
                if (line.length < 2) {
                    throw truncated();
                }
                long idx = parseInt(line, 10).longValue();
                push(memoGet(idx));
            }
            case MARK -> {
                if (numMarks == marks.length) {
                    marks = Arrays.copyOf(marks, numMarks * 2 + 20);
                }
                marks[numMarks++] = sp;
                fence = sp;
            }
            case BINPUT -> {
                int idx = readByte() & 0xff;
                memoPut(idx, top());
            }
            case LONG_BINPUT -> {
                long idx = leInt(need(4), 4);
                PyObject v = top();
                memoPut(idx, v);
            }
            case PUT -> loadPut();
            case MEMOIZE -> memoPut(memoLen, top());
            case POP -> {
                if (numMarks > 0 && marks[numMarks - 1] == sp) {
                    numMarks--;
                    fence = numMarks > 0 ? marks[numMarks - 1] : 0;
                } else {
                    pop();
                }
            }
            case POP_MARK -> clearTo(marker());
            case SETITEM -> doSetItems(sp - 2);
            case SETITEMS -> doSetItems(marker());
            case PERSID -> loadPersid();
            case BINPERSID -> {
                if (persFunc == null) {
                    throw noPersistentLoad();
                }
                PyObject pid = pop();
                push(Abstract.call(persFunc, pid));
            }
            case REDUCE -> {
                PyObject args = pop();
                PyObject callable = pop();
                push(callObject(callable, args));
            }
            case PROTO -> {
                int p = readByte() & 0xff;
                if (p > HIGHEST_PROTOCOL) {
                    throw PyErr.valueError("unsupported pickle protocol: " + p);
                }
                proto = p;
            }
            case FRAME -> {
                long n = binSize(8);
                if (n < 0) {
                    throw PyErr.overflowError("FRAME length exceeds system's maximum of 9223372036854775807 bytes");
                }
                need((int) Math.min(n, Integer.MAX_VALUE));
                pos -= (int) n;
            }
            case EXT1 -> loadExtension(1);
            case EXT2 -> loadExtension(2);
            case EXT4 -> loadExtension(4);
            case NEWTRUE -> push(PyBool.TRUE);
            case NEWFALSE -> push(PyBool.FALSE);
            default -> {
                int c = op & 0xff;
                if (0x20 <= c && c <= 0x7e && c != '\'' && c != '\\') {
                    throw PickleModule.unpicklingError("invalid load key, '" + (char) c + "'.");
                }
                throw PickleModule.unpicklingError(String.format("invalid load key, '\\x%02x'.", c));
            }
        }
    }

    /** callable(*args) with ARGS a tuple (PyObject_CallObject). */
    private static PyObject callObject(PyObject callable, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("argument list must be a tuple");
        }
        return Abstract.call(callable, t.toArray());
    }

    /** int(s, 0) of an ASCII line (its newline stripped), as PyLong_FromString parses it. */
    private static PyInt parseInt(byte[] line, int base) {
        int n = line.length;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\0')) {
            n--;
        }
        String s = new String(line, 0, n, StandardCharsets.ISO_8859_1);
        return Abstract.toInt(Abstract.call(PyInt.TYPE, PyStr.of(s), PyInt.of(base)));
    }

    /** Compare load_int: "I01\n"/"I00\n" are the bools of protocol 0. */
    private void loadInt() {
        byte[] line = readLine();
        if (line.length < 2) {
            throw truncated();
        }
        String s = new String(line, 0, line.length - 1, StandardCharsets.ISO_8859_1);
        if (line.length == 3 && (s.equals("00") || s.equals("01"))) {
            push(s.equals("01") ? PyBool.TRUE : PyBool.FALSE);
            return;
        }
        PyInt v;
        try {
            v = parseInt(line, 0);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.ValueError)) {
                throw PyErr.valueError("could not convert string to int");
            }
            throw e;
        }
        push(v);
    }

    private void loadLong() {
        byte[] line = readLine();
        if (line.length < 2) {
            throw truncated();
        }
        int n = line.length - 1;
        if (line[n - 1] == 'L') {
            n--;
        }
        push(parseInt(Arrays.copyOf(line, n), 0));
    }

    private void loadCountedLong(int size) {
        long n = size == 1 ? readByte() & 0xff : (int) leInt(need(4), 4);
        if (n < 0) {
            throw PickleModule.unpicklingError("LONG pickle has negative byte count");
        }
        if (n == 0) {
            push(PyInt.ZERO);
            return;
        }
        int at = need((int) n);
        byte[] be = new byte[(int) n];
        for (int i = 0; i < n; i++) {
            be[i] = input[at + (int) n - 1 - i];
        }
        BigInteger b = new BigInteger(be);
        push(b.bitLength() < 64 ? PyInt.of(b.longValue()) : PyInt.of(b));
    }

    private void loadFloat() {
        byte[] line = readLine();
        if (line.length < 2) {
            throw truncated();
        }
        String s = new String(line, 0, line.length - 1, StandardCharsets.ISO_8859_1);
        try {
            push(PyFloat.of(Abstract.toDouble(Abstract.call(PyFloat.TYPE, PyStr.of(s)))));
        } catch (PyBaseException e) {
            if (e.matches(PyExc.ValueError)) {
                throw PyErr.valueError("could not convert string to float");
            }
            throw e;
        }
    }

    private void loadBinBytes(int nbytes) {
        long n = binSize(nbytes);
        if (n < 0) {
            throw PyErr.overflowError("BINBYTES exceeds system's maximum size of 9223372036854775807 bytes");
        }
        push(new PyBytes(readBytes(n)));
    }

    private void loadBinUnicode(int nbytes) {
        long n = binSize(nbytes);
        if (n < 0) {
            throw PyErr.overflowError("BINUNICODE exceeds system's maximum size of 9223372036854775807 bytes");
        }
        byte[] data;
        int off;
        if (n <= inputLen - pos || read == null) {
            off = need((int) Math.min(n, Integer.MAX_VALUE));
            data = input;
        } else {
            data = readBytes(n);
            off = 0;
        }
        push(decodeUtf8(data, off, (int) n));
    }

    /** UTF-8 with "surrogatepass" (what BINUNICODE holds). */
    static PyStr decodeUtf8(byte[] data, int off, int n) {
        boolean ascii = true;
        for (int i = off; i < off + n; i++) {
            if (data[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return PyStr.of(new String(data, off, n, StandardCharsets.ISO_8859_1));
        }
        byte[] b = off == 0 && n == data.length ? data : Arrays.copyOfRange(data, off, off + n);
        return CodecRegistry.decode(b, "utf-8", "surrogatepass");
    }

    /** Python 2 str: bytes when encoding='bytes', else decoded. Compare load_counted_binstring. */
    private void loadBinString(int nbytes) {
        long n = binSize(nbytes);
        if (n < 0) {
            throw PickleModule.unpicklingError("BINSTRING exceeds system's maximum size of 9223372036854775807 bytes");
        }
        byte[] b = readBytes(n);
        push(py2String(b));
    }

    private PyObject py2String(byte[] b) {
        if (encoding.equals("bytes")) {
            return new PyBytes(b);
        }
        return CodecRegistry.decode(b, encoding, errors);
    }

    /** Compare load_string. */
    private void loadString() {
        byte[] line = readLine();
        int n = line.length - 1;
        if (n >= 2 && line[0] == line[n - 1] && (line[0] == '\'' || line[0] == '"')) {
            byte[] body = Arrays.copyOfRange(line, 1, n - 1);
            push(py2String(Escapes.escapeDecode(body, "strict")));
        } else {
            throw PickleModule.unpicklingError("the STRING opcode argument must be quoted");
        }
    }

    private void loadCountedTuple(int n) {
        if (sp < n) {
            throw underflow();
        }
        push(PyTuple.of(popItems(sp - n)));
    }

    private void loadDict() {
        int i = marker();
        int j = sp;
        if ((j - i) % 2 != 0) {
            throw PickleModule.unpicklingError("odd number of items for DICT");
        }
        PyDict d = new PyDict();
        for (int k = i + 1; k < j; k += 2) {
            d.setItem(stack[k - 1], stack[k]);
        }
        clearTo(i);
        push(d);
    }

    private void loadAddItems() {
        int mark = marker();
        int n = sp;
        if (mark > n || mark <= fence) {
            throw underflow();
        }
        if (n == mark) {
            return;
        }
        PyObject set = stack[mark - 1];
        if (set instanceof PySet s && !s.isFrozen()) {
            for (PyObject o : popItems(mark)) {
                s.add(o);
            }
            return;
        }
        PyObject add = Abstract.getAttr(set, "add");
        for (int i = mark; i < n; i++) {
            Abstract.call(add, stack[i]);
        }
        clearTo(mark);
    }

    /** Compare do_append. */
    private void doAppend(int x) {
        int n = sp;
        if (x > n || x <= fence) {
            throw underflow();
        }
        if (n == x) {
            return;
        }
        PyObject list = stack[x - 1];
        if (list.type() == PyList.TYPE) {
            PyList l = (PyList) list;
            for (PyObject o : popItems(x)) {
                l.append(o);
            }
            return;
        }
        PyObject extend = Abstract.lookupAttr(list, "extend");
        if (extend != null) {
            Abstract.call(extend, new PyList(popItems(x)));
            return;
        }
        PyObject append = Abstract.getAttr(list, "append");
        try {
            for (int i = x; i < n; i++) {
                Abstract.call(append, stack[i]);
            }
        } finally {
            clearTo(x);
        }
    }

    /** Compare do_setitems. */
    private void doSetItems(int x) {
        int n = sp;
        if (x > n || x <= fence) {
            throw underflow();
        }
        if (n == x) {
            return;
        }
        if ((n - x) % 2 != 0) {
            throw PickleModule.unpicklingError("odd number of items for SETITEMS");
        }
        PyObject d = stack[x - 1];
        try {
            if (d.type() == PyDict.TYPE) {
                PyDict dd = (PyDict) d;
                for (int i = x + 1; i < n; i += 2) {
                    dd.setItem(stack[i - 1], stack[i]);
                }
            } else {
                for (int i = x + 1; i < n; i += 2) {
                    Abstract.setItem(d, stack[i - 1], stack[i]);
                }
            }
        } finally {
            clearTo(x);
        }
    }

    /** Compare instantiate: cls.__new__(cls) for an old-style empty argument list. */
    private static PyObject instantiate(PyObject cls, PyObject[] args) {
        if (args.length == 0 && cls instanceof PyType) {
            if (Abstract.lookupAttr(cls, "__getinitargs__") == null) {
                return Abstract.call(Abstract.getAttr(cls, "__new__"), cls);
            }
        }
        return Abstract.call(cls, args);
    }

    private void loadObj() {
        int i = marker();
        if (sp - i < 1) {
            throw underflow();
        }
        PyObject[] args = popItems(i + 1);
        PyObject cls = pop();
        push(instantiate(cls, args));
    }

    private void loadInst() {
        int i = marker();
        byte[] m = readLine();
        if (m.length < 2) {
            throw truncated();
        }
        PyObject moduleName = CodecRegistry.decode(Arrays.copyOf(m, m.length - 1), "ascii", "strict");
        byte[] c = readLine();
        if (c.length < 2) {
            throw truncated();
        }
        PyObject className = CodecRegistry.decode(Arrays.copyOf(c, c.length - 1), "ascii", "strict");
        PyObject cls = findClass(moduleName, className);
        push(instantiate(cls, popItems(i)));
    }

    /** Compare load_newobj. */
    private void loadNewobj(boolean useKwargs) {
        PyObject kwargs = useKwargs ? pop() : null;
        PyObject args = pop();
        PyObject cls = pop();
        String what = useKwargs ? "NEWOBJ_EX" : "NEWOBJ";
        if (!(cls instanceof PyType)) {
            throw PickleModule.unpicklingError(what + " class argument must be a type, not " + cls.type().getName());
        }
        if (!(args instanceof PyTuple at)) {
            throw PickleModule.unpicklingError(what + " args argument must be a tuple, not " + args.type().getName());
        }
        if (useKwargs && !(kwargs instanceof PyDict)) {
            throw PickleModule.unpicklingError(what + " kwargs argument must be a dict, not " + kwargs.type().getName());
        }
        PyObject[] items = at.toArray();
        int nkw = kwargs == null ? 0 : ((PyDict) kwargs).size();
        PyObject[] call = new PyObject[1 + items.length + nkw];
        call[0] = cls;
        System.arraycopy(items, 0, call, 1, items.length);
        String[] names = null;
        if (nkw > 0) {
            PyDict kd = (PyDict) kwargs;
            names = new String[nkw];
            int j = 0;
            for (int p = kd.nextEntry(0); p >= 0; p = kd.nextEntry(p + 1)) {
                PyObject k = kd.keyAt(p);
                if (!(k instanceof PyStr ks)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                names[j] = ks.value();
                call[1 + items.length + j] = kd.valueAt(p);
                j++;
            }
        }
        push(Abstract.call(Abstract.getAttr(cls, "__new__"), call, names));
    }

    private void loadGlobal() {
        byte[] m = readLine();
        if (m.length < 2) {
            throw truncated();
        }
        PyObject moduleName = CodecRegistry.decode(Arrays.copyOf(m, m.length - 1), "utf-8", "strict");
        byte[] g = readLine();
        if (g.length < 2) {
            throw truncated();
        }
        PyObject globalName = CodecRegistry.decode(Arrays.copyOf(g, g.length - 1), "utf-8", "strict");
        push(findClass(moduleName, globalName));
    }

    /** self.find_class(module, name), without the attribute look-up for the exact type. */
    private PyObject findClass(PyObject module, PyObject name) {
        if (type == TYPE) {
            return doFindClass(module, name);
        }
        return Abstract.call(Abstract.getAttr(this, "find_class"), module, name);
    }

    @ExposedMethod
    static PyObject find_class(UnpicklerObject self, PyObject module, PyObject name) {
        return self.doFindClass(module, name);
    }

    /** Compare _pickle_Unpickler_find_class_impl. */
    private PyObject doFindClass(PyObject moduleName, PyObject globalName) {
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("pickle.find_class", moduleName, globalName);
        }
        if (st == null) {
            st = PickleModule.state();
        }
        if (proto < 3 && fixImports) {
            PyObject item = st.nameMapping2to3.get(PyTuple.of(moduleName, globalName));
            if (item != null) {
                if (!(item instanceof PyTuple t) || t.size() != 2) {
                    throw PyErr.runtimeError("_compat_pickle.NAME_MAPPING values should be 2-tuples, not "
                        + item.type().getName());
                }
                if (!(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyStr)) {
                    throw PyErr.runtimeError("_compat_pickle.NAME_MAPPING values should be pairs of str, not ("
                        + t.get(0).type().getName() + ", " + t.get(1).type().getName() + ")");
                }
                moduleName = t.get(0);
                globalName = t.get(1);
            } else {
                item = st.importMapping2to3.get(moduleName);
                if (item != null) {
                    if (!(item instanceof PyStr)) {
                        throw PyErr.runtimeError("_compat_pickle.IMPORT_MAPPING values should be strings, not "
                            + item.type().getName());
                    }
                    moduleName = item;
                }
            }
        }
        PyObject module = PickleModule.importModule(moduleName);
        return getAttribute(module, globalName, proto >= 4);
    }

    /** Compare _pickle.c: getattribute. */
    private static PyObject getAttribute(PyObject obj, PyObject name, boolean allowQualname) {
        PyObject attr;
        if (allowQualname) {
            if (!(name instanceof PyStr ns)) {
                throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
            }
            attr = PicklerObject.deepAttribute(obj, PicklerObject.dottedPath(obj, ns), null);
        } else {
            attr = name instanceof PyStr ns ? Abstract.lookupAttr(obj, ns) : null;
            if (!(name instanceof PyStr)) {
                throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
            }
        }
        if (attr == null) {
            throw PyErr.attributeError("Can't get attribute " + Abstract.repr(name).value() + " on "
                + Abstract.repr(obj).value());
        }
        return attr;
    }

    private void loadPut() {
        byte[] line = readLine();
        if (line.length < 2) {
            throw truncated();
        }
        PyObject v = top();
        PyInt idx = parseInt(line, 10);
        if (idx.signum() < 0) {
            throw PyErr.valueError("negative PUT argument");
        }
        if (idx.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        memoPut(idx.longValue(), v);
    }

    private PyBaseException noPersistentLoad() {
        return PickleModule.unpicklingError(
            "A load persistent id instruction was encountered, but no persistent_load function was specified.");
    }

    private void loadPersid() {
        if (persFunc == null) {
            throw noPersistentLoad();
        }
        byte[] line = readLine();
        PyObject pid;
        try {
            pid = CodecRegistry.decode(Arrays.copyOf(line, line.length - 1), "ascii", "strict");
        } catch (PyBaseException e) {
            if (e.matches(PyExc.UnicodeDecodeError)) {
                throw PickleModule.unpicklingError("persistent IDs in protocol 0 must be ASCII strings");
            }
            throw e;
        }
        push(Abstract.call(persFunc, pid));
    }

    /** Compare load_build. */
    private void loadBuild() {
        if (sp - 2 < fence) {
            throw underflow();
        }
        PyObject state = pop();
        PyObject inst = top();
        PyObject setstate = Abstract.lookupAttr(inst, "__setstate__");
        if (setstate != null) {
            Abstract.call(setstate, state);
            return;
        }
        PyObject slotstate = null;
        if (state instanceof PyTuple t && t.size() == 2) {
            state = t.get(0);
            slotstate = t.get(1);
        }
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict sd)) {
                throw PickleModule.unpicklingError("state is not a dictionary");
            }
            PyObject d = Abstract.getAttr(inst, "__dict__");
            for (int i = sd.nextEntry(0); i >= 0; i = sd.nextEntry(i + 1)) {
                PyObject k = sd.keyAt(i);
                if (k.type() == PyStr.TYPE) {
                    k = PyStr.intern(((PyStr) k).value());
                }
                Abstract.setItem(d, k, sd.valueAt(i));
            }
        }
        if (slotstate != null) {
            if (!(slotstate instanceof PyDict ss)) {
                throw PickleModule.unpicklingError("slot state is not a dictionary");
            }
            for (int i = ss.nextEntry(0); i >= 0; i = ss.nextEntry(i + 1)) {
                PyObject k = ss.keyAt(i);
                if (!(k instanceof PyStr ks)) {
                    throw PyErr.typeError("attribute name must be string, not '" + k.type().getName() + "'");
                }
                Abstract.setAttr(inst, ks, ss.valueAt(i));
            }
        }
    }

    private void loadNextBuffer() {
        if (buffers == null) {
            throw PickleModule.unpicklingError(
                "pickle stream refers to out-of-band data but no *buffers* argument was given");
        }
        PyObject b = Abstract.next(buffers);
        if (b == null) {
            throw PickleModule.unpicklingError("not enough out-of-band buffers");
        }
        push(b);
    }

    private void loadReadonlyBuffer() {
        if (sp <= fence) {
            throw underflow();
        }
        PyObject obj = stack[sp - 1];
        PyMemoryView view = PyMemoryView.fromObject(obj);
        if (view == null) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + obj.type().getName() + "'");
        }
        if (!Abstract.isTrue(Abstract.getAttr(view, "readonly"))) {
            stack[sp - 1] = Abstract.call(Abstract.getAttr(view, "toreadonly"));
        }
    }

    /** Compare load_extension. */
    private void loadExtension(int nbytes) {
        long code = leInt(need(nbytes), nbytes);
        if (nbytes == 4) {
            code = (int) code;
        }
        if (code <= 0) {
            throw PickleModule.unpicklingError("EXT specifies code <= 0");
        }
        PyInt pyCode = PyInt.of(code);
        PyObject obj = st.extensionCache.get(pyCode);
        if (obj != null) {
            push(obj);
            return;
        }
        PyObject pair = st.invertedRegistry.get(pyCode);
        if (pair == null) {
            throw PyErr.valueError("unregistered extension code " + code);
        }
        if (!(pair instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr)
            || !(t.get(1) instanceof PyStr)) {
            throw PyErr.valueError("_inverted_registry[" + code + "] isn't a 2-tuple of strings");
        }
        obj = findClass(t.get(0), t.get(1));
        st.extensionCache.setItem(pyCode, obj);
        push(obj);
    }

    // ---- attributes ----

    @ExposedGetter(setter = "setMemo")
    static PyObject memo(UnpicklerObject self) {
        return new MemoProxy.Unpickling(self);
    }

    /** Compare Unpickler_set_memo. */
    static void setMemo(UnpicklerObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("attribute deletion is not supported");
        }
        PyObject[] m;
        int n = 0;
        if (value instanceof MemoProxy.Unpickling p) {
            m = p.unpickler.memo.clone();
            n = p.unpickler.memoLen;
        } else if (value instanceof PyDict d) {
            m = new PyObject[32];
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject k = d.keyAt(i);
                if (!(k instanceof PyInt ki)) {
                    throw PyErr.typeError("memo key must be integers");
                }
                if (ki.signum() < 0) {
                    throw PyErr.valueError("memo key must be positive integers.");
                }
                long idx = ki.isBig() ? Long.MAX_VALUE : ki.longValue();
                if (idx > Integer.MAX_VALUE - 16) {
                    throw PyErr.memoryError();
                }
                if (idx >= m.length) {
                    m = Arrays.copyOf(m, (int) Math.max(idx * 2, 32));
                }
                if (m[(int) idx] == null) {
                    n++;
                }
                m[(int) idx] = d.valueAt(i);
            }
        } else {
            throw PyErr.typeError("'memo' attribute must be an UnpicklerMemoProxy object or dict, not "
                + value.type().getName());
        }
        self.memo = m;
        self.memoLen = n;
    }

    @ExposedGetter(setter = "setPersistentLoad")
    static PyObject persistent_load(UnpicklerObject self) {
        if (self.persFunc == null) {
            throw PyErr.attributeError("persistent_load");
        }
        return self.persFunc;
    }

    static void setPersistentLoad(UnpicklerObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("attribute deletion is not supported");
        }
        if (!PickleModule.isCallable(value)) {
            throw PyErr.typeError("persistent_load must be a callable taking one argument");
        }
        self.persFunc = value;
    }

    @ExposedMethod
    static PyObject __sizeof__(UnpicklerObject self) {
        return PyInt.of(64 + 8L * self.memo.length + 4L * self.marks.length);
    }
}
