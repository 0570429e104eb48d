package org.jigsaw.synth;

import java.util.List;

/**
 * The fictional area the generator builds. Codes are format-valid so that validators accept
 * them; no address is real.
 *
 * @param laCode            DfE 3-digit LA code (issues this area's UPNs)
 * @param inDistricts       postcode districts inside the boundary
 * @param borderDistricts   neighbouring districts (non-resident pupils, movers out)
 * @param otherLaCodes      LA codes of UPNs issued elsewhere (children who moved in)
 */
public record AreaProfile(String name, String laCode, String onsCode, String icbCode,
                          List<String> inDistricts, List<String> borderDistricts, List<String> otherLaCodes) {

    public static AreaProfile synthshire() {
        return new AreaProfile("Synthshire", "893", "E06000051", "E54000011",
                List.of("SY1", "SY2", "SY3", "SY4", "SY5", "SY6", "SY7", "SY8"),
                List.of("SY9", "SY10", "TF1", "TF2", "WV15"),
                List.of("894", "885", "860", "884", "330", "352", "801", "209"));
    }

    public boolean inArea(String postcode) {
        String district = postcode.substring(0, postcode.indexOf(' '));
        return inDistricts.contains(district);
    }
}
