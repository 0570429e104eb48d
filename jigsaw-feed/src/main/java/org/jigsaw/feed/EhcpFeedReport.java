package org.jigsaw.feed;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link EhcpFeedExport} wrote: the files, the content counts and the validator's findings
 * (errors are impossible here: a bundle with errors is not written).
 */
public record EhcpFeedReport(EhcpFeedContent content, FeedPermit permit, Path csv, Path bundle, Path summary,
                             int flags, List<FhirBundleValidator.Issue> validationIssues) {

    public long warnings() {
        return validationIssues.stream().filter(i -> "warning".equals(i.severity())).count();
    }
}
