# _testcapi._test_thread_state: a callable called from threads the threading module did
# not start (taking the GIL as C threads do) and from the caller's thread with and without
# the GIL: three calls on the caller's thread, two on others.
import threading
import _testcapi

def target():
    idents = []
    def callback():
        idents.append(threading.get_ident())
    _testcapi._test_thread_state(callback)
    print(len(idents), idents.count(threading.get_ident()), len(set(idents)) >= 2)

target()
t = threading.Thread(target=target)
t.start()
t.join()
try:
    _testcapi._test_thread_state(1)
except TypeError as e:
    print("TypeError:", e)
