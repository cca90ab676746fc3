# At exit, once the threads are joined and before the atexit functions run, no new thread
# may start (Py_FinalizeEx blocks it); sys.is_finalizing() is still false there.
import atexit, _thread, sys, threading

def f():
    print("shouldn't be printed")

def exit_handler():
    print("finalizing:", sys.is_finalizing())
    try:
        _thread.start_new_thread(f, ())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        threading.Thread(target=f).start()
    except RuntimeError as e:
        print("RuntimeError:", e)

atexit.register(exit_handler)
t = threading.Thread(target=lambda: print("before exit"))
t.start(); t.join()
