package org.pyvm.modules.cjk;

/**
 * Where the JDK's CJK charsets differ from CPython 3.12's codecs, per codec: {which
 * sequence encodes a code point several decode to ("first" or "last" in sequence order),
 * sequences to delete (hex, or a range lo-hi), sequences to set (hex=code point, two code
 * points joined by '.'), encodings to override (code point=hex sequence, '-' for none)}.
 * Found by decoding every sequence and encoding every code point with both and comparing;
 * mostly the JDK's private-use (EUDC) areas that CPython leaves undefined, and a few
 * characters the standards' revisions moved (gb18030's 2022 changes, the wave and long
 * dashes of JIS X 0208).
 */
final class CjkPatches {

    private CjkPatches() {}

    static String[] of(String codec) {
        return switch (codec) {
            case "shift_jis" -> new String[] {"first",
                "",
                "815c=2015 ",
                "a5=5c 203e=7e "
            };
            case "cp932" -> new String[] {"first",
                "",
                "80=80 a0=f8f0 fd=f8f1 fe=f8f2 ff=f8f3 ",
                "a2=8191 a3=8192 ac=81ca 2016=8161 2212=817c 301c=8160 "
            };
            case "euc_jp" -> new String[] {"first",
                "",
                "a1bd=2015 8fa2b7=7e ",
                "a5=5c 203e=7e "
            };
            case "euc_kr" -> new String[] {"first",
                "a2e8 a4d4 ",
                "",
                "3164=a4d4 "
            };
            case "cp949" -> new String[] {"first",
                "c9a1-c9fe fea1-fefe ",
                "",
                ""
            };
            case "johab" -> new String[] {"last",
                "",
                "8441=3000 8442=3131 8443=3132 8445=3134 8448=3137 8449=3139 8451=3141 8453=3142 "
                    + "8455=3145 8456=3146 8457=3147 8458=3148 8459=314a 845a=314b 845b=314c 845c=314d "
                    + "845d=314e ",
                ""
            };
            case "gb2312" -> new String[] {"first",
                "",
                "",
                ""
            };
            case "gbk" -> new String[] {"first",
                "a140-a17e a180-a1a0 a240-a27e a280-a2a0 a2ab-a2b0 a2e3-a2e4 a2ef-a2f0 a2fd-a2fe "
                    + "a340-a37e a380-a3a0 a440-a47e a480-a4a0 a4f4-a4fe a540-a57e a580-a5a0 a5f7-a5fe "
                    + "a640-a67e a680-a6a0 a6b9-a6c0 a6d9-a6df a6ec-a6ed a6f3 a6f6-a6fe a740-a77e a780-a7a0 "
                    + "a7c2-a7d0 a7f2-a7fe a896-a8a0 a8bc a8bf a8c1-a8c4 a8ea-a8fe a958 a95b a95d-a95f "
                    + "a989-a995 a997-a9a3 a9f0-a9fe aaa1-aafe aba1-abfe aca1-acfe ada1-adfe aea1-aefe "
                    + "afa1-affe d7fa-d7fe f8a1-f8fe f9a1-f9fe faa1-fafe fba1-fbfe fca1-fcfe fda1-fdfe "
                    + "fe50-fe7e fe80-fefe ",
                "a892=2295 ",
                ""
            };
            case "gb18030" -> new String[] {"first",
                "",
                "a6d9=e78d a6da=e78e a6db=e78f a6dc=e790 a6dd=e791 a6de=e792 a6df=e793 a6ec=e794 "
                    + "a6ed=e795 a6f3=e796 a8bc=e7c7 fe59=e81e fe61=e826 fe66=e82b fe67=e82c fe6d=e832 "
                    + "fe7e=e843 fe90=e854 fea0=e864 8135f437=1e3f 82359037=9fb4 82359038=9fb5 82359039=9fb6 "
                    + "82359130=9fb7 82359131=9fb8 82359132=9fb9 82359133=9fba 82359134=9fbb 84318236=fe10 "
                    + "84318237=fe11 84318238=fe12 84318239=fe13 84318330=fe14 84318331=fe15 84318332=fe16 "
                    + "84318333=fe17 84318334=fe18 84318335=fe19 ",
                ""
            };
            case "big5" -> new String[] {"last",
                "",
                "a15a=2574 a1c3=ffe3 a1c5=2cd a1fe=ff0f a240=ff3c ",
                ""
            };
            case "cp950" -> new String[] {"first",
                "8140-817e 81a1-81fe 8240-827e 82a1-82fe 8340-837e 83a1-83fe 8440-847e 84a1-84fe "
                    + "8540-857e 85a1-85fe 8640-867e 86a1-86fe 8740-877e 87a1-87fe 8840-887e 88a1-88fe "
                    + "8940-897e 89a1-89fe 8a40-8a7e 8aa1-8afe 8b40-8b7e 8ba1-8bfe 8c40-8c7e 8ca1-8cfe "
                    + "8d40-8d7e 8da1-8dfe 8e40-8e7e 8ea1-8efe 8f40-8f7e 8fa1-8ffe 9040-907e 90a1-90fe "
                    + "9140-917e 91a1-91fe 9240-927e 92a1-92fe 9340-937e 93a1-93fe 9440-947e 94a1-94fe "
                    + "9540-957e 95a1-95fe 9640-967e 96a1-96fe 9740-977e 97a1-97fe 9840-987e 98a1-98fe "
                    + "9940-997e 99a1-99fe 9a40-9a7e 9aa1-9afe 9b40-9b7e 9ba1-9bfe 9c40-9c7e 9ca1-9cfe "
                    + "9d40-9d7e 9da1-9dfe 9e40-9e7e 9ea1-9efe 9f40-9f7e 9fa1-9ffe a040-a07e a0a1-a0fe "
                    + "c7fd-c7fe c840-c87e c8a1-c8fe fa40-fa7e faa1-fafe fb40-fb7e fba1-fbfe fc40-fc7e "
                    + "fca1-fcfe fd40-fd7e fda1-fdfe fe40-fe7e fea1-fefe ",
                "c6a1=30fe c6a2=309d c6a3=309e c6a4=3005 c6a5=3041 c6a6=3042 c6a7=3043 c6a8=3044 "
                    + "c6a9=3045 c6aa=3046 c6ab=3047 c6ac=3048 c6ad=3049 c6ae=304a c6af=304b c6b0=304c "
                    + "c6b1=304d c6b2=304e c6b3=304f c6b4=3050 c6b5=3051 c6b6=3052 c6b7=3053 c6b8=3054 "
                    + "c6b9=3055 c6ba=3056 c6bb=3057 c6bc=3058 c6bd=3059 c6be=305a c6bf=305b c6c0=305c "
                    + "c6c1=305d c6c2=305e c6c3=305f c6c4=3060 c6c5=3061 c6c6=3062 c6c7=3063 c6c8=3064 "
                    + "c6c9=3065 c6ca=3066 c6cb=3067 c6cc=3068 c6cd=3069 c6ce=306a c6cf=306b c6d0=306c "
                    + "c6d1=306d c6d2=306e c6d3=306f c6d4=3070 c6d5=3071 c6d6=3072 c6d7=3073 c6d8=3074 "
                    + "c6d9=3075 c6da=3076 c6db=3077 c6dc=3078 c6dd=3079 c6de=307a c6df=307b c6e0=307c "
                    + "c6e1=307d c6e2=307e c6e3=307f c6e4=3080 c6e5=3081 c6e6=3082 c6e7=3083 c6e8=3084 "
                    + "c6e9=3085 c6ea=3086 c6eb=3087 c6ec=3088 c6ed=3089 c6ee=308a c6ef=308b c6f0=308c "
                    + "c6f1=308d c6f2=308e c6f3=308f c6f4=3090 c6f5=3091 c6f6=3092 c6f7=3093 c6f8=30a1 "
                    + "c6f9=30a2 c6fa=30a3 c6fb=30a4 c6fc=30a5 c6fd=30a6 c6fe=30a7 c740=30a8 c741=30a9 "
                    + "c742=30aa c743=30ab c744=30ac c745=30ad c746=30ae c747=30af c748=30b0 c749=30b1 "
                    + "c74a=30b2 c74b=30b3 c74c=30b4 c74d=30b5 c74e=30b6 c74f=30b7 c750=30b8 c751=30b9 "
                    + "c752=30ba c753=30bb c754=30bc c755=30bd c756=30be c757=30bf c758=30c0 c759=30c1 "
                    + "c75a=30c2 c75b=30c3 c75c=30c4 c75d=30c5 c75e=30c6 c75f=30c7 c760=30c8 c761=30c9 "
                    + "c762=30ca c763=30cb c764=30cc c765=30cd c766=30ce c767=30cf c768=30d0 c769=30d1 "
                    + "c76a=30d2 c76b=30d3 c76c=30d4 c76d=30d5 c76e=30d6 c76f=30d7 c770=30d8 c771=30d9 "
                    + "c772=30da c773=30db c774=30dc c775=30dd c776=30de c777=30df c778=30e0 c779=30e1 "
                    + "c77a=30e2 c77b=30e3 c77c=30e4 c77d=30e5 c77e=30e6 c7a1=30e7 c7a2=30e8 c7a3=30e9 "
                    + "c7a4=30ea c7a5=30eb c7a6=30ec c7a7=30ed c7a8=30ee c7a9=30ef c7aa=30f0 c7ab=30f1 "
                    + "c7ac=30f2 c7ad=30f3 c7ae=30f4 c7af=30f5 c7b0=30f6 c7b1=414 c7b2=415 c7b3=401 c7b4=416 "
                    + "c7b5=417 c7b6=418 c7b7=419 c7b8=41a c7b9=41b c7ba=41c c7bb=423 c7bc=424 c7bd=425 "
                    + "c7be=426 c7bf=427 c7c0=428 c7c1=429 c7c2=42a c7c3=42b c7c4=42c c7c5=42d c7c6=42e "
                    + "c7c7=42f c7c8=430 c7c9=431 c7ca=432 c7cb=433 c7cc=434 c7cd=435 c7ce=451 c7cf=436 "
                    + "c7d0=437 c7d1=438 c7d2=439 c7d3=43a c7d4=43b c7d5=43c c7d6=43d c7d7=43e c7d8=43f "
                    + "c7d9=440 c7da=441 c7db=442 c7dc=443 c7dd=444 c7de=445 c7df=446 c7e0=447 c7e1=448 "
                    + "c7e2=449 c7e3=44a c7e4=44b c7e5=44c c7e6=44d c7e7=44e c7e8=44f c7e9=2460 c7ea=2461 "
                    + "c7eb=2462 c7ec=2463 c7ed=2464 c7ee=2465 c7ef=2466 c7f0=2467 c7f1=2468 c7f2=2469 "
                    + "c7f3=2474 c7f4=2475 c7f5=2476 c7f6=2477 c7f7=2478 c7f8=2479 c7f9=247a c7fa=247b "
                    + "c7fb=247c c7fc=247d ",
                "a2=a246 a3=a247 a5=a244 2022=a145 203e=a1c2 223c=a1e3 2609=a1f3 2641=a1f2 5341=a451 "
                    + "5345=a4ca ff64=a14e "
            };
            case "big5hkscs" -> new String[] {"last",
                "877a-877e 87a1-87df c6cf c6d3 c6d5 c6d7 c6de-c6df ",
                "8862=ca.304 8864=ca.30c 88a3=ea.304 88a5=ea.30c a15a=2574 a1c3=ffe3 a1c5=2cd a1fe=ff0f "
                    + "a240=ff3c ",
                ""
            };
            case "shift_jis_2004" -> new String[] {"first",
                "",
                "5c=a5 7e=203e 815c=2015 815f=5c 81b0=7e 81d4=2985 81d5=2986 ",
                ""
            };
            case "shift_jisx0213" -> new String[] {"first",
                "879f 889e 9873 989e eaa5 eff8-effc ",
                "5c=a5 7e=203e 815c=2015 815f=5c 81b0=7e 81d4=2985 81d5=2986 fc5a=9b1d ",
                ""
            };
            case "euc_jis_2004" -> new String[] {"first",
                "",
                "a1bd=2015 a2d6=2985 a2d7=2986 8fa2b7=7e ",
                ""
            };
            case "euc_jisx0213" -> new String[] {"first",
                "aea1 affe cfd4 cffe f4a7 fefa-fefe ",
                "a1bd=2015 a2d6=2985 a2d7=2986 8fa2b7=7e 8ffdbb=9b1d ",
                "7626=- 7e6b=- 9b1c=- "
            };
            default -> new String[] {"first", "", "", ""};
        };
    }
}
