package org.jigsaw.quality;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    public List<QualityFinding> run(List<SourceRecord> records, List<Fact> facts) {
        LocalDate ref = area.referenceDate() != null ? area.referenceDate() : LocalDate.now();
        Map<String, SourceRecord> byKey = new HashMap<>();
        for (SourceRecord r : records) byKey.put(r.key(), r);
        Map<String, List<Fact>> factsByKey = new HashMap<>();
        for (Fact f : facts) factsByKey.computeIfAbsent(f.recordKey(), k -> new java.util.ArrayList<>()).add(f);

        // UPN → census view and SEN2 view
        Map<String, String> censusProvision = new HashMap<>();
        Map<String, LocalDate> censusDate = new HashMap<>();
        Map<String, String> censusNeed = new HashMap<>();
        Map<String, List<Fact>> sen2Plans = new HashMap<>();
        Map<String, String> sen2Need = new HashMap<>();
        Set<String> healthNhs = new HashSet<>();
        Set<String> councilPlanNhs = new HashSet<>();
        Set<String> healthPlanNhs = new HashSet<>();
        Map<String, Set<String>> dobsByNhs = new HashMap<>();
        for (SourceRecord r : records) {
            SourceRole role = roles.getOrDefault(r.source(), SourceRole.COUNCIL_OTHER);
            List<Fact> fs = factsByKey.getOrDefault(r.key(), List.of());
            String upn = r.get(Field.UPN);
            String nhs = r.get(Field.NHS_NUMBER);
            LocalDate at = extractDates.getOrDefault(r.source(), ref);
            if (role == SourceRole.SCHOOL_CENSUS && upn != null) {
                String provision = "N";
                for (Fact f : fs) {
                    if (f.type().equals(FactType.EHC_PLAN.key())) provision = "E";
                    else if (f.type().equals(FactType.SEN_SUPPORT.key()) && !provision.equals("E")) provision = "K";
                    else if (f.type().equals(FactType.PRIMARY_NEED.key()) && f.code() != null) censusNeed.put(upn, f.code());
                }
                censusProvision.merge(upn, provision, (a, b) -> a.equals("E") || b.equals("E") ? "E" : a.equals("K") ? a : b);
                censusDate.put(upn, at);
            }
            if (role == SourceRole.SEN2 && upn != null) {
                List<Fact> plans = sen2Plans.computeIfAbsent(upn, k -> new java.util.ArrayList<>());
                for (Fact f : fs) {
                    if (f.type().equals(FactType.EHC_PLAN.key())) plans.add(f);
                    else if (f.type().equals(FactType.PRIMARY_NEED.key()) && f.code() != null) sen2Need.put(upn, f.code());
                }
            }
            if (nhs != null) {
                if (role == SourceRole.HEALTH) healthNhs.add(nhs);
                boolean plan = fs.stream().anyMatch(f -> f.type().equals(FactType.EHC_PLAN.key()) && f.activeOn(at));
                if (plan && role.council()) councilPlanNhs.add(nhs);
                if (plan && role == SourceRole.HEALTH) healthPlanNhs.add(nhs);
                String dob = r.get(Field.DOB);
                if (dob != null) dobsByNhs.computeIfAbsent(nhs, k -> new TreeSet<>()).add(dob);
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
        long dobConflicts = dobsByNhs.values().stream().filter(s -> s.size() > 1).count();
        boolean haveHealth = roles.containsValue(SourceRole.HEALTH);
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
        out.add(new QualityFinding(null, "dob", "dob_conflict", dobConflicts, dobsByNhs.size(),
                "NHS numbers recorded with more than one date of birth across sources"));
        return out;
    }
}
