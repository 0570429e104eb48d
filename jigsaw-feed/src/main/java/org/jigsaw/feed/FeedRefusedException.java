package org.jigsaw.feed;

/** No agreement permits the feed; the message says why for each agreement. */
public final class FeedRefusedException extends RuntimeException {

    public FeedRefusedException(String message) {
        super(message);
    }
}
