# xml.dom.minidom, pulldom, xml.sax and plistlib over pyexpat.
import plistlib
import xml.sax
from xml.dom import minidom, pulldom

doc = minidom.parseString('<?xml version="1.0"?><doc a="1"><p class="x">text &amp; more</p>'
                          '<!-- comment --><![CDATA[raw <data>]]><e/></doc>')
print(doc.documentElement.tagName, doc.documentElement.getAttribute('a'))
print(doc.toxml())
print(doc.documentElement.toprettyxml(indent='  '))
print([n.nodeType for n in doc.documentElement.childNodes])

events = pulldom.parseString('<r><a x="1">t</a><b/></r>')
for ev, node in events:
    if ev in (pulldom.START_ELEMENT, pulldom.END_ELEMENT):
        print(ev, node.tagName)

class Handler(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        print('start', name, sorted(attrs.items()))
    def endElement(self, name):
        print('end', name)
    def characters(self, content):
        print('chars', repr(content))

xml.sax.parseString(b'<a x="1">hello<b y="2"/>world</a>', Handler())
try:
    xml.sax.parseString(b'<a><b></a>', Handler())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e.getMessage(), e.getLineNumber(), e.getColumnNumber())

value = {'name': 'pyvm', 'list': [1, 2.5, True, False], 'data': b'\x00\x01', 'nested': {'k': 'v'}}
data = plistlib.dumps(value)
print(data.decode())
print(plistlib.loads(data) == value)
print(plistlib.loads(plistlib.dumps([1, 'two'], fmt=plistlib.FMT_BINARY)))
