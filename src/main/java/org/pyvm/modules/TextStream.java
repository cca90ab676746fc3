package org.pyvm.modules;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * sys.stdout and sys.stderr: a text stream writing UTF-8 to a Java PrintStream.
 * A stand-in for _io.TextIOWrapper until the io module exists.
 */
public final class TextStream implements PyObject {

    public static final PyType TYPE = PyType.builtin("TextIOWrapper", TextStream.class, TextStream.class);

    private final PrintStream out;
    private final String name;

    public TextStream(PrintStream out, String name) {
        this.out = out;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    public void flush() {
        out.flush();
    }

    @ExposedMethod
    static long write(TextStream self, PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("write() argument must be str, not " + s.type().getName());
        }
        self.write(str.toString());
        return str.length();
    }

    @ExposedMethod
    static void flush(TextStream self) {
        self.flush();
    }

    @ExposedMethod
    static boolean writable(TextStream self) {
        return true;
    }

    @ExposedMethod
    static boolean readable(TextStream self) {
        return false;
    }

    @ExposedGetter
    static PyObject closed(TextStream self) {
        return org.pyvm.runtime.PyBool.FALSE;
    }

    @ExposedGetter
    static PyObject mode(TextStream self) {
        return PyStr.of("w");
    }

    @ExposedMethod
    static boolean isatty(TextStream self) {
        return false;
    }

    @ExposedGetter
    static PyObject encoding(TextStream self) {
        return PyStr.of("utf-8");
    }

    @ExposedGetter
    static PyObject name(TextStream self) {
        return PyStr.of(self.name);
    }

    @ExposedMethod
    static String __repr__(TextStream self) {
        return "<_io.TextIOWrapper name='" + self.name + "' mode='w' encoding='utf-8'>";
    }
}
