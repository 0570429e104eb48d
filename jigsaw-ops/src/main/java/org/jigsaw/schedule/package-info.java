/**
 * The scheduled refresh: a cron schedule, the refresh log every run appends to, and the scheduler
 * that runs the pipeline at the scheduled times on one daemon thread.
 */
package org.jigsaw.schedule;
