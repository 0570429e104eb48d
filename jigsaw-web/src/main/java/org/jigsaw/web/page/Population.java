package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jigsaw.store.Snapshot;

/**
 * The people of one snapshot with the attributes the cohort filters and breakdowns use, and each
 * cohort's members, read once per snapshot. Filtered counts are then a pass over memory instead
 * of a query per filter combination — what keeps the dashboard fast under many concurrent users.
 */
final class Population {
    record Person(String ageBand, Boolean inArea, String icb, String district, String need) {
    }

    private final Map<String, Person> people;
    private final Map<String, List<Person>> members;
    private final CohortCube.Groups groups;
    private final Map<String, CohortCube> cubes = new java.util.concurrent.ConcurrentHashMap<>();

    private Population(Map<String, Person> people, Map<String, List<Person>> members) {
        this.people = people;
        this.members = members;
        this.groups = groupsOf(people.values());
    }

    private static CohortCube.Groups groupsOf(java.util.Collection<Person> people) {
        java.util.SortedSet<String> icbs = new java.util.TreeSet<>();
        java.util.SortedSet<String> needs = new java.util.TreeSet<>();
        java.util.SortedSet<String> districts = new java.util.TreeSet<>();
        for (Person p : people) {
            if (p.icb() != null) icbs.add(p.icb());
            needs.add(p.need());
            if (Boolean.TRUE.equals(p.inArea())) districts.add(p.district());
        }
        return new CohortCube.Groups(Sql.AGE_BANDS, List.copyOf(icbs), List.copyOf(needs), List.copyOf(districts));
    }

    static Population of(Snapshot s) {
        return s.memo("population", Population::load);
    }

    private static Population load(Snapshot s) {
        Map<String, Person> people = new HashMap<>();
        s.query("WITH " + Sql.PEOPLE + ", " + Sql.NEED + " SELECT pb.person_id, pb.age_band, pb.in_area, pb.gp_icb, pb.district, "
                + "coalesce(need.need, 'None recorded') FROM pb LEFT JOIN need USING (person_id)", rs -> {
                    Boolean in = rs.getObject(3) == null ? null : rs.getBoolean(3);
                    people.put(rs.getString(1), new Person(rs.getString(2), in, rs.getString(4), rs.getString(5).intern(), rs.getString(6).intern()));
                    return null;
                });
        Map<String, List<Person>> members = new TreeMap<>();
        s.query("SELECT DISTINCT cohort, person_id FROM cohort_member", rs -> {
            Person p = people.get(rs.getString(2));
            if (p != null) members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(p);
            return null;
        });
        return new Population(people, members);
    }

    List<String> cohorts() {
        return List.copyOf(members.keySet());
    }

    /**
     * The cohort's counts under every filter and breakdown, released together by {@code d}; built
     * once per cohort and rule for the life of the snapshot.
     */
    CohortCube cube(String cohort, org.jigsaw.web.access.Disclosure d) {
        return cubes.computeIfAbsent(cohort + "\u0000" + d.describe(), k -> CohortCube.of(members.getOrDefault(cohort, List.of()), groups, d));
    }

    int size() {
        return people.size();
    }
}
