package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _io.BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE): a BufferedReader
 * and a BufferedWriter used as one stream. Compare CPython Modules/_io/bufferedio.c:
 * rwpair.
 */
public final class BufferedRWPair extends IOObject {

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "BufferedRWPair", BufferedRWPair.class,
        BufferedRWPair.class, BufferedIOBase.TYPE));

    private Buffered reader;
    private Buffered writer;

    BufferedRWPair(PyType type) {
        super(type);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new BufferedRWPair(cls).watched();
    }

    @ExposedMethod
    static void __init__(BufferedRWPair self, PyObject[] args, String[] kw) {
        Args.noKeywords("BufferedRWPair", kw);
        Args.positional("BufferedRWPair", args.length, 2, 3);
        IOBase._checkReadable(args[0], null);
        IOBase._checkWritable(args[1], null);
        int size = args.length > 2 ? (int) Abstract.index(args[2]).longValue() : IoModule.DEFAULT_BUFFER_SIZE;
        if (size <= 0) {
            throw PyErr.valueError("buffer size must be strictly positive");
        }
        self.reader = new Buffered(Buffered.READER);
        self.reader.init(args[0], true, false, size);
        self.writer = new Buffered(Buffered.WRITER);
        self.writer.init(args[1], false, true, size);
    }

    private Buffered r() {
        if (reader == null) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        return reader;
    }

    private Buffered w() {
        if (writer == null) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        return writer;
    }

    @ExposedMethod
    static PyObject read(BufferedRWPair self, PyObject[] args, String[] kw) {
        return Buffered.read(self.r(), args, kw);
    }

    @ExposedMethod
    static PyObject peek(BufferedRWPair self, PyObject[] args, String[] kw) {
        return Buffered.ReaderMethods.peek(self.r(), args, kw);
    }

    @ExposedMethod
    static PyObject read1(BufferedRWPair self, PyObject[] args, String[] kw) {
        return Buffered.ReaderMethods.read1(self.r(), args, kw);
    }

    @ExposedMethod
    static PyObject readinto(BufferedRWPair self, PyObject b) {
        return Buffered.ReaderMethods.readinto(self.r(), b);
    }

    @ExposedMethod
    static PyObject readinto1(BufferedRWPair self, PyObject b) {
        return Buffered.ReaderMethods.readinto1(self.r(), b);
    }

    @ExposedMethod
    static long write(BufferedRWPair self, PyObject b) {
        return Buffered.WriterMethods.write(self.w(), b);
    }

    @ExposedMethod
    static PyObject flush(BufferedRWPair self) {
        return Buffered.flush(self.w());
    }

    @ExposedMethod
    static PyObject readable(BufferedRWPair self) {
        return Buffered.ReaderMethods.readable(self.r());
    }

    @ExposedMethod
    static PyObject writable(BufferedRWPair self) {
        return Buffered.WriterMethods.writable(self.w());
    }

    @ExposedMethod
    static void close(BufferedRWPair self) {
        PyBaseException err = null;
        try {
            Buffered.close(self.w());
        } catch (PyBaseException e) {
            err = e;
        }
        try {
            Buffered.close(self.r());
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
    static PyObject isatty(BufferedRWPair self) {
        PyObject r = Buffered.isatty(self.w());
        return Abstract.isTrue(r) ? r : Buffered.isatty(self.r());
    }

    @ExposedGetter
    static PyObject closed(BufferedRWPair self) {
        return Buffered.closed(self.w());
    }
}
