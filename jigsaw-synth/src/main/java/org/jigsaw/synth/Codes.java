package org.jigsaw.synth;

/** Code lists shared by the life generators, the extract writers and the truth. */
public final class Codes {
    private Codes() {
    }

    public static final String SLT = "SLT", PAEDIATRICS = "PAEDIATRICS", CAMHS = "CAMHS";
    /** NCCIS NEET activity codes: 540 seeking employment, 610–619 not yet ready / start agreed, 620 illness, 630 carer, 640 teenage parent… */
    public static final String[] NEET = {"510", "520", "540", "610", "615", "616", "619", "620", "630", "640", "650", "660", "670", "680"};
    /** NCCIS "current activity not known". */
    public static final String NOT_KNOWN = "810";
    /** CIN assessment factors that mean a risk of exploitation: CCE, CSE, gangs, trafficking. */
    public static final String[] EXPLOITATION_FACTORS = {"24A", "11A", "13A", "12A"};
    /** The other CIN census assessment factors the generator draws (DfE codes, most common first). */
    public static final String[] CIN_FACTORS = {"4B", "3B", "17A", "4A", "16A", "20", "1B", "2B", "5A", "18C", "3A", "14A", "6B", "15A", "6A", "7A"};
}
