package org.stressharness.scenarios.catalog;

/**
 * The template {@link ContainerFill} defines again and again as hidden classes to fill metaspace: its size is
 * the point (128 methods, some 50 KB of class metadata each time), its code is never run.
 */
@SuppressWarnings("unused")
final class MetaspaceBallast {

    private MetaspaceBallast() {
    }

    static long m0(long x) {
        return (x * 3L + (x >>> 1)) ^ 0L;
    }

    static long m1(long x) {
        return (x * 5L + (x >>> 2)) ^ 7919L;
    }

    static long m2(long x) {
        return (x * 7L + (x >>> 3)) ^ 15838L;
    }

    static long m3(long x) {
        return (x * 9L + (x >>> 4)) ^ 23757L;
    }

    static long m4(long x) {
        return (x * 11L + (x >>> 5)) ^ 31676L;
    }

    static long m5(long x) {
        return (x * 13L + (x >>> 6)) ^ 39595L;
    }

    static long m6(long x) {
        return (x * 15L + (x >>> 7)) ^ 47514L;
    }

    static long m7(long x) {
        return (x * 17L + (x >>> 8)) ^ 55433L;
    }

    static long m8(long x) {
        return (x * 19L + (x >>> 9)) ^ 63352L;
    }

    static long m9(long x) {
        return (x * 21L + (x >>> 10)) ^ 71271L;
    }

    static long m10(long x) {
        return (x * 23L + (x >>> 11)) ^ 79190L;
    }

    static long m11(long x) {
        return (x * 25L + (x >>> 12)) ^ 87109L;
    }

    static long m12(long x) {
        return (x * 27L + (x >>> 13)) ^ 95028L;
    }

    static long m13(long x) {
        return (x * 29L + (x >>> 14)) ^ 102947L;
    }

    static long m14(long x) {
        return (x * 31L + (x >>> 15)) ^ 110866L;
    }

    static long m15(long x) {
        return (x * 33L + (x >>> 16)) ^ 118785L;
    }

    static long m16(long x) {
        return (x * 35L + (x >>> 17)) ^ 126704L;
    }

    static long m17(long x) {
        return (x * 37L + (x >>> 18)) ^ 134623L;
    }

    static long m18(long x) {
        return (x * 39L + (x >>> 19)) ^ 142542L;
    }

    static long m19(long x) {
        return (x * 41L + (x >>> 20)) ^ 150461L;
    }

    static long m20(long x) {
        return (x * 43L + (x >>> 21)) ^ 158380L;
    }

    static long m21(long x) {
        return (x * 45L + (x >>> 22)) ^ 166299L;
    }

    static long m22(long x) {
        return (x * 47L + (x >>> 23)) ^ 174218L;
    }

    static long m23(long x) {
        return (x * 49L + (x >>> 24)) ^ 182137L;
    }

    static long m24(long x) {
        return (x * 51L + (x >>> 25)) ^ 190056L;
    }

    static long m25(long x) {
        return (x * 53L + (x >>> 26)) ^ 197975L;
    }

    static long m26(long x) {
        return (x * 55L + (x >>> 27)) ^ 205894L;
    }

    static long m27(long x) {
        return (x * 57L + (x >>> 28)) ^ 213813L;
    }

    static long m28(long x) {
        return (x * 59L + (x >>> 29)) ^ 221732L;
    }

    static long m29(long x) {
        return (x * 61L + (x >>> 30)) ^ 229651L;
    }

    static long m30(long x) {
        return (x * 63L + (x >>> 31)) ^ 237570L;
    }

    static long m31(long x) {
        return (x * 65L + (x >>> 1)) ^ 245489L;
    }

    static long m32(long x) {
        return (x * 67L + (x >>> 2)) ^ 253408L;
    }

    static long m33(long x) {
        return (x * 69L + (x >>> 3)) ^ 261327L;
    }

    static long m34(long x) {
        return (x * 71L + (x >>> 4)) ^ 269246L;
    }

    static long m35(long x) {
        return (x * 73L + (x >>> 5)) ^ 277165L;
    }

    static long m36(long x) {
        return (x * 75L + (x >>> 6)) ^ 285084L;
    }

    static long m37(long x) {
        return (x * 77L + (x >>> 7)) ^ 293003L;
    }

    static long m38(long x) {
        return (x * 79L + (x >>> 8)) ^ 300922L;
    }

    static long m39(long x) {
        return (x * 81L + (x >>> 9)) ^ 308841L;
    }

    static long m40(long x) {
        return (x * 83L + (x >>> 10)) ^ 316760L;
    }

    static long m41(long x) {
        return (x * 85L + (x >>> 11)) ^ 324679L;
    }

    static long m42(long x) {
        return (x * 87L + (x >>> 12)) ^ 332598L;
    }

    static long m43(long x) {
        return (x * 89L + (x >>> 13)) ^ 340517L;
    }

    static long m44(long x) {
        return (x * 91L + (x >>> 14)) ^ 348436L;
    }

    static long m45(long x) {
        return (x * 93L + (x >>> 15)) ^ 356355L;
    }

    static long m46(long x) {
        return (x * 95L + (x >>> 16)) ^ 364274L;
    }

    static long m47(long x) {
        return (x * 97L + (x >>> 17)) ^ 372193L;
    }

    static long m48(long x) {
        return (x * 99L + (x >>> 18)) ^ 380112L;
    }

    static long m49(long x) {
        return (x * 101L + (x >>> 19)) ^ 388031L;
    }

    static long m50(long x) {
        return (x * 103L + (x >>> 20)) ^ 395950L;
    }

    static long m51(long x) {
        return (x * 105L + (x >>> 21)) ^ 403869L;
    }

    static long m52(long x) {
        return (x * 107L + (x >>> 22)) ^ 411788L;
    }

    static long m53(long x) {
        return (x * 109L + (x >>> 23)) ^ 419707L;
    }

    static long m54(long x) {
        return (x * 111L + (x >>> 24)) ^ 427626L;
    }

    static long m55(long x) {
        return (x * 113L + (x >>> 25)) ^ 435545L;
    }

    static long m56(long x) {
        return (x * 115L + (x >>> 26)) ^ 443464L;
    }

    static long m57(long x) {
        return (x * 117L + (x >>> 27)) ^ 451383L;
    }

    static long m58(long x) {
        return (x * 119L + (x >>> 28)) ^ 459302L;
    }

    static long m59(long x) {
        return (x * 121L + (x >>> 29)) ^ 467221L;
    }

    static long m60(long x) {
        return (x * 123L + (x >>> 30)) ^ 475140L;
    }

    static long m61(long x) {
        return (x * 125L + (x >>> 31)) ^ 483059L;
    }

    static long m62(long x) {
        return (x * 127L + (x >>> 1)) ^ 490978L;
    }

    static long m63(long x) {
        return (x * 129L + (x >>> 2)) ^ 498897L;
    }

    static long m64(long x) {
        return (x * 131L + (x >>> 3)) ^ 506816L;
    }

    static long m65(long x) {
        return (x * 133L + (x >>> 4)) ^ 514735L;
    }

    static long m66(long x) {
        return (x * 135L + (x >>> 5)) ^ 522654L;
    }

    static long m67(long x) {
        return (x * 137L + (x >>> 6)) ^ 530573L;
    }

    static long m68(long x) {
        return (x * 139L + (x >>> 7)) ^ 538492L;
    }

    static long m69(long x) {
        return (x * 141L + (x >>> 8)) ^ 546411L;
    }

    static long m70(long x) {
        return (x * 143L + (x >>> 9)) ^ 554330L;
    }

    static long m71(long x) {
        return (x * 145L + (x >>> 10)) ^ 562249L;
    }

    static long m72(long x) {
        return (x * 147L + (x >>> 11)) ^ 570168L;
    }

    static long m73(long x) {
        return (x * 149L + (x >>> 12)) ^ 578087L;
    }

    static long m74(long x) {
        return (x * 151L + (x >>> 13)) ^ 586006L;
    }

    static long m75(long x) {
        return (x * 153L + (x >>> 14)) ^ 593925L;
    }

    static long m76(long x) {
        return (x * 155L + (x >>> 15)) ^ 601844L;
    }

    static long m77(long x) {
        return (x * 157L + (x >>> 16)) ^ 609763L;
    }

    static long m78(long x) {
        return (x * 159L + (x >>> 17)) ^ 617682L;
    }

    static long m79(long x) {
        return (x * 161L + (x >>> 18)) ^ 625601L;
    }

    static long m80(long x) {
        return (x * 163L + (x >>> 19)) ^ 633520L;
    }

    static long m81(long x) {
        return (x * 165L + (x >>> 20)) ^ 641439L;
    }

    static long m82(long x) {
        return (x * 167L + (x >>> 21)) ^ 649358L;
    }

    static long m83(long x) {
        return (x * 169L + (x >>> 22)) ^ 657277L;
    }

    static long m84(long x) {
        return (x * 171L + (x >>> 23)) ^ 665196L;
    }

    static long m85(long x) {
        return (x * 173L + (x >>> 24)) ^ 673115L;
    }

    static long m86(long x) {
        return (x * 175L + (x >>> 25)) ^ 681034L;
    }

    static long m87(long x) {
        return (x * 177L + (x >>> 26)) ^ 688953L;
    }

    static long m88(long x) {
        return (x * 179L + (x >>> 27)) ^ 696872L;
    }

    static long m89(long x) {
        return (x * 181L + (x >>> 28)) ^ 704791L;
    }

    static long m90(long x) {
        return (x * 183L + (x >>> 29)) ^ 712710L;
    }

    static long m91(long x) {
        return (x * 185L + (x >>> 30)) ^ 720629L;
    }

    static long m92(long x) {
        return (x * 187L + (x >>> 31)) ^ 728548L;
    }

    static long m93(long x) {
        return (x * 189L + (x >>> 1)) ^ 736467L;
    }

    static long m94(long x) {
        return (x * 191L + (x >>> 2)) ^ 744386L;
    }

    static long m95(long x) {
        return (x * 193L + (x >>> 3)) ^ 752305L;
    }

    static long m96(long x) {
        return (x * 195L + (x >>> 4)) ^ 760224L;
    }

    static long m97(long x) {
        return (x * 197L + (x >>> 5)) ^ 768143L;
    }

    static long m98(long x) {
        return (x * 199L + (x >>> 6)) ^ 776062L;
    }

    static long m99(long x) {
        return (x * 201L + (x >>> 7)) ^ 783981L;
    }

    static long m100(long x) {
        return (x * 203L + (x >>> 8)) ^ 791900L;
    }

    static long m101(long x) {
        return (x * 205L + (x >>> 9)) ^ 799819L;
    }

    static long m102(long x) {
        return (x * 207L + (x >>> 10)) ^ 807738L;
    }

    static long m103(long x) {
        return (x * 209L + (x >>> 11)) ^ 815657L;
    }

    static long m104(long x) {
        return (x * 211L + (x >>> 12)) ^ 823576L;
    }

    static long m105(long x) {
        return (x * 213L + (x >>> 13)) ^ 831495L;
    }

    static long m106(long x) {
        return (x * 215L + (x >>> 14)) ^ 839414L;
    }

    static long m107(long x) {
        return (x * 217L + (x >>> 15)) ^ 847333L;
    }

    static long m108(long x) {
        return (x * 219L + (x >>> 16)) ^ 855252L;
    }

    static long m109(long x) {
        return (x * 221L + (x >>> 17)) ^ 863171L;
    }

    static long m110(long x) {
        return (x * 223L + (x >>> 18)) ^ 871090L;
    }

    static long m111(long x) {
        return (x * 225L + (x >>> 19)) ^ 879009L;
    }

    static long m112(long x) {
        return (x * 227L + (x >>> 20)) ^ 886928L;
    }

    static long m113(long x) {
        return (x * 229L + (x >>> 21)) ^ 894847L;
    }

    static long m114(long x) {
        return (x * 231L + (x >>> 22)) ^ 902766L;
    }

    static long m115(long x) {
        return (x * 233L + (x >>> 23)) ^ 910685L;
    }

    static long m116(long x) {
        return (x * 235L + (x >>> 24)) ^ 918604L;
    }

    static long m117(long x) {
        return (x * 237L + (x >>> 25)) ^ 926523L;
    }

    static long m118(long x) {
        return (x * 239L + (x >>> 26)) ^ 934442L;
    }

    static long m119(long x) {
        return (x * 241L + (x >>> 27)) ^ 942361L;
    }

    static long m120(long x) {
        return (x * 243L + (x >>> 28)) ^ 950280L;
    }

    static long m121(long x) {
        return (x * 245L + (x >>> 29)) ^ 958199L;
    }

    static long m122(long x) {
        return (x * 247L + (x >>> 30)) ^ 966118L;
    }

    static long m123(long x) {
        return (x * 249L + (x >>> 31)) ^ 974037L;
    }

    static long m124(long x) {
        return (x * 251L + (x >>> 1)) ^ 981956L;
    }

    static long m125(long x) {
        return (x * 253L + (x >>> 2)) ^ 989875L;
    }

    static long m126(long x) {
        return (x * 255L + (x >>> 3)) ^ 997794L;
    }

    static long m127(long x) {
        return (x * 257L + (x >>> 4)) ^ 1005713L;
    }
}
