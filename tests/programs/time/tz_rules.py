# time.tzset() follows TZ as C's tzset does: POSIX rule strings, zoneinfo names, invalid
# values; localtime, mktime (with each tm_isdst), strftime's %Z/%z and datetime's local time.
import datetime
import os
import time

winter, summer = 1040774400, 1057000000
zones = ["EST+05EDT,M4.1.0,M10.5.0", "AEST-10AEDT-11,M10.5.0,M3.5.0", "UTC+0", "", "xyz", "ab",
         "JST-9", "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Paris", ":America/New_York", "Asia/Tehran",
         "<+0330>-3:30", "XYZ5ABC"]
saved = os.environ.get("TZ")
try:
    for tz in zones:
        os.environ["TZ"] = tz
        time.tzset()
        print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
        for t in (winter, summer):
            lt = time.localtime(t)
            print("  ", tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime("%Z %z", lt), time.ctime(t))
        for isdst in (-1, 0, 1):
            print("   mktime", isdst, time.mktime((2003, 7, 1, 12, 0, 0, 0, 0, isdst)),
                  time.mktime((2003, 1, 1, 12, 0, 0, 0, 0, isdst)))
        d = datetime.datetime(2002, 12, 25, 12, 30)
        print("   datetime", d.timestamp(), datetime.datetime.fromtimestamp(summer),
              d.astimezone().tzname(), d.astimezone().utcoffset())
    # a repeated and a skipped hour in New York
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    for tup in ((2014, 11, 2, 1, 30, 0, 0, 0, -1), (2014, 3, 9, 2, 30, 0, 0, 0, -1)):
        print("edge", time.mktime(tup), time.localtime(time.mktime(tup))[:9])
finally:
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()
