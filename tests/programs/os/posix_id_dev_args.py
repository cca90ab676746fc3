# Argument conversions of chown (uid_t/gid_t), major/minor (dev_t), makedev (C int) and dir_fd.
import os
for a in [(-1,0),(2**32,0),(1.5,0)]:
  try: print(os.makedev(*a))
  except Exception as e: print(type(e).__name__, e)
for v in [-1, 2**64, 2**32, 5.0]:
  try: print(os.major(v), os.minor(v))
  except Exception as e: print(type(e).__name__, e)
for v in [1.5, 'x', -2, 2**32, 2**33, 2**63]:
  try: os.chown('/nonexistent', v, -1)
  except Exception as e: print(type(e).__name__, e)
try: os.chown('/nonexistent', -1, -1)
except Exception as e: print(type(e).__name__, e)
for a in ['x', 1.5]:
  try: os.stat('.', dir_fd=a)
  except Exception as e: print(type(e).__name__, e)
