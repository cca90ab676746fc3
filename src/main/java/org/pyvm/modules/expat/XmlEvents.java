package org.pyvm.modules.expat;

import java.util.List;

/**
 * What {@link XmlCore} reports while it parses: one method per expat callback (CPython
 * Modules/pyexpat.c: the *Handler wrappers), plus {@link #has} so that the parser can take
 * expat's handler-dependent paths (default handler, skipped entities, not-standalone). The
 * handler numbers are the positions in {@link #NAMES}, which is pyexpat's handler table order.
 */
interface XmlEvents {

    String[] NAMES = {"StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
        "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
        "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
        "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
        "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
        "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler"};

    int START_ELEMENT = 0, END_ELEMENT = 1, PI = 2, CHARACTER_DATA = 3, UNPARSED_ENTITY_DECL = 4,
        NOTATION_DECL = 5, START_NS = 6, END_NS = 7, COMMENT = 8, START_CDATA = 9, END_CDATA = 10,
        DEFAULT = 11, DEFAULT_EXPAND = 12, NOT_STANDALONE = 13, EXTERNAL_ENTITY_REF = 14, START_DOCTYPE = 15,
        END_DOCTYPE = 16, ENTITY_DECL = 17, XML_DECL = 18, ELEMENT_DECL = 19, ATTLIST_DECL = 20,
        SKIPPED_ENTITY = 21;

    /** Whether a Python handler is set for event H. */
    boolean has(int h);

    /** Whether the default handler was set with DefaultHandler (which turns off internal entity expansion). */
    boolean defaultNoExpand();

    void startElement(String name, List<String> attrs, int specified);

    void endElement(String name);

    void characters(String text);

    void processingInstruction(String target, String data);

    void comment(String text);

    void startCdata();

    void endCdata();

    void startNamespace(String prefix, String uri);

    void endNamespace(String prefix);

    void defaultText(String text);

    void xmlDecl(String version, String encoding, int standalone);

    void startDoctype(String name, String sysid, String pubid, boolean internalSubset);

    void endDoctype();

    void entityDecl(String name, boolean param, String value, String base, String sysid, String pubid,
        String notation);

    void unparsedEntityDecl(String name, String base, String sysid, String pubid, String notation);

    void notationDecl(String name, String base, String sysid, String pubid);

    /** MODEL is a {@link XmlCore.Model} tree. */
    void elementDecl(String name, XmlCore.Model model);

    void attlistDecl(String element, String attr, String type, String dflt, boolean required);

    /** False: the handler refused the entity (XML_ERROR_EXTERNAL_ENTITY_HANDLING). */
    boolean externalEntityRef(String context, String base, String sysid, String pubid);

    /** False: the handler said the document must not be treated as not standalone. */
    boolean notStandalone();

    void skippedEntity(String name, boolean param);
}
