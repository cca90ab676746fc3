# The set*id family: CPython's id conversion errors and calls that keep the ids as they are.
import os
for s in ["os.setuid(\"x\")","os.setuid(1<<32)","os.setuid(-2)","os.setuid(2.0)","os.setgid(\"x\")","os.setgid(1<<32)","os.setreuid(-1,-1)","os.setresuid(-1,-1,-1)","os.setresgid(1<<32,0,0)","os.setgroups(5)","os.setgroups([\"a\"])","os.setgroups([1<<32])","os.initgroups(5,0)","os.setuid(1<<64)","os.setuid(-(1<<64))",
          "os.setresuid(*os.getresuid())","os.setuid(os.getuid())","os.seteuid(os.geteuid())","os.setgid(os.getgid())","os.setegid(os.getegid())","os.setregid(-1,-1)","os.setgroups(os.getgroups())","os.setresgid(*os.getresgid())", "os.setuid(-1)", "os.setreuid(\"a\", 0)"]:
  try: print(s, repr(eval(s)))
  except Exception as e: print(s, type(e).__name__, e)
