package org.jigsaw.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the log's lines into runs: a STARTED line and the outcome that ended it become one run;
 * a STARTED line nothing ended is a run that is still going or that died with its process.
 */
final class RefreshRuns {

    private RefreshRuns() {
    }

    /** The newest STARTED line if no outcome followed it, else null. */
    static RefreshOutcome openStart(List<RefreshOutcome> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            RefreshOutcome start = lines.get(i);
            if (start.status() == RefreshStatus.STARTED) {
                return lines.subList(i + 1, lines.size()).stream().anyMatch(start::endedBy) ? null : start;
            }
        }
        return null;
    }

    /**
     * @param newestStillRunning whether the newest STARTED line's run still holds the refresh lock;
     *                           older unended runs are dead whatever it says, since a later run got the lock
     */
    static List<RefreshOutcome> fold(List<RefreshOutcome> lines, boolean newestStillRunning) {
        List<RefreshOutcome> runs = new ArrayList<>(lines.size());
        List<Integer> open = new ArrayList<>();
        int newestStart = -1;
        for (RefreshOutcome line : lines) {
            if (line.status() == RefreshStatus.STARTED) {
                runs.add(line);
                newestStart = runs.size() - 1;
                open.add(newestStart);
                continue;
            }
            Integer start = open.stream().filter(i -> runs.get(i).endedBy(line)).findFirst().orElse(null);
            if (start == null) {
                runs.add(line);     // a skipped run, or an outcome logged before runs recorded their start
            } else {
                runs.set(start, line);
                open.remove(start);
            }
        }
        for (int i : open) {
            runs.set(i, runs.get(i).unfinished(i == newestStart && newestStillRunning));
        }
        return runs;
    }
}
