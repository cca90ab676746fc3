package org.pyvm.modules.interpreters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The process's channels, kept by the main interpreter's {@link ProcessState} and reached
 * by every interpreter through it (JDK types only: see ProcessState). Items are
 * cross-interpreter data ({@link CrossData}'s plain Java values). The rules are CPython
 * 3.12's: Modules/_xxinterpchannelsmodule.c: _channels_lookup, _channel_add, _channel_next,
 * _channelends_associate, _channel_close_interpreter, _channels_close, _channel_set_closing,
 * _channel_finish_closing, channel_list_interpreters. One difference: CPython destroys a
 * channel when its last ChannelID object is freed (reference counting); here a channel
 * lives until destroy().
 */
final class ChannelTable {

    /** One interpreter's association with one end of a channel. */
    private static final class End {
        final long interp;
        boolean open = true;

        End(long interp) {
            this.interp = interp;
        }
    }

    private static final class Chan {
        final ArrayDeque<Item> queue = new ArrayDeque<>();
        final List<End> send = new ArrayList<>();
        final List<End> recv = new ArrayList<>();
        int numSendOpen;
        int numRecvOpen;
        boolean open = true;
        boolean closing;
    }

    /** The channels by id; an entry whose value is null was closed (CPython's ref->chan == NULL). */
    private final TreeMap<Long, Chan> refs = new TreeMap<>();
    private long nextId;

    /** A queued value and the interpreter that sent it. */
    private record Item(Object value, long interp) {}

    private static ProcessState.Failure fail(String kind, long cid, String what) {
        return new ProcessState.Failure(kind, "channel " + cid + " " + what);
    }

    synchronized Object apply(Object[] a) {
        String op = (String) a[0];
        switch (op) {
            case "ch.create": {
                long id = nextId++;
                refs.put(id, new Chan());
                return id;
            }
            case "ch.destroy": {
                long cid = (Long) a[1];
                if (!refs.containsKey(cid)) {
                    throw fail("NotFound", cid, "not found");
                }
                refs.remove(cid);
                return null;
            }
            case "ch.list": {
                // Newest first, as CPython's list of channel refs (each new one goes in front).
                long[] ids = new long[refs.size()];
                int i = 0;
                for (Long id : refs.descendingKeySet()) {
                    ids[i++] = id;
                }
                return ids;
            }
            case "ch.check":
                lookup((Long) a[1]);
                return null;
            case "ch.send": {
                long cid = (Long) a[1];
                Chan c = lookup(cid);
                if (c.closing) {
                    throw fail("Closed", cid, "is closed");
                }
                associate(c, cid, (Long) a[2], true);
                c.queue.add(new Item(a[3], (Long) a[2]));
                return null;
            }
            case "ch.recv": {
                // {value} or null when empty.
                long cid = (Long) a[1];
                Chan c = lookup(cid);
                associate(c, cid, (Long) a[2], false);
                Item v = c.queue.poll();
                if (v == null && c.closing) {
                    c.open = false;
                }
                if (c.queue.isEmpty() && c.closing) {
                    refs.put(cid, null); // _channel_finish_closing
                }
                return v == null ? null : new Object[] {v.value};
            }
            case "ch.close":
                close((Long) a[1], (Integer) a[2], (Boolean) a[3]);
                return null;
            case "ch.release": {
                long cid = (Long) a[1];
                Chan c = lookup(cid);
                closeInterpreter(c, cid, (Long) a[2], (Integer) a[3]);
                return null;
            }
            case "ch.interps": {
                long cid = (Long) a[1];
                Chan c = lookup(cid);
                boolean send = (Boolean) a[2];
                if (send && c.closing) {
                    throw fail("Closed", cid, "is closed");
                }
                long[] all = (long[]) a[3];
                List<Long> out = new ArrayList<>();
                for (long id : all) {
                    for (End e : send ? c.send : c.recv) {
                        if (e.interp == id && e.open) {
                            out.add(id);
                        }
                    }
                }
                long[] r = new long[out.size()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = out.get(i);
                }
                return r;
            }
            case "ch.clearInterp":
                clearInterpreter((Long) a[1]);
                return null;
            default:
                throw new IllegalArgumentException(op);
        }
    }

    /**
     * An interpreter is gone: the items it sent leave the queues and its ends are released.
     * Compare _channels_clear_interpreter, _channel_clear_interpreter.
     */
    private void clearInterpreter(long interp) {
        for (Chan c : refs.values()) {
            if (c == null) {
                continue;
            }
            c.queue.removeIf(item -> item.interp == interp);
            End e = find(c.send, interp);
            if (e != null) {
                closeEnd(c, e, true);
            }
            e = find(c.recv, interp);
            if (e != null) {
                closeEnd(c, e, false);
            }
            c.open = c.numSendOpen != 0 || c.numRecvOpen != 0 || c.send.isEmpty() && c.recv.isEmpty();
        }
    }

    /** _channels_lookup: the open channel CID. */
    private Chan lookup(long cid) {
        if (!refs.containsKey(cid)) {
            throw fail("NotFound", cid, "not found");
        }
        Chan c = refs.get(cid);
        if (c == null || !c.open) {
            throw fail("Closed", cid, "is closed");
        }
        return c;
    }

    /** _channelends_associate: INTERP uses the send (or recv) end; refused once it released that end. */
    private static void associate(Chan c, long cid, long interp, boolean send) {
        for (End e : send ? c.send : c.recv) {
            if (e.interp == interp) {
                if (!e.open) {
                    throw fail("Closed", cid, "is closed");
                }
                return;
            }
        }
        add(c, interp, send);
    }

    private static End add(Chan c, long interp, boolean send) {
        End e = new End(interp);
        if (send) {
            c.send.add(e);
            c.numSendOpen++;
        } else {
            c.recv.add(e);
            c.numRecvOpen++;
        }
        return e;
    }

    private static void closeEnd(Chan c, End e, boolean send) {
        if (!e.open) {
            return;
        }
        e.open = false;
        if (send) {
            c.numSendOpen--;
        } else {
            c.numRecvOpen--;
        }
    }

    private static End find(List<End> ends, long interp) {
        for (End e : ends) {
            if (e.interp == interp) {
                return e;
            }
        }
        return null;
    }

    /** _channel_close_interpreter (release): WHICH 1 send, -1 recv, 0 both. */
    private static void closeInterpreter(Chan c, long cid, long interp, int which) {
        if (which >= 0) {
            End e = find(c.send, interp);
            closeEnd(c, e == null ? add(c, interp, true) : e, true);
        }
        if (which <= 0) {
            End e = find(c.recv, interp);
            closeEnd(c, e == null ? add(c, interp, false) : e, false);
        }
        // _channelends_is_open
        c.open = c.numSendOpen != 0 || c.numRecvOpen != 0 || c.send.isEmpty() && c.recv.isEmpty();
    }

    /** _channels_close: WHICH 1 send, -1 recv, 0 both. */
    private void close(long cid, int which, boolean force) {
        if (!refs.containsKey(cid)) {
            throw fail("NotFound", cid, "not found");
        }
        Chan c = refs.get(cid);
        if (c == null) {
            throw fail("Closed", cid, "is closed");
        }
        if (!force && which == 1 && c.closing) {
            throw fail("Closed", cid, "is closed");
        }
        // _channel_close_all
        if (!c.open) {
            throw fail("Closed", cid, "is closed");
        }
        if (!force && !c.queue.isEmpty()) {
            if (which == 1) {
                // Closing the send end of a channel with items: it closes once they are received.
                if (c.closing) {
                    throw fail("Closed", cid, "is closed");
                }
                c.closing = true;
                return;
            }
            throw fail("NotEmpty", cid, "may not be closed if not empty (try force=True)");
        }
        c.open = false;
        for (End e : c.send) {
            closeEnd(c, e, true);
        }
        for (End e : c.recv) {
            closeEnd(c, e, false);
        }
        refs.put(cid, null);
    }
}
