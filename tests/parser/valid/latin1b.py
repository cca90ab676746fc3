#!/usr/bin/python
# vim: set fileencoding=iso-8859-1 :
x = "é"
