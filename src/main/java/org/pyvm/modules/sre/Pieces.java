package org.pyvm.modules.sre;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * Joins the pieces of sub() and of an expanded template into one str or bytes, with the
 * messages of CPython's PyUnicode_Join ("sequence item 1: expected str instance, int
 * found") and PyBytes_Join ("sequence item 1: expected a bytes-like object, int found").
 */
final class Pieces {

    private Pieces() {}

    static PyObject join(boolean isBytes, List<PyObject> items) {
        if (isBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = 0; k < items.size(); k++) {
                PyObject o = items.get(k);
                byte[] b = Subject.bytesOf(o);
                if (b == null) {
                    throw PyErr.typeError("sequence item " + k + ": expected a bytes-like object, "
                        + o.type().getName() + " found");
                }
                out.write(b, 0, b.length);
            }
            return new PyBytes(out.toByteArray());
        }
        if (items.size() == 1 && items.get(0).getClass() == PyStr.class) {
            return items.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            PyObject o = items.get(k);
            if (!(o instanceof PyStr s)) {
                throw PyErr.typeError("sequence item " + k + ": expected str instance, " + o.type().getName() + " found");
            }
            sb.append(s.value());
        }
        return PyStr.of(sb.toString());
    }
}
