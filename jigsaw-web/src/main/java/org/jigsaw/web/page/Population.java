package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jigsaw.web.snapshot.Snapshot;

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

    private Population(Map<String, Person> people, Map<String, List<Person>> members) {
        this.people = people;
        this.members = members;
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

    long count(String cohort, Filters f) {
        return members.getOrDefault(cohort, List.of()).stream().filter(f::matches).count();
    }

    /** Members passing the filters, counted by {@code key}; {@code order} lists keys to show even at zero. */
    Map<String, Long> countBy(String cohort, Filters f, Function<Person, String> key, List<String> order) {
        Map<String, Long> m = new LinkedHashMap<>();
        if (order != null) order.forEach(k -> m.put(k, 0L));
        for (Person p : members.getOrDefault(cohort, List.of())) {
            if (f.matches(p)) m.merge(key.apply(p), 1L, Long::sum);
        }
        return m;
    }

    int size() {
        return people.size();
    }
}
