package org.pyvm.modules.ssl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.io.IOBase;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.modules.socket.PySocket;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * {@code _ssl._SSLSocket}: one TLS connection on a JDK {@link SSLEngine}, moving its
 * records either over a pyvm socket itself (blocking, with a timeout, or non-blocking with
 * SSLWantReadError/SSLWantWriteError) or through two {@link MemoryBio}s (ssl.SSLObject,
 * asyncio's sslproto). Network bytes wait in {@code netIn}/{@code netOut}, decrypted ones in
 * {@code appIn}. Compare _ssl.c: newPySSLSocket, _ssl__SSLSocket_do_handshake_impl,
 * _ssl__SSLSocket_read_impl, _ssl__SSLSocket_write_impl, _ssl__SSLSocket_shutdown_impl,
 * PySSL_SetError.
 */
public final class SslObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_ssl", "_SSLSocket", SslObject.class, SslObject.class))
        .notSubclassable();

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    SslContext context;
    private final PySocket sock;
    private final MemoryBio inBio;
    private final MemoryBio outBio;
    private final boolean serverSide;
    private final String serverHostname;
    private PyObject owner = PyNone.NONE;
    private final SSLEngine engine;
    private ByteBuffer netIn;
    private ByteBuffer netOut;
    private ByteBuffer appIn;
    private boolean handshakeDone;
    /** The chain the trust manager verified, leaf to anchor (null when none was). */
    private List<X509Certificate> verifiedChain;
    private boolean closeNotifyReceived;
    private boolean closeNotifySent;
    /** Plaintext bytes a write consumed before it raised SSLWantWriteError (its retry reports them). */
    private int pendingWrite = -1;
    private PyBaseException pendingError;
    private long deadline;
    private final String[] protocols;

    private SslObject(SslContext ctx, PySocket sock, MemoryBio in, MemoryBio out, boolean serverSide, String host) {
        this.context = ctx;
        this.sock = sock;
        this.inBio = in;
        this.outBio = out;
        this.serverSide = serverSide;
        this.serverHostname = host;
        try {
            SSLContext j = SSLContext.getInstance("TLS");
            j.init(new KeyManager[] {new Trust.ConnKeys(this)}, new TrustManager[] {new Trust.ConnTrust(this)}, RANDOM);
            engine = host != null && !serverSide ? j.createSSLEngine(host, -1) : j.createSSLEngine();
        } catch (java.security.GeneralSecurityException e) {
            throw SslModule.simple("pyvm _ssl: the JDK's TLS could not start: " + e);
        }
        engine.setUseClientMode(!serverSide);
        SSLParameters p = engine.getSSLParameters();
        protocols = Protocols.enabled(ctx.minVersion, ctx.maxVersion, ctx.options);
        if (protocols.length > 0) {
            p.setProtocols(protocols);
        }
        List<String> suites = new ArrayList<>();
        for (Ciphers.Suite s : SslContext.enabledSuites(ctx)) {
            suites.add(s.iana());
        }
        p.setCipherSuites(suites.toArray(new String[0]));
        p.setUseCipherSuitesOrder((ctx.options & 4194304L) != 0);
        if (serverSide) {
            if (ctx.verifyMode == SslModule.CERT_REQUIRED) {
                p.setNeedClientAuth(true);
            } else if (ctx.verifyMode == SslModule.CERT_OPTIONAL) {
                p.setWantClientAuth(true);
            }
            if (ctx.sniCallback != PyNone.NONE) {
                p.setSNIMatchers(List.of(new SniMatcher()));
            }
            if (ctx.alpn != null) {
                List<String> mine = ctx.alpn;
                engine.setHandshakeApplicationProtocolSelector((e, offered) -> {
                    for (String m : mine) {
                        if (offered.contains(m)) {
                            return m;
                        }
                    }
                    return "";
                });
            }
        } else {
            if (host != null && Trust.ipLiteral(host) == null) {
                try {
                    p.setServerNames(List.of(new SNIHostName(host)));
                } catch (IllegalArgumentException e) {
                    // a name SNI cannot carry (RFC 6066): sent without it
                }
            }
            if (ctx.alpn != null) {
                p.setApplicationProtocols(ctx.alpn.toArray(new String[0]));
            }
        }
        if (ctx.groups != null) {
            p.setNamedGroups(ctx.groups);
        }
        engine.setSSLParameters(p);
        int packet = engine.getSession().getPacketBufferSize();
        netIn = ByteBuffer.allocate(packet);
        netOut = ByteBuffer.allocate(packet);
        appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static SslObject create(SslContext ctx, PySocket sock, MemoryBio in, MemoryBio out, boolean serverSide,
        PyObject hostname, PyObject owner, PyObject session) {
        if (serverSide && ctx.protocol == SslModule.PROTOCOL_TLS_CLIENT) {
            throw PyErr.valueError("Cannot create a server socket with a PROTOCOL_TLS_CLIENT context");
        }
        if (!serverSide && ctx.protocol == SslModule.PROTOCOL_TLS_SERVER) {
            throw PyErr.valueError("Cannot create a client socket with a PROTOCOL_TLS_SERVER context");
        }
        String host = null;
        if (hostname != null && hostname != PyNone.NONE) {
            if (!(hostname instanceof PyStr s)) {
                throw PyErr.typeError("server_hostname must be str or None, not " + hostname.type().getName());
            }
            host = s.value();
            if (host.isEmpty() || host.charAt(0) == '.') {
                throw PyErr.valueError("server_hostname cannot be an empty string or start with a leading dot.");
            }
            if (host.indexOf('\0') >= 0) {
                throw PyErr.typeError("argument must be encoded string without null bytes, not str");
            }
        }
        SslObject o = new SslObject(ctx, sock, in, out, serverSide, host);
        if (owner != null && owner != PyNone.NONE) {
            o.owner = owner;
        }
        if (session != null && session != PyNone.NONE) {
            setSession(o, session);
        }
        return o;
    }

    // ---- the engine and the transport ----

    private boolean socketMode() {
        return sock != null;
    }

    private double timeout() {
        return sock == null ? 0 : sock.timeoutSeconds();
    }

    private void startDeadline() {
        double t = timeout();
        deadline = t <= 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (t * 1e9);
    }

    private static ByteBuffer grow(ByteBuffer b, int more) {
        ByteBuffer n = ByteBuffer.allocate(b.capacity() + Math.max(more, b.capacity()));
        b.flip();
        n.put(b);
        return n;
    }

    /** Sends (socket) or hands over (BIO) what the engine produced. */
    private void flush(String what, int line) {
        if (netOut.position() == 0) {
            return;
        }
        if (!socketMode()) {
            outBio.put(netOut.array(), 0, netOut.position());
            netOut.clear();
            return;
        }
        netOut.flip();
        try {
            while (netOut.hasRemaining()) {
                int n = sock.writeNow(netOut);
                if (n > 0) {
                    continue;
                }
                if (timeout() == 0) {
                    throw SslModule.wantWrite(line);
                }
                if (!sock.awaitReady(true, deadline)) {
                    throw PyErr.of(PyExc.TimeoutError, "The " + what + " operation timed out");
                }
            }
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        } finally {
            netOut.compact();
        }
    }

    /** Sends what can go now without waiting (an alert before an error is raised). */
    private void flushQuietly() {
        try {
            if (!socketMode()) {
                flush("write", 0);
            } else if (netOut.position() > 0) {
                netOut.flip();
                try {
                    sock.writeNow(netOut);
                } finally {
                    netOut.compact();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the error being raised matters more
        }
    }

    /** Brings more network input into netIn, or raises want-read / EOF / timeout. */
    private void needInput(String what, int line) {
        if (!socketMode()) {
            if (inBio.available() > 0) {
                if (!netIn.hasRemaining()) {
                    netIn = grow(netIn, inBio.available());
                }
                inBio.takeInto(netIn);
                return;
            }
            if (inBio.eofWritten) {
                throw SslModule.unexpectedEof(line);
            }
            throw SslModule.wantRead(line);
        }
        flush(what.equals("handshake") ? what : "write", line);
        if (!netIn.hasRemaining()) {
            netIn = grow(netIn, engine.getSession().getPacketBufferSize());
        }
        // Read no further than the end of the record under way, as OpenSSL does (no read-ahead):
        // what follows stays in the socket for select() and, after unwrap(), for plain reads.
        int pos = netIn.position();
        int want = pos < 5 ? 5 - pos : 5 + (((netIn.get(3) & 0xff) << 8) | (netIn.get(4) & 0xff)) - pos;
        if (want <= 0) {
            want = netIn.remaining();
        }
        if (netIn.capacity() < pos + want) {
            netIn = grow(netIn, pos + want - netIn.capacity());
        }
        netIn.limit(pos + want);
        try {
            while (true) {
                int n = sock.readNow(netIn);
                if (n > 0) {
                    return;
                }
                if (n < 0) {
                    throw SslModule.unexpectedEof(line);
                }
                if (timeout() == 0) {
                    throw SslModule.wantRead(line);
                }
                if (!sock.awaitReady(false, deadline)) {
                    throw PyErr.of(PyExc.TimeoutError, "The " + what + " operation timed out");
                }
            }
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        } finally {
            netIn.limit(netIn.capacity());
        }
    }

    private enum Step { OK, UNDERFLOW, CLOSED }

    /** One unwrap of netIn into DST. */
    private Step unwrap(ByteBuffer dst, int line) {
        while (true) {
            SSLEngineResult r;
            netIn.flip();
            try {
                r = engine.unwrap(netIn, dst);
            } catch (SSLException e) {
                throw failure(e, line);
            } finally {
                netIn.compact();
            }
            switch (r.getStatus()) {
                case BUFFER_OVERFLOW:
                    if (dst != appIn) {
                        throw SslModule.simple("pyvm _ssl: record larger than the buffer");
                    }
                    appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
                    dst = appIn;
                    continue;
                case BUFFER_UNDERFLOW:
                    return Step.UNDERFLOW;
                case CLOSED:
                    closeNotifyReceived = true;
                    return Step.CLOSED;
                default:
                    return Step.OK;
            }
        }
    }

    /** One wrap of SRC into netOut. */
    private SSLEngineResult wrap(ByteBuffer src, int line) {
        while (true) {
            SSLEngineResult r;
            try {
                r = engine.wrap(src, netOut);
            } catch (SSLException e) {
                throw failure(e, line);
            }
            if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                netOut = grow(netOut, engine.getSession().getPacketBufferSize());
                continue;
            }
            return r;
        }
    }

    private void runTasks() {
        Runnable t;
        while ((t = engine.getDelegatedTask()) != null) {
            t.run();
        }
    }

    /** Drives the handshake to its end. Compare _ssl__SSLSocket_do_handshake_impl. */
    private void handshake() {
        if (handshakeDone) {
            return;
        }
        if (pendingError != null) {
            throw pendingError;
        }
        if (protocols.length == 0) {
            throw SslModule.error(SslModule.sslError, SslModule.ERR_SSL, "SSL", "NO_PROTOCOLS_AVAILABLE",
                "no protocols available", SslModule.LINE_HANDSHAKE);
        }
        try {
            if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
                if (serverSide) {
                    context.accepts++;
                } else {
                    context.connects++;
                }
                engine.beginHandshake();
            }
        } catch (SSLException e) {
            throw failure(e, SslModule.LINE_HANDSHAKE);
        }
        int line = SslModule.LINE_HANDSHAKE;
        while (true) {
            flush("handshake", line);
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> {
                    SSLEngineResult r = wrap(EMPTY, line);
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED && netOut.position() == 0) {
                        throw SslModule.unexpectedEof(line);
                    }
                }
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    Step s = netIn.position() > 0 || engine.getHandshakeStatus()
                        == SSLEngineResult.HandshakeStatus.NEED_UNWRAP_AGAIN ? unwrap(appIn, line) : Step.UNDERFLOW;
                    if (s == Step.UNDERFLOW) {
                        needInput("handshake", line);
                    } else if (s == Step.CLOSED) {
                        throw SslModule.unexpectedEof(line);
                    }
                }
                default -> {
                    flush("handshake", line);
                    handshakeDone = true;
                    drain(line);
                    if (serverSide) {
                        context.acceptsGood++;
                    } else {
                        context.connectsGood++;
                    }
                    return;
                }
            }
        }
    }

    /** Called by the trust manager inside the handshake. */
    void verifyPeer(X509Certificate[] chain) throws java.security.cert.CertificateException {
        SslContext c = context;
        if (c.verifyMode == SslModule.CERT_NONE) {
            return;
        }
        List<X509Certificate> v = Trust.verifyChain(c, chain);
        if (!serverSide && c.checkHostname && serverHostname != null) {
            Trust.checkHost(chain[0], serverHostname, c.hostFlags);
        }
        if ((c.verifyFlags & SslModule.VERIFY_CRL_CHECK_LEAF) != 0) {
            Trust.checkRevocation(c.crls, v, (c.verifyFlags & SslModule.VERIFY_CRL_CHECK_ALL) != 0);
        }
        verifiedChain = v;
    }

    /** The Python exception for an engine failure, after sending its alert. Compare PySSL_SetError. */
    private PyBaseException failure(SSLException e, int line) {
        try {
            engine.closeOutbound();
            for (int i = 0; i < 4 && engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP; i++) {
                engine.wrap(EMPTY, netOut);
            }
        } catch (SSLException | RuntimeException x) {
            // nothing more to send
        }
        if (sniAlert >= 0) {
            setSniAlert();
        }
        flushQuietly();
        PyBaseException p = Errors.translate(e, line);
        if (!handshakeDone) {
            pendingError = p;
        }
        return p;
    }

    /**
     * The alert the SNI callback chose when it refused the client (the int it returned, or
     * handshake_failure when it raised), or -1.
     */
    private int sniAlert = -1;

    /**
     * The JDK's engine answers a refused server name with unrecognized_name and offers no way
     * to name another alert; OpenSSL sends the one the callback chose. The refusal happens
     * while the engine reads the ClientHello, before any key exists, so the alert record it
     * wrote is still plaintext (type 21, two bytes: level, description): its description
     * byte becomes the callback's. Compare _ssl.c: _servername_callback (*al).
     */
    private void setSniAlert() {
        byte[] b = netOut.array();
        int end = netOut.position();
        for (int p = 0; p + 5 <= end; ) {
            int len = (b[p + 3] & 0xff) << 8 | b[p + 4] & 0xff;
            if (b[p] == 21 && len == 2 && p + 7 <= end) {
                b[p + 6] = (byte) sniAlert;
                return;
            }
            p += 5 + len;
        }
    }

    /** The server's SNI callback has run for this handshake (with the client's name or None). */
    private boolean sniDone;
    /** The callback refused a client that sent no name: no certificate is offered, the handshake fails. */
    boolean sniFailed;

    /**
     * The server's SNI hook: calls the context's sni_callback(sslobj, name, context), once per
     * handshake. None accepts; a value that is not an int is reported as unraisable and fails
     * the handshake with internal_error, as CPython's. An exception (reported as unraisable)
     * or an int alert refuses the name with handshake_failure or the alert the int names (see
     * {@link #setSniAlert}). Compare _ssl.c:
     * _servername_callback.
     */
    boolean runSniCallback(String host) {
        sniDone = true;
        PyObject cb = context.sniCallback;
        if (cb == PyNone.NONE) {
            return true;
        }
        PyObject r;
        try {
            r = Abstract.call(cb, owner == PyNone.NONE ? SslObject.this : owner,
                host == null ? PyNone.NONE : PyStr.of(java.net.IDN.toUnicode(host)), context);
        } catch (PyBaseException e) {
            org.pyvm.runtime.Unraisable.report(e, cb);
            sniAlert = 40;
            return false;
        }
        if (r == PyNone.NONE) {
            return true;
        }
        java.math.BigInteger alert;
        try {
            alert = Abstract.index(r).bigValue();
        } catch (PyBaseException e) {
            org.pyvm.runtime.Unraisable.report(e, r);
            // An exception out of the engine's SNI step ends the handshake with internal_error.
            throw new IllegalStateException("servername callback returned " + r.type().getName());
        }
        sniAlert = alert.intValue() & 0xff;
        return false;
    }

    /**
     * Called when the server picks its certificate: a client that sent no name has not had the
     * callback run yet, which CPython runs with None.
     */
    void sniWithoutName() {
        if (serverSide && !sniDone && context.sniCallback != PyNone.NONE && !runSniCallback(null)) {
            sniFailed = true;
        }
    }

    private final class SniMatcher extends SNIMatcher {
        SniMatcher() {
            super(0);
        }

        @Override
        public boolean matches(SNIServerName name) {
            String host = name instanceof SNIHostName h ? h.getAsciiName()
                : new String(name.getEncoded(), java.nio.charset.StandardCharsets.US_ASCII);
            return runSniCallback(host);
        }
    }

    // ---- Python methods ----

    @ExposedMethod
    static void do_handshake(SslObject self) {
        self.startDeadline();
        self.handshake();
    }

    /** read(len, buffer=None). */
    @ExposedMethod
    static PyObject read(SslObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 1, 2, "size", "buffer");
        long len = Abstract.index(a[0]).longValue();
        PyObject buffer = a[1] == null || a[1] == PyNone.NONE ? null : a[1];
        byte[] dst = null;
        if (buffer != null) {
            dst = IOBase.writableBuffer("read", buffer);
            int cap = IOBase.bufferLength(buffer);
            if (len <= 0 || len > cap) {
                len = cap;
            }
        } else if (len < 0) {
            throw PyErr.valueError("size should not be negative");
        }
        self.startDeadline();
        if (!self.handshakeDone) {
            self.handshake();
        }
        byte[] got = self.readSome((int) Math.min(len, Integer.MAX_VALUE));
        if (buffer == null) {
            return new PyBytes(got);
        }
        IOBase.store(buffer, dst, got);
        return PyInt.of(got.length);
    }

    /**
     * Decrypts the whole records already in netIn, so that pending() tells of them: they
     * came off the socket with the handshake or an earlier record, and select() on the
     * socket will not announce them again (OpenSSL leaves them in the socket instead).
     */
    private void drain(int line) {
        while (netIn.position() > 0 && !closeNotifyReceived
            && engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
            int before = netIn.position();
            if (unwrap(appIn, line) != Step.OK || netIn.position() == before) {
                return;
            }
        }
    }

    private byte[] readSome(int len) {
        int line = SslModule.LINE_READ;
        while (true) {
            if (len == 0) {
                return new byte[0];
            }
            if (appIn.position() > 0) {
                appIn.flip();
                byte[] out = new byte[Math.min(len, appIn.remaining())];
                appIn.get(out);
                appIn.compact();
                if (appIn.position() == 0) {
                    drain(line);
                }
                return out;
            }
            if (closeNotifyReceived) {
                // OpenSSL's SSL_ERROR_ZERO_RETURN: an empty read while only the peer has
                // closed, SSLZeroReturnError once this side sent its close_notify too.
                // Compare _ssl.c: _ssl__SSLSocket_read_impl (SSL_get_shutdown == SSL_RECEIVED_SHUTDOWN).
                if (closeNotifySent) {
                    throw SslModule.zeroReturn(SslModule.LINE_READ_EOF);
                }
                return new byte[0];
            }
            Step s = netIn.position() > 0 ? unwrap(appIn, line) : Step.UNDERFLOW;
            if (s == Step.UNDERFLOW) {
                needInput("read", line);
            }
            // After a post-handshake message (a TLS 1.3 key update) the engine may want to answer.
            while (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP && !closeNotifyReceived) {
                wrap(EMPTY, line);
                flush("write", line);
            }
            if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
                runTasks();
            }
        }
    }

    /** write(b): how many bytes were written (all of them). */
    @ExposedMethod
    static long write(SslObject self, PyObject b) {
        byte[] data = SslModule.buffer(b);
        int line = SslModule.LINE_WRITE;
        self.startDeadline();
        if (!self.handshakeDone) {
            self.handshake();
        }
        if (self.pendingWrite >= 0) {
            self.flush("write", line);
            int n = self.pendingWrite;
            self.pendingWrite = -1;
            return n;
        }
        if (self.closeNotifySent || self.engine.isOutboundDone()) {
            throw SslModule.error(SslModule.sslError, SslModule.ERR_SSL, "SSL", "PROTOCOL_IS_SHUTDOWN",
                "protocol is shutdown", line);
        }
        self.flush("write", line);
        ByteBuffer src = ByteBuffer.wrap(data);
        while (src.hasRemaining()) {
            self.wrap(src, line);
        }
        try {
            self.flush("write", line);
        } catch (PyBaseException e) {
            if (Abstract.isInstance(e, SslModule.wantWriteError)) {
                self.pendingWrite = data.length;
            }
            throw e;
        }
        return data.length;
    }

    @ExposedMethod
    static long pending(SslObject self) {
        return self.appIn.position();
    }

    /** shutdown(): sends close_notify and waits for the peer's. Compare _ssl__SSLSocket_shutdown_impl. */
    @ExposedMethod
    static PyObject shutdown(SslObject self) {
        int line = SslModule.LINE_SHUTDOWN;
        self.startDeadline();
        if (!self.closeNotifySent) {
            self.engine.closeOutbound();
            while (!self.engine.isOutboundDone()) {
                SSLEngineResult r = self.wrap(EMPTY, line);
                if (r.bytesProduced() == 0 && r.getStatus() == SSLEngineResult.Status.CLOSED) {
                    break;
                }
            }
            self.closeNotifySent = true;
        }
        self.flush("write", line);
        ByteBuffer scratch = ByteBuffer.allocate(self.engine.getSession().getApplicationBufferSize());
        while (!self.closeNotifyReceived && !self.engine.isInboundDone()) {
            Step s = self.netIn.position() > 0 ? self.unwrap(scratch, line) : Step.UNDERFLOW;
            scratch.clear();
            if (s == Step.UNDERFLOW) {
                self.needInput("read", line);
            }
        }
        return self.sock != null ? self.sock : PyNone.NONE;
    }

    // ---- what was negotiated ----

    private X509Certificate peerCertificate() {
        try {
            Certificate[] c = engine.getSession().getPeerCertificates();
            return c.length > 0 ? (X509Certificate) c[0] : null;
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return null;
        }
    }

    /** getpeercert(binary_form=False). Compare _ssl__SSLSocket_getpeercert_impl. */
    @ExposedMethod
    static PyObject getpeercert(SslObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getpeercert", args, kw, 0, 1, "binary_form");
        boolean binary = a[0] != null && Abstract.isTrue(a[0]);
        if (!self.handshakeDone) {
            throw PyErr.valueError("handshake not done yet");
        }
        X509Certificate c = self.peerCertificate();
        if (c == null) {
            return PyNone.NONE;
        }
        if (binary) {
            try {
                return new PyBytes(c.getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw SslModule.simple(String.valueOf(e.getMessage()));
            }
        }
        if (self.context.verifyMode == SslModule.CERT_NONE) {
            return new PyDict();
        }
        return CertDecode.decode(c);
    }

    private PyObject cipherTuple() {
        String iana = engine.getSession().getCipherSuite();
        Ciphers.Suite s = Ciphers.byIana(iana);
        if (s == null) {
            return PyTuple.of(PyStr.of(iana), PyStr.of(engine.getSession().getProtocol()), PyNone.NONE);
        }
        return PyTuple.of(PyStr.of(s.openssl()), PyStr.of(s.protocol()), PyInt.of(s.bits()));
    }

    /** get_verified_chain(): the chain verification built, leaf first, as Certificate objects. */
    @ExposedMethod
    static PyObject get_verified_chain(SslObject self) {
        if (!self.handshakeDone || self.verifiedChain == null) {
            return PyNone.NONE;
        }
        PyList l = new PyList();
        for (X509Certificate c : self.verifiedChain) {
            l.append(new SslCertificate(c));
        }
        return l;
    }

    /** get_unverified_chain(): the certificates the peer sent. */
    @ExposedMethod
    static PyObject get_unverified_chain(SslObject self) {
        if (!self.handshakeDone) {
            return PyNone.NONE;
        }
        try {
            PyList l = new PyList();
            for (Certificate c : self.engine.getSession().getPeerCertificates()) {
                l.append(new SslCertificate((X509Certificate) c));
            }
            return l;
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return PyNone.NONE;
        }
    }

    @ExposedMethod
    static PyObject cipher(SslObject self) {
        return self.handshakeDone ? self.cipherTuple() : PyNone.NONE;
    }

    /** The suite in use only: the JDK does not say which ones the peer offered. */
    @ExposedMethod
    static PyObject shared_ciphers(SslObject self) {
        // SSL_get_client_ciphers: NULL on the client side, and before a ClientHello was read.
        if (!self.handshakeDone || !self.serverSide) {
            return PyNone.NONE;
        }
        PyList l = new PyList();
        l.append(self.cipherTuple());
        return l;
    }

    @ExposedMethod
    static PyObject version(SslObject self) {
        return self.handshakeDone ? PyStr.of(self.engine.getSession().getProtocol()) : PyNone.NONE;
    }

    @ExposedMethod
    static PyObject compression(SslObject self) {
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject selected_alpn_protocol(SslObject self) {
        String p = self.engine.getApplicationProtocol();
        return p == null || p.isEmpty() ? PyNone.NONE : PyStr.of(p);
    }

    @ExposedMethod
    static PyObject get_channel_binding(SslObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("get_channel_binding", args, kw, 0, 1, "cb_type");
        String t = a[0] == null ? "tls-unique" : Abstract.strArg(a[0], "get_channel_binding");
        if (t.equals("tls-unique") && !self.handshakeDone) {
            return PyNone.NONE;
        }
        // JSSE does not expose the Finished message tls-unique is made of.
        throw PyErr.valueError("'" + t + "' channel binding type not implemented");
    }

    @ExposedMethod
    static PyObject verify_client_post_handshake(SslObject self) {
        // An SSLError (as OpenSSL raises when it cannot), so that callers handling SSL errors go on.
        throw SslModule.error(SslModule.sslError, SslModule.ERR_SSL, "SSL", null,
            "pyvm _ssl: the JDK's TLS has no post-handshake client authentication", 2380);
    }

    // ---- attributes ----

    @ExposedGetter(setter = "setContext")
    static PyObject context(SslObject self) {
        return self.context;
    }

    static void setContext(SslObject self, PyObject v) {
        if (!(v instanceof SslContext c)) {
            throw PyErr.typeError("The value must be a SSLContext");
        }
        self.context = c;
    }

    @ExposedGetter
    static PyObject server_side(SslObject self) {
        return PyBool.of(self.serverSide);
    }

    @ExposedGetter
    static PyObject server_hostname(SslObject self) {
        return self.serverHostname == null ? PyNone.NONE : PyStr.of(self.serverHostname);
    }

    @ExposedGetter(setter = "setOwner")
    static PyObject owner(SslObject self) {
        return self.owner;
    }

    static void setOwner(SslObject self, PyObject v) {
        self.owner = v == null ? PyNone.NONE : v;
    }

    @ExposedGetter(setter = "setSession")
    static PyObject session(SslObject self) {
        if (!self.handshakeDone) {
            return PyNone.NONE;
        }
        return new SslSession(self.engine.getSession());
    }

    static void setSession(SslObject self, PyObject v) {
        if (!(v instanceof SslSession)) {
            throw PyErr.typeError("Value is not a SSLSession.");
        }
        if (self.serverSide) {
            throw PyErr.valueError("Cannot set session for server-side SSLSocket.");
        }
        if (self.handshakeDone) {
            throw PyErr.valueError("Cannot set session after handshake.");
        }
        // Accepted; the JDK resumes sessions only within one of its contexts, which each
        // connection here has for itself, so the handshake is a full one (session_reused False).
    }

    @ExposedGetter
    static PyObject session_reused(SslObject self) {
        return PyBool.FALSE;
    }
}
