package org.jigsaw.ingest.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.Fact;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * Checks that compare sources before linkage, on identifiers alone (a valid UPN or NHS number
 * shared by records), so they are cheap and their counts are exact:
 * <ul>
 *   <li>{@code sen_provision_conflict}: School Census says EHC plan (provision E) and SEN2 has no
 *       plan active on the census date, or the reverse — per UPN in both;</li>
 *   <li>{@code primary_need_conflict}: both give a primary need and they differ — per UPN;</li>
 *   <li>{@code ehcp_no_health_record}: a council record with an active EHC plan and an NHS number
 *       that no health extract holds — per NHS number;</li>
 *   <li>{@code health_ehcp_no_council_record}: a health extract records an active EHC plan for an NHS
 *       number that no council record with a plan holds — per NHS number;</li>
 *   <li>{@code dob_conflict}: records with the same NHS number give different dates of birth.</li>
 * </ul>
 * Every finding's {@code source} is null (cross-source).
 */
public final class CrossSourceChecks {
    private final AreaConfig area;
    private final Map<String, SourceRole> roles = new HashMap<>();
    private final Map<String, LocalDate> extractDates = new HashMap<>();

    public CrossSourceChecks(AreaConfig area, List<SourceDefinition> sources) {
        this.area = area;
        for (SourceDefinition d : sources) {
            roles.put(d.name(), SourceRole.of(d));
            if (d.extractDate() != null) extractDates.put(d.name(), d.extractDate());
        }
    }

    private static final String EHC_PLAN = FactType.EHC_PLAN.key();
    private static final String SEN_SUPPORT = FactType.SEN_SUPPORT.key();
    private static final String PRIMARY_NEED = FactType.PRIMARY_NEED.key();

    public List<QualityFinding> run(List<SourceRecord> records, List<Fact> facts) {
        LocalDate ref = area.requiredReferenceDate();
        boolean compareSen = roles.containsValue(SourceRole.SCHOOL_CENSUS) && roles.containsValue(SourceRole.SEN2);
        boolean haveHealth = roles.containsValue(SourceRole.HEALTH);
        // only the facts these checks read, only for records they can use: keeps a million-row run cheap
        Set<String> wanted = new HashSet<>();
        for (SourceRecord r : records) {
            SourceRole role = roles.getOrDefault(r.source(), SourceRole.COUNCIL_OTHER);
            boolean sen = compareSen && r.get(Field.UPN) != null && (role == SourceRole.SCHOOL_CENSUS || role == SourceRole.SEN2);
            if (sen || (haveHealth && r.get(Field.NHS_NUMBER) != null)) wanted.add(r.key());
        }
        Map<String, List<Fact>> factsByKey = new HashMap<>();
        for (Fact f : facts) {
            String t = f.type();
            if ((t.equals(EHC_PLAN) || t.equals(SEN_SUPPORT) || t.equals(PRIMARY_NEED)) && wanted.contains(f.recordKey())) {
                factsByKey.computeIfAbsent(f.recordKey(), k -> new java.util.ArrayList<>(2)).add(f);
            }
        }
        wanted = null;

        Map<String, String> censusProvision = new HashMap<>();
        Map<String, LocalDate> censusDate = new HashMap<>();
        Map<String, String> censusNeed = new HashMap<>();
        Map<String, List<Fact>> sen2Plans = new HashMap<>();
        Map<String, String> sen2Need = new HashMap<>();
        Set<String> healthNhs = new HashSet<>();
        Set<String> councilPlanNhs = new HashSet<>();
        Set<String> healthPlanNhs = new HashSet<>();
        Map<String, String> firstDob = new HashMap<>(Math.max(16, records.size() * 4 / 3));
        Set<String> dobConflict = new HashSet<>();
        for (SourceRecord r : records) {
            SourceRole role = roles.getOrDefault(r.source(), SourceRole.COUNCIL_OTHER);
            List<Fact> fs = factsByKey.getOrDefault(r.key(), List.of());
            String upn = r.get(Field.UPN);
            String nhs = r.get(Field.NHS_NUMBER);
            LocalDate at = extractDates.getOrDefault(r.source(), ref);
            if (compareSen && role == SourceRole.SCHOOL_CENSUS && upn != null) {
                String provision = "N";
                for (Fact f : fs) {
                    if (f.type().equals(EHC_PLAN)) provision = "E";
                    else if (f.type().equals(SEN_SUPPORT) && !provision.equals("E")) provision = "K";
                    else if (f.type().equals(PRIMARY_NEED) && f.code() != null) censusNeed.put(upn, f.code());
                }
                censusProvision.merge(upn, provision, (a, b) -> a.equals("E") || b.equals("E") ? "E" : a.equals("K") ? a : b);
                censusDate.put(upn, at);
            }
            if (compareSen && role == SourceRole.SEN2 && upn != null) {
                List<Fact> plans = sen2Plans.computeIfAbsent(upn, k -> new java.util.ArrayList<>());
                for (Fact f : fs) {
                    if (f.type().equals(EHC_PLAN)) plans.add(f);
                    else if (f.type().equals(PRIMARY_NEED) && f.code() != null) sen2Need.put(upn, f.code());
                }
            }
            if (nhs != null) {
                if (haveHealth) {
                    if (role == SourceRole.HEALTH) healthNhs.add(nhs);
                    boolean plan = false;
                    for (Fact f : fs) plan |= f.type().equals(EHC_PLAN) && f.activeOn(at);
                    if (plan && role.council()) councilPlanNhs.add(nhs);
                    if (plan && role == SourceRole.HEALTH) healthPlanNhs.add(nhs);
                }
                String dob = r.get(Field.DOB);
                if (dob != null) {
                    String prior = firstDob.putIfAbsent(nhs, dob);
                    if (prior != null && !prior.equals(dob)) dobConflict.add(nhs);
                }
            }
        }
        long provisionConflicts = 0;
        long upnsInBoth = 0;
        for (Map.Entry<String, String> e : censusProvision.entrySet()) {
            List<Fact> plans = sen2Plans.get(e.getKey());
            if (plans == null) continue;
            upnsInBoth++;
            LocalDate on = censusDate.get(e.getKey());
            boolean sen2Active = plans.stream().anyMatch(f -> f.activeOn(on));
            boolean censusE = e.getValue().equals("E");
            if (censusE != sen2Active) provisionConflicts++;
        }
        long needConflicts = 0;
        long needsInBoth = 0;
        for (Map.Entry<String, String> e : censusNeed.entrySet()) {
            String other = sen2Need.get(e.getKey());
            if (other == null) continue;
            needsInBoth++;
            if (!other.equalsIgnoreCase(e.getValue())) needConflicts++;
        }
        long noHealth = councilPlanNhs.stream().filter(n -> !healthNhs.contains(n)).count();
        long noCouncil = healthPlanNhs.stream().filter(n -> !councilPlanNhs.contains(n)).count();
        long dobConflicts = dobConflict.size();
        List<QualityFinding> out = new java.util.ArrayList<>();
        out.add(new QualityFinding(null, "sen_provision", "sen_provision_conflict", provisionConflicts, upnsInBoth,
                "children (by UPN) whose School Census SEN provision disagrees with SEN2 on the census date"));
        out.add(new QualityFinding(null, "primary_need", "primary_need_conflict", needConflicts, needsInBoth,
                "children (by UPN) whose primary need differs between School Census and SEN2"));
        if (haveHealth) {
            out.add(new QualityFinding(null, "nhs_number", "ehcp_no_health_record", noHealth, councilPlanNhs.size(),
                    "children with an EHC plan in council data whose NHS number is in no health extract"));
            out.add(new QualityFinding(null, "nhs_number", "health_ehcp_no_council_record", noCouncil, healthPlanNhs.size(),
                    "children a health extract records with an EHC plan whose NHS number no council EHC plan record holds"));
        }
        out.add(new QualityFinding(null, "dob", "dob_conflict", dobConflicts, firstDob.size(),
                "NHS numbers recorded with more than one date of birth across sources"));
        return out;
    }
}
