package org.pyvm.modules.expat;

import java.util.ArrayList;

/**
 * The markup declarations of a DOCTYPE's subset (ELEMENT, ATTLIST, ENTITY, NOTATION) and
 * parameter-entity references, parsed once {@link XmlCore} has found a whole declaration.
 * Reports go to the same handlers expat calls; a declaration after an unread parameter
 * entity is skipped as expat skips it (keepProcessing). Compare expat lib/xmlparse.c:
 * doProlog's XML_ROLE_* cases, and lib/xmlrole.c for the grammar.
 */
final class XmlDtd {

    private final XmlCore core;
    /** Cursor and end ('>') of the declaration being parsed. */
    private int p;
    private int e;
    /** Default-handler pieces of the declaration. */
    private final ArrayList<int[]> pieces = new ArrayList<>();

    XmlDtd(XmlCore core) {
        this.core = core;
    }

    private char[] b() {
        return core.b;
    }

    private RuntimeException syntax() {
        throw core.error(ExpatErrors.SYNTAX, p);
    }

    /** Skips required whitespace. */
    private void ws() {
        int s = p;
        while (p < e && XmlCore.isWs(b()[p])) {
            p++;
        }
        if (p == s) {
            syntax();
        }
        pieces.add(new int[] {s, p});
    }

    private boolean optWs() {
        int s = p;
        while (p < e && XmlCore.isWs(b()[p])) {
            p++;
        }
        if (p > s) {
            pieces.add(new int[] {s, p});
            return true;
        }
        return false;
    }

    private String name() {
        int s = p;
        if (p >= e || !XmlCore.isNameStart(b()[p])) {
            syntax();
        }
        while (p < e && XmlCore.isNameChar(b()[p])) {
            p++;
        }
        pieces.add(new int[] {s, p});
        return new String(b(), s, p - s);
    }

    private String nmtoken() {
        int s = p;
        while (p < e && XmlCore.isNameChar(b()[p])) {
            p++;
        }
        if (p == s) {
            syntax();
        }
        pieces.add(new int[] {s, p});
        return new String(b(), s, p - s);
    }

    /** A quoted literal's text (between the quotes). */
    private String literal() {
        if (p >= e || (b()[p] != '"' && b()[p] != '\'')) {
            syntax();
        }
        char q = b()[p];
        int s = p;
        int k = p + 1;
        while (k < e && b()[k] != q) {
            k++;
        }
        if (k >= e) {
            syntax();
        }
        p = k + 1;
        pieces.add(new int[] {s, p});
        return new String(b(), s + 1, k - s - 1);
    }

    private boolean keyword(String kw) {
        int n = kw.length();
        if (p + n > e) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b()[p + i] != kw.charAt(i)) {
                return false;
            }
        }
        if (p + n < e && XmlCore.isNameChar(b()[p + n])) {
            return false;
        }
        pieces.add(new int[] {p, p + n});
        p += n;
        return true;
    }

    static boolean validPublicId(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || " \r\n-'()+,./:=?;!*#@$_%".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Collapses whitespace in a public id, as expat's normalizePublicId does. */
    static String normalizePublicId(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (XmlCore.isWs(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The declaration from S ("<!") to the '>' at GT. */
    void declaration(int s, int gt) {
        p = s + 2;
        e = gt;
        pieces.clear();
        pieces.add(new int[] {s, s + 2});
        int kwStart = p;
        String kw;
        try {
            kw = name();
        } catch (XmlCore.XmlError err) {
            throw core.error(ExpatErrors.INVALID_TOKEN, kwStart);
        }
        pieces.remove(pieces.size() - 1);
        pieces.set(0, new int[] {s, p});
        boolean reported;
        switch (kw) {
            case "ENTITY":
                reported = entity(s);
                break;
            case "ATTLIST":
                reported = attlist(s);
                break;
            case "ELEMENT":
                reported = element(s);
                break;
            case "NOTATION":
                reported = notation(s);
                break;
            default:
                throw core.error(ExpatErrors.SYNTAX, kwStart);
        }
        if (!reported && core.hasDefault()) {
            for (int[] piece : pieces) {
                core.reportDefault(piece[0], piece[1]);
            }
            core.reportDefault(gt, gt + 1);
        }
    }

    /** Where the last external id's system literal started (-1: none). */
    private int sysAt;

    private String[] externalId(boolean notation) {
        sysAt = -1;
        String sys = null;
        String pub = null;
        if (keyword("SYSTEM")) {
            ws();
            sysAt = p;
            sys = literal();
        } else if (keyword("PUBLIC")) {
            ws();
            int at = p;
            String raw = literal();
            if (!validPublicId(raw)) {
                throw core.error(ExpatErrors.PUBLICID, at);
            }
            pub = normalizePublicId(raw);
            boolean sp = optWs();
            if (p < e && (b()[p] == '"' || b()[p] == '\'')) {
                if (!sp) {
                    syntax();
                }
                sysAt = p;
                sys = literal();
            } else if (!notation) {
                syntax();
            }
        } else {
            return null;
        }
        return new String[] {sys, pub};
    }

    private boolean entity(int s) {
        ws();
        boolean param = false;
        if (p < e && b()[p] == '%') {
            pieces.add(new int[] {p, p + 1});
            p++;
            ws();
            param = true;
        }
        String name = name();
        ws();
        XmlCore.Entity ent = new XmlCore.Entity(name);
        ent.base = core.base;
        int reportAt = e;
        if (p < e && (b()[p] == '"' || b()[p] == '\'')) {
            int at = p;
            reportAt = p;
            String raw = literal();
            ent.value = entityValue(raw, at + 1);
        } else {
            String[] id = externalId(false);
            if (id == null) {
                syntax();
            }
            ent.sysid = id[0];
            ent.pubid = id[1];
            boolean sp = optWs();
            if (!param && sp && keyword("NDATA")) {
                ws();
                reportAt = p;
                ent.notation = name();
            }
        }
        optWs();
        if (p != e) {
            syntax();
        }
        if (!core.keepProcessing) {
            return false;
        }
        java.util.HashMap<String, XmlCore.Entity> table = param ? core.paramEntities : core.entities;
        if (table.containsKey(name)) {
            return false;
        }
        table.put(name, ent);
        XmlEvents ev = core.ev;
        core.evIdx = reportAt;
        if (ent.notation != null) {
            if (ev.has(XmlEvents.UNPARSED_ENTITY_DECL)) {
                ev.unparsedEntityDecl(name, ent.base, ent.sysid, ent.pubid, ent.notation);
                return true;
            }
            if (ev.has(XmlEvents.ENTITY_DECL)) {
                ev.entityDecl(name, false, null, ent.base, ent.sysid, ent.pubid, ent.notation);
                return true;
            }
            return false;
        }
        if (ev.has(XmlEvents.ENTITY_DECL)) {
            ev.entityDecl(name, param, ent.value, ent.value == null ? ent.base : null, ent.sysid, ent.pubid, null);
            return true;
        }
        return false;
    }

    /** An entity value: character references replaced, newlines normalized, general references kept. */
    private String entityValue(String raw, int at) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&' && i + 1 < raw.length() && raw.charAt(i + 1) == '#') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    throw core.error(ExpatErrors.INVALID_TOKEN, at + i);
                }
                int v = core.charRefValue(at + i, at + semi);
                sb.appendCodePoint(v);
                i = semi;
            } else if (c == '%') {
                throw core.error(ExpatErrors.PARAM_ENTITY_REF, at + i);
            } else if (c == '\r') {
                sb.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private boolean notation(int s) {
        ws();
        String name = name();
        ws();
        String[] id = externalId(true);
        if (id == null) {
            syntax();
        }
        optWs();
        if (p != e) {
            syntax();
        }
        if (!core.keepProcessing || !core.ev.has(XmlEvents.NOTATION_DECL)) {
            return false;
        }
        core.evIdx = id[0] != null ? sysAt : e;
        core.ev.notationDecl(name, core.base, id[0], id[1]);
        return true;
    }

    private boolean attlist(int s) {
        ws();
        String element = name();
        boolean reported = false;
        while (true) {
            boolean sp = optWs();
            if (p >= e) {
                break;
            }
            if (!sp) {
                syntax();
            }
            String att = name();
            ws();
            String type;
            boolean cdata = false;
            if (p < e && b()[p] == '(') {
                type = enumeration();
            } else {
                type = name();
                switch (type) {
                    case "CDATA":
                        cdata = true;
                        break;
                    case "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS":
                        break;
                    case "NOTATION":
                        ws();
                        type = "NOTATION" + enumeration();
                        break;
                    default:
                        syntax();
                }
            }
            ws();
            String dflt = null;
            boolean required = false;
            int reportAt = p;
            if (p < e && b()[p] == '#') {
                p++;
                String kw = name();
                if (kw.equals("REQUIRED")) {
                    required = true;
                } else if (kw.equals("FIXED")) {
                    required = true;
                    ws();
                    reportAt = p;
                    dflt = attDefault(cdata);
                } else if (!kw.equals("IMPLIED")) {
                    syntax();
                }
            } else {
                dflt = attDefault(cdata);
            }
            if (!core.keepProcessing) {
                continue;
            }
            java.util.List<XmlCore.AttDef> defs = core.attDefs.computeIfAbsent(element, k -> new ArrayList<>());
            boolean seen = false;
            for (XmlCore.AttDef d : defs) {
                seen |= d.name.equals(att);
            }
            if (seen) {
                continue;
            }
            defs.add(new XmlCore.AttDef(att, cdata, dflt));
            if (core.ev.has(XmlEvents.ATTLIST_DECL)) {
                core.evIdx = reportAt;
                core.ev.attlistDecl(element, att, type, dflt, required);
                reported = true;
            }
        }
        return reported;
    }

    private String attDefault(boolean cdata) {
        int at = p;
        String raw = literal();
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '<') {
                throw core.error(ExpatErrors.INVALID_TOKEN, at + 1 + i);
            }
        }
        // References in defaults are expanded like those of attribute values.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    throw core.error(ExpatErrors.INVALID_TOKEN, at + 1 + i);
                }
                String ref = raw.substring(i + 1, semi);
                if (ref.startsWith("#")) {
                    sb.appendCodePoint(core.charRefValue(at + 1 + i, at + 1 + semi));
                } else {
                    String pre = XmlCore.predefined(ref);
                    XmlCore.Entity ent = core.entities.get(ref);
                    if (pre != null) {
                        sb.append(pre);
                    } else if (ent != null && ent.value != null) {
                        sb.append(ent.value);
                    } else if (ent != null) {
                        throw core.error(ExpatErrors.ATTRIBUTE_EXTERNAL_ENTITY_REF, at + 1 + i);
                    } else if (!core.hasParamEntityRefs || core.standalone) {
                        throw core.error(ExpatErrors.UNDEFINED_ENTITY, at + 1 + i);
                    }
                }
                i = semi;
            } else if (XmlCore.isWs(c)) {
                sb.append(' ');
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        String v = sb.toString();
        if (!cdata) {
            v = v.trim().replaceAll(" +", " ");
        }
        return v;
    }

    /** "(a|b|c)" with the whitespace dropped, as expat reports enumerated types. */
    private String enumeration() {
        StringBuilder sb = new StringBuilder("(");
        p++;
        optWs();
        sb.append(nmtoken());
        while (true) {
            optWs();
            if (p >= e) {
                syntax();
            }
            char c = b()[p];
            if (c == ')') {
                p++;
                return sb.append(')').toString();
            }
            if (c != '|') {
                syntax();
            }
            p++;
            optWs();
            sb.append('|').append(nmtoken());
        }
    }

    private boolean element(int s) {
        ws();
        String name = name();
        ws();
        XmlCore.Model m;
        lastClose = p;
        if (keyword("EMPTY")) {
            m = new XmlCore.Model(1, null);
        } else if (keyword("ANY")) {
            m = new XmlCore.Model(2, null);
        } else if (p < e && b()[p] == '(') {
            int save = p;
            p++;
            optWs();
            if (p < e && b()[p] == '#') {
                p++;
                if (!name().equals("PCDATA")) {
                    syntax();
                }
                m = new XmlCore.Model(3, null);
                optWs();
                boolean names = false;
                while (p < e && b()[p] == '|') {
                    p++;
                    optWs();
                    m.children.add(new XmlCore.Model(4, name()));
                    optWs();
                    names = true;
                }
                if (p >= e || b()[p] != ')') {
                    syntax();
                }
                lastClose = p;
                p++;
                if (p < e && b()[p] == '*') {
                    p++;
                    m.quant = 2;
                } else if (names) {
                    syntax();
                }
            } else {
                p = save;
                m = group();
            }
        } else {
            syntax();
            return false;
        }
        optWs();
        if (p != e) {
            syntax();
        }
        if (!core.keepProcessing || !core.ev.has(XmlEvents.ELEMENT_DECL)) {
            return false;
        }
        core.evIdx = lastClose;
        core.ev.elementDecl(name, m);
        return true;
    }

    /** Where the content model's last ')' (or EMPTY/ANY) is: the element declaration is reported there. */
    private int lastClose;

    /** A children group "(...)" with its quantifier: XML_CTYPE_SEQ or XML_CTYPE_CHOICE. */
    private XmlCore.Model group() {
        p++;
        optWs();
        ArrayList<XmlCore.Model> items = new ArrayList<>();
        char sep = 0;
        while (true) {
            items.add(particle());
            optWs();
            if (p >= e) {
                syntax();
            }
            char c = b()[p];
            if (c == ')') {
                lastClose = p;
                p++;
                break;
            }
            if ((c != ',' && c != '|') || (sep != 0 && c != sep)) {
                syntax();
            }
            sep = c;
            p++;
            optWs();
        }
        XmlCore.Model m = new XmlCore.Model(sep == '|' ? 5 : 6, null);
        m.children.addAll(items);
        m.quant = quantifier();
        return m;
    }

    private XmlCore.Model particle() {
        if (p < e && b()[p] == '(') {
            return group();
        }
        XmlCore.Model m = new XmlCore.Model(4, name());
        m.quant = quantifier();
        return m;
    }

    private int quantifier() {
        if (p < e) {
            switch (b()[p]) {
                case '?':
                    p++;
                    return 1;
                case '*':
                    p++;
                    return 2;
                case '+':
                    p++;
                    return 3;
                default:
                    break;
            }
        }
        return 0;
    }

    /** "%name;" in the internal subset. Compare doProlog: XML_ROLE_PARAM_ENTITY_REF. */
    void paramEntityRef(String name, int at) {
        core.hasParamEntityRefs = true;
        XmlEvents ev = core.ev;
        if (core.paramEntityParsing == 0) {
            core.keepProcessing = core.standalone;
        } else {
            XmlCore.Entity ent = core.paramEntities.get(name);
            if (ent == null) {
                core.evIdx = at;
                if (ev.has(XmlEvents.SKIPPED_ENTITY)) {
                    ev.skippedEntity(name, true);
                }
            } else if (ent.value == null && ev.has(XmlEvents.EXTERNAL_ENTITY_REF)) {
                core.evIdx = at;
                if (!ev.externalEntityRef(name, ent.base, ent.sysid, ent.pubid)) {
                    throw core.error(ExpatErrors.EXTERNAL_ENTITY_HANDLING, at);
                }
            } else if (ent.value == null) {
                core.keepProcessing = core.standalone;
            }
        }
        if (!core.standalone && ev.has(XmlEvents.NOT_STANDALONE)) {
            core.evIdx = at;
            if (!ev.notStandalone()) {
                throw core.error(ExpatErrors.NOT_STANDALONE, at);
            }
        }
    }
}
