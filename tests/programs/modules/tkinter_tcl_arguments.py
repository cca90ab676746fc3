# _tkinter's argument handling: create() reads wantobjects as a truth value and takes no
# keywords; the tkapp methods' and module functions' argument-count and type messages.
import _tkinter as t
for args in ((None,'','Tk',0,'yes',0), (None,'','Tk',0,[],0)):
    print(t.create(*args).wantobjects())
for f in (lambda: t.create(screenName=None), lambda: t.create(None,'','Tk',0,1,0,0,None,screenName=1)):
    try: f()
    except TypeError as e: print(e)
a = t.create(None,'','Tk',0,1,0)
for f in (lambda: a.mainloop(x=1), lambda: a.eval(script='x'), lambda: a.getint(), lambda: a.eval('a','b'),
          lambda: a.createcommand('x'), lambda: a.dooneevent(1, 2), lambda: a.quit(1), lambda: t._flatten(),
          lambda: t.setbusywaitinterval(1.5), lambda: a.mainloop(1.5), lambda: a.createtimerhandler(1.5, print),
          lambda: a.wantobjects(1, 2), lambda: a.interpaddr(1)):
    try: f()
    except TypeError as e: print(e)
