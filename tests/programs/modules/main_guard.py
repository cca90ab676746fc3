# __name__ is "__main__" for the program; module-level dunders and the main guard idiom.
def main():
    print("in main", __name__)
    return 0
if __name__ == "__main__":
    main()
print(type(__builtins__).__name__ in ("module", "dict"), __doc__)
print("main_guard.py" in __file__ if "__file__" in globals() else "no __file__")  # also true for main_guard.pyc
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
