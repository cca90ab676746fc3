# A relative AF_UNIX path names a file in the current directory after os.chdir, and
# getsockname/getpeername give the name as it was bound.
import os, socket, stat, tempfile

top = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    os.chdir(os.path.join(d, "sub"))
    try:
        with socket.socket(socket.AF_UNIX) as s:
            s.bind("sock\xe6")
            print(os.path.exists("sock\xe6"), os.path.exists(os.path.join(d, "sock\xe6")))
            print(stat.S_ISSOCK(os.stat("sock\xe6").st_mode), stat.filemode(os.stat("sock\xe6").st_mode)[0])
            print(s.getsockname())
            s.listen()
            with socket.socket(socket.AF_UNIX) as c:
                c.connect("sock\xe6")
                print(c.getpeername())
                a, _ = s.accept()
                c.sendall(b"hi")
                print(a.recv(2))
                a.close()
        os.unlink("sock\xe6")
        print(sorted(os.listdir(".")), sorted(os.listdir("..")))
    finally:
        os.chdir(top)
