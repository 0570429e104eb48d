package org.jigsaw.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    @Test
    void dailyAtSixUkTimeFollowsTheClockChange() {
        CronSchedule s = CronSchedule.parse("0 6 * * *");
        // November: GMT, 06:00 local = 06:00Z
        assertThat(s.nextAfter(Instant.parse("2026-11-27T05:00:00Z"))).isEqualTo(Instant.parse("2026-11-27T06:00:00Z"));
        assertThat(s.nextAfter(Instant.parse("2026-11-27T06:00:00Z"))).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
        // July: BST, 06:00 local = 05:00Z
        assertThat(s.nextAfter(Instant.parse("2026-07-01T04:00:00Z"))).isEqualTo(Instant.parse("2026-07-01T05:00:00Z"));
    }

    @Test
    void weekdaysEveryQuarterHourInTheMorning() {
        CronSchedule s = CronSchedule.parse("*/15 6-7 * * 1-5");
        // Friday 27 Nov 2026 07:50 -> Monday 30 Nov 06:00
        assertThat(s.nextAfter(Instant.parse("2026-11-27T07:50:00Z"))).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(s.nextAfter(Instant.parse("2026-11-30T06:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T06:15:00Z"));
    }

    @Test
    void describesItself() {
        assertThat(CronSchedule.parse("0 6 * * *").describe()).contains("6").contains("Europe/London");
    }

    @Test
    void rejectsBadExpressionsWithAReason() {
        assertThatThrownBy(() -> CronSchedule.parse("0 0 6 * * *")).hasMessageContaining("6 fields");
        assertThatThrownBy(() -> CronSchedule.parse("61 6 * * *")).hasMessageContaining("invalid cron expression");
        assertThatThrownBy(() -> CronSchedule.parse(" ")).hasMessageContaining("empty");
    }
}
