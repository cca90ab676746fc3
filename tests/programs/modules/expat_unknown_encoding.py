# An encoding expat does not know is decoded through a 256-character table from Python's codec,
# refused (unknown encoding) when it moves XML's ASCII markup characters (cp864's '%'); the
# error is reported where the encoding's name starts, also when the codec lookup raised.
import xml.etree.ElementTree as ET
def bxml(encoding):
    return ("<?xml version='1.0' encoding='%s'?><xml />" % encoding).encode(encoding)
for enc in ['cp037', 'cp424', 'cp500', 'cp864', 'cp875', 'cp1026', 'cp1140','utf_32', 'utf_32_be', 'utf_32_le']:
    try:
        print(enc, ET.XML(bxml(enc)))
    except Exception as e:
        print(enc, type(e).__name__, e)
import pyexpat
for doc in [b"<?xml version='1.0' encoding='no-such'?><a/>", b"<?xml version='1.0'\n   encoding=\"cp864\"?>\n<a/>",
            b"<?xml version='1.0' encoding='cp864'?><xml />"]:
    try:
        print(ET.XML(doc))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "position", None))
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "lineno", None), getattr(e, "offset", None), p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorCode)
