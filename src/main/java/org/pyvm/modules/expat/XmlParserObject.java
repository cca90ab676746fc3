package org.pyvm.modules.expat;

import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
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
 * pyexpat.xmlparser: the Python face of {@link XmlCore}: handler attributes, the
 * character-data buffer (buffer_text), attribute shapes (ordered_attributes,
 * specified_attributes), name interning, Parse/ParseFile and the error attributes.
 * Compare CPython 3.12 Modules/pyexpat.c (xmlparse_*, my_*Handler, set_error).
 */
final class XmlParserObject implements PyObject, XmlEvents {

    static final PyType TYPE = Types.finish(Types.builtin("pyexpat", "xmlparser", XmlParserObject.class,
        XmlParserObject.class)).notSubclassable();

    private static final int MAX_BUFFER = Integer.MAX_VALUE;

    final PyObject[] handlers = new PyObject[NAMES.length];
    private final XmlCore core;
    private final XmlDecoder decoder;
    private final PyDict intern;
    private final String encoding;
    private final String nsSep;
    private boolean lastDefaultNoExpand;
    private boolean orderedAttributes;
    private boolean specifiedAttributes;
    private boolean bufferText;
    private int bufferSize = 8192;
    private final StringBuilder buffer = new StringBuilder();
    private int bufferUsed;
    private boolean finished;
    private int errorCode;
    private boolean started;
    private int inCallback;
    private boolean strInput;

    XmlParserObject(String encoding, String nsSep, PyDict intern, boolean external, boolean dtd) {
        this.encoding = encoding;
        this.nsSep = nsSep;
        this.intern = intern;
        this.core = new XmlCore(this, nsSep, external, dtd);
        this.decoder = new XmlDecoder(encoding, XmlParserObject::table);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create 'pyexpat.xmlparser' instances");
    }

    /** A one-byte encoding's table from Python's codec. Compare pyexpat.c: PyUnknownEncodingHandler. */
    private static char[] table(String name) {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        PyObject u = Abstract.call(Abstract.getAttr(new PyBytes(all), "decode"), PyStr.of(name), PyStr.of("replace"));
        String s = ((PyStr) u).value();
        if (s.codePointCount(0, s.length()) != 256 || s.length() != 256) {
            throw PyErr.valueError("multi-byte encodings are not supported");
        }
        char[] t = s.toCharArray();
        for (int i = 0; i < 256; i++) {
            if (t[i] == 0xFFFD) {
                t[i] = 0xFFFF;
            }
            // Expat refuses a table that moves XML's ASCII markup characters: each byte
            // below 0x80 that is one must map to itself, and no other byte may map to one
            // (cp864's '%' is U+066A). Compare xmltok.c: XmlInitUnknownEncoding.
            if ((i < 0x80 && xmlMarkup(i) && t[i] != i) || (t[i] < 0x80 && xmlMarkup(t[i]) && t[i] != i)) {
                return null;
            }
        }
        return t;
    }

    /**
     * Whether ASCII character C has a role in XML's syntax for expat: not one of the
     * characters its byte-type table calls BT_NONXML (controls but tab, LF, CR) or BT_OTHER
     * ($ @ \ ^ ` { } ~ DEL). Compare expat's asciitab.h.
     */
    private static boolean xmlMarkup(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return "$@\\^`{}~\u007f".indexOf(c) < 0;
    }

    // ---------------------------------------------------------------- attributes

    private PyBaseException noAttribute(String name) {
        return PyErr.attributeError("'pyexpat.xmlparser' object has no attribute '" + name + "'");
    }

    private static int handlerIndex(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @ExposedMethod
    static PyObject __getattr__(XmlParserObject self, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        int h = handlerIndex(s.value());
        if (h < 0) {
            throw self.noAttribute(s.value());
        }
        PyObject v = self.handlers[h];
        return v == null ? PyNone.NONE : v;
    }

    @ExposedMethod
    static PyObject __dir__(XmlParserObject self) {
        PyList l = new PyList();
        for (String n : NAMES) {
            l.append(PyStr.of(n));
        }
        for (String n : new String[] {"CurrentByteIndex", "CurrentColumnNumber", "CurrentLineNumber", "ErrorByteIndex",
            "ErrorCode", "ErrorColumnNumber", "ErrorLineNumber", "ExternalEntityParserCreate", "GetBase",
            "GetInputContext", "Parse", "ParseFile", "SetBase", "SetParamEntityParsing", "UseForeignDTD",
            "buffer_size", "buffer_text", "buffer_used", "intern", "namespace_prefixes", "ordered_attributes",
            "specified_attributes", "__class__", "__doc__"}) {
            l.append(PyStr.of(n));
        }
        return l;
    }

    @ExposedMethod
    static void __setattr__(XmlParserObject self, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        String n = s.value();
        int h = handlerIndex(n);
        if (h >= 0) {
            if (value == null) {
                throw PyErr.of(PyExc.RuntimeError, "Cannot delete attribute");
            }
            if (h == CHARACTER_DATA) {
                self.flush();
            }
            if (h == DEFAULT) {
                self.lastDefaultNoExpand = true;
                self.handlers[DEFAULT_EXPAND] = null;
            } else if (h == DEFAULT_EXPAND) {
                self.lastDefaultNoExpand = false;
                self.handlers[DEFAULT] = null;
            }
            self.handlers[h] = value == PyNone.NONE ? null : value;
            return;
        }
        switch (n) {
            case "buffer_text", "ordered_attributes", "specified_attributes", "namespace_prefixes": {
                if (value == null) {
                    throw PyErr.of(PyExc.RuntimeError, "Cannot delete attribute");
                }
                boolean v = Abstract.isTrue(value);
                if (n.equals("buffer_text")) {
                    if (!v) {
                        self.flush();
                    }
                    self.bufferText = v;
                } else if (n.equals("ordered_attributes")) {
                    self.orderedAttributes = v;
                } else if (n.equals("specified_attributes")) {
                    self.specifiedAttributes = v;
                } else {
                    self.core.returnTriplet = v;
                }
                return;
            }
            case "buffer_size": {
                if (value == null) {
                    throw PyErr.of(PyExc.RuntimeError, "Cannot delete attribute");
                }
                if (!(value instanceof PyInt)) {
                    throw PyErr.typeError("buffer_size must be an integer");
                }
                PyInt iv = (PyInt) value;
                if (iv.isBig() || iv.longValue() > MAX_BUFFER) {
                    throw PyErr.valueError("buffer_size must not be greater than " + MAX_BUFFER);
                }
                long size = iv.longValue();
                if (size <= 0) {
                    throw PyErr.valueError("buffer_size must be greater than zero");
                }
                if (size != self.bufferSize) {
                    self.flush();
                    self.bufferSize = (int) size;
                }
                return;
            }
            case "CurrentByteIndex", "CurrentColumnNumber", "CurrentLineNumber", "ErrorByteIndex", "ErrorCode",
                "ErrorColumnNumber", "ErrorLineNumber", "buffer_used", "intern":
                throw PyErr.attributeError("attribute '" + n + "' of 'pyexpat.xmlparser' objects is not writable");
            default:
                throw self.noAttribute(n);
        }
    }

    @ExposedMethod
    static void __delattr__(XmlParserObject self, PyObject name) {
        __setattr__(self, name, null);
    }

    @ExposedGetter
    static PyObject buffer_text(XmlParserObject self) {
        return PyBool.of(self.bufferText);
    }

    @ExposedGetter
    static PyObject ordered_attributes(XmlParserObject self) {
        return PyBool.of(self.orderedAttributes);
    }

    @ExposedGetter
    static PyObject specified_attributes(XmlParserObject self) {
        return PyBool.of(self.specifiedAttributes);
    }

    @ExposedGetter
    static PyObject namespace_prefixes(XmlParserObject self) {
        return PyBool.of(self.core.returnTriplet);
    }

    @ExposedGetter
    static PyObject buffer_size(XmlParserObject self) {
        return PyInt.of(self.bufferSize);
    }

    @ExposedGetter
    static PyObject buffer_used(XmlParserObject self) {
        return PyInt.of(self.bufferUsed);
    }

    @ExposedGetter
    static PyObject intern(XmlParserObject self) {
        return self.intern == null ? PyNone.NONE : self.intern;
    }

    @ExposedGetter
    static PyObject ErrorCode(XmlParserObject self) {
        return PyInt.of(self.errorCode);
    }

    @ExposedGetter
    static PyObject ErrorLineNumber(XmlParserObject self) {
        return PyInt.of(self.core.current()[0]);
    }

    @ExposedGetter
    static PyObject ErrorColumnNumber(XmlParserObject self) {
        return PyInt.of(self.core.current()[1]);
    }

    @ExposedGetter
    static PyObject ErrorByteIndex(XmlParserObject self) {
        return PyInt.of(self.core.current()[2]);
    }

    @ExposedGetter
    static PyObject CurrentLineNumber(XmlParserObject self) {
        return PyInt.of(self.core.current()[0]);
    }

    @ExposedGetter
    static PyObject CurrentColumnNumber(XmlParserObject self) {
        return PyInt.of(self.core.current()[1]);
    }

    @ExposedGetter
    static PyObject CurrentByteIndex(XmlParserObject self) {
        return PyInt.of(self.core.current()[2]);
    }

    // ---------------------------------------------------------------- methods

    /** Parse(data, isfinal=False). Compare pyexpat_xmlparser_Parse_impl. */
    @ExposedMethod
    static PyObject Parse(XmlParserObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("Parse", args, kw, 1, 2, "data", "isfinal");
        boolean isFinal = a[1] != null && Abstract.index(a[1]).signum() != 0;
        PyObject data = a[0];
        if (data instanceof PyStr s) {
            return self.parse(null, s.value(), isFinal);
        }
        byte[] bytes = PyByteArray.bytesOf(data);
        if (bytes == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + data.type().getName() + "'");
        }
        return self.parse(bytes, null, isFinal);
    }

    private PyObject parse(byte[] bytes, String text, boolean isFinal) {
        if (finished) {
            return setError(errorCode == 0 || errorCode == ExpatErrors.ABORTED ? ExpatErrors.FINISHED : errorCode,
                -1);
        }
        started = true;
        try {
            if (text != null) {
                if (!strInput && decoder.undecided()) {
                    strInput = true;
                }
                core.width = 8;
                core.converts = false;
                core.feed(text);
            } else {
                String[] unknown = new String[1];
                String s = decoder.decode(bytes, isFinal, unknown);
                core.width = decoder.width();
                if (unknown[0] != null) {
                    throw new XmlCore.XmlError(ExpatErrors.UNKNOWN_ENCODING, 0);
                }
                if (s == null) {
                    if (!isFinal) {
                        return PyInt.of(1);
                    }
                    s = "";
                }
                core.feed(s);
                core.inputBad = decoder.bad;
                core.inputPartial = decoder.partial;
                core.partialCode = decoder.partialCode();
                core.converts = decoder.converts();
            }
            core.run(isFinal);
        } catch (XmlCore.XmlError e) {
            finished = true;
            if (e.code == ExpatErrors.UNKNOWN_ENCODING) {
                core.placeAt(decoder.unknownLine, decoder.unknownColumn, decoder.unknownByte);
            } else {
                core.evIdx = e.at;
            }
            return setError(e.code, e.at);
        } catch (PyBaseException e) {
            finished = true;
            if (decoder.lookupFailed) {
                // The declared encoding's codec lookup raised (LookupError): expat's unknown
                // encoding handler failed, so its error is an unknown encoding, at the name.
                errorCode = ExpatErrors.UNKNOWN_ENCODING;
                core.placeAt(decoder.unknownLine, decoder.unknownColumn, decoder.unknownByte);
            } else {
                errorCode = ExpatErrors.ABORTED;
            }
            throw e;
        }
        if (isFinal) {
            finished = true;
        }
        core.markStop();
        flush();
        return PyInt.of(1);
    }

    /** Raises ExpatError for CODE. Compare pyexpat.c: set_error. */
    private PyObject setError(int code, int at) {
        errorCode = code;
        long[] p = core.current();
        String msg = ExpatErrors.message(code) + ": line " + p[0] + ", column " + p[1];
        PyBaseException err = PyErr.of(ExpatModule.errorType(), msg);
        Abstract.setAttr(err, "code", PyInt.of(code));
        Abstract.setAttr(err, "offset", PyInt.of(p[1]));
        Abstract.setAttr(err, "lineno", PyInt.of(p[0]));
        throw err;
    }

    /** ParseFile(file). Compare pyexpat_xmlparser_ParseFile_impl. */
    @ExposedMethod
    static PyObject ParseFile(XmlParserObject self, PyObject file) {
        PyObject read = Abstract.lookupAttr(file, "read");
        if (read == null) {
            throw PyErr.typeError("argument must have 'read' attribute");
        }
        while (true) {
            PyObject data = Abstract.call(read, PyInt.of(2048));
            byte[] bytes;
            if (data instanceof PyBytes bs) {
                bytes = bs.bytes();
            } else if (data instanceof PyStr s) {
                self.parse(null, s.value(), s.length() == 0);
                if (s.length() == 0) {
                    return PyInt.of(1);
                }
                continue;
            } else {
                bytes = PyByteArray.bytesOf(data);
                if (bytes == null) {
                    throw PyErr.typeError("read() did not return a bytes object (type=" + data.type().getName() + ")");
                }
            }
            self.parse(bytes, null, bytes.length == 0);
            if (bytes.length == 0) {
                return PyInt.of(1);
            }
        }
    }

    @ExposedMethod
    static PyObject SetBase(XmlParserObject self, PyObject base) {
        if (!(base instanceof PyStr s)) {
            throw PyErr.typeError("SetBase() argument must be str, not " + base.type().getName());
        }
        self.core.base = s.value();
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject GetBase(XmlParserObject self) {
        return self.core.base == null ? PyNone.NONE : PyStr.of(self.core.base);
    }

    /** GetInputContext(): the input from the current event on, inside a callback; else None. */
    @ExposedMethod
    static PyObject GetInputContext(XmlParserObject self) {
        if (self.inCallback == 0) {
            return PyNone.NONE;
        }
        String s = self.core.inputContext();
        int off = Math.min(self.core.contextOffset(), s.length());
        return new PyBytes(s.substring(off).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ExposedMethod
    static PyObject SetParamEntityParsing(XmlParserObject self, PyObject flag) {
        long v = Abstract.index(flag).longValue();
        if (self.started || v < 0 || v > 2) {
            return PyInt.of(0);
        }
        self.core.paramEntityParsing = (int) v;
        return PyInt.of(1);
    }

    @ExposedMethod
    static PyObject UseForeignDTD(XmlParserObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("UseForeignDTD", args, kw, 0, 1, "flag");
        boolean flag = a[0] == null || Abstract.isTrue(a[0]);
        if (self.started) {
            return self.setError(ExpatErrors.CANT_CHANGE_FEATURE_ONCE_PARSING, 0);
        }
        self.core.useForeignDTD = flag;
        return PyNone.NONE;
    }

    /** ExternalEntityParserCreate(context, encoding=None). Compare pyexpat.c. */
    @ExposedMethod
    static PyObject ExternalEntityParserCreate(XmlParserObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("ExternalEntityParserCreate", args, kw, 1, 2, "context", "encoding");
        String context = str(a[0], "ExternalEntityParserCreate", "context", true);
        String enc = a[1] == null ? null : str(a[1], "ExternalEntityParserCreate", "encoding", false);
        XmlParserObject p = new XmlParserObject(enc != null ? enc : self.encoding, self.nsSep, self.intern,
            context != null, context == null);
        System.arraycopy(self.handlers, 0, p.handlers, 0, NAMES.length);
        p.lastDefaultNoExpand = self.lastDefaultNoExpand;
        p.orderedAttributes = self.orderedAttributes;
        p.specifiedAttributes = self.specifiedAttributes;
        p.bufferText = self.bufferText;
        p.bufferSize = self.bufferSize;
        p.core.returnTriplet = self.core.returnTriplet;
        p.core.base = self.core.base;
        p.core.entities.putAll(self.core.entities);
        p.core.paramEntities.putAll(self.core.paramEntities);
        p.core.attDefs.putAll(self.core.attDefs);
        p.core.paramEntityParsing = self.core.paramEntityParsing;
        p.core.hasParamEntityRefs = self.core.hasParamEntityRefs;
        return p;
    }

    static String str(PyObject o, String fn, String arg, boolean noneOk) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (noneOk && o == PyNone.NONE) {
            return null;
        }
        throw PyErr.typeError(fn + "() argument '" + arg + "' must be str" + (noneOk ? " or None" : "") + ", not "
            + (o == PyNone.NONE ? "None" : o.type().getName()));
    }

    @ExposedMethod
    static PyObject __reduce__(XmlParserObject self) {
        throw PyErr.typeError("cannot pickle 'pyexpat.xmlparser' object");
    }

    // ---------------------------------------------------------------- events

    private PyObject name(String s) {
        PyStr v = PyStr.of(s);
        if (intern == null) {
            return v;
        }
        PyObject old = intern.get(v);
        if (old != null) {
            return old;
        }
        intern.setItem(v, v);
        return v;
    }

    private static PyObject strOrNone(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    /** Calls handler H (flushing buffered text first); null when it is not set. */
    private PyObject call(int h, PyObject... args) {
        PyObject f = handlers[h];
        if (f == null) {
            return null;
        }
        if (h != CHARACTER_DATA) {
            flush();
        }
        inCallback++;
        try {
            return Abstract.call(f, args);
        } finally {
            inCallback--;
        }
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        String s = buffer.toString();
        buffer.setLength(0);
        bufferUsed = 0;
        if (handlers[CHARACTER_DATA] != null) {
            call(CHARACTER_DATA, PyStr.of(s));
        }
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
        }
        return n;
    }

    @Override
    public boolean has(int h) {
        return handlers[h] != null;
    }

    @Override
    public boolean defaultNoExpand() {
        return lastDefaultNoExpand;
    }

    @Override
    public void startElement(String n, List<String> attrs, int specified) {
        if (handlers[START_ELEMENT] == null) {
            return;
        }
        int count = specifiedAttributes ? specified : attrs.size();
        PyObject container;
        if (orderedAttributes) {
            PyList l = new PyList();
            for (int i = 0; i < count; i += 2) {
                l.append(name(attrs.get(i)));
                l.append(PyStr.of(attrs.get(i + 1)));
            }
            container = l;
        } else {
            PyDict d = new PyDict();
            for (int i = 0; i < count; i += 2) {
                d.setItem(name(attrs.get(i)), PyStr.of(attrs.get(i + 1)));
            }
            container = d;
        }
        call(START_ELEMENT, name(n), container);
    }

    @Override
    public void endElement(String n) {
        call(END_ELEMENT, name(n));
    }

    @Override
    public void characters(String text) {
        if (!bufferText) {
            call(CHARACTER_DATA, PyStr.of(text));
            return;
        }
        int len = utf8Length(text);
        if (bufferUsed + len > bufferSize) {
            flush();
            if (handlers[CHARACTER_DATA] == null) {
                return;
            }
        }
        if (len > bufferSize) {
            call(CHARACTER_DATA, PyStr.of(text));
            bufferUsed = 0;
        } else {
            buffer.append(text);
            bufferUsed += len;
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        call(PI, name(target), PyStr.of(data));
    }

    @Override
    public void comment(String text) {
        call(COMMENT, PyStr.of(text));
    }

    @Override
    public void startCdata() {
        call(START_CDATA);
    }

    @Override
    public void endCdata() {
        call(END_CDATA);
    }

    @Override
    public void startNamespace(String prefix, String uri) {
        call(START_NS, prefix == null ? PyNone.NONE : name(prefix), strOrNone(uri));
    }

    @Override
    public void endNamespace(String prefix) {
        call(END_NS, prefix == null ? PyNone.NONE : name(prefix));
    }

    @Override
    public void defaultText(String text) {
        int h = handlers[DEFAULT] != null ? DEFAULT : DEFAULT_EXPAND;
        call(h, PyStr.of(text));
    }

    @Override
    public void xmlDecl(String version, String enc, int standalone) {
        call(XML_DECL, strOrNone(version), strOrNone(enc), PyInt.of(standalone));
    }

    @Override
    public void startDoctype(String n, String sysid, String pubid, boolean internalSubset) {
        call(START_DOCTYPE, name(n), strOrNone(sysid), strOrNone(pubid), PyInt.of(internalSubset ? 1 : 0));
    }

    @Override
    public void endDoctype() {
        call(END_DOCTYPE);
    }

    @Override
    public void entityDecl(String n, boolean param, String value, String base, String sysid, String pubid,
        String notation) {
        call(ENTITY_DECL, name(n), PyInt.of(param ? 1 : 0), strOrNone(value), strOrNone(base), strOrNone(sysid),
            strOrNone(pubid), notation == null ? PyNone.NONE : name(notation));
    }

    @Override
    public void unparsedEntityDecl(String n, String base, String sysid, String pubid, String notation) {
        call(UNPARSED_ENTITY_DECL, name(n), strOrNone(base), strOrNone(sysid), strOrNone(pubid), name(notation));
    }

    @Override
    public void notationDecl(String n, String base, String sysid, String pubid) {
        call(NOTATION_DECL, name(n), strOrNone(base), strOrNone(sysid), strOrNone(pubid));
    }

    private PyObject model(XmlCore.Model m) {
        PyObject[] kids = new PyObject[m.children.size()];
        for (int i = 0; i < kids.length; i++) {
            kids[i] = model(m.children.get(i));
        }
        return PyTuple.of(PyInt.of(m.type), PyInt.of(m.quant), m.name == null ? PyNone.NONE : name(m.name),
            PyTuple.of(kids));
    }

    @Override
    public void elementDecl(String n, XmlCore.Model m) {
        call(ELEMENT_DECL, name(n), model(m));
    }

    @Override
    public void attlistDecl(String element, String attr, String type, String dflt, boolean required) {
        call(ATTLIST_DECL, name(element), name(attr), PyStr.of(type), strOrNone(dflt), PyInt.of(required ? 1 : 0));
    }

    private static boolean intResult(PyObject r) {
        if (r == null) {
            return true;
        }
        return Abstract.index(r).signum() != 0;
    }

    @Override
    public boolean externalEntityRef(String context, String base, String sysid, String pubid) {
        PyObject r = call(EXTERNAL_ENTITY_REF, strOrNone(context), strOrNone(base), strOrNone(sysid),
            strOrNone(pubid));
        return intResult(r);
    }

    @Override
    public boolean notStandalone() {
        return intResult(call(NOT_STANDALONE));
    }

    @Override
    public void skippedEntity(String n, boolean param) {
        call(SKIPPED_ENTITY, name(n), PyInt.of(param ? 1 : 0));
    }
}
