package org.jigsaw.web.words;

import java.util.Map;

/**
 * Names of the 42 integrated care boards in England by their ONS code, so filters and tables say
 * "NHS Shropshire, Telford and Wrekin ICB" rather than E54000011.
 * Source: ONS Open Geography Portal, "Integrated Care Boards (July 2022) Names and Codes in England"
 * (ICB22CD, ICB22NM; Open Government Licence v3.0). ICB boundaries have not changed since.
 */
public final class IcbNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("E54000008", "NHS Cheshire and Merseyside ICB"),
            Map.entry("E54000010", "NHS Staffordshire and Stoke-on-Trent ICB"),
            Map.entry("E54000011", "NHS Shropshire, Telford and Wrekin ICB"),
            Map.entry("E54000013", "NHS Lincolnshire ICB"),
            Map.entry("E54000015", "NHS Leicester, Leicestershire and Rutland ICB"),
            Map.entry("E54000018", "NHS Coventry and Warwickshire ICB"),
            Map.entry("E54000019", "NHS Herefordshire and Worcestershire ICB"),
            Map.entry("E54000022", "NHS Norfolk and Waveney ICB"),
            Map.entry("E54000023", "NHS Suffolk and North East Essex ICB"),
            Map.entry("E54000024", "NHS Bedfordshire, Luton and Milton Keynes ICB"),
            Map.entry("E54000025", "NHS Hertfordshire and West Essex ICB"),
            Map.entry("E54000026", "NHS Cambridgeshire and Peterborough ICB"),
            Map.entry("E54000027", "NHS North West London ICB"),
            Map.entry("E54000028", "NHS North Central London ICB"),
            Map.entry("E54000029", "NHS North East London ICB"),
            Map.entry("E54000030", "NHS South East London ICB"),
            Map.entry("E54000031", "NHS South West London ICB"),
            Map.entry("E54000032", "NHS Kent and Medway ICB"),
            Map.entry("E54000034", "NHS Frimley ICB"),
            Map.entry("E54000036", "NHS Cornwall and the Isles of Scilly ICB"),
            Map.entry("E54000037", "NHS Devon ICB"),
            Map.entry("E54000038", "NHS Somerset ICB"),
            Map.entry("E54000039", "NHS Bristol, North Somerset and South Gloucestershire ICB"),
            Map.entry("E54000040", "NHS Bath and North East Somerset, Swindon and Wiltshire ICB"),
            Map.entry("E54000041", "NHS Dorset ICB"),
            Map.entry("E54000042", "NHS Hampshire and Isle of Wight ICB"),
            Map.entry("E54000043", "NHS Gloucestershire ICB"),
            Map.entry("E54000044", "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB"),
            Map.entry("E54000048", "NHS Lancashire and South Cumbria ICB"),
            Map.entry("E54000050", "NHS North East and North Cumbria ICB"),
            Map.entry("E54000051", "NHS Humber and North Yorkshire ICB"),
            Map.entry("E54000052", "NHS Surrey Heartlands ICB"),
            Map.entry("E54000053", "NHS Sussex ICB"),
            Map.entry("E54000054", "NHS West Yorkshire ICB"),
            Map.entry("E54000055", "NHS Birmingham and Solihull ICB"),
            Map.entry("E54000056", "NHS Black Country ICB"),
            Map.entry("E54000057", "NHS Greater Manchester ICB"),
            Map.entry("E54000058", "NHS Derby and Derbyshire ICB"),
            Map.entry("E54000059", "NHS Nottingham and Nottinghamshire ICB"),
            Map.entry("E54000060", "NHS Northamptonshire ICB"),
            Map.entry("E54000061", "NHS South Yorkshire ICB"),
            Map.entry("E54000062", "NHS Mid and South Essex ICB"));

    private IcbNames() {
    }

    /** The ICB's name, or null for a code not in the table. */
    public static String name(String code) {
        return code == null ? null : NAMES.get(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** "NHS Shropshire, Telford and Wrekin ICB (E54000011)", or the code alone when its name is not known. */
    public static String label(String code) {
        String n = name(code);
        return n == null ? (code == null ? "" : code) : CodeLabels.named(n, code);
    }
}
