package org.jigsaw.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortsYamlTest {
    private final CohortsYaml yaml = new CohortsYaml();
    private final EvaluationContext ctx = new EvaluationContext(LocalDate.of(2026, 8, 31), 100_000, "QUE");

    @Test
    void builtInSetCoversTheIssueAndCompiles() {
        CohortSet set = yaml.builtIn();
        assertThat(set.cohorts()).extracting(CohortDefinition::name).contains("vulnerable_ehcp_cpp_exploitation",
                "send_known_to_social_care_or_yj", "ehcp_missing_education", "ehcp_elective_home_education", "send_neet",
                "ehcp_slt", "ehcp_slt_discharged_while_plan_active", "camhs_core_send", "paediatrics_no_contact_12m",
                "ld_gap_no_annual_health_check", "preschool_disability_not_known_to_send", "send_excluded_12m");
        assertThat(set.kpis()).extracting(KpiDefinition::name).contains("ehc_plans_within_20_weeks", "slt_wait_p90",
                "annual_health_check_uptake");
        CohortSql sql = new CohortSql(set, ctx);
        for (CohortDefinition c : set.cohorts()) assertThat(sql.members(c.name())).startsWith("SELECT p.person_id FROM person p WHERE");
        for (KpiDefinition k : set.kpis()) assertThat(sql.kpi(k)).contains("value");
    }

    @Test
    void windowsAndAgesBecomeDateLiterals() throws Exception {
        CohortSet set = yaml.parse("""
                builtin: false
                cohorts:
                  - name: teen_excluded
                    where:
                      all:
                        - age: 13-15
                        - {fact: exclusion, when: last 12 months}
                        - {geography: icb_registered}
                """);
        String sql = new CohortSql(set, ctx).members("teen_excluded");
        assertThat(sql).contains("p.dob <= DATE '2013-08-31'", "p.dob > DATE '2010-08-31'",
                "f1.start_date > DATE '2025-08-31' AND f1.start_date <= DATE '2026-08-31'", "p.gp_icb IN ('QUE')");
    }

    @Test
    void sparkDialectDiffersOnlyInDayArithmetic() {
        CohortSet set = yaml.builtIn();
        KpiDefinition wait = set.kpis().stream().filter(k -> k.name().equals("slt_wait_median")).findFirst().orElseThrow();
        String duck = new CohortSql(set, ctx).kpi(wait);
        String spark = new CohortSql(set, ctx, SqlDialect.SPARK, CohortSql.Tables.SNAPSHOT).kpi(wait);
        assertThat(duck).contains("date_diff('day', d0, d1)").contains("percentile_cont(0.5) WITHIN GROUP (ORDER BY days)");
        assertThat(spark).contains("datediff(d1, d0)").doesNotContain("date_diff");
        assertThat(spark.replace("datediff(d1, d0)", "date_diff('day', d0, d1)")).isEqualTo(duck);
    }

    @Test
    void typosAreErrorsNotWiderCohorts() {
        assertThatThrownBy(() -> yaml.parse("cohorts: [{name: x, where: {fact: ehc_plan, code: [E]}}]"))
                .hasMessageContaining("unknown key 'code'");
        assertThatThrownBy(() -> yaml.parse("cohorts: [{name: x, where: {fact: ehcp}}]"))
                .hasMessageContaining("unknown fact type 'ehcp'");
        assertThatThrownBy(() -> yaml.parse("cohorts: [{name: x, where: {cohort: x}}]"))
                .hasMessageContaining("refers to itself");
        assertThatThrownBy(() -> yaml.parse("kpis: [{name: k, type: rate, cohort: nobody}]"))
                .hasMessageContaining("unknown cohort 'nobody'");
        assertThatThrownBy(() -> yaml.parse("cohorts: [{name: x, where: {fact: neet, when: lately}}]"))
                .hasMessageContaining("'when' must be");
    }

    @Test
    void areaFileAddsToAndOverridesTheBuiltIns(@TempDir Path area) throws Exception {
        Files.writeString(area.resolve("cohorts.yaml"), """
                cohorts:
                  - name: send
                    title: "SEND (local reading, EHC plan only)"
                    where: {fact: ehc_plan}
                  - name: cla_send
                    where: {all: [{fact: looked_after}, {cohort: send}]}
                """);
        CohortSet set = yaml.forArea(area);
        assertThat(set.cohort("send").title()).isEqualTo("SEND (local reading, EHC plan only)");
        assertThat(set.hasCohort("cla_send")).isTrue();
        assertThat(set.hasCohort("ehcp_slt")).isTrue();
        assertThat(set.cohorts().stream().filter(c -> c.name().equals("send")).count()).isEqualTo(1);
    }
}
