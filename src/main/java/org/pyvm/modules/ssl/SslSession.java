package org.pyvm.modules.ssl;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * {@code _ssl.SSLSession}: a negotiated session as the JDK keeps it (id, creation time,
 * timeout). Not instantiable from Python. Compare _ssl.c PySSLSession_Type.
 */
final class SslSession implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_ssl", "SSLSession", SslSession.class, SslSession.class))
        .notSubclassable();

    final javax.net.ssl.SSLSession session;

    SslSession(javax.net.ssl.SSLSession session) {
        this.session = session;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create 'ssl.SSLSession' instances");
    }

    @ExposedGetter
    static PyObject id(SslSession self) {
        return new PyBytes(self.session.getId());
    }

    @ExposedGetter
    static PyObject time(SslSession self) {
        return PyInt.of(self.session.getCreationTime() / 1000);
    }

    @ExposedGetter
    static PyObject timeout(SslSession self) {
        return PyInt.of(7200);
    }

    @ExposedGetter
    static PyObject ticket_lifetime_hint(SslSession self) {
        return PyInt.of(0);
    }

    @ExposedGetter
    static PyObject has_ticket(SslSession self) {
        return PyBool.FALSE;
    }

    @ExposedMethod
    static PyObject __eq__(SslSession self, PyObject other) {
        if (!(other instanceof SslSession o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(java.util.Arrays.equals(self.session.getId(), o.session.getId()));
    }
}
