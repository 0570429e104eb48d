package org.jigsaw.schedule;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A five-field Unix cron expression ({@code minute hour day-of-month month day-of-week}, e.g.
 * {@code 0 6 * * *}) evaluated in the area's time zone, so "06:00" stays 06:00 across the clock
 * change. Parsing and evaluation are cron-utils'.
 */
public final class CronSchedule {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final Cron cron;
    private final ExecutionTime times;
    private final ZoneId zone;

    private CronSchedule(String expression, Cron cron, ZoneId zone) {
        this.expression = expression;
        this.cron = cron;
        this.times = ExecutionTime.forCron(cron);
        this.zone = zone;
    }

    /** @throws IllegalArgumentException with a message saying what is wrong with the expression */
    public static CronSchedule parse(String expression, ZoneId zone) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("empty cron expression; expected five fields, e.g. \"0 6 * * *\"");
        }
        String trimmed = expression.trim().replaceAll("\\s+", " ");
        if (trimmed.split(" ").length != 5) {
            throw new IllegalArgumentException("cron expression \"" + trimmed + "\" has "
                    + trimmed.split(" ").length + " fields; expected five: minute hour day-of-month month day-of-week");
        }
        try {
            Cron cron = PARSER.parse(trimmed);
            cron.validate();
            return new CronSchedule(trimmed, cron, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cron expression \"" + trimmed + "\": " + e.getMessage(), e);
        }
    }

    public static CronSchedule parse(String expression) {
        return parse(expression, UK);
    }

    /** The first scheduled time strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        return times.nextExecution(after.atZone(zone)).map(ZonedDateTime::toInstant)
                .orElseThrow(() -> new IllegalStateException("cron expression " + expression + " never fires again"));
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    /** e.g. "at 06:00" — for the dashboard and the serve banner. */
    public String describe() {
        return CronDescriptor.instance(Locale.UK).describe(cron) + " (" + zone.getId() + ")";
    }

    @Override
    public String toString() {
        return expression;
    }
}
