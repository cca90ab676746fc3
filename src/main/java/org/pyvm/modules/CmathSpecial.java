package org.pyvm.modules;

/**
 * The results of cmath's functions when a part of the argument is infinite or NaN: the
 * special values C99 Annex G gives for cacos, cacosh, casinh, catanh, ccosh, cexp, clog,
 * csinh, csqrt and ctanh (and "the spirit of C99" for rect), as CPython 3.12 tabulates
 * them. A table is indexed by the kind of the real part and of the imaginary part:
 * -inf, negative, -0.0, +0.0, positive, +inf, nan (cmathmodule.c: special_type). Finite
 * nonzero entries that the functions compute instead are "u". Cells are written
 * "real,imag" with p = pi, p12 = pi/2, p14 = pi/4, p34 = 3pi/4.
 */
enum CmathSpecial {
    ACOS("p34,inf p,inf p,inf p,-inf p,-inf p34,-inf nan,inf",
        "p12,inf u u u u p12,-inf nan,nan",
        "p12,inf u p12,0 p12,-0 u p12,-inf p12,nan",
        "p12,inf u p12,0 p12,-0 u p12,-inf p12,nan",
        "p12,inf u u u u p12,-inf nan,nan",
        "p14,inf 0,inf 0,inf 0,-inf 0,-inf p14,-inf nan,inf",
        "nan,inf nan,nan nan,nan nan,nan nan,nan nan,-inf nan,nan"),
    ACOSH("inf,-p34 inf,-p inf,-p inf,p inf,p inf,p34 inf,nan",
        "inf,-p12 u u u u inf,p12 nan,nan",
        "inf,-p12 u 0,-p12 0,p12 u inf,p12 nan,nan",
        "inf,-p12 u 0,-p12 0,p12 u inf,p12 nan,nan",
        "inf,-p12 u u u u inf,p12 nan,nan",
        "inf,-p14 inf,-0 inf,-0 inf,0 inf,0 inf,p14 inf,nan",
        "inf,nan nan,nan nan,nan nan,nan nan,nan inf,nan nan,nan"),
    ASINH("-inf,-p14 -inf,-0 -inf,-0 -inf,0 -inf,0 -inf,p14 -inf,nan",
        "-inf,-p12 u u u u -inf,p12 nan,nan",
        "-inf,-p12 u -0,-0 -0,0 u -inf,p12 nan,nan",
        "inf,-p12 u 0,-0 0,0 u inf,p12 nan,nan",
        "inf,-p12 u u u u inf,p12 nan,nan",
        "inf,-p14 inf,-0 inf,-0 inf,0 inf,0 inf,p14 inf,nan",
        "inf,nan nan,nan nan,-0 nan,0 nan,nan inf,nan nan,nan"),
    ATANH("-0,-p12 -0,-p12 -0,-p12 -0,p12 -0,p12 -0,p12 -0,nan",
        "-0,-p12 u u u u -0,p12 nan,nan",
        "-0,-p12 u -0,-0 -0,0 u -0,p12 -0,nan",
        "0,-p12 u 0,-0 0,0 u 0,p12 0,nan",
        "0,-p12 u u u u 0,p12 nan,nan",
        "0,-p12 0,-p12 0,-p12 0,p12 0,p12 0,p12 0,nan",
        "0,-p12 nan,nan nan,nan nan,nan nan,nan 0,p12 nan,nan"),
    COSH("inf,nan u inf,0 inf,-0 u inf,nan inf,nan",
        "nan,nan u u u u nan,nan nan,nan",
        "nan,0 u 1,0 1,-0 u nan,0 nan,0",
        "nan,0 u 1,-0 1,0 u nan,0 nan,0",
        "nan,nan u u u u nan,nan nan,nan",
        "inf,nan u inf,-0 inf,0 u inf,nan inf,nan",
        "nan,nan nan,nan nan,0 nan,0 nan,nan nan,nan nan,nan"),
    EXP("0,0 u 0,-0 0,0 u 0,0 0,0",
        "nan,nan u u u u nan,nan nan,nan",
        "nan,nan u 1,-0 1,0 u nan,nan nan,nan",
        "nan,nan u 1,-0 1,0 u nan,nan nan,nan",
        "nan,nan u u u u nan,nan nan,nan",
        "inf,nan u inf,-0 inf,0 u inf,nan inf,nan",
        "nan,nan nan,nan nan,-0 nan,0 nan,nan nan,nan nan,nan"),
    LOG("inf,-p34 inf,-p inf,-p inf,p inf,p inf,p34 inf,nan",
        "inf,-p12 u u u u inf,p12 nan,nan",
        "inf,-p12 u -inf,-p -inf,p u inf,p12 nan,nan",
        "inf,-p12 u -inf,-0 -inf,0 u inf,p12 nan,nan",
        "inf,-p12 u u u u inf,p12 nan,nan",
        "inf,-p14 inf,-0 inf,-0 inf,0 inf,0 inf,p14 inf,nan",
        "inf,nan nan,nan nan,nan nan,nan nan,nan inf,nan nan,nan"),
    SINH("inf,nan u -inf,-0 -inf,0 u inf,nan inf,nan",
        "nan,nan u u u u nan,nan nan,nan",
        "0,nan u -0,-0 -0,0 u 0,nan 0,nan",
        "0,nan u 0,-0 0,0 u 0,nan 0,nan",
        "nan,nan u u u u nan,nan nan,nan",
        "inf,nan u inf,-0 inf,0 u inf,nan inf,nan",
        "nan,nan nan,nan nan,-0 nan,0 nan,nan nan,nan nan,nan"),
    SQRT("inf,-inf 0,-inf 0,-inf 0,inf 0,inf inf,inf nan,inf",
        "inf,-inf u u u u inf,inf nan,nan",
        "inf,-inf u 0,-0 0,0 u inf,inf nan,nan",
        "inf,-inf u 0,-0 0,0 u inf,inf nan,nan",
        "inf,-inf u u u u inf,inf nan,nan",
        "inf,-inf inf,-0 inf,-0 inf,0 inf,0 inf,inf inf,nan",
        "inf,-inf nan,nan nan,nan nan,nan nan,nan inf,inf nan,nan"),
    TANH("-1,0 u -1,-0 -1,0 u -1,0 -1,0",
        "nan,nan u u u u nan,nan nan,nan",
        "-0,nan u -0,-0 -0,0 u -0,nan nan,nan",
        "0,nan u 0,-0 0,0 u 0,nan nan,nan",
        "nan,nan u u u u nan,nan nan,nan",
        "1,0 u 1,-0 1,0 u 1,0 1,0",
        "nan,nan nan,nan nan,-0 nan,0 nan,nan nan,nan nan,nan"),
    RECT("inf,nan u -inf,0 -inf,-0 u inf,nan inf,nan",
        "nan,nan u u u u nan,nan nan,nan",
        "0,0 u -0,0 -0,-0 u 0,0 0,0",
        "0,0 u 0,-0 0,0 u 0,0 0,0",
        "nan,nan u u u u nan,nan nan,nan",
        "inf,nan u inf,-0 inf,0 u inf,nan inf,nan",
        "nan,nan nan,nan nan,0 nan,0 nan,nan nan,nan nan,nan");

    private final double[][][] table = new double[7][7][];

    CmathSpecial(String... rows) {
        for (int i = 0; i < 7; i++) {
            String[] cells = rows[i].split(" ");
            for (int j = 0; j < 7; j++) {
                if (!cells[j].equals("u")) {
                    String[] parts = cells[j].split(",");
                    table[i][j] = new double[] {value(parts[0]), value(parts[1])};
                }
            }
        }
    }

    private static double value(String s) {
        boolean neg = s.startsWith("-");
        String t = neg ? s.substring(1) : s;
        double v = switch (t) {
            case "p" -> Math.PI;
            case "p12" -> 0.5 * Math.PI;
            case "p14" -> 0.25 * Math.PI;
            case "p34" -> 0.75 * Math.PI;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(t);
        };
        return neg ? -v : v;
    }

    /** Compare cmathmodule.c: special_type. */
    private static int kind(double d) {
        if (Double.isNaN(d)) {
            return 6;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 5 : 0;
        }
        if (d != 0) {
            return d > 0 ? 4 : 1;
        }
        return Math.copySign(1.0, d) > 0 ? 3 : 2;
    }

    /** The special value for X + Yj (a part infinite or NaN), with errno 0. */
    CmathModule.Z at(double x, double y) {
        double[] v = table[kind(x)][kind(y)];
        return new CmathModule.Z(v[0], v[1]);
    }
}
