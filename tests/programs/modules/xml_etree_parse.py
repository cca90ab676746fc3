# xml.etree.ElementTree over pyexpat: fromstring, iterparse, XMLPullParser, errors, round trip.
import io
import xml.etree.ElementTree as ET

root = ET.fromstring('<?xml version="1.0"?>\n<catalog xmlns:h="urn:h"><book id="1" h:lang="en">'
                     '<title>XML &amp; You</title><price>9.5</price></book>'
                     '<book id="2"><title>Second</title></book>tail</catalog>')
print(root.tag, len(root), root[0].attrib, root[1].tail)
for b in root.iter('book'):
    print(b.get('id'), b.findtext('title'))
print(ET.tostring(root, encoding='unicode'))

events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<a><b/><c>x</c></a>'), events=('start', 'end'))]
print(events)

pp = ET.XMLPullParser(events=('start', 'end', 'start-ns'))
for chunk in ['<r xmlns="urn:x"><i', 'tem n="1">', 'v</item>', '</r>']:
    pp.feed(chunk)
    print([(e, x if isinstance(x, tuple) else x.tag) for e, x in pp.read_events()])
pp.close()

for bad in ['<a><b></a>', '<a>', '<a>&undefined;</a>', 'junk', '<a/><b/>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)

tree = ET.ElementTree(ET.fromstring('<doc><p>caf\u00e9</p></doc>'))
buf = io.BytesIO()
tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue())
print(ET.fromstring(buf.getvalue()).find('p').text)
print(ET.fromstring('<a>&#x20AC;&lt;</a>').text)
print(ET.fromstring(b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>').text)
print(ET.fromstring('<!DOCTYPE a [<!ENTITY e "ent">]><a>&e;</a>').text)
