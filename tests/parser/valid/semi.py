a; b; c;
if x: a; b
while 1: pass; break
