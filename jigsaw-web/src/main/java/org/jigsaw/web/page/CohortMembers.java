package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.store.Snapshot;

/**
 * The children of one cohort with what triage needs (age, the other vulnerable cohorts they are in,
 * their latest event, days waiting on an open referral), under the same filters as the count they
 * were opened from. Individual-level: only the people routes call it, behind the gate and the audit.
 */
public final class CohortMembers {
    /** One child before pseudonymisation; {@code personId} never leaves the server. */
    public record Member(String personId, String district, Integer age, List<String> otherCohorts, String latestDate, String latestType,
                         Integer daysWaiting, String waitingFor) {
    }

    private CohortMembers() {
    }

    /** The filters of the page the count was on (age, residence, ICB), checked against the lists offered; anything else is ignored. */
    public static List<Member> of(Snapshot s, String cohort, Map<String, String> params, CohortCatalog catalog) {
        List<String> bands = new ArrayList<>(Sql.AGE_BANDS);
        bands.add(Filters.ALL);
        String age = bands.contains(params.get("age")) ? params.get("age") : Filters.ALL;
        String res = params.getOrDefault("residence", "").matches("in|out") ? params.get("residence") : Filters.ALL;
        String icb = params.getOrDefault("icb", Filters.ALL);
        Filters f = new Filters(age, res, icb == null || icb.isBlank() ? Filters.ALL : icb);
        List<Object> bind = new ArrayList<>();
        bind.add(cohort);
        String where = f.where(bind);
        List<String> others = VulnerablePage.vulnerable(s, catalog).stream().filter(c -> !c.equals(cohort)).toList();
        bind.add(others.isEmpty() ? "" : String.join("\u0001", others));
        List<Member> out = new ArrayList<>();
        s.query("WITH " + Sql.PEOPLE + """
                , m AS (SELECT DISTINCT person_id FROM cohort_member WHERE cohort = ?),
                latest AS (SELECT person_id, max_by(type, start_date) AS type, max(start_date) AS d FROM fact, ref
                           WHERE start_date <= ref.d AND type NOT IN ('primary_need', 'gp_registered', 'disability') GROUP BY person_id),
                waits AS (SELECT r.person_id, min(r.start_date) AS since, arg_min(r.code, r.start_date) AS code FROM fact r, ref
                          WHERE r.type = 'referral' AND r.start_date <= ref.d AND NOT EXISTS (
                            SELECT 1 FROM fact c WHERE c.person_id = r.person_id AND c.type = 'first_contact'
                              AND coalesce(c.code, '') = coalesce(r.code, '') AND c.start_date >= r.start_date)
                          GROUP BY r.person_id)
                SELECT pb.person_id, pb.district, pb.age, CAST(latest.d AS VARCHAR), latest.type,
                       date_diff('day', waits.since, (SELECT d FROM ref)), waits.code,
                       (SELECT string_agg(DISTINCT o.cohort, '\u0001' ORDER BY o.cohort) FROM cohort_member o
                        WHERE o.person_id = pb.person_id AND list_contains(string_split(?, '\u0001'), o.cohort))
                FROM pb JOIN m USING (person_id) LEFT JOIN latest USING (person_id) LEFT JOIN waits USING (person_id)
                WHERE """ + " " + where + " ORDER BY pb.person_id LIMIT 5000", rs -> {
                    String o = rs.getString(8);
                    out.add(new Member(rs.getString(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getInt(3),
                            o == null ? List.of() : List.of(o.split("\u0001")), rs.getString(4), rs.getString(5),
                            rs.getObject(6) == null ? null : rs.getInt(6), rs.getString(7)));
                    return null;
                }, reorder(bind));
        return out;
    }

    /** The query binds the cohort, then the other cohorts, then the filters' values: in the order its placeholders appear. */
    private static Object[] reorder(List<Object> bind) {
        List<Object> out = new ArrayList<>();
        out.add(bind.get(0));
        out.add(bind.get(bind.size() - 1));
        out.addAll(bind.subList(1, bind.size() - 1));
        return out.toArray();
    }
}
