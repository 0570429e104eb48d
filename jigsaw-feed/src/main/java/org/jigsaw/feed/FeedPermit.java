package org.jigsaw.feed;

/**
 * The agreement under which a feed is written: recorded in the feed's summary and the audit log.
 *
 * @param agreementId the data-sharing agreement's id
 * @param purpose     the agreement purpose key the feed serves ({@link FeedKind#purpose()})
 * @param recipient   the receiving party named in the agreement
 */
public record FeedPermit(FeedKind kind, String agreementId, String purpose, String recipient) {
}
