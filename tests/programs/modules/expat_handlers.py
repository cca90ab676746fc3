# pyexpat: handlers, chunked feeding, namespaces, buffer_text, DTD declarations, errors.
import pyexpat
from xml.parsers import expat

def parser(**kw):
    p = expat.ParserCreate(**kw)
    out = []
    p.StartElementHandler = lambda n, a: out.append(('start', n, a))
    p.EndElementHandler = lambda n: out.append(('end', n))
    p.CharacterDataHandler = lambda d: out.append(('data', d))
    p.CommentHandler = lambda d: out.append(('comment', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('pi', t, d))
    p.StartCdataSectionHandler = lambda: out.append('cdata<')
    p.EndCdataSectionHandler = lambda: out.append('>cdata')
    p.XmlDeclHandler = lambda *a: out.append(('xmldecl',) + a)
    return p, out

p, out = parser()
p.Parse(b"<?xml version='1.0' encoding='utf-8'?><r a='1' b=\"x&amp;y\">t1\nt2&lt;&#65;&#x42;"
        b"<![CDATA[<raw>\n]]><!-- note --><?target some data?><e/></r>", True)
for o in out:
    print(o)

# Fed one byte at a time: the state is kept across calls.
p, out = parser()
doc = "<doc>caf\u00e9 \u20ac<x k='v'/>]]</doc>".encode('utf-8')
for i in range(len(doc)):
    p.Parse(doc[i:i + 1])
p.Parse(b"", True)
print(out)

# str input, positions.
p = expat.ParserCreate()
pos = []
p.StartElementHandler = lambda n, a: pos.append((n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
p.Parse("<a>\n  <b>\u00e9<c/></b>\n</a>", True)
print(pos)

# Namespaces with a separator, prefixes and ordered attributes.
p, out = parser(namespace_separator='|')
p.StartNamespaceDeclHandler = lambda pre, uri: out.append(('ns', pre, uri))
p.EndNamespaceDeclHandler = lambda pre: out.append(('end-ns', pre))
p.ordered_attributes = True
p.Parse(b"<r xmlns='urn:d' xmlns:p='urn:p' p:x='1' y='2'><p:c/></r>", True)
for o in out:
    print(o)

# buffer_text joins the pieces expat reports.
p, out = parser()
p.buffer_text = True
p.Parse(b"<r>a\nb&amp;c<![CDATA[d]]>e</r>", True)
print(out, p.buffer_size, p.buffer_used)

# DTD declarations and entities.
p = expat.ParserCreate()
seen = []
for name in ['StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'ElementDeclHandler',
             'AttlistDeclHandler', 'NotationDeclHandler', 'UnparsedEntityDeclHandler', 'CharacterDataHandler',
             'StartElementHandler']:
    setattr(p, name, (lambda n: lambda *a: seen.append((n,) + a))(name[:-7]))
p.Parse(b"""<!DOCTYPE r [
<!ELEMENT r (a, (b | c)*, d?)+>
<!ELEMENT a (#PCDATA | b)*>
<!ELEMENT b EMPTY>
<!ATTLIST r id ID #IMPLIED kind (x|y) "x" fixed CDATA #FIXED 'f'>
<!ENTITY ent "v&#65;l">
<!NOTATION gif SYSTEM "image/gif">
<!ENTITY pic SYSTEM "pic.gif" NDATA gif>
]><r>&ent;</r>""", True)
for s in seen:
    print(s)

# Errors: code, position and message.
for doc in [b"<a>", b"<a></b>", b"<a/><b/>", b"<a>&nope;</a>", b"<a x='1' x='2'/>", b"", b"<a><!-- - -- --></a>",
            b"<a>\xff</a>", b"<p:a/>", b"<a>]]></a>"]:
    p = expat.ParserCreate(namespace_separator=' ')
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        print(repr(doc), '->', e, e.code, e.lineno, e.offset, expat.ErrorString(e.code) == expat.errors.messages[e.code])

# A handler's exception stops parsing and propagates.
p = expat.ParserCreate()
def boom(name, attrs):
    raise ValueError('stop at ' + name)
p.StartElementHandler = boom
try:
    p.Parse(b"<root/>", True)
except ValueError as e:
    print('ValueError', e)

# Parsing again after the end.
p = expat.ParserCreate()
p.Parse(b"<a/>", True)
try:
    p.Parse(b"<a/>", True)
except expat.error as e:
    print(e.code == expat.errors.codes[expat.errors.XML_ERROR_FINISHED])

print(expat.ErrorString(3), expat.errors.XML_ERROR_SYNTAX, expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_REP)
print(type(expat.version_info), expat.native_encoding, pyexpat.ParserCreate().buffer_text)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print(e)
try:
    expat.ParserCreate().no_such_attr = 1
except AttributeError as e:
    print('AttributeError', e)
