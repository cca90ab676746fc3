package org.pyvm.modules.socket;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * if_nameindex, if_nametoindex and if_indextoname over the JDK's list of network interfaces
 * (java.net.NetworkInterface: each has the kernel's name and index, as if_nameindex(3)
 * reports them; sub-interfaces, aliases such as eth0:1, are not in it, as in the kernel's
 * list). Compare CPython Modules/socketmodule.c: socket_if_nameindex, socket_if_nametoindex,
 * socket_if_indextoname.
 */
final class Interfaces {

    private Interfaces() {}

    /** ENXIO: what if_indextoname(3) sets for an index no interface has. */
    private static final int ENXIO = 6;

    /** The system's interfaces, by index (the kernel's order), or OSError. */
    private static List<NetworkInterface> all() {
        List<NetworkInterface> out = new ArrayList<>();
        try {
            Enumeration<NetworkInterface> e = NetworkInterface.getNetworkInterfaces();
            while (e != null && e.hasMoreElements()) {
                NetworkInterface n = e.nextElement();
                if (n.getIndex() > 0) {
                    out.add(n);
                }
            }
        } catch (SocketException e) {
            throw PyErr.of(PyExc.OSError, PyStr.of(String.valueOf(e.getMessage())));
        }
        out.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return out;
    }

    /** The index of the interface NAME, or 0 when there is none (as if_nametoindex(3)). */
    static int indexOf(String name) {
        for (NetworkInterface n : all()) {
            if (n.getName().equals(name)) {
                return n.getIndex();
            }
        }
        return 0;
    }

    /** The name of the interface with INDEX, or null. */
    static String nameOf(long index) {
        for (NetworkInterface n : all()) {
            if (n.getIndex() == index) {
                return n.getName();
            }
        }
        return null;
    }

    /** if_nameindex(): a list of (index, name) for every interface. */
    @ExposedMethod
    static PyObject if_nameindex() {
        PyList out = new PyList();
        for (NetworkInterface n : all()) {
            out.append(PyTuple.of(PyInt.of(n.getIndex()), PyStr.of(n.getName())));
        }
        return out;
    }

    /** if_nametoindex(name): the index, or OSError "no interface with this name" (the call sets no errno). */
    @ExposedMethod
    static long if_nametoindex(PyObject name) {
        String s;
        if (name instanceof PyStr ps) {
            s = ps.toString();
        } else if (name instanceof PyBytes b) {
            s = new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            // PyUnicode_FSConverter's message for a wrong type.
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + name.type().getName());
        }
        int i = indexOf(s);
        if (i == 0) {
            throw PyErr.of(PyExc.OSError, PyStr.of("no interface with this name"));
        }
        return i;
    }

    /** if_indextoname(index): the name, or OSError(ENXIO) for an index no interface has. */
    @ExposedMethod
    static PyObject if_indextoname(PyObject index) {
        // PyLong_AsUnsignedLong: an int only (no __index__), not negative, at most 64 bits;
        // then passed on as a C unsigned int (the low 32 bits).
        if (!(index instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        String name = nameOf(i.bigValue().longValue() & 0xffffffffL);
        if (name == null) {
            throw PyErr.of(PyExc.OSError, PyInt.of(ENXIO), PyStr.of("No such device or address"));
        }
        return PyStr.of(name);
    }
}
