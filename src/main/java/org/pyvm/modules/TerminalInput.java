package org.pyvm.modules;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.LineReader;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.codecs.Utf8;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * input() when standard input and output are a terminal: the prompt is encoded as
 * sys.stdout encodes, and the line decoded as sys.stdin decodes. With a line reader
 * installed (the readline module) the reader shows the prompt and edits the line; without
 * one, as CPython's PyOS_StdioReadline, the prompt goes to the process's standard error
 * (descriptor 2, not sys.stdout) and the line is read from sys.stdin. Either way end of
 * input is an EOFError without a message. Compare CPython Python/bltinmodule.c:
 * builtin_input_impl, the tty branch, and Parser/myreadline.c.
 */
public final class TerminalInput {

    private TerminalInput() {}

    static PyObject read(LineReader.Reader reader, PyObject fin, PyObject fout, PyObject prompt) {
        PyObject inEncoding = Abstract.getAttr(fin, "encoding");
        PyObject inErrors = Abstract.getAttr(fin, "errors");
        PyObject outEncoding = Abstract.getAttr(fout, "encoding");
        PyObject outErrors = Abstract.getAttr(fout, "errors");
        if (!(inEncoding instanceof PyStr) || !(inErrors instanceof PyStr) || !(outEncoding instanceof PyStr)
            || !(outErrors instanceof PyStr)) {
            throw PyErr.typeError("input(): stdin/stdout encoding and errors must be str");
        }
        Builtins.flushQuietly(fout);
        byte[] promptBytes = new byte[0];
        if (prompt != null) {
            PyObject po = Abstract.str(prompt);
            PyObject b = Abstract.call(Abstract.getAttr(po, "encode"), outEncoding, outErrors);
            promptBytes = ((PyBytes) b).bytes();
            for (byte x : promptBytes) {
                if (x == 0) {
                    throw PyErr.valueError("input: prompt string cannot contain null characters");
                }
            }
        }
        byte[] line = reader != null ? reader.readLine(promptBytes) : stdioLine(fin, promptBytes);
        if (line.length == 0) {
            // The tty branch's EOFError has no message (the stream branch says "EOF when reading a line").
            throw PyErr.of(PyExc.EOFError);
        }
        int n = line.length - 1;  // the newline
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        PyObject bytes = new PyBytes(java.util.Arrays.copyOf(line, n));
        return Abstract.call(Abstract.getAttr(bytes, "decode"), inEncoding, inErrors);
    }

    /** PyOS_StdioReadline: PROMPT to descriptor 2, then a line of FIN, as its bytes in FIN's encoding. */
    private static byte[] stdioLine(PyObject fin, byte[] prompt) {
        if (prompt.length > 0) {
            System.err.write(prompt, 0, prompt.length);
            System.err.flush();
        }
        PyObject line = Abstract.call(Abstract.getAttr(fin, "readline"));
        if (line instanceof PyBytes b) {
            return b.bytes();
        }
        if (!(line instanceof PyStr)) {
            throw PyErr.typeError("object.readline() returned non-string");
        }
        PyObject b = Abstract.call(Abstract.getAttr(line, "encode"), Abstract.getAttr(fin, "encoding"),
            Abstract.getAttr(fin, "errors"));
        return ((PyBytes) b).bytes();
    }

    /** builtin_input's tty test: F's fileno() is FD and a terminal (an error from fileno() is no). */
    public static boolean isConsole(PyObject f, int fd) {
        try {
            PyObject n = Abstract.call(Abstract.getAttr(f, "fileno"));
            return n instanceof PyInt i && i.longValue() == fd && FdTable.isatty(fd);
        } catch (PyBaseException e) {
            return false;
        }
    }

    /**
     * A line of the interactive loop read by READER: PROMPT as UTF-8 (PyRun_InteractiveOneObjectEx
     * passes sys.ps1 that way), the line decoded as sys.stdin decodes, with its newline; empty
     * at end of input.
     */
    public static String replLine(LineReader.Reader reader, PyObject fin, PyObject fout, String prompt) {
        Builtins.flushQuietly(fout);
        byte[] line = reader.readLine(Utf8.encode(PyStr.of(prompt), "strict"));
        PyObject text = Abstract.call(Abstract.getAttr(new PyBytes(line), "decode"), Abstract.getAttr(fin, "encoding"),
            Abstract.getAttr(fin, "errors"));
        return text.toString();
    }
}
