package org.pyvm.modules.expat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A streaming XML 1.0 parser with expat's observable behaviour: decoded text is appended to
 * a buffer by {@link #feed}, and {@link #run} reports every complete token it finds, keeping
 * an incomplete one for the next feed (character data is reported as far as it goes, split
 * at newlines and references as expat's content tokenizer splits it). Errors carry expat's
 * codes and the index of the offending character; positions (line, column in code points,
 * byte index in the input encoding) are counted lazily from the buffer.
 * Compare expat lib/xmlparse.c (doProlog, doContent, doCdataSection, storeAtts) and
 * lib/xmltok_impl.c (the tokenizers); the DTD declarations are parsed by {@link XmlDtd}.
 */
final class XmlCore {

    /** An element content model (XML_Content): type and quantifier as pyexpat.model numbers them. */
    static final class Model {
        final int type;
        int quant;
        final String name;
        final List<Model> children = new ArrayList<>();

        Model(int type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    /** A parse error: expat's code and the main-buffer index it is reported at. Not control flow. */
    static final class XmlError extends RuntimeException {
        final int code;
        final int at;

        XmlError(int code, int at) {
            super(ExpatErrors.message(code), null, false, false);
            this.code = code;
            this.at = at;
        }
    }

    /** A declared entity. */
    static final class Entity {
        final String name;
        String value;
        String sysid;
        String pubid;
        String notation;
        String base;
        boolean open;

        Entity(String name) {
            this.name = name;
        }
    }

    /** A declared attribute of an element (ATTLIST): its type and default. */
    static final class AttDef {
        final String name;
        final boolean cdata;
        final String dflt;

        AttDef(String name, boolean cdata, String dflt) {
            this.name = name;
            this.cdata = cdata;
            this.dflt = dflt;
        }
    }

    static final int NEED = -1;
    private static final int PROLOG = 0, CONTENT = 1, CDATA = 2, SUBSET = 3, EPILOG = 4;
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    final XmlEvents ev;
    final String nsSep;
    boolean returnTriplet;
    /** An external parsed entity (content at the top level, a text declaration) or the DTD subset. */
    final boolean external;
    final boolean externalDtd;

    /** The main buffer, its end and its start's position. */
    private char[] mb = new char[1024];
    private int mend;
    /** The buffer being read: the main one, or an internal entity's replacement text. */
    char[] b = mb;
    int pos;
    int end;
    boolean fin;
    private int entityDepth;

    /** Width of a char in input bytes: 8 = UTF-8, 16 = UTF-16, 1 = one byte per char. */
    int width = 8;
    private int trackIdx;
    private long line = 1;
    private long col;
    private long byteIdx;
    private boolean lastCR;
    /** Main-buffer index of the event being reported. */
    int evIdx;
    private boolean started;

    private int state = PROLOG;
    private boolean sawDoctype;
    private boolean sawRoot;
    boolean sawAnything;
    private final ArrayList<String> stack = new ArrayList<>();
    private final ArrayList<String[]> nsBindings = new ArrayList<>();
    private final HashMap<String, String> ns = new HashMap<>();

    // DTD state shared with XmlDtd.
    final HashMap<String, Entity> entities = new HashMap<>();
    final HashMap<String, Entity> paramEntities = new HashMap<>();
    final HashMap<String, List<AttDef>> attDefs = new HashMap<>();
    boolean standalone;
    boolean hasParamEntityRefs;
    boolean keepProcessing = true;
    int paramEntityParsing;
    boolean useForeignDTD;
    String base;
    /** Set when the input held bytes that do not decode: an invalid token at the buffer's end. */
    boolean inputBad;
    boolean inputPartial;
    int partialCode = ExpatErrors.PARTIAL_CHAR;
    /** Whether expat would convert the input to UTF-8, reporting text in pieces of at most 1024 bytes. */
    boolean converts;
    private final XmlDtd dtd;
    private String doctypeName;
    private String doctypeSys;
    private String doctypePub;

    XmlCore(XmlEvents ev, String nsSep, boolean external, boolean externalDtd) {
        this.ev = ev;
        this.nsSep = nsSep;
        this.external = external;
        this.externalDtd = externalDtd;
        this.dtd = new XmlDtd(this);
        if (externalDtd) {
            state = SUBSET;
        } else if (external) {
            state = CONTENT;
        }
        if (nsSep != null) {
            ns.put("xml", XML_NS);
        }
    }

    // ---------------------------------------------------------------- buffer and positions

    /** Appends decoded text, dropping what is consumed (after counting its positions). */
    void feed(CharSequence s) {
        advance(pos);
        if (pos > 0) {
            System.arraycopy(mb, pos, mb, 0, mend - pos);
            mend -= pos;
            trackIdx -= pos;
            evIdx = Math.max(0, evIdx - pos);
            pos = 0;
        }
        int n = s.length();
        if (mend + n > mb.length) {
            char[] nb = new char[Math.max(mb.length * 2, mend + n + 16)];
            System.arraycopy(mb, 0, nb, 0, mend);
            mb = nb;
        }
        for (int i = 0; i < n; i++) {
            mb[mend + i] = s.charAt(i);
        }
        mend += n;
        b = mb;
        end = mend;
    }

    /** Counts lines, columns and bytes from the tracked index up to main-buffer index IDX. */
    private void advance(int idx) {
        char[] m = mb;
        int i = trackIdx;
        if (idx > mend) {
            idx = mend;
        }
        while (i < idx) {
            char c = m[i++];
            if (c == '\n') {
                if (!lastCR) {
                    line++;
                    col = 0;
                }
                lastCR = false;
            } else if (c == '\r') {
                line++;
                col = 0;
                lastCR = true;
            } else {
                lastCR = false;
                if (!Character.isLowSurrogate(c)) {
                    col++;
                }
            }
            byteIdx += bytesOf(c);
        }
        if (i > trackIdx) {
            trackIdx = i;
        }
    }

    private int bytesOf(char c) {
        switch (width) {
            case 8:
                return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4
                    : Character.isLowSurrogate(c) ? 0 : 3;
            case 16:
                return 2;
            default:
                return 1;
        }
    }

    /** Line, column and byte index of main-buffer index IDX (at or after the tracked one). */
    long[] positionOf(int idx) {
        if (idx < trackIdx) {
            idx = trackIdx;
        }
        advance(idx);
        long l = line;
        long c = col;
        // A CR just before IDX already counted; nothing else to adjust.
        return new long[] {l, c, started ? byteIdx : -1};
    }

    /** Places the position (nothing parsed yet) at LINE, COLUMN, byte BYTE: where an unknown encoding's name is. */
    void placeAt(long atLine, long atColumn, long atByte) {
        line = atLine;
        col = atColumn;
        byteIdx = atByte;
        started = true;
    }

    long[] current() {
        return positionOf(evIdx);
    }

    XmlError error(int code, int at) {
        return new XmlError(code, entityDepth > 0 ? evIdx : at);
    }

    // ---------------------------------------------------------------- the driver

    /** Parses what the buffer holds; with FINAL, the input ends here. */
    void run(boolean isFinal) {
        fin = isFinal;
        if (mend > 0) {
            started = true;
        }
        while (true) {
            int r;
            switch (state) {
                case PROLOG:
                    r = prologStep();
                    break;
                case CONTENT:
                    r = contentStep();
                    break;
                case CDATA:
                    r = cdataStep();
                    break;
                case SUBSET:
                    r = subsetStep();
                    break;
                default:
                    r = epilogStep();
                    break;
            }
            if (r == NEED) {
                break;
            }
        }
        if (inputBad) {
            throw new XmlError(ExpatErrors.INVALID_TOKEN, mend);
        }
        if (!isFinal) {
            return;
        }
        if (inputPartial) {
            throw new XmlError(partialCode, pos < mend ? pos : mend);
        }
        switch (state) {
            case CDATA:
                throw new XmlError(ExpatErrors.UNCLOSED_CDATA_SECTION, mend);
            case CONTENT:
                if (pos < end) {
                    throw new XmlError(ExpatErrors.UNCLOSED_TOKEN, pos);
                }
                if (!stack.isEmpty() || !external) {
                    throw new XmlError(ExpatErrors.NO_ELEMENTS, mend);
                }
                return;
            case EPILOG:
                if (pos < end) {
                    throw new XmlError(ExpatErrors.UNCLOSED_TOKEN, pos);
                }
                return;
            case SUBSET:
                if (externalDtd && pos >= end) {
                    return;
                }
                // fall through
            default:
                if (pos < end) {
                    throw new XmlError(ExpatErrors.UNCLOSED_TOKEN, pos);
                }
                throw new XmlError(ExpatErrors.NO_ELEMENTS, mend);
        }
    }

    // ---------------------------------------------------------------- small scanners

    static boolean isWs(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isNameStart(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        }
        return Character.isLetter(c) || Character.isHighSurrogate((char) c) || c == 0x2070 || c == 0x218F
            || (c >= 0xF900 && c <= 0xFDCF) || Character.getType(c) == Character.LETTER_NUMBER;
    }

    static boolean isNameChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c == ':' || c == '-' || c == '.';
        }
        if (isNameStart(c) || c == 0xB7 || Character.isLowSurrogate((char) c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
            || t == Character.ENCLOSING_MARK || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.MODIFIER_LETTER;
    }

    /** Whether C may appear in a document at all (XML 1.0 Char, surrogates checked by pairs). */
    static boolean isXmlChar(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }

    /** Checks that I is a legal character position: an invalid character is an invalid token there. */
    private int checkChar(int i) {
        char c = b[i];
        if (c >= 0x20 && c < 0xD800) {
            return i + 1;
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= end) {
                return fin ? fail(ExpatErrors.INVALID_TOKEN, i) : NEED;
            }
            if (!Character.isLowSurrogate(b[i + 1])) {
                return fail(ExpatErrors.INVALID_TOKEN, i);
            }
            return i + 2;
        }
        if (!isXmlChar(c) || Character.isLowSurrogate(c)) {
            return fail(ExpatErrors.INVALID_TOKEN, i);
        }
        return i + 1;
    }

    int fail(int code, int at) {
        throw error(code, at);
    }

    /** The end of the name starting at I; NEED when the buffer ends inside it. */
    int scanName(int i) {
        if (i >= end) {
            return NEED;
        }
        int c = Character.codePointAt(b, i, end);
        if (!isNameStart(c)) {
            return fail(ExpatErrors.INVALID_TOKEN, i);
        }
        i += Character.charCount(c);
        while (i < end) {
            c = Character.codePointAt(b, i, end);
            if (!isNameChar(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return fin ? i : NEED;
    }

    /** The index after the whitespace at I; NEED at the end of unfinished input. */
    int skipWs(int i) {
        while (i < end && isWs(b[i])) {
            i++;
        }
        return i >= end && !fin ? NEED : i;
    }

    /** 1: the buffer at I starts with S; 0: it does not; NEED: too short to tell. */
    int lookingAt(int i, String s) {
        int n = s.length();
        for (int k = 0; k < n; k++) {
            if (i + k >= end) {
                return fin ? 0 : NEED;
            }
            if (b[i + k] != s.charAt(k)) {
                return 0;
            }
        }
        return 1;
    }

    String text(int from, int to) {
        return new String(b, from, to - from);
    }

    private void mark(int i) {
        if (entityDepth == 0) {
            evIdx = i;
        }
    }

    boolean hasDefault() {
        return ev.has(XmlEvents.DEFAULT) || ev.has(XmlEvents.DEFAULT_EXPAND);
    }

    void reportDefault(int from, int to) {
        if (hasDefault() && to > from) {
            mark(from);
            ev.defaultText(text(from, to));
        }
    }

    private void chars(String s, int from, int to) {
        sawAnything = true;
        mark(from);
        if (ev.has(XmlEvents.CHARACTER_DATA)) {
            if (converts && s.length() > 256) {
                convertedPieces(s);
                return;
            }
            ev.characters(s);
        } else if (hasDefault()) {
            ev.defaultText(text(from, to));
        }
    }

    /** Text in pieces of at most 1024 UTF-8 bytes, as expat's conversion buffer (dataBuf) cuts it. */
    private void convertedPieces(String s) {
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > 1024) {
                ev.characters(s.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        if (start < s.length()) {
            ev.characters(s.substring(start));
        }
    }

    // ---------------------------------------------------------------- prolog and epilog

    private int prologStep() {
        if (pos >= end) {
            return NEED;
        }
        char c = b[pos];
        if (isWs(c)) {
            int i = pos;
            while (i < end && isWs(b[i])) {
                i++;
            }
            reportDefault(pos, i);
            sawAnything = true;
            pos = i;
            return 0;
        }
        if (c != '<') {
            if (!sawAnything && c == 0xFEFF) {
                pos++;
                return 0;
            }
            if (isNameStart(c)) {
                // A name token: a syntax error where it stands, unless a bad character ends it.
                int ne = scanName(pos);
                if (ne == NEED) {
                    return NEED;
                }
                if (ne < end && !isWs(b[ne]) && ">)[]|,%".indexOf(b[ne]) < 0) {
                    return fail(ExpatErrors.INVALID_TOKEN, ne);
                }
                return fail(ExpatErrors.SYNTAX, pos);
            }
            checkChar(pos);
            return fail(ExpatErrors.SYNTAX, pos);
        }
        if (pos + 1 >= end) {
            return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
        }
        char n = b[pos + 1];
        if (n == '?') {
            return pi();
        }
        if (n == '!') {
            int r = lookingAt(pos, "<!--");
            if (r == NEED) {
                return NEED;
            }
            if (r == 1) {
                return comment();
            }
            r = lookingAt(pos, "<!DOCTYPE");
            if (r == NEED) {
                return NEED;
            }
            if (r == 1 && !sawDoctype) {
                return doctype();
            }
            int ne = scanName(pos + 2);
            if (ne == NEED) {
                return NEED;
            }
            return fail(ExpatErrors.INVALID_TOKEN, ne);
        }
        if (useForeignDTD && !sawDoctype) {
            useForeignDTD = false;
            hasParamEntityRefs = true;
            if (paramEntityParsing != 0 && ev.has(XmlEvents.EXTERNAL_ENTITY_REF)) {
                mark(pos);
                if (!ev.externalEntityRef(null, base, null, null)) {
                    return fail(ExpatErrors.EXTERNAL_ENTITY_HANDLING, pos);
                }
            }
        }
        int r = startTag();
        if (r != NEED) {
            sawRoot = true;
        }
        return r;
    }

    private int epilogStep() {
        if (pos >= end) {
            return NEED;
        }
        char c = b[pos];
        if (isWs(c)) {
            int i = pos;
            while (i < end && isWs(b[i])) {
                i++;
            }
            reportDefault(pos, i);
            pos = i;
            return 0;
        }
        if (c == '<') {
            if (pos + 1 >= end) {
                return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
            }
            char n = b[pos + 1];
            if (n == '?') {
                return pi();
            }
            if (n == '!') {
                int r = lookingAt(pos, "<!--");
                if (r == NEED) {
                    return NEED;
                }
                if (r == 1) {
                    return comment();
                }
            }
        }
        return fail(ExpatErrors.JUNK_AFTER_DOC_ELEMENT, pos);
    }

    /** A processing instruction or the XML declaration at POS. */
    private int pi() {
        int s = pos;
        int ne = scanName(s + 2);
        if (ne == NEED) {
            return NEED;
        }
        String target = text(s + 2, ne);
        int i = ne;
        int dataStart;
        if (i < end && b[i] == '?') {
            dataStart = i;
        } else if (i < end && isWs(b[i])) {
            dataStart = skipWs(i);
            if (dataStart == NEED) {
                return NEED;
            }
        } else if (i >= end) {
            return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
        } else {
            return fail(ExpatErrors.INVALID_TOKEN, i);
        }
        i = dataStart;
        while (true) {
            if (i >= end) {
                return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
            }
            if (b[i] == '?') {
                if (i + 1 >= end) {
                    return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
                }
                if (b[i + 1] == '>') {
                    break;
                }
                i++;
                continue;
            }
            int k = checkChar(i);
            if (k == NEED) {
                return NEED;
            }
            i = k;
        }
        int after = i + 2;
        if (target.equals("xml")) {
            boolean atStart = entityDepth == 0 && !sawAnything;
            if (!atStart || !(state == PROLOG || external || externalDtd)) {
                return fail(ExpatErrors.MISPLACED_XML_PI, s);
            }
            sawAnything = true;
            xmlDecl(s, ne, i);
            pos = after;
            return 0;
        }
        if (target.equalsIgnoreCase("xml")) {
            return fail(ExpatErrors.INVALID_TOKEN, s + 2);
        }
        sawAnything = true;
        mark(s);
        if (ev.has(XmlEvents.PI)) {
            ev.processingInstruction(target, normalizeNewlines(text(dataStart, i)));
        } else if (hasDefault()) {
            ev.defaultText(text(s, after));
        }
        pos = after;
        return 0;
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Encoding named by the declaration, for the decoder (set before the body is decoded). */
    String declaredEncoding;

    /** The XML (or, in an external entity, text) declaration between S and the "?>" at Q. */
    private void xmlDecl(int s, int ne, int q) {
        int code = (external || externalDtd) ? ExpatErrors.TEXT_DECL : ExpatErrors.XML_DECL;
        String version = null;
        String encoding = null;
        int sa = -1;
        int i = ne;
        String[] order = {"version", "encoding", "standalone"};
        int next = 0;
        while (true) {
            int w = i;
            while (i < q && isWs(b[i])) {
                i++;
            }
            if (i >= q) {
                break;
            }
            if (i == w) {
                fail(code, i);
            }
            int ns0 = i;
            while (i < q && isNameChar(b[i])) {
                i++;
            }
            String name = text(ns0, i);
            int k = next;
            while (k < 3 && !order[k].equals(name)) {
                k++;
            }
            if (k == 3 || (k == 0 && next != 0) || (k > 0 && next == 0 && !(external || externalDtd))) {
                fail(code, ns0);
            }
            next = k + 1;
            while (i < q && isWs(b[i])) {
                i++;
            }
            if (i >= q || b[i] != '=') {
                fail(code, i);
            }
            i++;
            while (i < q && isWs(b[i])) {
                i++;
            }
            if (i >= q || (b[i] != '"' && b[i] != '\'')) {
                fail(code, i);
            }
            char quote = b[i];
            int vs = ++i;
            while (i < q && b[i] != quote) {
                i++;
            }
            if (i >= q) {
                fail(code, vs);
            }
            String value = text(vs, i);
            i++;
            if (k == 0) {
                version = value;
            } else if (k == 1) {
                if (value.isEmpty() || !Character.isLetter(value.charAt(0))) {
                    fail(code, vs);
                }
                encoding = value;
            } else {
                if (value.equals("yes")) {
                    sa = 1;
                } else if (value.equals("no")) {
                    sa = 0;
                } else {
                    fail(code, vs);
                }
            }
        }
        if ((version == null && !(external || externalDtd)) || ((external || externalDtd) && encoding == null)) {
            fail(code, q);
        }
        if (sa == 1) {
            standalone = true;
        }
        mark(s);
        if (ev.has(XmlEvents.XML_DECL)) {
            ev.xmlDecl(version, encoding, sa);
        } else if (hasDefault()) {
            ev.defaultText(text(s, q + 2));
        }
    }

    private int comment() {
        int s = pos;
        int i = s + 4;
        while (true) {
            if (i >= end) {
                return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
            }
            if (b[i] == '-') {
                if (i + 1 >= end) {
                    return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
                }
                if (b[i + 1] == '-') {
                    if (i + 2 >= end) {
                        return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
                    }
                    if (b[i + 2] != '>') {
                        return fail(ExpatErrors.INVALID_TOKEN, i + 2);
                    }
                    break;
                }
                i++;
                continue;
            }
            int k = checkChar(i);
            if (k == NEED) {
                return NEED;
            }
            i = k;
        }
        sawAnything = true;
        mark(s);
        if (ev.has(XmlEvents.COMMENT)) {
            ev.comment(normalizeNewlines(text(s + 4, i)));
        } else if (hasDefault()) {
            ev.defaultText(text(s, i + 3));
        }
        pos = i + 3;
        return 0;
    }

    // ---------------------------------------------------------------- DOCTYPE

    /** Default-handler pieces of the DOCTYPE header, reported once it is complete. */
    private final ArrayList<int[]> pieces = new ArrayList<>();

    private int doctype() {
        int s = pos;
        pieces.clear();
        pieces.add(new int[] {s, s + 9});
        int i = s + 9;
        int w = skipWs(i);
        if (w == NEED) {
            return NEED;
        }
        if (w == i || w >= end) {
            return w >= end ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : fail(ExpatErrors.SYNTAX, w);
        }
        pieces.add(new int[] {i, w});
        int ne = scanName(w);
        if (ne == NEED) {
            return NEED;
        }
        String name = text(w, ne);
        pieces.add(new int[] {w, ne});
        i = ne;
        String sys = null;
        String pub = null;
        int sysPiece = -1;
        boolean subset;
        while (true) {
            w = skipWs(i);
            if (w == NEED) {
                return NEED;
            }
            if (w >= end) {
                return fail(ExpatErrors.UNCLOSED_TOKEN, s);
            }
            if (w > i) {
                pieces.add(new int[] {i, w});
            }
            char c = b[w];
            if (c == '[' || c == '>') {
                pieces.add(new int[] {w, w + 1});
                subset = c == '[';
                i = w + 1;
                break;
            }
            if (sys != null || w == i) {
                return fail(ExpatErrors.SYNTAX, w);
            }
            int ke = scanName(w);
            if (ke == NEED) {
                return NEED;
            }
            String kw = text(w, ke);
            pieces.add(new int[] {w, ke});
            boolean isPublic = kw.equals("PUBLIC");
            if (!isPublic && !kw.equals("SYSTEM")) {
                return fail(ExpatErrors.SYNTAX, w);
            }
            i = ke;
            for (int n = 0; n < (isPublic ? 2 : 1); n++) {
                w = skipWs(i);
                if (w == NEED) {
                    return NEED;
                }
                if (w >= end) {
                    return fail(ExpatErrors.UNCLOSED_TOKEN, s);
                }
                if (w == i || (b[w] != '"' && b[w] != '\'')) {
                    return fail(ExpatErrors.SYNTAX, w);
                }
                pieces.add(new int[] {i, w});
                int close = -1;
                for (int k = w + 1; k < end; k++) {
                    if (b[k] == b[w]) {
                        close = k;
                        break;
                    }
                }
                if (close < 0) {
                    return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
                }
                pieces.add(new int[] {w, close + 1});
                String lit = text(w + 1, close);
                if (isPublic && n == 0) {
                    pub = XmlDtd.normalizePublicId(lit);
                    if (!XmlDtd.validPublicId(lit)) {
                        return fail(ExpatErrors.PUBLICID, w);
                    }
                } else {
                    sys = lit;
                    sysPiece = pieces.size() - 1;
                }
                i = close + 1;
            }
            if (sys == null) {
                return fail(ExpatErrors.SYNTAX, i);
            }
        }
        // The whole header is here: report it.
        sawDoctype = true;
        sawAnything = true;
        doctypeName = name;
        doctypeSys = sys;
        doctypePub = pub;
        boolean dflt = !ev.has(XmlEvents.START_DOCTYPE) && hasDefault();
        if (sys != null) {
            hasParamEntityRefs = true;
        }
        for (int k = 0; k < pieces.size(); k++) {
            int[] p = pieces.get(k);
            if (dflt) {
                mark(p[0]);
                ev.defaultText(text(p[0], p[1]));
            }
            if (k == sysPiece && !standalone && paramEntityParsing == 0 && ev.has(XmlEvents.NOT_STANDALONE)) {
                // expat's XML_ROLE_DOCTYPE_SYSTEM_ID
                mark(p[0]);
                if (!ev.notStandalone()) {
                    return fail(ExpatErrors.NOT_STANDALONE, p[0]);
                }
            }
        }
        mark(i - 1);
        if (ev.has(XmlEvents.START_DOCTYPE)) {
            ev.startDoctype(name, sys, pub, subset);
        }
        pos = i;
        if (subset) {
            state = SUBSET;
            return 0;
        }
        return closeDoctype(i - 1);
    }

    /** XML_ROLE_DOCTYPE_CLOSE: the external subset, then EndDoctypeDeclHandler. */
    int closeDoctype(int at) {
        if (doctypeSys != null || useForeignDTD) {
            hasParamEntityRefs = true;
            if (paramEntityParsing != 0 && ev.has(XmlEvents.EXTERNAL_ENTITY_REF)) {
                mark(at);
                if (!ev.externalEntityRef(null, base, doctypeSys, doctypePub)) {
                    return fail(ExpatErrors.EXTERNAL_ENTITY_HANDLING, at);
                }
            }
            useForeignDTD = false;
        }
        mark(at);
        if (ev.has(XmlEvents.END_DOCTYPE)) {
            ev.endDoctype();
        }
        state = PROLOG;
        return 0;
    }

    private int subsetStep() {
        if (pos >= end) {
            return NEED;
        }
        char c = b[pos];
        if (isWs(c)) {
            int i = pos;
            while (i < end && isWs(b[i])) {
                i++;
            }
            reportDefault(pos, i);
            pos = i;
            return 0;
        }
        if (c == ']' && !externalDtd) {
            int i = skipWs(pos + 1);
            if (i == NEED) {
                return NEED;
            }
            if (i >= end) {
                return fail(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            if (b[i] != '>') {
                return fail(ExpatErrors.SYNTAX, i);
            }
            // expat's roles: ']' goes to the default handler unless StartDoctypeDeclHandler
            // is set, '>' unless EndDoctypeDeclHandler is.
            if (!ev.has(XmlEvents.START_DOCTYPE)) {
                reportDefault(pos, pos + 1);
            }
            if (!ev.has(XmlEvents.END_DOCTYPE)) {
                reportDefault(i, i + 1);
            }
            pos = i + 1;
            return closeDoctype(i);
        }
        if (c == '%') {
            int ne = scanName(pos + 1);
            if (ne == NEED) {
                return NEED;
            }
            if (ne >= end) {
                return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
            }
            if (b[ne] != ';') {
                return fail(ExpatErrors.INVALID_TOKEN, ne);
            }
            int s = pos;
            pos = ne + 1;
            dtd.paramEntityRef(text(s + 1, ne), s);
            return 0;
        }
        if (c != '<') {
            checkChar(pos);
            return fail(ExpatErrors.SYNTAX, pos);
        }
        if (pos + 1 >= end) {
            return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
        }
        if (b[pos + 1] == '?') {
            return pi();
        }
        int r = lookingAt(pos, "<!--");
        if (r == NEED) {
            return NEED;
        }
        if (r == 1) {
            return comment();
        }
        if (b[pos + 1] != '!') {
            return fail(ExpatErrors.SYNTAX, pos);
        }
        // A markup declaration: find its '>' outside quoted literals.
        int i = pos + 2;
        char quote = 0;
        while (true) {
            if (i >= end) {
                return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
            }
            char d = b[i];
            if (quote != 0) {
                if (d == quote) {
                    quote = 0;
                }
            } else if (d == '"' || d == '\'') {
                quote = d;
            } else if (d == '>') {
                break;
            } else if (d == '<') {
                return fail(ExpatErrors.SYNTAX, i);
            }
            i++;
        }
        int s = pos;
        pos = i + 1;
        dtd.declaration(s, i);
        return 0;
    }

    // ---------------------------------------------------------------- content

    private int contentStep() {
        if (pos >= end) {
            return NEED;
        }
        char c = b[pos];
        if (c == 0xFEFF && !sawAnything && entityDepth == 0) {
            pos++;
            return 0;
        }
        if (c == '<') {
            if (pos + 1 >= end) {
                return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
            }
            char n = b[pos + 1];
            if (n == '/') {
                return endTag();
            }
            if (n == '?') {
                return pi();
            }
            if (n == '!') {
                int r = lookingAt(pos, "<!--");
                if (r == NEED) {
                    return NEED;
                }
                if (r == 1) {
                    return comment();
                }
                r = lookingAt(pos, "<![CDATA[");
                if (r == NEED) {
                    return NEED;
                }
                if (r == 1) {
                    mark(pos);
                    if (ev.has(XmlEvents.START_CDATA)) {
                        ev.startCdata();
                    } else if (hasDefault()) {
                        ev.defaultText("<![CDATA[");
                    }
                    pos += 9;
                    state = CDATA;
                    return 0;
                }
                return fail(ExpatErrors.INVALID_TOKEN, pos + 2);
            }
            return startTag();
        }
        if (c == '&') {
            return reference();
        }
        if (c == '\n') {
            chars("\n", pos, pos + 1);
            pos++;
            return 0;
        }
        if (c == '\r') {
            if (pos + 1 >= end && !fin) {
                return NEED;
            }
            int n = pos + 1 < end && b[pos + 1] == '\n' ? 2 : 1;
            chars("\n", pos, pos + n);
            pos += n;
            return 0;
        }
        int i = pos;
        while (i < end) {
            char d = b[i];
            if (d == '<' || d == '&' || d == '\n' || d == '\r') {
                break;
            }
            if (d == ']') {
                if (i + 2 >= end) {
                    if (!fin) {
                        // Maybe "]]>": wait, as expat's tokenizer does.
                        if (i + 1 >= end || b[i + 1] == ']') {
                            break;
                        }
                    }
                } else if (b[i + 1] == ']' && b[i + 2] == '>') {
                    if (i > pos) {
                        break;
                    }
                    return fail(ExpatErrors.INVALID_TOKEN, i + 2);
                }
                i++;
                continue;
            }
            int k = checkChar(i);
            if (k == NEED) {
                break;
            }
            i = k;
        }
        if (i == pos) {
            return NEED;
        }
        chars(text(pos, i), pos, i);
        pos = i;
        return 0;
    }

    private int cdataStep() {
        if (pos >= end) {
            return NEED;
        }
        char c = b[pos];
        if (c == '\n' || c == '\r') {
            int n = 1;
            if (c == '\r') {
                if (pos + 1 >= end && !fin) {
                    return NEED;
                }
                n = pos + 1 < end && b[pos + 1] == '\n' ? 2 : 1;
            }
            chars("\n", pos, pos + n);
            pos += n;
            return 0;
        }
        if (c == ']') {
            int r = lookingAt(pos, "]]>");
            if (r == NEED) {
                return NEED;
            }
            if (r == 1) {
                mark(pos);
                if (ev.has(XmlEvents.END_CDATA)) {
                    ev.endCdata();
                } else if (hasDefault()) {
                    ev.defaultText("]]>");
                }
                pos += 3;
                state = CONTENT;
                return 0;
            }
        }
        int i = pos;
        while (i < end) {
            char d = b[i];
            if (d == '\n' || d == '\r') {
                break;
            }
            if (d == ']' && i > pos) {
                break;
            }
            if (d == ']') {
                i++;
                continue;
            }
            int k = checkChar(i);
            if (k == NEED) {
                break;
            }
            i = k;
        }
        if (i == pos) {
            return NEED;
        }
        chars(text(pos, i), pos, i);
        pos = i;
        return 0;
    }

    /** A character or entity reference in content. */
    private int reference() {
        int s = pos;
        if (s + 1 >= end) {
            return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
        }
        if (b[s + 1] == '#') {
            int e = charRefEnd(s);
            if (e == NEED) {
                return NEED;
            }
            int cp = charRefValue(s, e);
            chars(new String(Character.toChars(cp)), s, e + 1);
            pos = e + 1;
            return 0;
        }
        int ne = scanName(s + 1);
        if (ne == NEED) {
            return NEED;
        }
        if (ne >= end) {
            return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
        }
        if (b[ne] != ';') {
            return fail(ExpatErrors.INVALID_TOKEN, ne);
        }
        String name = text(s + 1, ne);
        pos = ne + 1;
        String pre = predefined(name);
        if (pre != null) {
            chars(pre, s, ne + 1);
            return 0;
        }
        Entity e = entities.get(name);
        if (!hasParamEntityRefs || standalone) {
            if (e == null) {
                return fail(ExpatErrors.UNDEFINED_ENTITY, s);
            }
        } else if (e == null) {
            mark(s);
            if (ev.has(XmlEvents.SKIPPED_ENTITY)) {
                ev.skippedEntity(name, false);
            } else if (hasDefault()) {
                ev.defaultText(text(s, ne + 1));
            }
            return 0;
        }
        if (e.open) {
            return fail(ExpatErrors.RECURSIVE_ENTITY_REF, s);
        }
        if (e.notation != null) {
            return fail(ExpatErrors.BINARY_ENTITY_REF, s);
        }
        mark(s);
        if (e.value != null) {
            if (ev.defaultNoExpand() && ev.has(XmlEvents.DEFAULT)) {
                ev.defaultText(text(s, ne + 1));
                return 0;
            }
            expandInContent(e, s);
            return 0;
        }
        if (ev.has(XmlEvents.EXTERNAL_ENTITY_REF)) {
            if (!ev.externalEntityRef(name, e.base, e.sysid, e.pubid)) {
                return fail(ExpatErrors.EXTERNAL_ENTITY_HANDLING, s);
            }
        } else if (hasDefault()) {
            ev.defaultText(text(s, ne + 1));
        }
        return 0;
    }

    static String predefined(String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                return null;
        }
    }

    /** The index of the ';' ending the character reference at S ("&#..."); NEED if unfinished. */
    int charRefEnd(int s) {
        int i = s + 2;
        boolean hex = false;
        if (i < end && b[i] == 'x') {
            hex = true;
            i++;
        }
        int digits = i;
        while (i < end) {
            char c = b[i];
            if (c == ';') {
                if (i == digits) {
                    return fail(ExpatErrors.INVALID_TOKEN, i);
                }
                return i;
            }
            boolean ok = (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!ok) {
                return fail(ExpatErrors.INVALID_TOKEN, i);
            }
            i++;
        }
        return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
    }

    /** The code point of the character reference from S to the ';' at E (checked). */
    int charRefValue(int s, int e) {
        boolean hex = b[s + 2] == 'x';
        long v = 0;
        for (int i = s + (hex ? 3 : 2); i < e; i++) {
            v = v * (hex ? 16 : 10) + Character.digit(b[i], 16);
            if (v > 0x10FFFF) {
                return fail(ExpatErrors.BAD_CHAR_REF, s);
            }
        }
        int cp = (int) v;
        boolean ok = cp == 9 || cp == 10 || cp == 13 || (cp >= 0x20 && cp < 0xD800) || (cp >= 0xE000 && cp < 0xFFFE)
            || cp >= 0x10000;
        if (!ok) {
            return fail(ExpatErrors.BAD_CHAR_REF, s);
        }
        return cp;
    }

    /** Parses an internal entity's replacement text as content, at the reference's position. */
    private void expandInContent(Entity e, int refAt) {
        char[] sb = b;
        int spos = pos;
        int send = end;
        boolean sfin = fin;
        int sstate = state;
        int depth = stack.size();
        e.open = true;
        entityDepth++;
        try {
            b = e.value.toCharArray();
            pos = 0;
            end = b.length;
            fin = true;
            while (pos < end) {
                int r = state == CDATA ? cdataStep() : contentStep();
                if (r == NEED) {
                    throw error(ExpatErrors.UNCLOSED_TOKEN, refAt);
                }
                if (stack.size() < depth) {
                    throw error(ExpatErrors.ASYNC_ENTITY, refAt);
                }
            }
            if (stack.size() != depth || state != CONTENT) {
                throw error(ExpatErrors.ASYNC_ENTITY, refAt);
            }
        } finally {
            entityDepth--;
            e.open = false;
            b = sb;
            pos = spos;
            end = send;
            fin = sfin;
            if (state != EPILOG) {
                state = sstate;
            }
        }
    }

    // ---------------------------------------------------------------- tags

    private final ArrayList<String> attrs = new ArrayList<>();
    private final ArrayList<Integer> attrAt = new ArrayList<>();

    private int startTag() {
        int s = pos;
        int ne = scanName(s + 1);
        if (ne == NEED) {
            return NEED;
        }
        String name = text(s + 1, ne);
        attrs.clear();
        attrAt.clear();
        int i = ne;
        boolean empty;
        while (true) {
            int w = skipWs(i);
            if (w == NEED) {
                return NEED;
            }
            if (w >= end) {
                return fail(ExpatErrors.UNCLOSED_TOKEN, s);
            }
            char c = b[w];
            if (c == '>') {
                empty = false;
                i = w + 1;
                break;
            }
            if (c == '/') {
                if (w + 1 >= end) {
                    return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, s) : NEED;
                }
                if (b[w + 1] != '>') {
                    return fail(ExpatErrors.INVALID_TOKEN, w + 1);
                }
                empty = true;
                i = w + 2;
                break;
            }
            if (w == i) {
                return fail(ExpatErrors.INVALID_TOKEN, w);
            }
            int an = scanName(w);
            if (an == NEED) {
                return NEED;
            }
            String aname = text(w, an);
            int eq = skipWs(an);
            if (eq == NEED) {
                return NEED;
            }
            if (eq >= end) {
                return fail(ExpatErrors.UNCLOSED_TOKEN, s);
            }
            if (b[eq] != '=') {
                return fail(ExpatErrors.INVALID_TOKEN, eq);
            }
            int q = skipWs(eq + 1);
            if (q == NEED) {
                return NEED;
            }
            if (q >= end) {
                return fail(ExpatErrors.UNCLOSED_TOKEN, s);
            }
            if (b[q] != '"' && b[q] != '\'') {
                return fail(ExpatErrors.INVALID_TOKEN, q);
            }
            int close = attValueEnd(q);
            if (close == NEED) {
                return NEED;
            }
            attrs.add(aname);
            attrs.add(null);
            attrAt.add(w);
            attrAt.add(q);
            i = close + 1;
        }
        // The tag is complete: expand the values and report it.
        for (int k = 0; k < attrs.size(); k += 2) {
            int q = attrAt.get(k + 1);
            String v = attValue(q + 1, attValueEnd(q), b);
            attrs.set(k + 1, v);
            for (int j = 0; j < k; j += 2) {
                if (attrs.get(j).equals(attrs.get(k))) {
                    return fail(ExpatErrors.DUPLICATE_ATTRIBUTE, attrAt.get(k));
                }
            }
        }
        pos = i;
        sawAnything = true;
        if (state == PROLOG) {
            state = CONTENT;
        }
        reportStart(name, s, i, empty);
        return 0;
    }

    private int attValueEnd(int q) {
        char quote = b[q];
        for (int k = q + 1; k < end; k++) {
            char c = b[k];
            if (c == quote) {
                return k;
            }
            if (c == '<') {
                return fail(ExpatErrors.INVALID_TOKEN, k);
            }
            if (c == '&') {
                int e;
                if (k + 1 < end && b[k + 1] == '#') {
                    e = charRefEnd(k);
                } else {
                    e = scanName(k + 1);
                    if (e != NEED && e < end && b[e] != ';') {
                        return fail(ExpatErrors.INVALID_TOKEN, e);
                    }
                    if (e != NEED && e >= end) {
                        e = fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
                    }
                }
                if (e == NEED) {
                    return NEED;
                }
                k = e;
                continue;
            }
            int n = checkChar(k);
            if (n == NEED) {
                return NEED;
            }
            k = n - 1;
        }
        return fin ? fail(ExpatErrors.UNCLOSED_TOKEN, pos) : NEED;
    }

    /** The normalized value of the attribute text FROM..TO of BUF (references expanded). */
    private String attValue(int from, int to, char[] buf) {
        StringBuilder out = new StringBuilder(to - from);
        appendAttValue(out, from, to, buf);
        return out.toString();
    }

    private void appendAttValue(StringBuilder out, int from, int to, char[] buf) {
        for (int k = from; k < to; k++) {
            char c = buf[k];
            if (c == '\r') {
                out.append(' ');
                if (k + 1 < to && buf[k + 1] == '\n') {
                    k++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(' ');
            } else if (c == '&') {
                int semi = k + 1;
                while (buf[semi] != ';') {
                    semi++;
                }
                if (buf[k + 1] == '#') {
                    char[] saved = b;
                    int savedEnd = end;
                    b = buf;
                    end = to;
                    int cp;
                    try {
                        cp = charRefValue(k, semi);
                    } finally {
                        b = saved;
                        end = savedEnd;
                    }
                    out.appendCodePoint(cp);
                } else {
                    String name = new String(buf, k + 1, semi - k - 1);
                    String pre = predefined(name);
                    if (pre != null) {
                        out.append(pre);
                    } else {
                        Entity e = entities.get(name);
                        if (e == null) {
                            if (!hasParamEntityRefs || standalone) {
                                fail(ExpatErrors.UNDEFINED_ENTITY, buf == mb ? k : evIdx);
                            }
                        } else if (e.open) {
                            fail(ExpatErrors.RECURSIVE_ENTITY_REF, buf == mb ? k : evIdx);
                        } else if (e.value == null) {
                            fail(ExpatErrors.ATTRIBUTE_EXTERNAL_ENTITY_REF, buf == mb ? k : evIdx);
                        } else {
                            char[] v = e.value.toCharArray();
                            for (char vc : v) {
                                if (vc == '<') {
                                    fail(ExpatErrors.INVALID_TOKEN, buf == mb ? k : evIdx);
                                }
                            }
                            e.open = true;
                            try {
                                appendAttValue(out, 0, v.length, v);
                            } finally {
                                e.open = false;
                            }
                        }
                    }
                }
                k = semi;
            } else {
                out.append(c);
            }
        }
    }

    /** Collapses spaces, as for a declared non-CDATA attribute. */
    private static String collapse(String v) {
        StringBuilder sb = new StringBuilder();
        for (String part : v.split(" ")) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    private void reportStart(String qname, int s, int e, boolean empty) {
        List<AttDef> defs = attDefs.get(qname);
        int specified = attrs.size();
        if (defs != null) {
            for (AttDef d : defs) {
                int k = attrs.indexOf(d.name);
                while (k >= 0 && (k & 1) == 1) {
                    k = indexFrom(d.name, k + 1);
                }
                if (k >= 0) {
                    if (!d.cdata) {
                        attrs.set(k + 1, collapse(attrs.get(k + 1)));
                    }
                } else if (d.dflt != null) {
                    attrs.add(d.name);
                    attrs.add(d.dflt);
                }
            }
        }
        String name = qname;
        String[] bindings = null;
        if (nsSep != null) {
            ArrayList<String> bound = new ArrayList<>();
            for (int k = 0; k < attrs.size(); k += 2) {
                String an = attrs.get(k);
                String prefix;
                if (an.equals("xmlns")) {
                    prefix = "";
                } else if (an.startsWith("xmlns:")) {
                    prefix = an.substring(6);
                } else {
                    continue;
                }
                String uri = attrs.get(k + 1);
                int at = s;
                if (prefix.equals("xmlns")) {
                    fail(ExpatErrors.RESERVED_PREFIX_XMLNS, at);
                }
                if (prefix.equals("xml") != uri.equals(XML_NS)) {
                    fail(prefix.equals("xml") ? ExpatErrors.RESERVED_PREFIX_XML : ExpatErrors.RESERVED_NAMESPACE_URI,
                        at);
                }
                if (uri.equals(XMLNS_NS)) {
                    fail(ExpatErrors.RESERVED_NAMESPACE_URI, at);
                }
                if (uri.isEmpty() && !prefix.isEmpty()) {
                    fail(ExpatErrors.UNDECLARING_PREFIX, at);
                }
                bound.add(prefix);
                bound.add(ns.get(prefix));
                ns.put(prefix, uri.isEmpty() ? null : uri);
                if (k < specified) {
                    specified -= 2;
                }
                attrs.remove(k);
                attrs.remove(k);
                k -= 2;
                mark(s);
                if (ev.has(XmlEvents.START_NS)) {
                    ev.startNamespace(prefix.isEmpty() ? null : prefix, uri.isEmpty() ? null : uri);
                }
            }
            bindings = bound.toArray(new String[0]);
            name = expand(qname, true, s);
            for (int k = 0; k < attrs.size(); k += 2) {
                String an = attrs.get(k);
                if (an.indexOf(':') >= 0) {
                    attrs.set(k, expand(an, false, s));
                    for (int j = 0; j < k; j += 2) {
                        if (attrs.get(j).equals(attrs.get(k))) {
                            fail(ExpatErrors.DUPLICATE_ATTRIBUTE, s);
                        }
                    }
                }
            }
        }
        stack.add(qname);
        nsBindings.add(bindings);
        mark(s);
        if (ev.has(XmlEvents.START_ELEMENT)) {
            ev.startElement(name, attrs, specified);
        } else if (hasDefault() && !(empty && ev.has(XmlEvents.END_ELEMENT))) {
            ev.defaultText(text(s, e));
        }
        if (empty) {
            finishElement(s, e, true);
        }
    }

    private int indexFrom(String v, int from) {
        for (int k = from; k < attrs.size(); k++) {
            if (attrs.get(k).equals(v)) {
                return k;
            }
        }
        return -1;
    }

    /** QNAME with its prefix replaced by the namespace URI and the separator. */
    private String expand(String qname, boolean element, int at) {
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = colon < 0 ? qname : qname.substring(colon + 1);
        if (colon < 0 && !element) {
            return qname;
        }
        if (colon >= 0 && !ns.containsKey(prefix)) {
            fail(ExpatErrors.UNBOUND_PREFIX, at);
        }
        String uri = ns.get(prefix);
        if (uri == null) {
            if (colon >= 0) {
                fail(ExpatErrors.UNBOUND_PREFIX, at);
            }
            return local;
        }
        if (returnTriplet && colon >= 0) {
            return uri + nsSep + local + nsSep + prefix;
        }
        return uri + nsSep + local;
    }

    private int endTag() {
        int s = pos;
        int ne = scanName(s + 2);
        if (ne == NEED) {
            return NEED;
        }
        int w = skipWs(ne);
        if (w == NEED) {
            return NEED;
        }
        if (w >= end) {
            return fail(ExpatErrors.UNCLOSED_TOKEN, s);
        }
        if (b[w] != '>') {
            return fail(ExpatErrors.INVALID_TOKEN, w);
        }
        String qname = text(s + 2, ne);
        if (stack.isEmpty()) {
            return fail(entityDepth > 0 ? ExpatErrors.ASYNC_ENTITY : ExpatErrors.TAG_MISMATCH, s + 2);
        }
        if (!stack.get(stack.size() - 1).equals(qname)) {
            return fail(ExpatErrors.TAG_MISMATCH, s + 2);
        }
        pos = w + 1;
        finishElement(s, w + 1, false);
        return 0;
    }

    private void finishElement(int s, int e, boolean empty) {
        String qname = stack.remove(stack.size() - 1);
        String[] bindings = nsBindings.remove(nsBindings.size() - 1);
        String name = qname;
        if (nsSep != null) {
            name = expand(qname, true, s);
        }
        // expat moves the position to the tag's end only when both element handlers are set.
        mark(empty && ev.has(XmlEvents.START_ELEMENT) && ev.has(XmlEvents.END_ELEMENT) ? e : s);
        if (ev.has(XmlEvents.END_ELEMENT)) {
            ev.endElement(name);
        } else if (hasDefault() && !empty) {
            ev.defaultText(text(s, e));
        }
        if (bindings != null) {
            for (int k = bindings.length - 2; k >= 0; k -= 2) {
                String prefix = bindings[k];
                if (bindings[k + 1] == null && !prefix.equals("xml")) {
                    if (prefix.isEmpty()) {
                        ns.put(prefix, null);
                    } else {
                        ns.remove(prefix);
                    }
                } else {
                    ns.put(prefix, bindings[k + 1]);
                }
                if (ev.has(XmlEvents.END_NS)) {
                    ev.endNamespace(prefix.isEmpty() ? null : prefix);
                }
            }
        }
        if (stack.isEmpty() && !external && entityDepth == 0) {
            state = EPILOG;
        }
    }

    /** GetInputContext: the buffered input around the current event, and the event's offset in it. */
    /** After a Parse call expat's position is where parsing stopped. */
    void markStop() {
        if (entityDepth == 0) {
            evIdx = pos;
        }
    }

    String inputContext() {
        return new String(mb, 0, mend);
    }

    int contextOffset() {
        return evIdx;
    }
}
