# An exception raised in finally while another propagates: the traceback shows both.
def work():
    try:
        raise ValueError("original problem")
    finally:
        print("cleanup")
        raise OSError("cleanup failed")
work()
