package org.pyvm.modules.interpreters;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The _xxinterpchannels module: channels that carry cross-interpreter data ({@link
 * CrossData}) between the interpreters of the process. The channels themselves are the
 * main interpreter's ({@link ChannelTable}, reached through the registry as every
 * interpreter reaches it). Compare CPython 3.12 Modules/_xxinterpchannelsmodule.c.
 */
public final class Channels {

    private Channels() {}

    private static volatile PyType channelError;
    private static volatile PyType notFound;
    private static volatile PyType closed;
    private static volatile PyType empty;
    private static volatile PyType notEmpty;

    /** The exception class for a registry error KIND (NotFound, Closed, Empty, NotEmpty). */
    static PyType errorType(String kind) {
        if (channelError == null) {
            // An error about channels before the module was imported here.
            return PyExc.RuntimeError;
        }
        return switch (kind) {
            case "NotFound" -> notFound;
            case "Closed" -> closed;
            case "Empty" -> empty;
            case "NotEmpty" -> notEmpty;
            default -> channelError;
        };
    }

    public static PyModule module() {
        PyModule m = new PyModule("_xxinterpchannels");
        m.addFunctions(Channels.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Channels between the interpreters of this process (pyvm)."));
        d.setStr("ChannelID", ChannelIdObject.TYPE);
        PyType base = Types.newException("_xxinterpchannels", "ChannelError", null, PyExc.RuntimeError);
        notFound = Types.newException("_xxinterpchannels", "ChannelNotFoundError", null, base);
        closed = Types.newException("_xxinterpchannels", "ChannelClosedError", null, base);
        empty = Types.newException("_xxinterpchannels", "ChannelEmptyError", null, base);
        notEmpty = Types.newException("_xxinterpchannels", "ChannelNotEmptyError", null, base);
        channelError = base;
        d.setStr("ChannelError", base);
        d.setStr("ChannelNotFoundError", notFound);
        d.setStr("ChannelClosedError", closed);
        d.setStr("ChannelEmptyError", empty);
        d.setStr("ChannelNotEmptyError", notEmpty);
        return m;
    }

    @ExposedMethod
    static PyObject create() {
        return new ChannelIdObject((Long) Subinterpreters.call("ch.create"), ChannelIdObject.BOTH);
    }

    @ExposedMethod
    static void destroy(PyObject cid) {
        Subinterpreters.call("ch.destroy", ChannelIdObject.convert(cid));
    }

    @ExposedMethod
    static PyObject list_all() {
        long[] ids = (long[]) Subinterpreters.call("ch.list");
        PyObject[] out = new PyObject[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = new ChannelIdObject(ids[i], ChannelIdObject.BOTH);
        }
        return new PyList(out);
    }

    /** list_interpreters(cid, *, send): the interpreters with that end open, in id order. */
    @ExposedMethod
    static PyObject list_interpreters(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("channel_list_interpreters", args, kw, 2, 1, "cid", "send");
        long cid = ChannelIdObject.convert(a[0]);
        boolean send = Abstract.isTrue(a[1]);
        long[] ids = (long[]) Subinterpreters.call("ch.interps", cid, send, Subinterpreters.allIds());
        PyObject[] out = new PyObject[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = new InterpreterIdObject(ids[i]);
        }
        return new PyList(out);
    }

    /** send(cid, obj): queues OBJ's data (the channel is looked up first, as _channel_send does). */
    @ExposedMethod
    static void send(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("channel_send", args, kw, 2, 2, "cid", "obj");
        long cid = ChannelIdObject.convert(a[0]);
        Object data;
        try {
            data = CrossData.of(a[1]);
        } catch (PyBaseException e) {
            Subinterpreters.call("ch.check", cid);
            throw e;
        }
        Subinterpreters.call("ch.send", cid, Subinterpreters.currentId(), data);
    }

    /** recv(cid[, default]): the next item; DEFAULT, else ChannelEmptyError, when there is none. */
    @ExposedMethod
    static PyObject recv(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("channel_recv", args, kw, 1, 2, "cid", "default");
        long cid = ChannelIdObject.convert(a[0]);
        Object r = Subinterpreters.call("ch.recv", cid, Subinterpreters.currentId());
        if (r == null) {
            if (a[1] != null) {
                return a[1];
            }
            throw PyErr.of(errorType("Empty"), "channel " + cid + " is empty");
        }
        return CrossData.toObject(((Object[]) r)[0]);
    }

    /** Which end SEND and RECV name: 1 send, -1 recv, 0 both (neither or both given). */
    private static int which(PyObject send, PyObject recv) {
        boolean s = send != null && Abstract.isTrue(send);
        boolean r = recv != null && Abstract.isTrue(recv);
        return s && !r ? ChannelIdObject.SEND : r && !s ? ChannelIdObject.RECV : ChannelIdObject.BOTH;
    }

    /** close(cid, *, send=None, recv=None, force=False). Compare channel_close, _channels_close. */
    @ExposedMethod
    static void close(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("channel_close", args, kw, 1, 1, "cid", "send", "recv", "force");
        long cid = ChannelIdObject.convert(a[0]);
        boolean force = a[3] != null && Abstract.isTrue(a[3]);
        Subinterpreters.call("ch.close", cid, which(a[1], a[2]), force);
    }

    /** release(cid, *, send=None, recv=None, force=False): this interpreter lets go of the end(s). */
    @ExposedMethod
    static void release(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("channel_release", args, kw, 1, 1, "cid", "send", "recv", "force");
        long cid = ChannelIdObject.convert(a[0]);
        Subinterpreters.call("ch.release", cid, Subinterpreters.currentId(), which(a[1], a[2]));
    }

    /** _channel_id(id, *, send=None, recv=None, force=False, _resolve=False): a ChannelID for an end. */
    @ExposedMethod
    static PyObject _channel_id(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("_channel_id", args, kw, 1, 1, "id", "send", "recv", "force", "_resolve");
        long cid = ChannelIdObject.convert(a[0]);
        if (a[1] != null && a[2] != null && !Abstract.isTrue(a[1]) && !Abstract.isTrue(a[2])) {
            throw PyErr.valueError("'send' and 'recv' cannot both be False");
        }
        if (a[3] == null || !Abstract.isTrue(a[3])) {
            Subinterpreters.call("ch.check", cid);
        }
        return new ChannelIdObject(cid, which(a[1], a[2]));
    }
}
