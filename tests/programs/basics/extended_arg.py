# Large code objects needing EXTENDED_ARG: 300 locals, 300 constants, a 300-branch elif chain, long jumps.
def many_locals():
    v0 = 1
    v1 = 8
    v2 = 15
    v3 = 22
    v4 = 29
    v5 = 36
    v6 = 43
    v7 = 50
    v8 = 57
    v9 = 64
    v10 = 71
    v11 = 78
    v12 = 85
    v13 = 92
    v14 = 99
    v15 = 106
    v16 = 113
    v17 = 120
    v18 = 127
    v19 = 134
    v20 = 141
    v21 = 148
    v22 = 155
    v23 = 162
    v24 = 169
    v25 = 176
    v26 = 183
    v27 = 190
    v28 = 197
    v29 = 204
    v30 = 211
    v31 = 218
    v32 = 225
    v33 = 232
    v34 = 239
    v35 = 246
    v36 = 253
    v37 = 260
    v38 = 267
    v39 = 274
    v40 = 281
    v41 = 288
    v42 = 295
    v43 = 302
    v44 = 309
    v45 = 316
    v46 = 323
    v47 = 330
    v48 = 337
    v49 = 344
    v50 = 351
    v51 = 358
    v52 = 365
    v53 = 372
    v54 = 379
    v55 = 386
    v56 = 393
    v57 = 400
    v58 = 407
    v59 = 414
    v60 = 421
    v61 = 428
    v62 = 435
    v63 = 442
    v64 = 449
    v65 = 456
    v66 = 463
    v67 = 470
    v68 = 477
    v69 = 484
    v70 = 491
    v71 = 498
    v72 = 505
    v73 = 512
    v74 = 519
    v75 = 526
    v76 = 533
    v77 = 540
    v78 = 547
    v79 = 554
    v80 = 561
    v81 = 568
    v82 = 575
    v83 = 582
    v84 = 589
    v85 = 596
    v86 = 603
    v87 = 610
    v88 = 617
    v89 = 624
    v90 = 631
    v91 = 638
    v92 = 645
    v93 = 652
    v94 = 659
    v95 = 666
    v96 = 673
    v97 = 680
    v98 = 687
    v99 = 694
    v100 = 701
    v101 = 708
    v102 = 715
    v103 = 722
    v104 = 729
    v105 = 736
    v106 = 743
    v107 = 750
    v108 = 757
    v109 = 764
    v110 = 771
    v111 = 778
    v112 = 785
    v113 = 792
    v114 = 799
    v115 = 806
    v116 = 813
    v117 = 820
    v118 = 827
    v119 = 834
    v120 = 841
    v121 = 848
    v122 = 855
    v123 = 862
    v124 = 869
    v125 = 876
    v126 = 883
    v127 = 890
    v128 = 897
    v129 = 904
    v130 = 911
    v131 = 918
    v132 = 925
    v133 = 932
    v134 = 939
    v135 = 946
    v136 = 953
    v137 = 960
    v138 = 967
    v139 = 974
    v140 = 981
    v141 = 988
    v142 = 995
    v143 = 1002
    v144 = 1009
    v145 = 1016
    v146 = 1023
    v147 = 1030
    v148 = 1037
    v149 = 1044
    v150 = 1051
    v151 = 1058
    v152 = 1065
    v153 = 1072
    v154 = 1079
    v155 = 1086
    v156 = 1093
    v157 = 1100
    v158 = 1107
    v159 = 1114
    v160 = 1121
    v161 = 1128
    v162 = 1135
    v163 = 1142
    v164 = 1149
    v165 = 1156
    v166 = 1163
    v167 = 1170
    v168 = 1177
    v169 = 1184
    v170 = 1191
    v171 = 1198
    v172 = 1205
    v173 = 1212
    v174 = 1219
    v175 = 1226
    v176 = 1233
    v177 = 1240
    v178 = 1247
    v179 = 1254
    v180 = 1261
    v181 = 1268
    v182 = 1275
    v183 = 1282
    v184 = 1289
    v185 = 1296
    v186 = 1303
    v187 = 1310
    v188 = 1317
    v189 = 1324
    v190 = 1331
    v191 = 1338
    v192 = 1345
    v193 = 1352
    v194 = 1359
    v195 = 1366
    v196 = 1373
    v197 = 1380
    v198 = 1387
    v199 = 1394
    v200 = 1401
    v201 = 1408
    v202 = 1415
    v203 = 1422
    v204 = 1429
    v205 = 1436
    v206 = 1443
    v207 = 1450
    v208 = 1457
    v209 = 1464
    v210 = 1471
    v211 = 1478
    v212 = 1485
    v213 = 1492
    v214 = 1499
    v215 = 1506
    v216 = 1513
    v217 = 1520
    v218 = 1527
    v219 = 1534
    v220 = 1541
    v221 = 1548
    v222 = 1555
    v223 = 1562
    v224 = 1569
    v225 = 1576
    v226 = 1583
    v227 = 1590
    v228 = 1597
    v229 = 1604
    v230 = 1611
    v231 = 1618
    v232 = 1625
    v233 = 1632
    v234 = 1639
    v235 = 1646
    v236 = 1653
    v237 = 1660
    v238 = 1667
    v239 = 1674
    v240 = 1681
    v241 = 1688
    v242 = 1695
    v243 = 1702
    v244 = 1709
    v245 = 1716
    v246 = 1723
    v247 = 1730
    v248 = 1737
    v249 = 1744
    v250 = 1751
    v251 = 1758
    v252 = 1765
    v253 = 1772
    v254 = 1779
    v255 = 1786
    v256 = 1793
    v257 = 1800
    v258 = 1807
    v259 = 1814
    v260 = 1821
    v261 = 1828
    v262 = 1835
    v263 = 1842
    v264 = 1849
    v265 = 1856
    v266 = 1863
    v267 = 1870
    v268 = 1877
    v269 = 1884
    v270 = 1891
    v271 = 1898
    v272 = 1905
    v273 = 1912
    v274 = 1919
    v275 = 1926
    v276 = 1933
    v277 = 1940
    v278 = 1947
    v279 = 1954
    v280 = 1961
    v281 = 1968
    v282 = 1975
    v283 = 1982
    v284 = 1989
    v285 = 1996
    v286 = 2003
    v287 = 2010
    v288 = 2017
    v289 = 2024
    v290 = 2031
    v291 = 2038
    v292 = 2045
    v293 = 2052
    v294 = 2059
    v295 = 2066
    v296 = 2073
    v297 = 2080
    v298 = 2087
    v299 = 2094
    total = v0 + v3 + v6 + v9 + v12 + v15 + v18 + v21 + v24 + v27 + v30 + v33 + v36 + v39 + v42 + v45 + v48 + v51 + v54 + v57 + v60 + v63 + v66 + v69 + v72 + v75 + v78 + v81 + v84 + v87 + v90 + v93 + v96 + v99 + v102 + v105 + v108 + v111 + v114 + v117 + v120 + v123 + v126 + v129 + v132 + v135 + v138 + v141 + v144 + v147 + v150 + v153 + v156 + v159 + v162 + v165 + v168 + v171 + v174 + v177 + v180 + v183 + v186 + v189 + v192 + v195 + v198 + v201 + v204 + v207 + v210 + v213 + v216 + v219 + v222 + v225 + v228 + v231 + v234 + v237 + v240 + v243 + v246 + v249 + v252 + v255 + v258 + v261 + v264 + v267 + v270 + v273 + v276 + v279 + v282 + v285 + v288 + v291 + v294 + v297
    return total, v0, v150, v299
print(many_locals())
def classify(n):
    if n == 0:
        return 'branch 0'
    elif n == 3:
        return 'branch 1'
    elif n == 6:
        return 'branch 2'
    elif n == 9:
        return 'branch 3'
    elif n == 12:
        return 'branch 4'
    elif n == 15:
        return 'branch 5'
    elif n == 18:
        return 'branch 6'
    elif n == 21:
        return 'branch 7'
    elif n == 24:
        return 'branch 8'
    elif n == 27:
        return 'branch 9'
    elif n == 30:
        return 'branch 10'
    elif n == 33:
        return 'branch 11'
    elif n == 36:
        return 'branch 12'
    elif n == 39:
        return 'branch 13'
    elif n == 42:
        return 'branch 14'
    elif n == 45:
        return 'branch 15'
    elif n == 48:
        return 'branch 16'
    elif n == 51:
        return 'branch 17'
    elif n == 54:
        return 'branch 18'
    elif n == 57:
        return 'branch 19'
    elif n == 60:
        return 'branch 20'
    elif n == 63:
        return 'branch 21'
    elif n == 66:
        return 'branch 22'
    elif n == 69:
        return 'branch 23'
    elif n == 72:
        return 'branch 24'
    elif n == 75:
        return 'branch 25'
    elif n == 78:
        return 'branch 26'
    elif n == 81:
        return 'branch 27'
    elif n == 84:
        return 'branch 28'
    elif n == 87:
        return 'branch 29'
    elif n == 90:
        return 'branch 30'
    elif n == 93:
        return 'branch 31'
    elif n == 96:
        return 'branch 32'
    elif n == 99:
        return 'branch 33'
    elif n == 102:
        return 'branch 34'
    elif n == 105:
        return 'branch 35'
    elif n == 108:
        return 'branch 36'
    elif n == 111:
        return 'branch 37'
    elif n == 114:
        return 'branch 38'
    elif n == 117:
        return 'branch 39'
    elif n == 120:
        return 'branch 40'
    elif n == 123:
        return 'branch 41'
    elif n == 126:
        return 'branch 42'
    elif n == 129:
        return 'branch 43'
    elif n == 132:
        return 'branch 44'
    elif n == 135:
        return 'branch 45'
    elif n == 138:
        return 'branch 46'
    elif n == 141:
        return 'branch 47'
    elif n == 144:
        return 'branch 48'
    elif n == 147:
        return 'branch 49'
    elif n == 150:
        return 'branch 50'
    elif n == 153:
        return 'branch 51'
    elif n == 156:
        return 'branch 52'
    elif n == 159:
        return 'branch 53'
    elif n == 162:
        return 'branch 54'
    elif n == 165:
        return 'branch 55'
    elif n == 168:
        return 'branch 56'
    elif n == 171:
        return 'branch 57'
    elif n == 174:
        return 'branch 58'
    elif n == 177:
        return 'branch 59'
    elif n == 180:
        return 'branch 60'
    elif n == 183:
        return 'branch 61'
    elif n == 186:
        return 'branch 62'
    elif n == 189:
        return 'branch 63'
    elif n == 192:
        return 'branch 64'
    elif n == 195:
        return 'branch 65'
    elif n == 198:
        return 'branch 66'
    elif n == 201:
        return 'branch 67'
    elif n == 204:
        return 'branch 68'
    elif n == 207:
        return 'branch 69'
    elif n == 210:
        return 'branch 70'
    elif n == 213:
        return 'branch 71'
    elif n == 216:
        return 'branch 72'
    elif n == 219:
        return 'branch 73'
    elif n == 222:
        return 'branch 74'
    elif n == 225:
        return 'branch 75'
    elif n == 228:
        return 'branch 76'
    elif n == 231:
        return 'branch 77'
    elif n == 234:
        return 'branch 78'
    elif n == 237:
        return 'branch 79'
    elif n == 240:
        return 'branch 80'
    elif n == 243:
        return 'branch 81'
    elif n == 246:
        return 'branch 82'
    elif n == 249:
        return 'branch 83'
    elif n == 252:
        return 'branch 84'
    elif n == 255:
        return 'branch 85'
    elif n == 258:
        return 'branch 86'
    elif n == 261:
        return 'branch 87'
    elif n == 264:
        return 'branch 88'
    elif n == 267:
        return 'branch 89'
    elif n == 270:
        return 'branch 90'
    elif n == 273:
        return 'branch 91'
    elif n == 276:
        return 'branch 92'
    elif n == 279:
        return 'branch 93'
    elif n == 282:
        return 'branch 94'
    elif n == 285:
        return 'branch 95'
    elif n == 288:
        return 'branch 96'
    elif n == 291:
        return 'branch 97'
    elif n == 294:
        return 'branch 98'
    elif n == 297:
        return 'branch 99'
    elif n == 300:
        return 'branch 100'
    elif n == 303:
        return 'branch 101'
    elif n == 306:
        return 'branch 102'
    elif n == 309:
        return 'branch 103'
    elif n == 312:
        return 'branch 104'
    elif n == 315:
        return 'branch 105'
    elif n == 318:
        return 'branch 106'
    elif n == 321:
        return 'branch 107'
    elif n == 324:
        return 'branch 108'
    elif n == 327:
        return 'branch 109'
    elif n == 330:
        return 'branch 110'
    elif n == 333:
        return 'branch 111'
    elif n == 336:
        return 'branch 112'
    elif n == 339:
        return 'branch 113'
    elif n == 342:
        return 'branch 114'
    elif n == 345:
        return 'branch 115'
    elif n == 348:
        return 'branch 116'
    elif n == 351:
        return 'branch 117'
    elif n == 354:
        return 'branch 118'
    elif n == 357:
        return 'branch 119'
    elif n == 360:
        return 'branch 120'
    elif n == 363:
        return 'branch 121'
    elif n == 366:
        return 'branch 122'
    elif n == 369:
        return 'branch 123'
    elif n == 372:
        return 'branch 124'
    elif n == 375:
        return 'branch 125'
    elif n == 378:
        return 'branch 126'
    elif n == 381:
        return 'branch 127'
    elif n == 384:
        return 'branch 128'
    elif n == 387:
        return 'branch 129'
    elif n == 390:
        return 'branch 130'
    elif n == 393:
        return 'branch 131'
    elif n == 396:
        return 'branch 132'
    elif n == 399:
        return 'branch 133'
    elif n == 402:
        return 'branch 134'
    elif n == 405:
        return 'branch 135'
    elif n == 408:
        return 'branch 136'
    elif n == 411:
        return 'branch 137'
    elif n == 414:
        return 'branch 138'
    elif n == 417:
        return 'branch 139'
    elif n == 420:
        return 'branch 140'
    elif n == 423:
        return 'branch 141'
    elif n == 426:
        return 'branch 142'
    elif n == 429:
        return 'branch 143'
    elif n == 432:
        return 'branch 144'
    elif n == 435:
        return 'branch 145'
    elif n == 438:
        return 'branch 146'
    elif n == 441:
        return 'branch 147'
    elif n == 444:
        return 'branch 148'
    elif n == 447:
        return 'branch 149'
    elif n == 450:
        return 'branch 150'
    elif n == 453:
        return 'branch 151'
    elif n == 456:
        return 'branch 152'
    elif n == 459:
        return 'branch 153'
    elif n == 462:
        return 'branch 154'
    elif n == 465:
        return 'branch 155'
    elif n == 468:
        return 'branch 156'
    elif n == 471:
        return 'branch 157'
    elif n == 474:
        return 'branch 158'
    elif n == 477:
        return 'branch 159'
    elif n == 480:
        return 'branch 160'
    elif n == 483:
        return 'branch 161'
    elif n == 486:
        return 'branch 162'
    elif n == 489:
        return 'branch 163'
    elif n == 492:
        return 'branch 164'
    elif n == 495:
        return 'branch 165'
    elif n == 498:
        return 'branch 166'
    elif n == 501:
        return 'branch 167'
    elif n == 504:
        return 'branch 168'
    elif n == 507:
        return 'branch 169'
    elif n == 510:
        return 'branch 170'
    elif n == 513:
        return 'branch 171'
    elif n == 516:
        return 'branch 172'
    elif n == 519:
        return 'branch 173'
    elif n == 522:
        return 'branch 174'
    elif n == 525:
        return 'branch 175'
    elif n == 528:
        return 'branch 176'
    elif n == 531:
        return 'branch 177'
    elif n == 534:
        return 'branch 178'
    elif n == 537:
        return 'branch 179'
    elif n == 540:
        return 'branch 180'
    elif n == 543:
        return 'branch 181'
    elif n == 546:
        return 'branch 182'
    elif n == 549:
        return 'branch 183'
    elif n == 552:
        return 'branch 184'
    elif n == 555:
        return 'branch 185'
    elif n == 558:
        return 'branch 186'
    elif n == 561:
        return 'branch 187'
    elif n == 564:
        return 'branch 188'
    elif n == 567:
        return 'branch 189'
    elif n == 570:
        return 'branch 190'
    elif n == 573:
        return 'branch 191'
    elif n == 576:
        return 'branch 192'
    elif n == 579:
        return 'branch 193'
    elif n == 582:
        return 'branch 194'
    elif n == 585:
        return 'branch 195'
    elif n == 588:
        return 'branch 196'
    elif n == 591:
        return 'branch 197'
    elif n == 594:
        return 'branch 198'
    elif n == 597:
        return 'branch 199'
    elif n == 600:
        return 'branch 200'
    elif n == 603:
        return 'branch 201'
    elif n == 606:
        return 'branch 202'
    elif n == 609:
        return 'branch 203'
    elif n == 612:
        return 'branch 204'
    elif n == 615:
        return 'branch 205'
    elif n == 618:
        return 'branch 206'
    elif n == 621:
        return 'branch 207'
    elif n == 624:
        return 'branch 208'
    elif n == 627:
        return 'branch 209'
    elif n == 630:
        return 'branch 210'
    elif n == 633:
        return 'branch 211'
    elif n == 636:
        return 'branch 212'
    elif n == 639:
        return 'branch 213'
    elif n == 642:
        return 'branch 214'
    elif n == 645:
        return 'branch 215'
    elif n == 648:
        return 'branch 216'
    elif n == 651:
        return 'branch 217'
    elif n == 654:
        return 'branch 218'
    elif n == 657:
        return 'branch 219'
    elif n == 660:
        return 'branch 220'
    elif n == 663:
        return 'branch 221'
    elif n == 666:
        return 'branch 222'
    elif n == 669:
        return 'branch 223'
    elif n == 672:
        return 'branch 224'
    elif n == 675:
        return 'branch 225'
    elif n == 678:
        return 'branch 226'
    elif n == 681:
        return 'branch 227'
    elif n == 684:
        return 'branch 228'
    elif n == 687:
        return 'branch 229'
    elif n == 690:
        return 'branch 230'
    elif n == 693:
        return 'branch 231'
    elif n == 696:
        return 'branch 232'
    elif n == 699:
        return 'branch 233'
    elif n == 702:
        return 'branch 234'
    elif n == 705:
        return 'branch 235'
    elif n == 708:
        return 'branch 236'
    elif n == 711:
        return 'branch 237'
    elif n == 714:
        return 'branch 238'
    elif n == 717:
        return 'branch 239'
    elif n == 720:
        return 'branch 240'
    elif n == 723:
        return 'branch 241'
    elif n == 726:
        return 'branch 242'
    elif n == 729:
        return 'branch 243'
    elif n == 732:
        return 'branch 244'
    elif n == 735:
        return 'branch 245'
    elif n == 738:
        return 'branch 246'
    elif n == 741:
        return 'branch 247'
    elif n == 744:
        return 'branch 248'
    elif n == 747:
        return 'branch 249'
    elif n == 750:
        return 'branch 250'
    elif n == 753:
        return 'branch 251'
    elif n == 756:
        return 'branch 252'
    elif n == 759:
        return 'branch 253'
    elif n == 762:
        return 'branch 254'
    elif n == 765:
        return 'branch 255'
    elif n == 768:
        return 'branch 256'
    elif n == 771:
        return 'branch 257'
    elif n == 774:
        return 'branch 258'
    elif n == 777:
        return 'branch 259'
    elif n == 780:
        return 'branch 260'
    elif n == 783:
        return 'branch 261'
    elif n == 786:
        return 'branch 262'
    elif n == 789:
        return 'branch 263'
    elif n == 792:
        return 'branch 264'
    elif n == 795:
        return 'branch 265'
    elif n == 798:
        return 'branch 266'
    elif n == 801:
        return 'branch 267'
    elif n == 804:
        return 'branch 268'
    elif n == 807:
        return 'branch 269'
    elif n == 810:
        return 'branch 270'
    elif n == 813:
        return 'branch 271'
    elif n == 816:
        return 'branch 272'
    elif n == 819:
        return 'branch 273'
    elif n == 822:
        return 'branch 274'
    elif n == 825:
        return 'branch 275'
    elif n == 828:
        return 'branch 276'
    elif n == 831:
        return 'branch 277'
    elif n == 834:
        return 'branch 278'
    elif n == 837:
        return 'branch 279'
    elif n == 840:
        return 'branch 280'
    elif n == 843:
        return 'branch 281'
    elif n == 846:
        return 'branch 282'
    elif n == 849:
        return 'branch 283'
    elif n == 852:
        return 'branch 284'
    elif n == 855:
        return 'branch 285'
    elif n == 858:
        return 'branch 286'
    elif n == 861:
        return 'branch 287'
    elif n == 864:
        return 'branch 288'
    elif n == 867:
        return 'branch 289'
    elif n == 870:
        return 'branch 290'
    elif n == 873:
        return 'branch 291'
    elif n == 876:
        return 'branch 292'
    elif n == 879:
        return 'branch 293'
    elif n == 882:
        return 'branch 294'
    elif n == 885:
        return 'branch 295'
    elif n == 888:
        return 'branch 296'
    elif n == 891:
        return 'branch 297'
    elif n == 894:
        return 'branch 298'
    elif n == 897:
        return 'branch 299'
    else:
        return 'no branch'
print([classify(n) for n in (0, 3, 450, 897, 898, -1)])
def long_loop():
    acc = 0
    for i in range(3):
        acc += i * 1
        acc += i * 2
        acc += i * 3
        acc += i * 4
        acc += i * 5
        acc += i * 6
        acc += i * 7
        acc += i * 8
        acc += i * 9
        acc += i * 10
        acc += i * 11
        acc += i * 12
        acc += i * 13
        acc += i * 14
        acc += i * 15
        acc += i * 16
        acc += i * 17
        acc += i * 18
        acc += i * 19
        acc += i * 20
        acc += i * 21
        acc += i * 22
        acc += i * 23
        acc += i * 24
        acc += i * 25
        acc += i * 26
        acc += i * 27
        acc += i * 28
        acc += i * 29
        acc += i * 30
        acc += i * 31
        acc += i * 32
        acc += i * 33
        acc += i * 34
        acc += i * 35
        acc += i * 36
        acc += i * 37
        acc += i * 38
        acc += i * 39
        acc += i * 40
        acc += i * 41
        acc += i * 42
        acc += i * 43
        acc += i * 44
        acc += i * 45
        acc += i * 46
        acc += i * 47
        acc += i * 48
        acc += i * 49
        acc += i * 50
        acc += i * 51
        acc += i * 52
        acc += i * 53
        acc += i * 54
        acc += i * 55
        acc += i * 56
        acc += i * 57
        acc += i * 58
        acc += i * 59
        acc += i * 60
        acc += i * 61
        acc += i * 62
        acc += i * 63
        acc += i * 64
        acc += i * 65
        acc += i * 66
        acc += i * 67
        acc += i * 68
        acc += i * 69
        acc += i * 70
        acc += i * 71
        acc += i * 72
        acc += i * 73
        acc += i * 74
        acc += i * 75
        acc += i * 76
        acc += i * 77
        acc += i * 78
        acc += i * 79
        acc += i * 80
        acc += i * 81
        acc += i * 82
        acc += i * 83
        acc += i * 84
        acc += i * 85
        acc += i * 86
        acc += i * 87
        acc += i * 88
        acc += i * 89
        acc += i * 90
        acc += i * 91
        acc += i * 92
        acc += i * 93
        acc += i * 94
        acc += i * 95
        acc += i * 96
        acc += i * 97
        acc += i * 98
        acc += i * 99
        acc += i * 100
        acc += i * 101
        acc += i * 102
        acc += i * 103
        acc += i * 104
        acc += i * 105
        acc += i * 106
        acc += i * 107
        acc += i * 108
        acc += i * 109
        acc += i * 110
        acc += i * 111
        acc += i * 112
        acc += i * 113
        acc += i * 114
        acc += i * 115
        acc += i * 116
        acc += i * 117
        acc += i * 118
        acc += i * 119
        acc += i * 120
        acc += i * 121
        acc += i * 122
        acc += i * 123
        acc += i * 124
        acc += i * 125
        acc += i * 126
        acc += i * 127
        acc += i * 128
        acc += i * 129
        acc += i * 130
        acc += i * 131
        acc += i * 132
        acc += i * 133
        acc += i * 134
        acc += i * 135
        acc += i * 136
        acc += i * 137
        acc += i * 138
        acc += i * 139
        acc += i * 140
        acc += i * 141
        acc += i * 142
        acc += i * 143
        acc += i * 144
        acc += i * 145
        acc += i * 146
        acc += i * 147
        acc += i * 148
        acc += i * 149
        acc += i * 150
        if acc > 10 ** 9:
            break
    else:
        acc = -acc
    return acc
print(long_loop())
consts = ('c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15', 'c16', 'c17', 'c18', 'c19', 'c20', 'c21', 'c22', 'c23', 'c24', 'c25', 'c26', 'c27', 'c28', 'c29', 'c30', 'c31', 'c32', 'c33', 'c34', 'c35', 'c36', 'c37', 'c38', 'c39', 'c40', 'c41', 'c42', 'c43', 'c44', 'c45', 'c46', 'c47', 'c48', 'c49', 'c50', 'c51', 'c52', 'c53', 'c54', 'c55', 'c56', 'c57', 'c58', 'c59', 'c60', 'c61', 'c62', 'c63', 'c64', 'c65', 'c66', 'c67', 'c68', 'c69', 'c70', 'c71', 'c72', 'c73', 'c74', 'c75', 'c76', 'c77', 'c78', 'c79', 'c80', 'c81', 'c82', 'c83', 'c84', 'c85', 'c86', 'c87', 'c88', 'c89', 'c90', 'c91', 'c92', 'c93', 'c94', 'c95', 'c96', 'c97', 'c98', 'c99', 'c100', 'c101', 'c102', 'c103', 'c104', 'c105', 'c106', 'c107', 'c108', 'c109', 'c110', 'c111', 'c112', 'c113', 'c114', 'c115', 'c116', 'c117', 'c118', 'c119', 'c120', 'c121', 'c122', 'c123', 'c124', 'c125', 'c126', 'c127', 'c128', 'c129', 'c130', 'c131', 'c132', 'c133', 'c134', 'c135', 'c136', 'c137', 'c138', 'c139', 'c140', 'c141', 'c142', 'c143', 'c144', 'c145', 'c146', 'c147', 'c148', 'c149', 'c150', 'c151', 'c152', 'c153', 'c154', 'c155', 'c156', 'c157', 'c158', 'c159', 'c160', 'c161', 'c162', 'c163', 'c164', 'c165', 'c166', 'c167', 'c168', 'c169', 'c170', 'c171', 'c172', 'c173', 'c174', 'c175', 'c176', 'c177', 'c178', 'c179', 'c180', 'c181', 'c182', 'c183', 'c184', 'c185', 'c186', 'c187', 'c188', 'c189', 'c190', 'c191', 'c192', 'c193', 'c194', 'c195', 'c196', 'c197', 'c198', 'c199', 'c200', 'c201', 'c202', 'c203', 'c204', 'c205', 'c206', 'c207', 'c208', 'c209', 'c210', 'c211', 'c212', 'c213', 'c214', 'c215', 'c216', 'c217', 'c218', 'c219', 'c220', 'c221', 'c222', 'c223', 'c224', 'c225', 'c226', 'c227', 'c228', 'c229', 'c230', 'c231', 'c232', 'c233', 'c234', 'c235', 'c236', 'c237', 'c238', 'c239', 'c240', 'c241', 'c242', 'c243', 'c244', 'c245', 'c246', 'c247', 'c248', 'c249', 'c250', 'c251', 'c252', 'c253', 'c254', 'c255', 'c256', 'c257', 'c258', 'c259', 'c260', 'c261', 'c262', 'c263', 'c264', 'c265', 'c266', 'c267', 'c268', 'c269', 'c270', 'c271', 'c272', 'c273', 'c274', 'c275', 'c276', 'c277', 'c278', 'c279', 'c280', 'c281', 'c282', 'c283', 'c284', 'c285', 'c286', 'c287', 'c288', 'c289', 'c290', 'c291', 'c292', 'c293', 'c294', 'c295', 'c296', 'c297', 'c298', 'c299')
print(len(consts), consts[0], consts[299])
def uses_many_names():
    return [g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20, g21, g22, g23, g24, g25, g26, g27, g28, g29, g30, g31, g32, g33, g34, g35, g36, g37, g38, g39, g40, g41, g42, g43, g44, g45, g46, g47, g48, g49, g50, g51, g52, g53, g54, g55, g56, g57, g58, g59, g60, g61, g62, g63, g64, g65, g66, g67, g68, g69, g70, g71, g72, g73, g74, g75, g76, g77, g78, g79, g80, g81, g82, g83, g84, g85, g86, g87, g88, g89, g90, g91, g92, g93, g94, g95, g96, g97, g98, g99, g100, g101, g102, g103, g104, g105, g106, g107, g108, g109, g110, g111, g112, g113, g114, g115, g116, g117, g118, g119, g120, g121, g122, g123, g124, g125, g126, g127, g128, g129, g130, g131, g132, g133, g134, g135, g136, g137, g138, g139, g140, g141, g142, g143, g144, g145, g146, g147, g148, g149, g150, g151, g152, g153, g154, g155, g156, g157, g158, g159, g160, g161, g162, g163, g164, g165, g166, g167, g168, g169, g170, g171, g172, g173, g174, g175, g176, g177, g178, g179, g180, g181, g182, g183, g184, g185, g186, g187, g188, g189, g190, g191, g192, g193, g194, g195, g196, g197, g198, g199, g200, g201, g202, g203, g204, g205, g206, g207, g208, g209, g210, g211, g212, g213, g214, g215, g216, g217, g218, g219, g220, g221, g222, g223, g224, g225, g226, g227, g228, g229, g230, g231, g232, g233, g234, g235, g236, g237, g238, g239, g240, g241, g242, g243, g244, g245, g246, g247, g248, g249, g250, g251, g252, g253, g254, g255, g256, g257, g258, g259, g260, g261, g262, g263, g264, g265, g266, g267, g268, g269, g270, g271, g272, g273, g274, g275, g276, g277, g278, g279, g280, g281, g282, g283, g284, g285, g286, g287, g288, g289, g290, g291, g292, g293, g294, g295, g296, g297, g298, g299]
g0 = 0
g1 = 1
g2 = 2
g3 = 3
g4 = 4
g5 = 5
g6 = 6
g7 = 7
g8 = 8
g9 = 9
g10 = 10
g11 = 11
g12 = 12
g13 = 13
g14 = 14
g15 = 15
g16 = 16
g17 = 17
g18 = 18
g19 = 19
g20 = 20
g21 = 21
g22 = 22
g23 = 23
g24 = 24
g25 = 25
g26 = 26
g27 = 27
g28 = 28
g29 = 29
g30 = 30
g31 = 31
g32 = 32
g33 = 33
g34 = 34
g35 = 35
g36 = 36
g37 = 37
g38 = 38
g39 = 39
g40 = 40
g41 = 41
g42 = 42
g43 = 43
g44 = 44
g45 = 45
g46 = 46
g47 = 47
g48 = 48
g49 = 49
g50 = 50
g51 = 51
g52 = 52
g53 = 53
g54 = 54
g55 = 55
g56 = 56
g57 = 57
g58 = 58
g59 = 59
g60 = 60
g61 = 61
g62 = 62
g63 = 63
g64 = 64
g65 = 65
g66 = 66
g67 = 67
g68 = 68
g69 = 69
g70 = 70
g71 = 71
g72 = 72
g73 = 73
g74 = 74
g75 = 75
g76 = 76
g77 = 77
g78 = 78
g79 = 79
g80 = 80
g81 = 81
g82 = 82
g83 = 83
g84 = 84
g85 = 85
g86 = 86
g87 = 87
g88 = 88
g89 = 89
g90 = 90
g91 = 91
g92 = 92
g93 = 93
g94 = 94
g95 = 95
g96 = 96
g97 = 97
g98 = 98
g99 = 99
g100 = 100
g101 = 101
g102 = 102
g103 = 103
g104 = 104
g105 = 105
g106 = 106
g107 = 107
g108 = 108
g109 = 109
g110 = 110
g111 = 111
g112 = 112
g113 = 113
g114 = 114
g115 = 115
g116 = 116
g117 = 117
g118 = 118
g119 = 119
g120 = 120
g121 = 121
g122 = 122
g123 = 123
g124 = 124
g125 = 125
g126 = 126
g127 = 127
g128 = 128
g129 = 129
g130 = 130
g131 = 131
g132 = 132
g133 = 133
g134 = 134
g135 = 135
g136 = 136
g137 = 137
g138 = 138
g139 = 139
g140 = 140
g141 = 141
g142 = 142
g143 = 143
g144 = 144
g145 = 145
g146 = 146
g147 = 147
g148 = 148
g149 = 149
g150 = 150
g151 = 151
g152 = 152
g153 = 153
g154 = 154
g155 = 155
g156 = 156
g157 = 157
g158 = 158
g159 = 159
g160 = 160
g161 = 161
g162 = 162
g163 = 163
g164 = 164
g165 = 165
g166 = 166
g167 = 167
g168 = 168
g169 = 169
g170 = 170
g171 = 171
g172 = 172
g173 = 173
g174 = 174
g175 = 175
g176 = 176
g177 = 177
g178 = 178
g179 = 179
g180 = 180
g181 = 181
g182 = 182
g183 = 183
g184 = 184
g185 = 185
g186 = 186
g187 = 187
g188 = 188
g189 = 189
g190 = 190
g191 = 191
g192 = 192
g193 = 193
g194 = 194
g195 = 195
g196 = 196
g197 = 197
g198 = 198
g199 = 199
g200 = 200
g201 = 201
g202 = 202
g203 = 203
g204 = 204
g205 = 205
g206 = 206
g207 = 207
g208 = 208
g209 = 209
g210 = 210
g211 = 211
g212 = 212
g213 = 213
g214 = 214
g215 = 215
g216 = 216
g217 = 217
g218 = 218
g219 = 219
g220 = 220
g221 = 221
g222 = 222
g223 = 223
g224 = 224
g225 = 225
g226 = 226
g227 = 227
g228 = 228
g229 = 229
g230 = 230
g231 = 231
g232 = 232
g233 = 233
g234 = 234
g235 = 235
g236 = 236
g237 = 237
g238 = 238
g239 = 239
g240 = 240
g241 = 241
g242 = 242
g243 = 243
g244 = 244
g245 = 245
g246 = 246
g247 = 247
g248 = 248
g249 = 249
g250 = 250
g251 = 251
g252 = 252
g253 = 253
g254 = 254
g255 = 255
g256 = 256
g257 = 257
g258 = 258
g259 = 259
g260 = 260
g261 = 261
g262 = 262
g263 = 263
g264 = 264
g265 = 265
g266 = 266
g267 = 267
g268 = 268
g269 = 269
g270 = 270
g271 = 271
g272 = 272
g273 = 273
g274 = 274
g275 = 275
g276 = 276
g277 = 277
g278 = 278
g279 = 279
g280 = 280
g281 = 281
g282 = 282
g283 = 283
g284 = 284
g285 = 285
g286 = 286
g287 = 287
g288 = 288
g289 = 289
g290 = 290
g291 = 291
g292 = 292
g293 = 293
g294 = 294
g295 = 295
g296 = 296
g297 = 297
g298 = 298
g299 = 299
print(sum(uses_many_names()))
